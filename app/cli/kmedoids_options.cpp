#include "cli_options.h"

#include <cmath>
#include <string>

namespace gugus::cli {

void applyKMedoidsOptions(const Args& args, core::SegmentationOptions& o) {
    o.kmedoids.metric = choice<core::Dissimilarity>(args, "metric",
                                                    {{"gower", core::Dissimilarity::Gower},
                                                     {"euclidean", core::Dissimilarity::Euclidean},
                                                     {"manhattan", core::Dissimilarity::Manhattan}},
                                                    "gower, euclidean or manhattan")
                            .value_or(core::Dissimilarity::Gower);
    o.kmedoids.init = choice<core::KMedoidsInit>(args, "kmedoids-init",
                                                 {{"build", core::KMedoidsInit::Build},
                                                  {"k-means++", core::KMedoidsInit::KMeansPlusPlus},
                                                  {"kmeans++", core::KMedoidsInit::KMeansPlusPlus}},
                                                 "build or k-means++")
                          .value_or(core::KMedoidsInit::Build);
    o.kmedoids.maxIter = int(args.getInt("max-iter", 100));
    o.kmedoids.matrixLimit = args.getInt("matrix-rows", o.kmedoids.matrixLimit);
    if (o.kmedoids.maxIter < 1 || o.kmedoids.matrixLimit < 0) {
        throw UsageError("--max-iter must be >= 1 and --matrix-rows >= 0");
    }
    for (const std::string& item : args.all("gower-weight")) {
        const auto [column, value] = splitAssignment(item, "gower-weight");
        double w = 0.0;
        try {
            std::size_t used = 0;
            w = std::stod(value, &used);
            if (used != value.size()) {
                w = -1.0;
            }
        } catch (const std::exception&) {
            w = -1.0;
        }
        if (!(w >= 0.0) || !std::isfinite(w)) {
            throw UsageError("--gower-weight " + item + ": the weight must be a number >= 0");
        }
        o.gowerWeights[column] = w;
    }
    if (!o.gowerWeights.empty() && o.kmedoids.metric != core::Dissimilarity::Gower) {
        throw UsageError("--gower-weight needs --metric gower");
    }
}

} // namespace gugus::cli
