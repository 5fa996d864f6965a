#pragma once

#include "common/matrix.h"
#include "common/progress.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace gugus::core {

enum class Linkage {
    Ward,     ///< minimum increase of within-cluster variance (Euclidean only)
    Complete, ///< farthest pair
    Average,  ///< mean pairwise distance (UPGMA)
    Single,   ///< closest pair (minimum spanning tree)
    Weighted, ///< WPGMA: the mean of the two merged clusters' distances
};

enum class DistanceMetric {
    Euclidean,
    Manhattan, ///< city block, sum of absolute differences
    Cosine,    ///< 1 - cos(angle); a zero row is at distance 1 from everything (0 from itself)
};

struct HierarchicalOptions {
    Linkage linkage = Linkage::Ward;
    DistanceMetric metric = DistanceMetric::Euclidean;
    /// Budget for the condensed distance matrix that complete, average and weighted linkage
    /// need (n(n-1)/2 doubles). 0 = half of the machine's physical memory. Ward and single
    /// linkage never build a matrix.
    std::int64_t maxMatrixBytes = 0;
};

/// One merge, in SciPy's linkage-matrix layout: clusters a < b (ids < n are rows; id n+i is the
/// cluster made by merge i) joined at `height`, giving a cluster of `size` rows.
struct Merge {
    std::int64_t a = 0;
    std::int64_t b = 0;
    double height = 0.0;
    std::int64_t size = 0;
};

/// The full merge list of an agglomerative clustering: leaves-1 merges sorted by height (ties
/// keep the order they were made in), as scipy.cluster.hierarchy.linkage returns it.
struct Dendrogram {
    std::int64_t leaves = 0;
    std::vector<Merge> merges;
};

/// Agglomerative clustering of the rows of x.
///
/// Ward: nearest-neighbour chain over cluster centroids and sizes, O(n*d) memory, the
/// nearest-neighbour scans parallel. Single: Prim's minimum spanning tree with distances computed
/// on the fly, O(n*d) memory. Complete, average and weighted: nearest-neighbour chain over a
/// condensed distance matrix with Lance-Williams updates; refused with Error(TooMuchMemory,
/// linkage name, -1, -1, "<bytes needed> <bytes allowed>") when the matrix exceeds the budget.
/// Deterministic: the same bits for 1 or N threads (ties go to the lowest row index).
/// Throws Error(InvalidOption, "metric") for Ward with a non-Euclidean metric, TooFewRows for
/// fewer than 2 rows, NonFiniteValue (line = 1-based row) for NaN/Inf, NoFeatures for 0 columns,
/// Cancelled. Progress stage "hierarchical" (merges done of n-1; "distances" while the matrix is
/// built).
Dendrogram hierarchicalCluster(const FeatureMatrix& x, const HierarchicalOptions& options,
                               Progress& progress);

/// Bytes of the condensed distance matrix for n rows.
std::int64_t condensedMatrixBytes(std::int64_t n);

/// The matrix budget used when HierarchicalOptions::maxMatrixBytes is 0.
std::int64_t defaultMatrixBudget();

/// Cuts the tree into min(k, leaves) clusters by undoing the k-1 highest merges. Labels are
/// 0..k-1 numbered by each cluster's first row. Throws Error(InvalidOption, "k") for k < 1.
Labels cutTree(const Dendrogram& tree, int k);

/// Cuts the tree at `height`: rows joined by merges at heights <= height share a cluster
/// (scipy fcluster criterion="distance"). Labels numbered by first row.
Labels cutTreeAtHeight(const Dendrogram& tree, double height);

/// Number of clusters a cut at `height` gives.
int clustersAtHeight(const Dendrogram& tree, double height);

/// A stable machine name ("ward", "complete", ...) and its inverse.
const char* linkageKey(Linkage linkage) noexcept;
std::optional<Linkage> linkageFromKey(const std::string& key);
const char* metricKey(DistanceMetric metric) noexcept;
std::optional<DistanceMetric> metricFromKey(const std::string& key);

} // namespace gugus::core
