#include "pipeline/gmm_stage.h"

#include "common/error.h"

#include <map>
#include <utility>

namespace gugus::core {

namespace {

GmmOptions gmmOptionsFor(const SegmentationOptions& options, int k) {
    GmmOptions gmm = options.gmm;
    gmm.k = k;
    gmm.seed = options.kmeans.seed;
    return gmm;
}

} // namespace

SweepResult sweepGmm(const FeatureMatrix& x, const SegmentationOptions& options, Progress& progress,
                     const std::function<void(const SweepPoint&)>& onPoint) {
    std::map<int, std::pair<double, double>> criteria; // k -> (BIC, AIC)
    const auto withCriteria = [&criteria](SweepPoint point) {
        if (const auto it = criteria.find(point.k); it != criteria.end()) {
            point.bic = it->second.first;
            point.aic = it->second.second;
        }
        return point;
    };
    std::function<void(const SweepPoint&)> forward;
    if (onPoint) {
        forward = [&](const SweepPoint& point) { onPoint(withCriteria(point)); };
    }
    SweepResult result = sweepLabellings(
        x, options.kMin, options.kMax, options.silhouette, options.kmeans.seed, progress,
        [&](int k, Progress& sub) {
            GmmResult fit = fitGmm(x, gmmOptionsFor(options, k), sub);
            criteria[k] = {fit.bic, fit.aic};
            return std::move(fit.labels);
        },
        forward);
    for (SweepPoint& point : result.points) {
        point = withCriteria(std::move(point));
    }
    suggestK(result);
    return result;
}

namespace detail {

void runGmm(SegmentationResult& result, const SegmentationOptions& options, Progress& progress,
            std::int64_t from, std::int64_t to, std::int64_t scale) {
    const FeatureMatrix& x = clusteringMatrix(result);
    std::int64_t fitFrom = from;
    if (options.k) {
        if (*options.k > x.rows()) {
            throw Error(ErrorCode::TooFewRows, "", -1, -1,
                        "k = " + std::to_string(*options.k) + " but only " +
                            std::to_string(x.rows()) + " rows");
        }
        result.k = *options.k;
    } else {
        fitFrom = from + (to - from) * 3 / 4;
        SubProgress sub(progress, from, fitFrom, scale);
        result.sweep = sweepGmm(x, options, sub);
        result.k = result.sweep->suggestedK;
    }
    SubProgress sub(progress, fitFrom, to, scale);
    result.gmm = fitGmm(x, gmmOptionsFor(options, result.k), sub);
    result.partition = partitionOf(x, result.gmm.labels, result.k);
    result.partition.centres = result.gmm.model.means;
}

void renumberGmm(GmmResult& gmm, const std::vector<int>& order) {
    if (gmm.labels.empty()) {
        return;
    }
    const auto k = std::int64_t(order.size());
    GmmModel& m = gmm.model;
    ProbabilityMatrix probabilities(gmm.probabilities.rows(), k);
    Eigen::VectorXd weights(k);
    CentreMatrix means(k, m.means.cols());
    std::vector<std::int64_t> sizes(order.size());
    const bool perComponent =
        m.covariance == CovarianceType::Full; // one matrix per component, else one shared one
    std::vector<Eigen::MatrixXd> covariances = m.covariances;
    std::vector<Eigen::MatrixXd> precisions = m.precisionsCholesky;
    for (std::int64_t s = 0; s < k; ++s) {
        const int to = order[std::size_t(s)];
        probabilities.col(to) = gmm.probabilities.col(s);
        weights[to] = m.weights[s];
        means.row(to) = m.means.row(s);
        sizes[std::size_t(to)] = gmm.sizes[std::size_t(s)];
        if (perComponent) {
            covariances[std::size_t(to)] = m.covariances[std::size_t(s)];
            precisions[std::size_t(to)] = m.precisionsCholesky[std::size_t(s)];
        } else if (m.covariance != CovarianceType::Tied) { // diag / spherical: one row each
            covariances[0].row(to) = m.covariances[0].row(s);
            precisions[0].row(to) = m.precisionsCholesky[0].row(s);
        }
    }
    for (int& l : gmm.labels) {
        l = order[std::size_t(l)];
    }
    gmm.probabilities = std::move(probabilities);
    m.weights = std::move(weights);
    m.means = std::move(means);
    m.covariances = std::move(covariances);
    m.precisionsCholesky = std::move(precisions);
    gmm.sizes = std::move(sizes);
}

} // namespace detail

} // namespace gugus::core
