#pragma once

#include "metrics/cluster_metrics.h"

#include <cstdint>
#include <vector>

/// The silhouette's per-row formula and summary, shared by the exact Euclidean (block pairs), the
/// sampled Euclidean (GEMM tiles) and the any-distance implementations. Internal to metrics/.
namespace gugus::core::detail {

/// s = (b - a) / max(a, b) of one row of cluster `own` from its distance sums to the reference
/// rows of every cluster (sums[c]; the row itself contributes 0 to its own cluster):
/// a = sums[own] / (r_own - 1 if the row is itself a reference row, else r_own), b = min over
/// other clusters with reference rows of sums[c] / r_c, where r = `referenceCounts` (every
/// clustered row when exact). 0 for singletons (`ownCount`, the cluster's size in all, is 1:
/// scikit-learn's nan_to_num) and when a = b = 0.
double silhouetteFromSums(int own, std::int64_t ownCount,
                          const std::vector<std::int64_t>& referenceCounts, bool inReference,
                          const double* sums);

/// Means per cluster and overall of result.samples over the rows with a label >= 0 and a value
/// (not NaN), in row order (deterministic); sets perCluster, mean, sampleSize and, when the
/// scored rows are a uniform sample of `population` clustered rows, the standard error of the mean.
void summariseSilhouette(const Labels& labels, int k, std::int64_t population,
                         SilhouetteResult& result);

} // namespace gugus::core::detail
