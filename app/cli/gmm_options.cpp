#include "cli_options.h"

#include <cmath>
#include <string>

namespace gugus::cli {

void applyGmmOptions(const Args& args, core::SegmentationOptions& o) {
    core::GmmOptions& g = o.gmm;
    g.covariance = choice<core::CovarianceType>(args, "covariance",
                                                {{"full", core::CovarianceType::Full},
                                                 {"diag", core::CovarianceType::Diag},
                                                 {"spherical", core::CovarianceType::Spherical},
                                                 {"tied", core::CovarianceType::Tied}},
                                                "full, diag, spherical or tied")
                       .value_or(core::CovarianceType::Full);
    g.init = choice<core::GmmInit>(args, "gmm-init",
                                   {{"kmeans", core::GmmInit::KMeans},
                                    {"k-means++", core::GmmInit::KMeansPlusPlus},
                                    {"kmeans++", core::GmmInit::KMeansPlusPlus}},
                                   "kmeans or k-means++")
                 .value_or(core::GmmInit::KMeans);
    // scikit-learn's GaussianMixture defaults, which differ from K-Means' for the shared names.
    g.regCovar = args.getDouble("reg-covar", 1e-6);
    g.nInit = int(args.getInt("n-init", 1));
    g.maxIter = int(args.getInt("max-iter", 100));
    g.tol = args.getDouble("tol", 1e-3);
    if (!(g.regCovar >= 0.0) || !std::isfinite(g.regCovar)) {
        throw UsageError("--reg-covar must be a number >= 0");
    }
    if (g.nInit < 1 || g.maxIter < 1 || !(g.tol >= 0.0)) {
        throw UsageError("--n-init and --max-iter must be >= 1, --tol >= 0");
    }
}

} // namespace gugus::cli
