#pragma once

#include "common/matrix.h"
#include "common/random.h"

#include <cstdint>
#include <vector>

/// Label checks and per-cluster sums shared by the metrics. Internal to metrics/.
namespace gugus::core::detail {

/// The clustered rows of a labelling: labels < 0 are left out, labels >= k are an error.
struct LabelSummary {
    std::vector<std::int64_t> counts; ///< k: rows per cluster
    std::int64_t clustered = 0;       ///< rows with a label >= 0
    int nonEmpty = 0;                 ///< clusters with at least one row
};

/// Validates shapes and labels (Error(InvalidOption, "k"/"labels")) and counts the clusters.
LabelSummary summariseLabels(const FeatureMatrix& x, const Labels& labels, int k);

/// The same for labels of `rows` rows whose values are checked elsewhere (e.g. Gower rows, where
/// NaN means missing).
LabelSummary summariseLabels(std::int64_t rows, const Labels& labels, int k);

/// `count` (<= rows.size()) of `rows` drawn without replacement (partial Fisher-Yates with our own
/// generator, so a seed gives the same draw everywhere), in ascending order.
std::vector<std::int64_t> drawRows(std::vector<std::int64_t> rows, std::int64_t count, Random& rng);

/// `sampleSize` (< clustered) of the rows with a label >= 0, drawn by drawRows with a generator
/// seeded with `seed`.
std::vector<std::int64_t> drawClusteredRows(const Labels& labels, std::int64_t clustered,
                                            std::int64_t sampleSize, std::uint64_t seed);

/// scikit-learn's check_number_of_labels: Error(TooFewRows) unless 2 <= clusters <= rows - 1.
void requireClusterCount(const LabelSummary& summary);

/// Per-cluster means (k x d; rows of empty clusters are 0). Parallel with per-block partial sums
/// combined in block order, so deterministic.
CentreMatrix clusterMeans(const FeatureMatrix& x, const Labels& labels, const LabelSummary& s);

} // namespace gugus::core::detail
