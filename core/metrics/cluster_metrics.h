#pragma once

#include "common/matrix.h"
#include "common/progress.h"
#include "numeric/row_distance.h"

#include <cstdint>
#include <vector>

namespace gugus::core {

/// All metrics treat labels < 0 (noise, unassigned) as not clustered: those rows are left out.
/// `k` is the number of clusters (labels 0..k-1); clusters may be empty, and empty clusters are
/// ignored (as scikit-learn, which only sees the labels present). Every metric throws
/// Error(InvalidOption, "labels") when labels.size() != x.rows() or a label is >= k, and
/// Error(NonFiniteValue) for NaN/infinite x. All are parallel and give the same bits for 1 or N
/// threads.

/// Sum of squared distances from each clustered row to its cluster mean.
double inertia(const FeatureMatrix& x, const Labels& labels, int k);

/// Calinski-Harabasz index (variance ratio), as sklearn.metrics.calinski_harabasz_score (1 when
/// every cluster is a single repeated point). Throws Error(TooFewRows) unless
/// 2 <= non-empty clusters <= clustered rows - 1.
double calinskiHarabasz(const FeatureMatrix& x, const Labels& labels, int k);

/// Davies-Bouldin index, as sklearn.metrics.davies_bouldin_score (0 when all spreads or all
/// centroid distances are ~0). Throws Error(TooFewRows) as calinskiHarabasz.
double daviesBouldin(const FeatureMatrix& x, const Labels& labels, int k);

struct SilhouetteResult {
    std::vector<double> samples;    ///< per row silhouette (NaN for rows with label < 0)
    std::vector<double> perCluster; ///< mean silhouette of each cluster (NaN if empty)
    double mean = 0.0;              ///< mean over the rows scored
    std::int64_t sampleSize = 0;    ///< rows the mean is over (all clustered rows when exact)
    bool sampled = false;           ///< true when computed on a random subset
    /// Standard error of `mean` as an estimate of the exact mean: the spread of the scored rows'
    /// values over sqrt(sampleSize), with the finite-population correction; 0 when exact.
    double standardError = 0.0;
    std::int64_t referenceSize = 0; ///< rows the a/b terms are measured against
};

/// Reference rows of the sampled silhouette by default (split evenly over the clusters).
inline constexpr std::int64_t kSilhouetteReferenceSize = 10000;

/// Exact silhouette (Euclidean) as sklearn.metrics.silhouette_samples/_score: singletons score 0.
/// Every pair of clustered rows is measured once (block pairs of the symmetric distance matrix),
/// O(n (d + k)) memory, parallel and deterministic. Progress stage "silhouette" (done/total in
/// rounds of block pairs). Throws Error(TooFewRows) unless 2 <= clusters <= n-1.
SilhouetteResult silhouette(const FeatureMatrix& x, const Labels& labels, int k,
                            Progress& progress);

/// Silhouette estimated on `sampleSize` rows drawn without replacement (seeded); `samples` holds
/// NaN for rows not drawn. The a/b terms of each sampled row are its mean distances to a
/// stratified reference: every row of a cluster with at most ceil(referenceSize / non-empty
/// clusters) rows, a seeded draw of that many from each larger cluster (so on small data the
/// terms are exact over all rows). Cost O(sampleSize x referenceSize x d) whatever n is. When
/// sampleSize >= clustered rows this is the exact computation. (scikit-learn's
/// silhouette_score(sample_size=...) scores the sample against itself only, with
/// sampleSize / k rows per cluster behind each term.) Throws Error(InvalidOption, "sample_size"
/// or "reference_size") when either is < 1.
SilhouetteResult silhouetteSampled(const FeatureMatrix& x, const Labels& labels, int k,
                                   std::int64_t sampleSize, std::uint64_t seed, Progress& progress,
                                   std::int64_t referenceSize = kSilhouetteReferenceSize);

/// The silhouette under `distance` (e.g. Gower for a Gower clustering), with the same definition
/// as silhouette(): exact when sampleSize >= clustered rows, else on `sampleSize` rows drawn as
/// silhouetteSampled draws them (the a/b terms exact over all rows). O(n) distances per scored
/// row, parallel and deterministic. Throws as silhouetteSampled.
SilhouetteResult silhouetteWith(const RowDistance& distance, const Labels& labels, int k,
                                std::int64_t sampleSize, std::uint64_t seed, Progress& progress);

/// Adjusted Rand index of two labelings of the same rows (used to compare to reference tools and
/// for stability). Rows where either label < 0 are compared as their own class "noise" (all
/// negative labels are that one class). Pair counts are 128-bit: exact up to ~3e9 rows.
/// Throws Error(InvalidOption, "labels") when the sizes differ.
double adjustedRandIndex(const Labels& a, const Labels& b);

/// How two labelings of the same rows map onto each other (e.g. demographic segments against
/// product segments): counts[i][j] = rows in segment i of `a` and segment j of `b`. Rows where
/// either label is < 0 (noise, unassigned) are left out; `rows` counts the rest, and `ari` is
/// their adjusted Rand index. Throws Error(InvalidOption, "labels") when the sizes differ or a
/// label is >= its k.
struct CrossTab {
    std::vector<std::vector<std::int64_t>> counts; ///< ka x kb
    std::int64_t rows = 0;
    double ari = 0.0;
};
CrossTab crossTabulate(const Labels& a, int ka, const Labels& b, int kb);

} // namespace gugus::core
