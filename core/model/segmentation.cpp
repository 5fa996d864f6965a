#include "model/segmentation.h"

#include "common/error.h"

#include <chrono>

namespace gugus::core {

SegmentationResult runSegmentation(const Table& table, const Recipe& recipe,
                                   const SegmentationOptions& options, Progress& progress) {
    const auto start = std::chrono::steady_clock::now();
    // Share of the progress bar per stage, in per-mille: preparing is quick, clustering and the
    // silhouette dominate.
    constexpr std::int64_t kScale = 1000;
    SegmentationResult result;
    result.fingerprint = table.fingerprint();
    {
        SubProgress sub(progress, 0, 20, kScale);
        result.recipe = FittedRecipe::fit(table, recipe, sub);
        result.data = result.recipe.apply(table, sub);
    }
    const FeatureMatrix& x = result.data.x;
    if (options.k) {
        if (*options.k < 1) {
            throw Error(ErrorCode::InvalidOption, "k", -1, -1, std::to_string(*options.k));
        }
        if (*options.k > x.rows()) {
            throw Error(ErrorCode::TooFewRows, "", -1, -1,
                        "k = " + std::to_string(*options.k) + " but only " +
                            std::to_string(x.rows()) + " rows");
        }
        result.k = *options.k;
    } else {
        SweepOptions sweep;
        sweep.kMin = options.kMin;
        sweep.kMax = options.kMax;
        sweep.kmeans = options.kmeans;
        sweep.silhouette = options.silhouette;
        SubProgress sub(progress, 20, 700, kScale);
        result.sweep = runKSweep(x, sweep, sub);
        result.k = result.sweep->suggestedK;
    }
    {
        SubProgress sub(progress, result.sweep ? 700 : 20, 850, kScale);
        KMeansOptions km = options.kmeans;
        km.k = result.k;
        result.kmeans = KMeans(km).fit(x, sub);
    }
    {
        SubProgress sub(progress, 850, 980, kScale);
        result.scores = result.k >= 2 && result.k < x.rows()
                            ? scoreClustering(x, result.kmeans.labels, result.k, options.silhouette,
                                              options.kmeans.seed, sub)
                            : ClusterScores{result.kmeans.inertia, 0.0, 0, false, 0.0, 0.0};
    }
    result.tableLabels.assign(std::size_t(table.rowCount()), kUnassigned);
    for (std::size_t i = 0; i < result.data.rows.size(); ++i) {
        result.tableLabels[std::size_t(result.data.rows[i])] = result.kmeans.labels[i];
    }
    {
        SubProgress sub(progress, 980, kScale, kScale);
        result.profile = profileSegments(table, result.tableLabels, result.k, recipe, sub);
    }
    progress.report(kScale, kScale, "done");
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace gugus::core
