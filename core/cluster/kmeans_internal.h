#pragma once

#include "cluster/kmeans.h"
#include "common/matrix.h"
#include "common/progress.h"
#include "common/random.h"
#include "numeric/block_sums.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

/// The parts of k-means that vary, as small separate pieces (mlpack style): initialisation
/// (kmeans_init.cpp), the assignment/update passes and the empty-cluster rule (kmeans_update.cpp),
/// one Lloyd step and the iteration loop (kmeans_iterate.cpp), one Elkan step (kmeans_elkan.cpp),
/// one Lloyd step with Hamerly's bounds (kmeans_hamerly.cpp),
/// several Lloyd restarts run together on one thread (kmeans_lockstep.cpp).
/// KMeans::fit (kmeans.cpp) picks them; referenceLloyd (kmeans_reference.cpp) shares none of them.
namespace gugus::core::detail {

/// Rows x features from which KMeans::fit runs Lloyd with Hamerly's bounds and exact sums, one
/// restart at a time with parallel passes; below, plain passes and restarts side by side. The
/// sanitizer build (GUGUS_SANITIZED, tests only, 10-20x slower) uses an eighth, so that its tests
/// (which size their data from this) reach the large path on inputs small enough to run there;
/// the labels are Lloyd's on either path.
#ifdef GUGUS_SANITIZED
inline constexpr std::int64_t kLargeWork = 1'000'000;
#else
inline constexpr std::int64_t kLargeWork = 8'000'000;
#endif

/// What an assignment pass saw.
struct AssignPass {
    std::int64_t changed = 0;    ///< rows whose label differs from the label they had before
    double distanceSum = 0.0;    ///< sum of squared distances to the assigned centres
    bool hasDistanceSum = false; ///< false when the step skipped distances (Elkan)
};

/// Assigns every row to its nearest centre (ties -> lowest index), counting changed labels, and
/// when `sums` is given accumulates the clusters' coordinate sums. Parallel over row blocks; a
/// block starts by checking `progress` (may be null) and throws Cancelled.
AssignPass assignRows(const FeatureMatrix& x, const CentreMatrix& centres, Labels& labels,
                      BlockSums* sums, const Progress* progress);

/// Moves empty clusters as scikit-learn's _relocate_empty_clusters: the rows farthest from their
/// assigned centre (largest squared distance first, ties -> lower row) are taken out of their
/// cluster's sums and become the sole member of an empty cluster (lowest empty index first).
/// Labels are not changed (the next assignment will follow). Nothing moves when every row sits
/// on its centre (more clusters than distinct rows).
void relocateEmptyClusters(const FeatureMatrix& x, const Labels& labels,
                           const CentreMatrix& centres, ClusterSums& sums);

/// centres = sums / counts, leaving a still-empty cluster where it was. Returns each centre's
/// Euclidean shift.
std::vector<double> updateCentres(const ClusterSums& sums, CentreMatrix& centres);

/// Mean over features of the population variance of x: scikit-learn scales `tol` by this.
double meanFeatureVariance(const FeatureMatrix& x);

/// Sum of squared distances of each row to centres.row(labels[i]). Parallel, deterministic.
double inertiaWith(const FeatureMatrix& x, const Labels& labels, const CentreMatrix& centres);

/// Greedy k-means++ exactly as scikit-learn 1.2's _kmeans_plusplus (see kmeans_init.cpp).
CentreMatrix kmeansPlusPlus(const FeatureMatrix& x, int k, Random& rng, const Progress& progress);

/// One k-means++ seeding per random stream, run together: each pass over the rows reads a row
/// tile once for all of them. Seeding s is the same bits as kmeansPlusPlus(x, k, *rngs[s]) and
/// leaves its stream in the same state. Keeps one n-vector of distances per seeding.
std::vector<CentreMatrix> kmeansPlusPlusTogether(const FeatureMatrix& x, int k,
                                                 const std::vector<Random*>& rngs,
                                                 const Progress& progress);

/// k distinct rows drawn uniformly, in draw order.
CentreMatrix randomRows(const FeatureMatrix& x, int k, Random& rng);

/// One k-means iteration strategy. assign() labels every row against `centres` and returns the
/// sums of that assignment; centresMoved() tells the step how far each centre then moved. One step
/// object serves all restarts of a fit (its buffers are allocated once); start() begins a run.
class AssignmentStep {
public:
    virtual ~AssignmentStep() = default;
    virtual void start() {}
    virtual AssignPass assign(const CentreMatrix& centres, Labels& labels, ClusterSums& sums,
                              const Progress& progress) = 0;
    virtual void centresMoved(const CentreMatrix& newCentres, const std::vector<double>& shifts,
                              const Labels& labels) = 0;
    /// True when a strict stop's inertia is to be measured by one Lloyd pass against the centres
    /// the labels were assigned to (the bits Lloyd's own pass would have summed), because the step
    /// skipped distances.
    virtual bool inertiaByLloydPass() const { return false; }
};

/// Plain Lloyd assignment: every distance of every row, every iteration. With `exactSums` the
/// cluster sums are exact (ExactSplit), the sums HamerlyStep keeps.
class LloydStep final : public AssignmentStep {
public:
    explicit LloydStep(const FeatureMatrix& x, bool exactSums = false);
    AssignPass assign(const CentreMatrix& centres, Labels& labels, ClusterSums& sums,
                      const Progress& progress) override;
    void centresMoved(const CentreMatrix&, const std::vector<double>&, const Labels&) override {}

private:
    const FeatureMatrix& m_x;
    ExactSplit m_split;
};

/// Elkan's assignment with one upper and k lower bounds per row (as scikit-learn's
/// elkan_iter_chunked_dense): the same labels as Lloyd, most distances skipped.
class ElkanStep final : public AssignmentStep {
public:
    ElkanStep(const FeatureMatrix& x, int k);
    void start() override { m_boundsReady = false; }
    AssignPass assign(const CentreMatrix& centres, Labels& labels, ClusterSums& sums,
                      const Progress& progress) override;
    void centresMoved(const CentreMatrix& newCentres, const std::vector<double>& shifts,
                      const Labels& labels) override;

private:
    void computeCentreHalfDistances(const CentreMatrix& centres);
    AssignPass initialBounds(const CentreMatrix& centres, Labels& labels, BlockSums& partial,
                             const Progress& progress);
    AssignPass boundedAssign(const CentreMatrix& centres, Labels& labels, BlockSums& partial,
                             const Progress& progress);

