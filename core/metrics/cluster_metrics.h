#pragma once

#include "common/matrix.h"
#include "common/progress.h"

#include <cstdint>
#include <vector>

namespace gugus::core {

/// All metrics treat labels < 0 (noise, unassigned) as not clustered: those rows are left out.
/// `k` is the number of clusters (labels 0..k-1); clusters may be empty.

/// Sum of squared distances from each clustered row to its cluster mean.
double inertia(const FeatureMatrix& x, const Labels& labels, int k);

/// Calinski-Harabasz index (variance ratio), as sklearn.metrics.calinski_harabasz_score.
double calinskiHarabasz(const FeatureMatrix& x, const Labels& labels, int k);

/// Davies-Bouldin index, as sklearn.metrics.davies_bouldin_score.
double daviesBouldin(const FeatureMatrix& x, const Labels& labels, int k);

struct SilhouetteResult {
    std::vector<double> samples;    ///< per row silhouette (NaN for rows with label < 0)
    std::vector<double> perCluster; ///< mean silhouette of each cluster (NaN if empty)
    double mean = 0.0;              ///< mean over the rows scored
    std::int64_t sampleSize = 0;    ///< rows the mean is over (all clustered rows when exact)
    bool sampled = false;           ///< true when computed on a random subset
};

/// Exact silhouette (Euclidean) as sklearn.metrics.silhouette_samples/_score: singletons score 0.
/// Blockwise over rows, O(n*d + block*n) memory, parallel and deterministic. Progress stage
/// "silhouette". Throws Error(TooFewRows) unless 2 <= clusters <= n-1.
SilhouetteResult silhouette(const FeatureMatrix& x, const Labels& labels, int k,
                            Progress& progress);

/// Silhouette estimated on `sampleSize` rows drawn without replacement (seeded): the a/b terms
/// of each sampled row are exact over all rows; `samples` holds NaN for rows not drawn. When
/// sampleSize >= clustered rows this is the exact computation.
SilhouetteResult silhouetteSampled(const FeatureMatrix& x, const Labels& labels, int k,
                                   std::int64_t sampleSize, std::uint64_t seed,
                                   Progress& progress);

/// Adjusted Rand index of two labelings of the same rows (used to compare to reference tools and
/// for stability). Rows where either label < 0 are compared as their own class "noise".
double adjustedRandIndex(const Labels& a, const Labels& b);

} // namespace gugus::core
