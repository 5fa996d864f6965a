// One Lloyd step and the iteration loop shared by Lloyd (plain or with Hamerly's bounds) and Elkan.
#include "cluster/kmeans_internal.h"
#include "common/parallel.h"
#include "numeric/distance_kernel.h"

namespace gugus::core::detail {

LloydStep::LloydStep(const FeatureMatrix& x, bool exactSums)
    : m_x(x), m_split(exactSums ? exactSplitFor(x) : ExactSplit{}) {}

AssignPass LloydStep::assign(const CentreMatrix& centres, Labels& labels, ClusterSums& sums,
                             const Progress& progress) {
    const std::int64_t n = m_x.rows();
    BlockSums partial(blockCount(n, blockRowsFor(n)), centres.rows(), m_x.cols(), m_split);
    const AssignPass pass = assignRows(m_x, centres, labels, &partial, &progress);
    partial.combine(sums);
    return pass;
}

RunResult iterate(const FeatureMatrix& x, CentreMatrix centres, AssignmentStep& step, int maxIter,
                  double tolScaled, const IterationHook& onIteration, const Progress& progress) {
    RunResult result;
    // -1 so that the first iteration always counts as "labels changed", as scikit-learn's
    // labels_old starts at -1.
    Labels labels(std::size_t(x.rows()), -1);
    ClusterSums sums;
    CentreMatrix previous;
    AssignPass last;
    bool strict = false;
    int iteration = 0;
    for (; iteration < maxIter; ++iteration) {
        onIteration(iteration);
        last = step.assign(centres, labels, sums, progress);
        relocateEmptyClusters(x, labels, centres, sums);
        previous = centres;
        const std::vector<double> shifts = updateCentres(sums, centres);
        step.centresMoved(centres, shifts, labels);
        if (last.changed == 0) {
            strict = true;
            break;
        }
        double shiftSquared = 0.0;
        for (const double s : shifts) {
            shiftSquared += s * s;
        }
        if (shiftSquared <= tolScaled) {
            break;
        }
    }
    result.converged = iteration < maxIter;
    result.iterations = result.converged ? iteration + 1 : maxIter;
    if (strict) {
        // The labels were assigned against `previous`. With unchanged labels the update rebuilds
        // the same sums in the same order, so the centres are normally identical bit for bit and
        // the pass's distance sum already is the inertia; otherwise (a relocation just happened,
        // or the step skipped distances) measure it.
        if (last.hasDistanceSum && previous == centres) {
            result.inertia = last.distanceSum;
        } else if (step.inertiaByLloydPass() && previous == centres) {
            // The pass the step saved: against the same centres it gives the same labels and
            // sums the same distances in the same order as Lloyd's last pass.
            progress.throwIfCancelled();
            result.inertia = assignRows(x, previous, labels, nullptr, &progress).distanceSum;
        } else {
            result.inertia = inertiaWith(x, labels, centres);
        }
    } else {
        // As scikit-learn: after a tolerance (or max_iter) stop, assign once more so the labels
        // belong to the returned centres; the inertia is that pass's distance sum.
        progress.throwIfCancelled();
        result.inertia = assignRows(x, centres, labels, nullptr, &progress).distanceSum;
    }
    result.centres = std::move(centres);
    result.labels = std::move(labels);
    return result;
}

} // namespace gugus::core::detail