    const FeatureMatrix& m_x;
    std::int64_t m_k;
    bool m_boundsReady = false;
    // Bounds are written by the first assignment of every run before they are read, so they are
    // left uninitialised (zeroing n x k doubles per fit is measurable).
    std::unique_ptr<double[]> m_upper; ///< n: >= distance to the assigned centre
    std::unique_ptr<double[]> m_lower; ///< n x k: <= distance to each centre
    std::vector<double> m_halfCentre;  ///< k x k: half the distance between centres
    std::vector<double> m_nearestHalf; ///< k: min over other centres of m_halfCentre
};

/// Lloyd's assignment with Hamerly's bounds (kmeans_hamerly.cpp): per row an upper bound on the
/// distance to its centre and a lower bound on the distance to every other centre. A row whose
/// bounds prove that its centre stays the strictly nearest, with a margin covering the rounding
/// of the bounds, keeps its label unmeasured; every other row is measured against all centres
/// with the tile kernel and nearestTwoInTile (ties -> lowest index). So the labels are Lloyd's bit
/// for bit. The cluster sums are exact (ExactSplit), so after the first pass they are updated by
/// the rows that changed cluster only and are still the bits of LloydStep's exact sums over all
/// rows: the same centres, iterations and (through inertiaByLloydPass) inertia as
/// LloydStep(x, true). A pass reads the
/// bounds of every row but the vectors of the measured rows only, and writes the bounds of the
/// measured rows only (they are kept relative to per-cluster sums of the centres' shifts). Parallel
/// over the row blocks of blockRowsFor; nothing depends on the thread count.
class HamerlyStep final : public AssignmentStep {
public:
    HamerlyStep(const FeatureMatrix& x, int k);
    void start() override;
    AssignPass assign(const CentreMatrix& centres, Labels& labels, ClusterSums& sums,
                      const Progress& progress) override;
    void centresMoved(const CentreMatrix& newCentres, const std::vector<double>& shifts,
                      const Labels& labels) override;
    bool inertiaByLloydPass() const override { return true; }
    /// Rows measured against every centre since start() (tests, profiles).
    std::int64_t measuredRows() const { return m_measured; }

private:
    const FeatureMatrix& m_x;
    std::int64_t m_k;
    double m_maxRowNorm = 0.0;
    BlockSums m_delta;     ///< per block: the sums of the first pass, then each pass's change
    ClusterSums m_running; ///< the sums of the current labels
    // Bounds are written by the first pass of every run before they are read.
    std::unique_ptr<double[]> m_upper;   ///< n: bound on the distance to the centre, minus S_a
    std::unique_ptr<double[]> m_lower;   ///< n: bound on the distance to any other, plus M_a
    std::vector<double> m_half;          ///< k: half the distance to the nearest other centre
    std::vector<double> m_shiftSum;      ///< k: S_a, centre a's shifts since start()
    std::vector<double> m_otherShiftSum; ///< k: M_a, each pass's largest shift of another centre
    double m_maxCentreNorm = 0.0;        ///< the largest centre norm seen in the run
    double m_drift = 0.0;                ///< the sum of all centre shifts in the run
    int m_passes = 0;                    ///< passes since start()
    std::int64_t m_measured = 0;
};

/// One restart's outcome.
struct RunResult {
    CentreMatrix centres;
    Labels labels;
    double inertia = 0.0;
    int iterations = 0;
    bool converged = false;
};

/// Called at the start of every iteration with its 0-based index (reports progress; may throw
/// Cancelled).
using IterationHook = std::function<void(int)>;

/// The Lloyd/Elkan iteration with scikit-learn's stopping rule: stop when no label changed
/// (strict convergence) or when the summed squared centre shift is <= tolScaled; after any other
/// stop the rows are assigned once more so that labels match the returned centres.
RunResult iterate(const FeatureMatrix& x, CentreMatrix centres, AssignmentStep& step, int maxIter,
                  double tolScaled, const IterationHook& onIteration, const Progress& progress);

/// Lloyd runs from the given starts together on this thread (kmeans_lockstep.cpp): each pass reads
/// a row tile once for all of them. Each result is the same bits as iterate() with a LloydStep
/// on one thread from the same start.
std::vector<RunResult> iterateTogether(const FeatureMatrix& x, std::vector<CentreMatrix> starts,
                                       int maxIter, double tolScaled,
                                       const IterationHook& onIteration, const Progress& progress);

/// MiniBatchKMeans as scikit-learn 1.2 (kmeans_minibatch.cpp): starts on a sample, learns from
/// seeded batches, then labels every row. Options are validated by the caller.
KMeansResult miniBatchFit(const FeatureMatrix& x, const KMeansOptions& options, Progress& progress);

} // namespace gugus::core::detail
