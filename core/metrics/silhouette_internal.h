#pragma once

#include "metrics/cluster_metrics.h"

#include <cstdint>
#include <vector>

/// The silhouette's per-row formula and summary, shared by the Euclidean (GEMM tiles) and the
/// any-distance implementations. Internal to metrics/.
namespace gugus::core::detail {

/// s = (b - a) / max(a, b) from a row's distance sums to every cluster (sums[c], the row itself
/// contributing 0 to its own cluster): a = sums[own] / (n_own - 1), b = min over other non-empty
/// clusters of sums[c] / n_c; 0 for singletons (scikit-learn's nan_to_num) and when a = b = 0.
double silhouetteFromSums(int own, const std::vector<std::int64_t>& counts, const double* sums);

/// Means per cluster and overall of result.samples over the rows with a label >= 0 and a value
/// (not NaN), in row order (deterministic); sets perCluster, mean, sampleSize and, when the
/// scored rows are a uniform sample of `population` clustered rows, the standard error of the mean.
void summariseSilhouette(const Labels& labels, int k, std::int64_t population,
                         SilhouetteResult& result);

} // namespace gugus::core::detail
