#pragma once

#include "common/matrix.h"
#include "common/progress.h"

#include <cstdint>
#include <vector>

namespace gugus::core {

enum class KMeansInit {
    KMeansPlusPlus, ///< greedy k-means++ as scikit-learn: 2 + floor(ln k) candidates per step
    Random,         ///< k distinct rows chosen uniformly
    Given,          ///< KMeansOptions::initialCentres (n_init is then 1)
};
/// "k-means++", "random" or "given" (summary JSON, report, logs).
const char* kmeansInitKey(KMeansInit init) noexcept;

enum class KMeansAlgorithm {
    Lloyd, ///< plain assignment/update iterations
    Elkan, ///< Lloyd with triangle-inequality bounds: same result, fewer distance computations
    /// scikit-learn 1.2's MiniBatchKMeans: centres learn from random batches of rows, for millions
    /// of customers; close to Lloyd's result, not the same (see MiniBatchOptions).
    MiniBatch,
};
/// "lloyd", "elkan" or "minibatch" (summary JSON, project files, report, CLI).
const char* kmeansAlgorithmKey(KMeansAlgorithm algorithm) noexcept;

/// The mini-batch parameters, named and defaulted as scikit-learn 1.2's MiniBatchKMeans.
/// KMeansOptions::nInit is the number of starts tried on a validation sample (the best is kept),
/// maxIter the passes over the data; tol is not used (scikit-learn's default tol=0.0).
struct MiniBatchOptions {
    std::int64_t batchSize = 1024; ///< rows per step (at most the row count)
    /// Stop after this many steps in a row without a lower smoothed (exponentially weighted)
    /// batch inertia; 0 = never.
    int maxNoImprovement = 10;
    /// A centre whose row count falls below this share of the largest count is moved to a random
    /// row of the batch.
    double reassignmentRatio = 0.01;
    /// Rows the start (k-means++) is computed on and the validation sample size; 0 = three
    /// batches (at least 3k), at most the row count.
    std::int64_t initSize = 0;
};

struct KMeansOptions {
    int k = 5;
    KMeansInit init = KMeansInit::KMeansPlusPlus;
    KMeansAlgorithm algorithm = KMeansAlgorithm::Lloyd;
    int nInit = 10; ///< restarts; the run with the lowest inertia wins
    int maxIter = 300;
    /// Relative tolerance as scikit-learn: stop when the summed squared centre shift is at most
    /// tol * mean(feature variance). Iteration also stops when no label changes.
    double tol = 1e-4;
    std::uint64_t seed = 0;
    CentreMatrix initialCentres; ///< k x d, used when init == Given
    MiniBatchOptions miniBatch;  ///< used when algorithm == MiniBatch
};

struct KMeansResult {
    CentreMatrix centres;            ///< k x d
    Labels labels;                   ///< per row, 0..k-1
    double inertia = 0.0;            ///< sum of squared distances to the assigned centre
    int iterations = 0;              ///< iterations of the best run
    bool converged = false;          ///< best run stopped on tol/unchanged labels, not maxIter
    int bestRun = 0;                 ///< index of the winning restart
    std::vector<double> runInertias; ///< inertia of every restart, in restart order
    std::vector<std::int64_t> sizes; ///< rows per cluster
    /// MiniBatch: batches processed (iterations then counts passes over the data, as
    /// scikit-learn's n_iter_, and runInertias are the starts' validation inertias).
    std::int64_t steps = 0;
    std::int64_t batchSize = 0; ///< MiniBatch: rows per batch used (at most the row count)
};

/// K-Means clustering (Lloyd, Elkan or mini-batch), k-means++ or random starts, and restarts.
/// Empty clusters are re-seeded from the points farthest from their centres (as scikit-learn).
/// Deterministic: the same seed gives the same bits for 1 or N threads.
/// Throws Error(TooFewRows) when k > number of distinct rows is impossible to satisfy
/// (k > rows), Error(InvalidOption) for k < 1 etc., Cancelled on cancel.
/// Details: InvalidOption subjects are "k", "n_init", "max_iter", "tol", "initial_centres"
/// (Given centres not k x d), "batch_size", "max_no_improvement", "reassignment_ratio" and
/// "init_size"; NoFeatures for 0 columns; NonFiniteValue (line/column = 1-based
/// row/feature) for NaN or infinite data. Progress stage "kmeans".
/// With more clusters than distinct rows, clusters that cannot be re-seeded stay empty (sizes 0)
/// and keep their centre.
class KMeans {
public:
    explicit KMeans(KMeansOptions options);
    KMeansResult fit(const FeatureMatrix& x, Progress& progress) const;
    const KMeansOptions& options() const { return m_options; }

private:
    KMeansOptions m_options;
};

/// Assigns each row to its nearest centre (ties -> lowest index). Parallel, deterministic.
Labels assignNearest(const FeatureMatrix& x, const CentreMatrix& centres);

/// The plain, obviously-correct Lloyd iteration from given centres, single-threaded, used as the
/// reference in differential tests. Same stopping rule as KMeans (tol relative to mean variance,
/// or unchanged labels).
KMeansResult referenceLloyd(const FeatureMatrix& x, const CentreMatrix& initialCentres, int maxIter,
                            double tol);

} // namespace gugus::core
