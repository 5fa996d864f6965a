#pragma once

#include "cluster/kmeans.h"
#include "common/matrix.h"
#include "common/progress.h"
#include "metrics/cluster_metrics.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace gugus::core {

/// How the silhouette is computed in sweeps and fits: exactly (O(n^2 d) time) or estimated on a
/// seeded sample. Auto = exact up to `exactLimit` clustered rows, else sampled.
struct SilhouetteOptions {
    enum class Mode { Auto, Exact, Sampled };
    Mode mode = Mode::Auto;
    std::int64_t exactLimit = 30000;
    std::int64_t sampleSize = 10000;
    /// Rows each sampled row is measured against (stratified over the clusters).
    std::int64_t referenceSize = kSilhouetteReferenceSize;
};

/// Scores one clustering with every metric (silhouette per SilhouetteOptions).
struct ClusterScores {
    double inertia = 0.0;
    double silhouette = 0.0;
    std::int64_t silhouetteSampleSize = 0; ///< rows the silhouette mean is over
    bool silhouetteSampled = false;
    double silhouetteStandardError = 0.0;     ///< 0 when exact
    std::int64_t silhouetteReferenceSize = 0; ///< rows the a/b terms are measured against
    double calinskiHarabasz = 0.0;
    double daviesBouldin = 0.0;
    /// False when the labelling has fewer than 2 (or more than rows - 1) non-empty clusters:
    /// silhouette, Calinski-Harabasz and Davies-Bouldin are then NaN (null in JSON).
    bool defined = true;
};
/// When `perRow` is given it receives the silhouette itself (per-row values, per-cluster means),
/// or is cleared when the scores are undefined, so callers that plot it never compute it twice.
/// With `distance` (rows in x's order) the silhouette uses it (a Gower silhouette for a Gower
/// clustering); inertia, Calinski-Harabasz and Davies-Bouldin need centroids and stay on x and its
/// segment means.
ClusterScores scoreClustering(const FeatureMatrix& x, const Labels& labels, int k,
                              const SilhouetteOptions& silhouette, std::uint64_t seed,
                              Progress& progress, SilhouetteResult* perRow = nullptr,
                              const RowDistance* distance = nullptr);

struct SweepOptions {
    int kMin = 2;
    int kMax = 10;
    KMeansOptions kmeans; ///< k is overwritten per step; seed is shared by all k
    SilhouetteOptions silhouette;
};

struct SweepPoint {
    int k = 0;
    ClusterScores scores;
    std::vector<std::int64_t> sizes;
    double seconds = 0.0; ///< wall time of this k (fit + metrics)
    /// Gaussian mixtures only: the Bayesian and Akaike information criteria of the fit (lower is
    /// better).
    std::optional<double> bic;
    std::optional<double> aic;
};

/// Why a k was suggested.
enum class SuggestionReason {
    KneeAgreesWithSilhouette, ///< the elbow (knee) is also the best or near-best silhouette
    BestSilhouette,           ///< no knee, or its silhouette is clearly worse than the best
    Knee,                     ///< only the knee is available (silhouette undefined)
};
const char* suggestionReasonKey(SuggestionReason) noexcept;

struct SweepResult {
    std::vector<SweepPoint> points; ///< in k order
    std::optional<int> kneeK;       ///< k at the knee of the inertia curve
    int bestSilhouetteK = 0;        ///< 0 when no k has a defined silhouette
    int suggestedK = 0;
    SuggestionReason reason = SuggestionReason::BestSilhouette;
    std::optional<int> lowestBicK; ///< Gaussian mixtures: k of the lowest BIC
    std::optional<int> lowestAicK; ///< Gaussian mixtures: k of the lowest AIC
};

/// Runs K-Means for k = kMin..kMax and scores each k. `onPoint` (optional) is called on the
/// calling thread as each k finishes, so a view can draw partial curves. Progress stage "sweep".
/// Suggestion rule: the knee when its silhouette is at least 90% of the best silhouette,
/// otherwise the k of the best silhouette.
SweepResult runKSweep(const FeatureMatrix& x, const SweepOptions& options, Progress& progress,
                      const std::function<void(const SweepPoint&)>& onPoint = {});

/// Produces the labelling for one k (e.g. a K-Means fit, or a cut of one tree).
using LabelsForK = std::function<Labels(int k, Progress& progress)>;

/// The sweep machinery for any algorithm: labelsFor(k) for k = kMin..kMax (capped at rows - 1),
/// each scored with scoreClustering, then the suggestion. Same errors and callbacks as runKSweep.
SweepResult sweepLabellings(const FeatureMatrix& x, int kMin, int kMax,
                            const SilhouetteOptions& silhouette, std::uint64_t seed,
                            Progress& progress, const LabelsForK& labelsFor,
                            const std::function<void(const SweepPoint&)>& onPoint = {},
                            const RowDistance* distance = nullptr);

/// Recomputes knee and suggestion from points (used after partial sweeps, and by runKSweep).
void suggestK(SweepResult& result);

} // namespace gugus::core
