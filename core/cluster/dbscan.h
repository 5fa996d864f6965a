#pragma once

#include "common/matrix.h"
#include "common/progress.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace gugus::core {

struct DbscanOptions {
    double eps = 0.5;   ///< neighbourhood radius (Euclidean, inclusive)
    int minSamples = 5; ///< neighbours within eps, the row itself included, to be a core row
};

struct DbscanResult {
    Labels labels;                   ///< 0..clusters-1, or kNoise
    std::vector<char> core;          ///< 1 for core rows
    int clusters = 0;                ///< number of clusters found (noise not counted)
    std::int64_t noise = 0;          ///< rows labelled kNoise
    std::vector<std::int64_t> sizes; ///< rows per cluster
};

/// DBSCAN (Ester et al. 1996). Below 12 features: a kd-tree (nanoflann) and parallel neighbour
/// queries; from 12 features on, where a kd-tree prunes little: every pair within eps found once,
/// block against block, with exact pruning of far-apart blocks (detail::PairSearch). Both
/// measure the same squared distances, so the labels do not depend on the path.
///
/// The labels equal scikit-learn's DBSCAN(eps, min_samples) exactly, numbering included: clusters
/// are numbered by their lowest-index core row, and a border row reachable from several clusters
/// joins the lowest-numbered one (the one scikit-learn's sequential expansion reaches first).
/// Core rows are joined with a lock-free union-find whose result does not depend on the thread
/// count. Neighbour lists of the first pass are kept up to 1 GiB, then searched again.
/// Throws Error(InvalidOption, "eps" / "min_samples"), NoFeatures, TooFewRows (no rows),
/// NonFiniteValue, Cancelled. Progress stage "dbscan".
DbscanResult dbscan(const FeatureMatrix& x, const DbscanOptions& options, Progress& progress);

/// For each row of x, the label of its nearest row of `cores` within eps (Euclidean, inclusive;
/// ties to the lowest core index), or kNoise when none is that close. Used to place new
/// customers with a saved DBSCAN model. Parallel, kd-tree.
Labels nearestCoreWithin(const FeatureMatrix& cores, const Labels& coreLabels, double eps,
                         const FeatureMatrix& x);

/// The k-distance curve: each row's distance to its minSamples-th nearest row (the row itself
/// counts as the first, as in DBSCAN's core test, so a row is core exactly when its k-distance
/// <= eps), sorted ascending, over all rows.
struct KDistanceCurve {
    int minSamples = 0;
    std::vector<double> distances; ///< ascending, one per row
    /// eps at the knee of the curve (Kneedle on the curve sampled at up to 1000 quantiles), or
    /// nothing when the curve has no knee.
    std::optional<double> suggestedEps;
    std::optional<std::int64_t> kneeIndex; ///< index into distances of the suggestion
};

/// Computes the k-distance curve with a kd-tree, parallel. Throws Error(InvalidOption,
/// "min_samples") for minSamples < 1, TooFewRows when minSamples > rows, NonFiniteValue,
/// Cancelled. Progress stage "kdistance".
KDistanceCurve kDistance(const FeatureMatrix& x, int minSamples, Progress& progress);

} // namespace gugus::core
