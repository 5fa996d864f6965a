#include "pipeline/segmentation.h"

#include "common/error.h"
#include "data/duplicate_ids.h"
#include "metrics/cluster_metrics.h"
#include "metrics/label_matching.h"
#include "pipeline/gmm_stage.h"
#include "pipeline/kmedoids_stage.h"

#include <chrono>
#include <functional>
#include <limits>
#include <unordered_set>
#include <utility>

namespace gugus::core {

namespace {

constexpr std::pair<Algorithm, const char*> kAlgorithmKeys[] = {
    {Algorithm::KMeans, "kmeans"}, {Algorithm::Hierarchical, "hierarchical"},
    {Algorithm::Dbscan, "dbscan"}, {Algorithm::KMedoids, "kmedoids"},
    {Algorithm::Gmm, "gmm"},
};

void requireK(int k, std::int64_t rows) {
    if (k < 1) {
        throw Error(ErrorCode::InvalidOption, "k", -1, -1, std::to_string(k));
    }
    if (k > rows) {
        throw Error(ErrorCode::TooFewRows, "", -1, -1,
                    "k = " + std::to_string(k) + " but only " + std::to_string(rows) + " rows");
    }
}

/// Distinct rows of x, counted until `enough` are found (the answer is then min(count, enough)).
std::int64_t distinctRows(const FeatureMatrix& x, std::int64_t enough) {
    const std::int64_t d = x.cols();
    const auto hash = [&](std::int64_t r) {
        std::size_t h = 0;
        for (std::int64_t f = 0; f < d; ++f) {
            const double v = x(r, f) == 0.0 ? 0.0 : x(r, f); // -0 and +0 are the same value
            h = h * 1000003u ^ std::hash<double>{}(v);
        }
        return h;
    };
    const auto equal = [&](std::int64_t a, std::int64_t b) {
        return (x.row(a).array() == x.row(b).array()).all();
    };
    std::unordered_set<std::int64_t, decltype(hash), decltype(equal)> seen(16, hash, equal);
    for (std::int64_t r = 0; r < x.rows() && std::int64_t(seen.size()) < enough; ++r) {
        seen.insert(r);
    }
    return std::int64_t(seen.size());
}

/// Refuses feature matrices no clustering can use: values whose squared distances overflow, all
/// customers identical, or (K-Means with a given k) fewer distinct customers than segments, which
/// would leave segments empty.
void requireUsableFeatures(const PreparedData& data, const SegmentationOptions& options) {
    const FeatureMatrix& x = data.x;
    constexpr double kLargest = 1e150; // squared differences stay below 1e300
    for (std::int64_t f = 0; f < x.cols(); ++f) {
        if (x.col(f).cwiseAbs().maxCoeff() > kLargest) {
            throw Error(ErrorCode::ValuesTooLarge, data.features[std::size_t(f)].name);
        }
    }
    const std::int64_t k = options.algorithm == Algorithm::KMeans && options.k ? *options.k : 0;
    const std::int64_t distinct = distinctRows(x, std::max<std::int64_t>(k, 2));
    if (x.rows() > 1 && distinct < 2) {
        throw Error(ErrorCode::NoVariation);
    }
    if (k > 0 && k <= x.rows() && distinct < k) {
        throw Error(ErrorCode::TooFewDistinct, "", -1, -1,
                    std::to_string(k) + " " + std::to_string(distinct));
    }
}

SweepOptions sweepOptions(const SegmentationOptions& options) {
    SweepOptions sweep;
    sweep.kMin = options.kMin;
    sweep.kMax = options.kMax;
    sweep.kmeans = options.kmeans;
    sweep.silhouette = options.silhouette;
    return sweep;
}

// Progress shares (per mille): preparing is quick; clustering (with its sweep) and the silhouette
// dominate.
constexpr std::int64_t kScale = 1000;
constexpr std::int64_t kPrepared = 20;
constexpr std::int64_t kClustered = 850;

void runKMeans(SegmentationResult& result, const SegmentationOptions& options, Progress& progress) {
    const FeatureMatrix& x = clusteringMatrix(result);
    std::int64_t from = kPrepared;
    if (options.k) {
        requireK(*options.k, x.rows());
        result.k = *options.k;
    } else {
        SubProgress sub(progress, kPrepared, 700, kScale);
        result.sweep = runKSweep(x, sweepOptions(options), sub);
        result.k = result.sweep->suggestedK;
        from = 700;
    }
    SubProgress sub(progress, from, kClustered, kScale);
    KMeansOptions km = options.kmeans;
    km.k = result.k;
    result.kmeans = KMeans(km).fit(x, sub);
    result.partition.labels = result.kmeans.labels;
    result.partition.centres = result.kmeans.centres;
    result.partition.sizes = result.kmeans.sizes;
}

void runHierarchical(SegmentationResult& result, const SegmentationOptions& options,
                     Progress& progress) {
    const FeatureMatrix& x = clusteringMatrix(result);
    if (options.k) {
        requireK(*options.k, x.rows());
    }
    {
        SubProgress sub(progress, kPrepared, 700, kScale);
        result.tree = hierarchicalCluster(x, options.hierarchical, sub);
    }
    Labels labels;
    if (options.cutHeight) {
        labels = cutTreeAtHeight(*result.tree, *options.cutHeight);
        result.k = clustersAtHeight(*result.tree, *options.cutHeight);
    } else if (options.k) {
        result.k = *options.k;
        labels = cutTree(*result.tree, result.k);
    } else {
        // Cuts of the one tree are cheap: the sweep only scores them.
        SubProgress sub(progress, 700, kClustered, kScale);
        result.sweep = sweepTreeCuts(x, *result.tree, options, sub);
        result.k = result.sweep->suggestedK;
        labels = cutTree(*result.tree, result.k);
    }
    result.partition = partitionOf(x, std::move(labels), result.k);
}

void runDbscan(SegmentationResult& result, const SegmentationOptions& options, Progress& progress) {
    SubProgress sub(progress, kPrepared, kClustered, kScale);
    const FeatureMatrix& x = clusteringMatrix(result);
    DbscanResult db = dbscan(x, options.dbscan, sub);
    if (db.clusters == 0) {
        // Say which eps would do: the knee of the k-distance curve (computed only on this path).
        NullProgress quiet;
        const auto curve = kDistance(x, options.dbscan.minSamples, quiet);
        throw Error(ErrorCode::AllNoise, "", -1, -1,
                    curve.suggestedEps ? std::to_string(*curve.suggestedEps) : std::string());
    }
    result.k = db.clusters;
    result.core = std::move(db.core);
    result.partition = partitionOf(x, std::move(db.labels), result.k);
}

/// After clustering in a reduced space: its centres go to reduction->centres (what a model
/// assigns by) and partition.centres become segment means in the scaled features.
void centresToFeatureSpace(SegmentationResult& result) {
    if (!result.reduction) {
        return;
    }
    result.reduction->centres = result.partition.centres;
    result.partition.centres =
        partitionOf(result.data.x, result.partition.labels, result.k).centres;
}

/// Stable numbers (see runSegmentation), applied to the partition and K-Means' own copy of it.
void numberSegments(SegmentationResult& result, const Labels* reference) {
    Labels ref;
    int kReference = 0;
    if (reference && !reference->empty()) {
        // The reference is per table row; the partition per prepared row.
        ref.reserve(result.data.rows.size());
        for (const auto row : result.data.rows) {
            const int l =
                std::size_t(row) < reference->size() ? (*reference)[std::size_t(row)] : kUnassigned;
            ref.push_back(l);
            kReference = std::max(kReference, l + 1);
        }
    }
    const auto order = segmentOrder(result.partition.labels, result.k,
                                    kReference > 0 ? &ref : nullptr, kReference);
    renumberPartition(result.partition, order);
    if (!result.kmeans.labels.empty()) {
        Partition own{std::move(result.kmeans.labels), std::move(result.kmeans.centres),
                      std::move(result.kmeans.sizes), 0};
        renumberPartition(own, order);
        result.kmeans.labels = std::move(own.labels);
        result.kmeans.centres = std::move(own.centres);
        result.kmeans.sizes = std::move(own.sizes);
    }
    if (!result.kmedoids.medoids.empty()) { // medoids, labels and sizes follow the numbers
        KMedoidsResult& km = result.kmedoids;
        std::vector<std::int64_t> medoids(km.medoids.size());
        std::vector<std::int64_t> sizes(km.sizes.size());
        for (std::size_t s = 0; s < order.size(); ++s) {
            if (s < km.medoids.size()) {
                medoids[std::size_t(order[s])] = km.medoids[s];
            }
            if (s < km.sizes.size()) {
                sizes[std::size_t(order[s])] = km.sizes[s];
            }
        }
        for (int& l : km.labels) {
            if (l >= 0) {
                l = order[std::size_t(l)];
            }
        }
        km.medoids = std::move(medoids);
        km.sizes = std::move(sizes);
    }
    detail::renumberGmm(result.gmm, order);
}

/// The steps after clustering: numbering, metrics (noise left out), labels per table row,
/// profiles.
void scoreAndProfile(SegmentationResult& result, const Table& table, const Recipe& recipe,
                     const SegmentationOptions& options, Progress& progress,
                     const Labels* reference) {
    numberSegments(result, reference);
    centresToFeatureSpace(result);
    const FeatureMatrix& x = clusteringMatrix(result);
    {
        SubProgress sub(progress, kClustered, 980, kScale);
        const std::int64_t clustered = x.rows() - result.partition.noise;
        if (result.k >= 2 && result.k < clustered) {
            // K-Medoids is scored with its own distance (a Gower silhouette for Gower).
            std::optional<RowDistance> distance;
            if (result.algorithm == Algorithm::KMedoids) {
                distance.emplace(medoidDistance(result));
            }
            result.scores = scoreClustering(x, result.partition.labels, result.k,
                                            options.silhouette, options.kmeans.seed, sub,
                                            &result.silhouette, distance ? &*distance : nullptr);
        } else { // one segment (or none): only the inertia means something
            result.scores = ClusterScores{};
            result.silhouette = {};
            constexpr double undefined = std::numeric_limits<double>::quiet_NaN();
            result.scores.inertia = inertia(x, result.partition.labels, result.k);
            result.scores.silhouette = result.scores.calinskiHarabasz =
                result.scores.daviesBouldin = undefined;
            result.scores.defined = false;
        }
    }
    result.tableLabels.assign(std::size_t(table.rowCount()), kUnassigned);
    for (std::size_t i = 0; i < result.data.rows.size(); ++i) {
        result.tableLabels[std::size_t(result.data.rows[i])] = result.partition.labels[i];
    }
    {
        SubProgress sub(progress, 980, kScale, kScale);
        result.profile = profileSegments(table, result.tableLabels, result.k, recipe, sub);
    }
}

} // namespace

const FeatureMatrix& clusteringMatrix(const SegmentationResult& result) {
    return result.reduction ? result.reduction->x : result.data.x;
}

const char* algorithmKey(Algorithm algorithm) noexcept {
    for (const auto& [a, key] : kAlgorithmKeys) {
        if (a == algorithm) {
            return key;
        }
    }
    return "kmeans";
}

std::optional<Algorithm> algorithmFromKey(const std::string& key) {
    for (const auto& [a, k] : kAlgorithmKeys) {
        if (key == k) {
            return a;
        }
    }
    return std::nullopt;
}

SegmentationResult recutTree(const Table& table, const Recipe& recipe, SegmentationResult base,
                             std::optional<int> k, std::optional<double> height,
                             const SegmentationOptions& options, Progress& progress,
                             const Labels* reference) {
    if (!base.tree) {
        throw Error(ErrorCode::InvalidOption, "tree", -1, -1, "the result has no tree to cut");
    }
    const auto start = std::chrono::steady_clock::now();
    Labels labels;
    if (height) {
        labels = cutTreeAtHeight(*base.tree, *height);
        base.k = clustersAtHeight(*base.tree, *height);
    } else {
        requireK(k.value_or(2), base.data.x.rows());
        base.k = k.value_or(2);
        labels = cutTree(*base.tree, base.k);
    }
    base.partition = partitionOf(clusteringMatrix(base), std::move(labels), base.k);
    base.kmeans = {};
    scoreAndProfile(base, table, recipe, options, progress, reference);
    progress.report(kScale, kScale, "done");
    base.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return base;
}

SweepResult sweepTreeCuts(const FeatureMatrix& x, const Dendrogram& tree,
                          const SegmentationOptions& options, Progress& progress,
                          const std::function<void(const SweepPoint&)>& onPoint) {
    return sweepLabellings(
        x, options.kMin, options.kMax, options.silhouette, options.kmeans.seed, progress,
        [&tree](int k, Progress&) { return cutTree(tree, k); }, onPoint);
}

SweepResult runSweep(const FeatureMatrix& x, const SegmentationOptions& options, Progress& progress,
                     const std::function<void(const SweepPoint&)>& onPoint) {
    switch (options.algorithm) {
    case Algorithm::KMeans:
        return runKSweep(x, sweepOptions(options), progress, onPoint);
    case Algorithm::Hierarchical: {
        Dendrogram tree;
        {
            SubProgress sub(progress, 0, 700, kScale);
            tree = hierarchicalCluster(x, options.hierarchical, sub);
        }
        SubProgress sub(progress, 700, kScale, kScale);
        return sweepTreeCuts(x, tree, options, sub, onPoint);
    }
    case Algorithm::Gmm:
        return sweepGmm(x, options, progress, onPoint);
    case Algorithm::KMedoids:
        if (options.kmedoids.metric != Dissimilarity::Gower) {
            return sweepKMedoids(x, RowDistance(options.kmedoids.metric, x), options, progress,
                                 onPoint);
        }
        throw Error(ErrorCode::InvalidOption, "algorithm", -1, -1,
                    "a Gower sweep needs the table (sweepTable)");
    case Algorithm::Dbscan:
        break;
    }
    throw Error(ErrorCode::InvalidOption, "algorithm", -1, -1, "DBSCAN has no k to sweep");
}

std::vector<std::string> segmentReasons(const SegmentationResult& result) {
    const Recipe& recipe = result.recipe.recipe();
    const RowSelection& selection = result.data.selection;
    const auto rows = std::int64_t(selection.exclusion.size());
    if (recipe.filters.empty() && recipe.outliers.empty()) {
        return {}; // the labelled file keeps its earlier shape (segment last)
    }
    std::vector<std::string> reasons(static_cast<std::size_t>(rows));
    for (std::int64_t r = 0; r < rows; ++r) {
        reasons[std::size_t(r)] = selection.reason(r);
    }
    return reasons;
}

void renumberPartition(Partition& partition, const std::vector<int>& order) {
    for (int& l : partition.labels) {
        if (l >= 0) {
            l = order[std::size_t(l)];
        }
    }
    CentreMatrix centres = partition.centres;
    std::vector<std::int64_t> sizes = partition.sizes;
    for (std::size_t s = 0; s < order.size(); ++s) {
        if (std::int64_t(s) < partition.centres.rows()) {
            centres.row(order[s]) = partition.centres.row(std::int64_t(s));
        }
        if (s < partition.sizes.size()) {
            sizes[std::size_t(order[s])] = partition.sizes[s];
        }
    }
    partition.centres = std::move(centres);
    partition.sizes = std::move(sizes);
}

Partition partitionOf(const FeatureMatrix& x, Labels labels, int k) {
    Partition p;
    p.centres = CentreMatrix::Zero(k, x.cols());
    p.sizes.assign(std::size_t(k), 0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const int l = labels[i];
        if (l < 0) {
            ++p.noise;
            continue;
        }
        p.centres.row(l) += x.row(std::int64_t(i));
        ++p.sizes[std::size_t(l)];
    }
    for (int c = 0; c < k; ++c) {
        if (p.sizes[std::size_t(c)] > 0) {
            p.centres.row(c) /= double(p.sizes[std::size_t(c)]);
        }
    }
    p.labels = std::move(labels);
    return p;
}

SegmentationResult runSegmentation(const Table& table, const Recipe& recipe,
                                   const SegmentationOptions& options, Progress& progress,
                                   const Labels* reference) {
    const auto start = std::chrono::steady_clock::now();
    SegmentationResult result;
    result.algorithm = options.algorithm;
    result.fingerprint = table.fingerprint();
    const bool reducing = options.reduction.method != ReductionMethod::None;
    detail::refuseKMedoidsWithReduction(options);
    {
        SubProgress sub(progress, 0, reducing ? kPrepared / 2 : kPrepared, kScale);
        result.recipe = FittedRecipe::fit(table, recipe, sub);
        result.data = result.recipe.apply(table, sub);
    }
    requireUsableFeatures(result.data, options);
    if (reducing) {
        SubProgress sub(progress, kPrepared / 2, kPrepared, kScale);
        ReductionFit fit = fitReduction(result.data.x, options.reduction, sub);
        result.reduction = ReducedFeatures{std::move(fit.reduction), std::move(fit.x), {}};
    }
    switch (options.algorithm) {
    case Algorithm::KMeans:
        runKMeans(result, options, progress);
        break;
    case Algorithm::Hierarchical:
        runHierarchical(result, options, progress);
        break;
    case Algorithm::Dbscan:
        runDbscan(result, options, progress);
        break;
    case Algorithm::KMedoids:
        detail::runKMedoids(result, table, options, progress, kPrepared, kClustered, kScale);
        break;
    case Algorithm::Gmm:
        detail::runGmm(result, options, progress, kPrepared, kClustered, kScale);
        break;
    }
    scoreAndProfile(result, table, recipe, options, progress, reference);
    result.warnings = result.recipe.warnings();
    result.warnings.insert(result.warnings.end(), result.data.warnings.begin(),
                           result.data.warnings.end());
    const RowCounts counts = rowCounts(result.data);
    if (counts.filteredOut > 0) {
        result.warnings.push_back("filtered-rows:" + std::to_string(counts.filteredOut));
    }
    if (counts.outliers > 0) {
        result.warnings.push_back("outlier-rows:" + std::to_string(counts.outliers));
    }
    if (counts.missing > 0) {
        result.warnings.push_back("dropped-rows:" + std::to_string(counts.missing));
    }
    for (const ColumnSpec& spec : recipe.columns) {
        const auto index = table.indexOf(spec.name);
        if (spec.role == Role::Id && index) {
            if (const auto repeats = duplicateIds(table.column(*index))) {
                result.warnings.push_back(repeats->warningKey());
            }
        }
    }
    for (std::size_t s = 0; s < result.partition.sizes.size(); ++s) {
        if (result.partition.sizes[s] == 0) {
            result.warnings.push_back("empty-segment:" + std::to_string(s));
        }
    }
    progress.report(kScale, kScale, "done");
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace gugus::core
