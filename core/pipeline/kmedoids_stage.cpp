#include "pipeline/kmedoids_stage.h"

#include "common/error.h"

namespace gugus::core {

std::vector<std::int64_t> medoidTableRows(const SegmentationResult& result) {
    std::vector<std::int64_t> rows;
    for (const std::int64_t m : result.kmedoids.medoids) {
        rows.push_back(result.data.rows[std::size_t(m)]);
    }
    return rows;
}

RowDistance medoidDistance(const SegmentationResult& result) {
    if (result.metric == Dissimilarity::Gower) {
        if (!result.gower) {
            throw Error(ErrorCode::InvalidOption, "gower", -1, -1, "the result has no Gower rows");
        }
        return RowDistance(*result.gower);
    }
    return RowDistance(result.metric, result.data.x);
}

SweepResult sweepKMedoids(const FeatureMatrix& x, const RowDistance& distance,
                          const SegmentationOptions& options, Progress& progress,
                          const std::function<void(const SweepPoint&)>& onPoint) {
    KMedoidsOptions km = options.kmedoids;
    km.seed = options.kmeans.seed;
    return sweepLabellings(
        x, options.kMin, options.kMax, options.silhouette, options.kmeans.seed, progress,
        [&](int k, Progress& sub) {
            km.k = k;
            return kmedoids(distance, km, sub).labels;
        },
        onPoint, &distance);
}

SweepResult sweepTable(const Table& table, const Recipe& recipe, const SegmentationOptions& options,
                       Progress& progress, const std::function<void(const SweepPoint&)>& onPoint) {
    const FittedRecipe fitted = FittedRecipe::fit(table, recipe, progress);
    PreparedData prepared = fitted.apply(table, progress);
    if (options.reduction.method != ReductionMethod::None) {
        detail::refuseKMedoidsWithReduction(options);
        // The sweep clusters what the segmentation will: the reduced rows.
        prepared.x = fitReduction(prepared.x, options.reduction, progress).x;
    }
    if (options.algorithm == Algorithm::KMedoids &&
        options.kmedoids.metric == Dissimilarity::Gower) {
        const GowerRows gower = fitGowerRows(table, fitted, prepared.rows, options.gowerWeights);
        return sweepKMedoids(prepared.x, RowDistance(gower), options, progress, onPoint);
    }
    return runSweep(prepared.x, options, progress, onPoint);
}

namespace detail {

void refuseKMedoidsWithReduction(const SegmentationOptions& options) {
    if (options.algorithm == Algorithm::KMedoids &&
        options.reduction.method != ReductionMethod::None) {
        throw Error(ErrorCode::InvalidOption, "reduce", -1, -1,
                    "K-Medoids clusters on its own distance; use the reduction with K-Means, "
                    "hierarchical or DBSCAN");
    }
}

void runKMedoids(SegmentationResult& result, const Table& table, const SegmentationOptions& options,
                 Progress& progress, std::int64_t from, std::int64_t to, std::int64_t scale) {
    result.metric = options.kmedoids.metric;
    if (result.metric == Dissimilarity::Gower) {
        result.gower = fitGowerRows(table, result.recipe, result.data.rows, options.gowerWeights);
    } else if (!options.gowerWeights.empty()) {
        throw Error(ErrorCode::InvalidOption, "gower_weight", -1, -1,
                    "weights apply to the Gower distance only");
    }
    const RowDistance distance = medoidDistance(result);
    KMedoidsOptions km = options.kmedoids;
    km.seed = options.kmeans.seed;
    std::int64_t fitFrom = from;
    if (options.k) {
        result.k = *options.k;
    } else {
        fitFrom = from + (to - from) * 3 / 4;
        SubProgress sub(progress, from, fitFrom, scale);
        result.sweep = sweepKMedoids(result.data.x, distance, options, sub);
        result.k = result.sweep->suggestedK;
    }
    km.k = result.k;
    SubProgress sub(progress, fitFrom, to, scale);
    result.kmedoids = kmedoids(distance, km, sub);
    result.partition = partitionOf(result.data.x, result.kmedoids.labels, result.k);
}

} // namespace detail

} // namespace gugus::core
