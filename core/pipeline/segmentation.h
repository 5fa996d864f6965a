#pragma once

#include "cluster/dbscan.h"
#include "cluster/gmm.h"
#include "cluster/hierarchical.h"
#include "cluster/kmeans.h"
#include "cluster/kmedoids.h"
#include "common/progress.h"
#include "data/table.h"
#include "prep/gower_rows.h"
#include "prep/recipe.h"
#include "profile/segment_profile.h"
#include "reduce/reduction.h"
#include "select/k_sweep.h"

#include <map>
#include <optional>
#include <string>

namespace gugus::core {

enum class Algorithm { KMeans, Hierarchical, Dbscan, KMedoids, Gmm };
/// "kmeans", "hierarchical", "dbscan", "kmedoids", "gmm" and back.
const char* algorithmKey(Algorithm algorithm) noexcept;
std::optional<Algorithm> algorithmFromKey(const std::string& key);

/// Everything that decides a segmentation run besides the data and the recipe.
struct SegmentationOptions {
    Algorithm algorithm = Algorithm::KMeans;
    /// K-Means and hierarchical: number of segments; nothing = choose it by a sweep (K-Means
    /// fits, or cuts of the one tree) unless cutHeight is given. Unused by DBSCAN.
    std::optional<int> k;
    std::optional<double> cutHeight; ///< hierarchical: cut the tree at this height instead
    int kMin = 2;                    ///< sweep range when k is chosen automatically
    int kMax = 10;
    KMeansOptions kmeans; ///< K-Means options; k is set from `k` or the sweep. Its seed also
                          ///< seeds the sampled silhouette of every algorithm.
    HierarchicalOptions hierarchical;
    DbscanOptions dbscan;
    /// K-Medoids options (metric, init, matrix limit); k is set from `k` or the sweep, the seed
    /// from kmeans.seed.
    KMedoidsOptions kmedoids;
    /// Gaussian mixture options (covariance type, init, reg_covar, n_init ...); k is set from `k`
    /// or the sweep, the seed from kmeans.seed.
    GmmOptions gmm;
    /// Gower weight per feature column name (others weigh 1).
    std::map<std::string, double> gowerWeights;
    SilhouetteOptions silhouette;
    ReductionOptions reduction; ///< between scaling and clustering (none by default)
};

/// A segmentation's partition of the prepared rows, whatever the algorithm.
struct Partition {
    Labels labels;                   ///< per prepared row: 0..k-1 or kNoise (DBSCAN)
    CentreMatrix centres;            ///< k x d: K-Means centres, else each segment's mean
    std::vector<std::int64_t> sizes; ///< rows per segment
    std::int64_t noise = 0;          ///< rows labelled kNoise
};

/// The rows the clustering saw when a reduction step ran.
struct ReducedFeatures {
    Reduction reduction;
    FeatureMatrix x;      ///< n x m, the reduced prepared rows
    CentreMatrix centres; ///< k x m: the centres assignment uses (K-Means' own, else segment means)
};

/// The outcome of one run: data -> recipe -> features -> (sweep) -> clustering -> metrics ->
/// profiles.
struct SegmentationResult {
    std::string fingerprint; ///< Table::fingerprint() of the input
    FittedRecipe recipe;
    PreparedData data; ///< feature matrix and the table rows it holds
    /// Present when options.reduction chose a method: the clustering, its metrics and the
    /// k sweep then work on reduction->x, while partition.centres stay segment means in the
    /// scaled features, so profiles, maps and summaries keep speaking in the original columns.
    std::optional<ReducedFeatures> reduction;
    std::optional<SweepResult> sweep; ///< present when k was chosen automatically
    Algorithm algorithm = Algorithm::KMeans;
    int k = 0; ///< segments (DBSCAN: clusters found; noise is not a segment)
    Partition partition;
    KMeansResult kmeans;            ///< K-Means only: iterations, restarts ...
    std::optional<Dendrogram> tree; ///< hierarchical only
    std::vector<char> core;         ///< DBSCAN only: 1 per prepared row that is a core row
    KMedoidsResult kmedoids;        ///< K-Medoids only: medoids (prepared rows), total deviation
    Dissimilarity metric = Dissimilarity::Euclidean; ///< K-Medoids: the distance it used
    std::optional<GowerRows> gower; ///< K-Medoids with Gower: the mixed rows and their columns
    /// Gaussian mixture only: the model and the membership probabilities per prepared row, with
    /// components numbered as the segments.
    GmmResult gmm;
    ClusterScores scores;        ///< noise rows are left out of every metric
    SilhouetteResult silhouette; ///< per-row values behind scores.silhouette (empty if undefined)
    Labels tableLabels;          ///< one per table row: segment, or kUnassigned for dropped rows
    ProfileResult profile;
    double seconds = 0.0; ///< wall time of the whole run
    /// What the run noticed, as machine keys (front ends word them): "constant:<column>" (a
    /// feature that does not vary), "unseen:<column>=<category>", "filtered-rows:<n>" (left out by
    /// the row filters), "outlier-rows:<n>" (dropped by an outlier rule), "dropped-rows:<n>" (rows
    /// left out by drop imputation), "empty-segment:<s>" (0-based),
    /// "duplicate-ids:<column>:<d>/<n>" (an identifier column with d distinct ids in n rows).
    std::vector<std::string> warnings;
};

/// The matrix the clustering works on: reduction->x when a reduction ran, else data.x.
const FeatureMatrix& clusteringMatrix(const SegmentationResult& result);

/// Runs the whole pipeline on worker-free, synchronous code (callers choose the thread).
/// Progress stages: "recipe.fit", "recipe.apply", "reduce", "sweep", "kmeans" / "hierarchical" /
/// "dbscan" / "kmedoids" / "gmm", "silhouette", "profile". Throws Error for bad input (e.g. k >
/// rows as TooFewRows) and Cancelled. Segments are numbered in one place, here, before anything is
/// computed per segment (metrics, profiles, model): by size, largest first, or, given `reference`
/// (labels per table row of an earlier segmentation, e.g. a pinned one; < 0 = not in it), matched
/// to it on shared customers (segmentOrder), so the same group keeps its number and colour between
/// algorithms and runs.
SegmentationResult runSegmentation(const Table& table, const Recipe& recipe,
                                   const SegmentationOptions& options, Progress& progress,
                                   const Labels* reference = nullptr);

/// The k sweep of options.algorithm over k = kMin..kMax: K-Means fits (runKSweep), or one
/// hierarchical tree and its cuts (progress: the tree takes 70 %), or K-Medoids fits (Euclidean or
/// Manhattan). `onPoint` as in runKSweep. Throws Error(InvalidOption, "algorithm") for DBSCAN,
/// which has no k, and for Gower K-Medoids, which needs the table (sweepTable).
SweepResult runSweep(const FeatureMatrix& x, const SegmentationOptions& options, Progress& progress,
                     const std::function<void(const SweepPoint&)>& onPoint = {});

/// The k sweep of K-Medoids under `distance` (rows in x's order): fits for k = kMin..kMax, each
/// scored by scoreClustering with that distance's silhouette.
SweepResult sweepKMedoids(const FeatureMatrix& x, const RowDistance& distance,
                          const SegmentationOptions& options, Progress& progress,
                          const std::function<void(const SweepPoint&)>& onPoint = {});

/// The k sweep of options.algorithm on a table: prepares the features with `recipe`, and for
/// K-Medoids with Gower builds the mixed rows too (which runSweep, given only the features,
/// cannot). Otherwise as runSweep.
SweepResult sweepTable(const Table& table, const Recipe& recipe, const SegmentationOptions& options,
                       Progress& progress,
                       const std::function<void(const SweepPoint&)>& onPoint = {});

/// Scores the cuts of one tree into k = kMin..kMax segments.
SweepResult sweepTreeCuts(const FeatureMatrix& x, const Dendrogram& tree,
                          const SegmentationOptions& options, Progress& progress,
                          const std::function<void(const SweepPoint&)>& onPoint = {});

/// A hierarchical result cut again (at `height`, or into `k` segments when height is nothing):
/// the same tree and prepared data, new partition, metrics, table labels and profiles. Cheap next
/// to the tree itself, so views can re-cut as a cut line is dragged. Throws Error(InvalidOption,
/// "tree") when `base` has no tree.
SegmentationResult recutTree(const Table& table, const Recipe& recipe, SegmentationResult base,
                             std::optional<int> k, std::optional<double> height,
                             const SegmentationOptions& options, Progress& progress,
                             const Labels* reference = nullptr);

/// Renumbers a partition: segment s becomes order[s] (labels, centres, sizes). Noise stays.
void renumberPartition(Partition& partition, const std::vector<int>& order);

/// The `segment_reason` column of a labelled file: per table row "" (clustered) or why the recipe
/// left it out ("filter:Area=Jakarta", "outlier:Usia", "missing:Usia"). Empty (no column) when
/// the recipe has no row filters or outlier rules.
std::vector<std::string> segmentReasons(const SegmentationResult& result);

/// K-Medoids: the table row (0-based) of each segment's medoid, a real customer.
std::vector<std::int64_t> medoidTableRows(const SegmentationResult& result);

/// The distance a K-Medoids result was clustered with, over its prepared rows (Euclidean,
/// Manhattan) or its Gower rows; refers to `result`, which must outlive it.
RowDistance medoidDistance(const SegmentationResult& result);

/// The k sweep of the Gaussian mixture: fits for k = kMin..kMax scored as any labelling, each
/// point also carrying its BIC and AIC (SweepResult::lowestBicK / lowestAicK mark the minima).
SweepResult sweepGmm(const FeatureMatrix& x, const SegmentationOptions& options, Progress& progress,
                     const std::function<void(const SweepPoint&)>& onPoint = {});

/// Segment means (k x d) and sizes of a labelling; rows with label < 0 are left out.
Partition partitionOf(const FeatureMatrix& x, Labels labels, int k);

} // namespace gugus::core
