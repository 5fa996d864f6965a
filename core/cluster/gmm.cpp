// fitGmm: validation, initialisation, the EM loop and the restarts (steps in gmm_steps.cpp).
#include "cluster/gmm.h"

#include "cluster/gmm_internal.h"
#include "cluster/kmeans.h"
#include "cluster/kmeans_internal.h"
#include "common/error.h"
#include "common/random.h"
#include "numeric/distance_kernel.h"

#include <cmath>
#include <limits>
#include <string>
#include <utility>

namespace gugus::core {

namespace {

constexpr std::pair<CovarianceType, const char*> kCovarianceKeys[] = {
    {CovarianceType::Full, "full"},
    {CovarianceType::Diag, "diag"},
    {CovarianceType::Spherical, "spherical"},
    {CovarianceType::Tied, "tied"},
};

constexpr std::pair<GmmInit, const char*> kInitKeys[] = {
    {GmmInit::KMeans, "kmeans"},
    {GmmInit::KMeansPlusPlus, "k-means++"},
    {GmmInit::Given, "given"},
};

void validate(const GmmOptions& o, const FeatureMatrix& x) {
    const auto bad = [](const char* subject, const std::string& value) {
        throw Error(ErrorCode::InvalidOption, subject, -1, -1, value);
    };
    if (o.k < 1) {
        bad("k", std::to_string(o.k));
    }
    if (o.nInit < 1) {
        bad("n_init", std::to_string(o.nInit));
    }
    if (o.maxIter < 1) {
        bad("max_iter", std::to_string(o.maxIter));
    }
    if (!std::isfinite(o.tol) || o.tol < 0.0) {
        bad("tol", std::to_string(o.tol));
    }
    if (!std::isfinite(o.regCovar) || o.regCovar < 0.0) {
        bad("reg_covar", std::to_string(o.regCovar));
    }
    if (x.cols() < 1) {
        throw Error(ErrorCode::NoFeatures);
    }
    if (x.rows() < o.k) {
        throw Error(ErrorCode::TooFewRows, "", -1, -1,
                    "k = " + std::to_string(o.k) + " > rows = " + std::to_string(x.rows()));
    }
    if (o.init == GmmInit::Given &&
        (o.initialCentres.rows() != o.k || o.initialCentres.cols() != x.cols())) {
        bad("initial_centres",
            "expected " + std::to_string(o.k) + " x " + std::to_string(x.cols()));
    }
    detail::requireFinite(x, "x");
}

/// Hard responsibilities: row i belongs wholly to labels[i] (rows labelled < 0 to none).
ProbabilityMatrix oneHot(std::int64_t n, int k, const Labels& labels) {
    ProbabilityMatrix resp = ProbabilityMatrix::Zero(n, k);
    for (std::int64_t i = 0; i < n; ++i) {
        if (labels[std::size_t(i)] >= 0) {
            resp(i, labels[std::size_t(i)]) = 1.0;
        }
    }
    return resp;
}

/// The starting responsibilities of one restart, as scikit-learn's _initialize_parameters.
ProbabilityMatrix startResponsibilities(const GmmOptions& o, const FeatureMatrix& x,
                                        std::uint64_t runSeed, Progress& progress) {
    const std::int64_t n = x.rows();
    if (o.init == GmmInit::KMeansPlusPlus) {
        // Each chosen row alone carries a component (resp[indices, arange(k)] = 1).
        Random rng(runSeed);
        const CentreMatrix centres = detail::kmeansPlusPlus(x, o.k, rng, progress);
        Labels labels(std::size_t(n), -1);
        for (int c = 0; c < o.k; ++c) {
            for (std::int64_t i = 0; i < n; ++i) {
                if (labels[std::size_t(i)] < 0 && x.row(i) == centres.row(c)) {
                    labels[std::size_t(i)] = c;
                    break;
                }
            }
        }
        return oneHot(n, o.k, labels);
    }
    KMeansOptions km;
    km.k = o.k;
    km.nInit = 1; // scikit-learn: KMeans(n_clusters, n_init=1, random_state)
    km.seed = runSeed;
    if (o.init == GmmInit::Given) {
        km.init = KMeansInit::Given;
        km.initialCentres = o.initialCentres;
    }
    NullProgress quiet; // a short part of one restart; cancel is still checked below
    progress.throwIfCancelled();
    const KMeansResult fitted = KMeans(km).fit(x, quiet);
    return oneHot(n, o.k, fitted.labels);
}

struct Run {
    GmmModel model;
    double lowerBound = -std::numeric_limits<double>::infinity();
    int iterations = 0;
    bool converged = false;
};

} // namespace

const char* covarianceKey(CovarianceType type) noexcept {
    for (const auto& [t, key] : kCovarianceKeys) {
        if (t == type) {
            return key;
        }
    }
    return "full";
}

std::optional<CovarianceType> covarianceFromKey(std::string_view key) {
    for (const auto& [t, k] : kCovarianceKeys) {
        if (key == k) {
            return t;
        }
    }
    return std::nullopt;
}

const char* gmmInitKey(GmmInit init) noexcept {
    for (const auto& [i, key] : kInitKeys) {
        if (i == init) {
            return key;
        }
    }
    return "kmeans";
}

std::optional<GmmInit> gmmInitFromKey(std::string_view key) {
    for (const auto& [i, k] : kInitKeys) {
        if (key == k) {
            return i;
        }
    }
    return std::nullopt;
}

std::int64_t GmmModel::freeParameters() const {
    const std::int64_t k = components();
    const std::int64_t d = dims();
    std::int64_t covariance = 0;
    switch (this->covariance) {
    case CovarianceType::Full:
        covariance = k * d * (d + 1) / 2;
        break;
    case CovarianceType::Diag:
        covariance = k * d;
        break;
    case CovarianceType::Tied:
        covariance = d * (d + 1) / 2;
        break;
    case CovarianceType::Spherical:
        covariance = k;
        break;
    }
    return covariance + k * d + k - 1;
}

Labels argmaxRows(const ProbabilityMatrix& values) {
    Labels labels(std::size_t(values.rows()), 0);
    for (std::int64_t i = 0; i < values.rows(); ++i) {
        Eigen::Index best = 0;
        values.row(i).maxCoeff(&best); // first maximum, as numpy's argmax
        labels[std::size_t(i)] = int(best);
    }
    return labels;
}

ProbabilityMatrix gmmProbabilities(const GmmModel& model, const FeatureMatrix& x,
                                   Eigen::VectorXd* logLikelihood) {
    ProbabilityMatrix p = gmmWeightedLogProb(model, x);
    if (logLikelihood) {
        logLikelihood->resize(x.rows());
    }
    for (std::int64_t i = 0; i < x.rows(); ++i) {
        const double top = p.row(i).maxCoeff();
        const double norm = top + std::log((p.row(i).array() - top).exp().sum());
        p.row(i) = (p.row(i).array() - norm).exp();
        if (logLikelihood) {
            (*logLikelihood)[i] = norm;
        }
    }
    return p;
}

GmmResult fitGmm(const FeatureMatrix& x, const GmmOptions& options, Progress& progress) {
    const GmmOptions& o = options;
    validate(o, x);
    const std::int64_t n = x.rows();
    // A given start is deterministic, so restarts would repeat it.
    const int runs = o.init == GmmInit::Given ? 1 : o.nInit;
    const std::int64_t perRun = std::int64_t(o.maxIter) + 1;
    const std::int64_t total = runs * perRun + 1;
    progress.report(0, total, "gmm");
    progress.throwIfCancelled();

    GmmResult result;
    Run best;
    ProbabilityMatrix resp;
    for (int run = 0; run < runs; ++run) {
        // Each restart has its own stream, so a run's result does not depend on the others.
        resp = startResponsibilities(o, x, Random::derive(o.seed, std::uint64_t(run)), progress);
        Run r;
        r.model = detail::gmmMStep(x, resp, o.covariance, o.regCovar);
        // scikit-learn's _initialize divides nk by n, not by sum(nk) (which adds 10 eps per
        // component): the first E-step sees those weights.
        r.model.weights = (resp.colwise().sum().transpose().array() +
                           10.0 * std::numeric_limits<double>::epsilon()) /
                          double(n);
        const std::int64_t base = run * perRun + 1;
        for (int iteration = 1; iteration <= o.maxIter; ++iteration) {
            progress.report(base + iteration, total, "gmm");
            progress.throwIfCancelled();
            const double previous = r.lowerBound;
            r.lowerBound = detail::gmmEStep(r.model, x, resp, &progress);
            resp = resp.array().exp().matrix();
            r.model = detail::gmmMStep(x, resp, o.covariance, o.regCovar);
            r.iterations = iteration;
            if (std::abs(r.lowerBound - previous) < o.tol) {
                r.converged = true;
                break;
            }
        }
        result.runBounds.push_back(r.lowerBound);
        // Strictly higher wins, so equal bounds keep the earliest run (as scikit-learn).
        if (run == 0 || r.lowerBound > best.lowerBound) {
            best = std::move(r);
            result.bestRun = run;
        }
        progress.report((run + 1) * perRun, total, "gmm");
    }

    // A final E-step so the labels agree with the returned parameters (scikit-learn does the same).
    ProbabilityMatrix logResp;
    result.logLikelihood = detail::gmmEStep(best.model, x, logResp, &progress);
    result.probabilities = logResp.array().exp().matrix();
    result.labels = argmaxRows(logResp);
    result.model = std::move(best.model);
    result.lowerBound = best.lowerBound;
    result.iterations = best.iterations;
    result.converged = best.converged;
    const double p = double(result.model.freeParameters());
    result.bic = -2.0 * result.logLikelihood * double(n) + p * std::log(double(n));
    result.aic = -2.0 * result.logLikelihood * double(n) + 2.0 * p;
    result.sizes.assign(std::size_t(o.k), 0);
    for (const int label : result.labels) {
        result.sizes[std::size_t(label)] += 1;
    }
    progress.report(total, total, "gmm");
    return result;
}

} // namespace gugus::core
