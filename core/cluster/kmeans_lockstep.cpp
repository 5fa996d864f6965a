// Several Lloyd restarts run together on one thread: every pass copies each row tile once and
// measures it against the centres of all of them.
//
// When the restarts of a fit run side by side (one thread each, KMeans::fit), every restart reads
// all the rows in every iteration, and at 100,000 x 18 these passes are bound by reading the rows,
// not by the arithmetic. Run together, a tile read once serves every restart of the group.
//
// Each run's arithmetic is exactly that of iterate() with a LloydStep on one thread: the same row
// blocks, the same tile kernel, each block's sums and distance sum accumulated in row order and
// combined in block order, the same relocation, update and stopping rule. So a run gives the same
// bits together or alone, and the fit the same bits for 1 or N threads.
#include "cluster/kmeans_internal.h"
#include "common/parallel.h"
#include "numeric/distance_kernel.h"

#include <algorithm>

namespace gugus::core::detail {

namespace {

struct RunState {
    CentreMatrix centres;
    CentreMatrix previous;
    Labels labels;
    ClusterSums sums;
    BlockSums partial;
    AssignPass last;
    bool strict = false;
    bool done = false;
    int stoppedAt = -1; ///< the iteration of the stop, -1 while running
    std::int64_t blockChanged = 0;
    double blockDistance = 0.0;

    RunState(CentreMatrix start, std::int64_t n, std::int64_t blocks, std::int64_t d,
             const ExactSplit& split)
        : centres(std::move(start)), labels(std::size_t(n), -1),
          partial(blocks, centres.rows(), d, split) {}
};

/// One assignment pass of every running run (assignRows with sums, on this thread).
void assignTogether(const FeatureMatrix& x, std::vector<RunState>& runs,
                    const std::vector<std::size_t>& running, const Progress& progress) {
    const std::int64_t n = x.rows();
    const std::int64_t d = x.cols();
    const std::int64_t block = blockRowsFor(n);
    const std::int64_t blocks = blockCount(n, block);
    std::int64_t k = 0;
    for (const std::size_t r : running) {
        runs[r].last = AssignPass{};
        runs[r].last.hasDistanceSum = true;
        k = std::max(k, runs[r].centres.rows());
    }
    RowTile tile(d);
    std::vector<double> distances(static_cast<std::size_t>(k * kTileRows));
    int label[kTileRows];
    double minDistance[kTileRows];
    for (std::int64_t b = 0; b < blocks; ++b) {
        progress.throwIfCancelled();
        const std::int64_t begin = b * block;
        const std::int64_t end = std::min(n, begin + block);
        for (const std::size_t r : running) {
            runs[r].partial.startBlock(b);
            runs[r].blockChanged = 0;
            runs[r].blockDistance = 0.0;
        }
        for (std::int64_t row = begin; row < end; row += kTileRows) {
            const int count = int(std::min<std::int64_t>(kTileRows, end - row));
            tile.load(x, row, count);
            for (const std::size_t r : running) {
                RunState& run = runs[r];
                const std::int64_t runK = run.centres.rows();
                tile.squaredDistances(run.centres.data(), runK, distances.data());
                nearestInTile(distances.data(), runK, count, label, minDistance);
                for (int i = 0; i < count; ++i) {
                    int& slot = run.labels[std::size_t(row + i)];
                    run.blockChanged += slot != label[i];
                    slot = label[i];
                    run.blockDistance += minDistance[i];
                }
                // BlockSums::add's plain branch, inlined: as a call per row and restart it was 10 %
                // of a 100,000-row sweep. The same additions in the same order.
                double* sums = run.partial.sums(b);
                std::int64_t* counts = run.partial.counts(b);
                for (int i = 0; i < count; ++i) {
                    addRow(sums + std::int64_t(label[i]) * d, x.data() + (row + i) * d, d);
                    ++counts[label[i]];
                }
            }
        }
        for (const std::size_t r : running) {
            runs[r].last.changed += runs[r].blockChanged;
            runs[r].last.distanceSum += runs[r].blockDistance;
        }
    }
    for (const std::size_t r : running) {
        runs[r].partial.combine(runs[r].sums);
    }
}

} // namespace

std::vector<RunResult> iterateTogether(const FeatureMatrix& x, std::vector<CentreMatrix> starts,
                                       int maxIter, double tolScaled,
                                       const IterationHook& onIteration, const Progress& progress) {
    const std::int64_t n = x.rows();
    const std::int64_t blocks = blockCount(n, blockRowsFor(n));
    const ExactSplit split; // plain sums, as LloydStep's by default
    std::vector<RunState> runs;
    runs.reserve(starts.size());
    for (CentreMatrix& start : starts) {
        runs.emplace_back(std::move(start), n, blocks, x.cols(), split);
    }
    std::vector<std::size_t> running;
    for (int iteration = 0; iteration < maxIter; ++iteration) {
        running.clear();
        for (std::size_t r = 0; r < runs.size(); ++r) {
            if (!runs[r].done) {
                running.push_back(r);
            }
        }
        if (running.empty()) {
            break;
        }
        onIteration(iteration);
        assignTogether(x, runs, running, progress);
        // The rest of iterate()'s loop body, run by run.
        for (const std::size_t r : running) {
            RunState& run = runs[r];
            relocateEmptyClusters(x, run.labels, run.centres, run.sums);
            run.previous = run.centres;
            const std::vector<double> shifts = updateCentres(run.sums, run.centres);
            if (run.last.changed == 0) {
                run.strict = true;
                run.done = true;
                run.stoppedAt = iteration;
                continue;
            }
            double shiftSquared = 0.0;
            for (const double s : shifts) {
                shiftSquared += s * s;
            }
            if (shiftSquared <= tolScaled) {
                run.done = true;
                run.stoppedAt = iteration;
            }
        }
    }
    std::vector<RunResult> results(runs.size());
    for (std::size_t r = 0; r < runs.size(); ++r) {
        RunState& run = runs[r];
        RunResult& result = results[r];
        result.converged = run.stoppedAt >= 0;
        result.iterations = result.converged ? run.stoppedAt + 1 : maxIter;
        if (run.strict) {
            result.inertia = run.last.hasDistanceSum && run.previous == run.centres
                                 ? run.last.distanceSum
                                 : inertiaWith(x, run.labels, run.centres);
        } else {
            progress.throwIfCancelled();
            result.inertia = assignRows(x, run.centres, run.labels, nullptr, &progress).distanceSum;
        }
        result.centres = std::move(run.centres);
        result.labels = std::move(run.labels);
    }
    return results;
}

} // namespace gugus::core::detail
