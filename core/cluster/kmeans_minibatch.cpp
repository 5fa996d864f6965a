// Mini-batch K-Means, step for step as scikit-learn 1.2's MiniBatchKMeans.fit (dense rows, unit
// weights), with our own seeded streams instead of numpy's RandomState.
//
// Threads: the batches are small (1,024 rows by default), so a step is done on one thread (a
// parallel region per step would cost more in barriers than the step itself); only the passes over
// every row (the final labels and inertia) run in parallel, through the deterministic assignRows.
// The result is therefore the same bits for any thread count.
#include "cluster/kmeans_internal.h"
#include "common/parallel.h"
#include "numeric/distance_kernel.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace gugus::core::detail {

namespace {

/// Independent streams of one fit, so that adding a start does not change the batches.
enum Stream : std::uint64_t { kValidation = 0, kBatches = 1, kStarts = 2 };

/// Rows of x at `rows`, in that order.
FeatureMatrix gather(const FeatureMatrix& x, const std::vector<std::int64_t>& rows) {
    FeatureMatrix out(std::int64_t(rows.size()), x.cols());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        out.row(std::int64_t(i)) = x.row(rows[i]);
    }
    return out;
}

/// `count` rows drawn uniformly with replacement (numpy's randint(0, n, count)).
std::vector<std::int64_t> drawWithReplacement(std::int64_t n, std::int64_t count, Random& rng) {
    std::vector<std::int64_t> rows(static_cast<std::size_t>(count));
    for (auto& r : rows) {
        r = std::int64_t(rng.below(std::uint64_t(n)));
    }
    return rows;
}

/// Labels of the rows of a small matrix (ties -> lowest index) and their summed squared distance,
/// on the calling thread, through the same tile kernel as the full passes.
double labelBatch(const FeatureMatrix& batch, const CentreMatrix& centres, Labels& labels) {
    const std::int64_t m = batch.rows();
    const std::int64_t k = centres.rows();
    RowTile tile(batch.cols());
    std::vector<double> distances(static_cast<std::size_t>(k * kTileRows));
    int label[kTileRows];
    double minDistance[kTileRows];
    labels.resize(std::size_t(m));
    double sum = 0.0;
    for (std::int64_t r = 0; r < m; r += kTileRows) {
        const int count = int(std::min<std::int64_t>(kTileRows, m - r));
        tile.load(batch, r, count);
        tile.squaredDistances(centres.data(), k, distances.data());
        nearestInTile(distances.data(), k, count, label, minDistance);
        for (int i = 0; i < count; ++i) {
            labels[std::size_t(r + i)] = label[i];
            sum += minDistance[i];
        }
    }
    return sum;
}

/// _minibatch_update_dense: each centre with batch members becomes the mean of everything it has
/// seen, (old * count + sum of members) / (count + members); counts grow by the members.
void updateFromBatch(const FeatureMatrix& batch, const Labels& labels, const CentreMatrix& old,
                     CentreMatrix& updated, std::vector<double>& counts) {
    const std::int64_t k = old.rows();
    const std::int64_t d = old.cols();
    std::vector<double> members(static_cast<std::size_t>(k), 0.0);
    for (const int l : labels) {
        members[std::size_t(l)] += 1.0;
    }
    for (std::int64_t j = 0; j < k; ++j) {
        if (members[std::size_t(j)] == 0.0) {
            updated.row(j) = old.row(j);
            continue;
        }
        updated.row(j) = old.row(j) * counts[std::size_t(j)];
    }
    // Rows are added in batch order, as scikit-learn walks each centre's members in index order.
    for (std::int64_t i = 0; i < batch.rows(); ++i) {
        addRow(updated.data() + labels[std::size_t(i)] * d, batch.data() + i * d, d);
    }
    for (std::int64_t j = 0; j < k; ++j) {
        if (members[std::size_t(j)] > 0.0) {
            counts[std::size_t(j)] += members[std::size_t(j)];
            updated.row(j) *= 1.0 / counts[std::size_t(j)];
        }
    }
}

/// The random reassignment of _mini_batch_step: centres whose count is below `ratio` of the
/// largest move to distinct random rows of the batch (at most half a batch of them, the smallest
/// counts first), and their counts become the smallest count of the others so they are not moved
/// again at once.
void reassignSmallCentres(const FeatureMatrix& batch, double ratio, CentreMatrix& centres,
                          std::vector<double>& counts, Random& rng) {
    const std::int64_t k = centres.rows();
    const double largest = *std::max_element(counts.begin(), counts.end());
    std::vector<char> move(static_cast<std::size_t>(k), 0);
    std::int64_t moving = 0;
    for (std::int64_t j = 0; j < k; ++j) {
        move[std::size_t(j)] = counts[std::size_t(j)] < ratio * largest;
        moving += move[std::size_t(j)];
    }
    const auto half = std::int64_t(0.5 * double(batch.rows()));
    if (double(moving) > 0.5 * double(batch.rows())) {
        // Only the `half` smallest counts may move (a stable order keeps ties deterministic).
        std::vector<std::int64_t> order(static_cast<std::size_t>(k));
        std::iota(order.begin(), order.end(), std::int64_t(0));
        std::stable_sort(order.begin(), order.end(), [&](std::int64_t a, std::int64_t b) {
            return counts[std::size_t(a)] < counts[std::size_t(b)];
        });
        for (std::int64_t i = half; i < k; ++i) {
            move[std::size_t(order[std::size_t(i)])] = 0;
        }
        moving = std::min(moving, half);
    }
    if (moving > 0) {
        // Distinct batch rows: a partial Fisher-Yates draw.
        std::vector<std::int64_t> rows(static_cast<std::size_t>(batch.rows()));
        std::iota(rows.begin(), rows.end(), std::int64_t(0));
        std::int64_t next = 0;
        for (std::int64_t j = 0; j < k; ++j) {
            if (!move[std::size_t(j)]) {
                continue;
            }
            const auto pick = next + std::int64_t(rng.below(std::uint64_t(batch.rows() - next)));
            std::swap(rows[std::size_t(next)], rows[std::size_t(pick)]);
            centres.row(j) = batch.row(rows[std::size_t(next)]);
            ++next;
        }
    }
    double smallestKept = 0.0;
    bool anyKept = false;
    for (std::int64_t j = 0; j < k; ++j) {
        if (!move[std::size_t(j)] && (!anyKept || counts[std::size_t(j)] < smallestKept)) {
            smallestKept = counts[std::size_t(j)];
            anyKept = true;
        }
    }
    for (std::int64_t j = 0; j < k; ++j) {
        if (move[std::size_t(j)]) {
            counts[std::size_t(j)] = smallestKept;
        }
    }
}

/// _mini_batch_convergence's no-improvement rule on the exponentially weighted batch inertia.
class EarlyStop {
public:
    EarlyStop(std::int64_t n, std::int64_t batch, int patience)
        : m_alpha(std::min(1.0, double(batch) * 2.0 / double(n + 1))), m_batch(double(batch)),
          m_patience(patience) {}

    /// `step` counts from 1; `batchInertia` is the batch's summed squared distance.
    bool stop(std::int64_t step, double batchInertia) {
        const double mean = batchInertia / m_batch;
        if (step == 1) {
            return false; // the first batch measures the start, not a learnt state
        }
        m_ewa = step == 2 ? mean : m_ewa * (1.0 - m_alpha) + mean * m_alpha;
        if (step == 2 || m_ewa < m_best) {
            m_best = m_ewa;
            m_noImprovement = 0;
        } else {
            ++m_noImprovement;
        }
        return m_patience > 0 && m_noImprovement >= m_patience;
    }

private:
    double m_alpha;
    double m_batch;
    int m_patience;
    // Plain doubles set at step 2 (the first learnt state): GCC 12 warns that an optional<double>
    // here may be read uninitialised.
    double m_ewa = 0.0;
    double m_best = 0.0;
    int m_noImprovement = 0;
};

/// The start with the lowest inertia on a validation sample, each computed on its own sample of
/// initSize rows. Returns the centres and fills every start's validation inertia.
CentreMatrix bestStart(const FeatureMatrix& x, const KMeansOptions& o, std::int64_t initSize,
                       KMeansResult& result, const Progress& progress) {
    const std::int64_t n = x.rows();
    Random validationRng(Random::derive(o.seed, kValidation));
    const FeatureMatrix validation = gather(x, drawWithReplacement(n, initSize, validationRng));
    const int starts = o.init == KMeansInit::Given ? 1 : o.nInit;
    CentreMatrix best;
    Labels labels;
    for (int s = 0; s < starts; ++s) {
        progress.throwIfCancelled();
        Random rng(Random::derive(Random::derive(o.seed, kStarts), std::uint64_t(s)));
        CentreMatrix centres;
        if (o.init == KMeansInit::Given) {
            centres = o.initialCentres;
        } else {
            std::optional<FeatureMatrix> sample;
            if (initSize < n) {
                sample = gather(x, drawWithReplacement(n, initSize, rng));
            }
            const FeatureMatrix& from = sample ? *sample : x;
            centres = o.init == KMeansInit::Random ? randomRows(from, o.k, rng)
                                                   : kmeansPlusPlus(from, o.k, rng, progress);
        }
        const double inertia = labelBatch(validation, centres, labels);
        result.runInertias.push_back(inertia);
        // Strictly lower wins, so equal inertias keep the earliest start.
        if (s == 0 || inertia < result.runInertias[std::size_t(result.bestRun)]) {
            best = std::move(centres);
            result.bestRun = s;
        }
    }
    return best;
}

} // namespace

KMeansResult miniBatchFit(const FeatureMatrix& x, const KMeansOptions& o, Progress& progress) {
    const MiniBatchOptions& mb = o.miniBatch;
    const std::int64_t n = x.rows();
    const std::int64_t k = o.k;
    const std::int64_t batchSize = std::min(mb.batchSize, n);
    std::int64_t initSize = mb.initSize > 0 ? mb.initSize : 3 * batchSize;
    if (initSize < k) {
        initSize = 3 * k;
    }
    initSize = std::min(initSize, n);
    const std::int64_t steps = std::max<std::int64_t>(1, std::int64_t(o.maxIter) * n / batchSize);
    progress.report(0, steps, "kmeans");

    KMeansResult result;
    CentreMatrix centres = bestStart(x, o, initSize, result, progress);
    CentreMatrix updated(centres.rows(), centres.cols());
    std::vector<double> counts(static_cast<std::size_t>(k), 0.0);
    EarlyStop early(n, batchSize, mb.maxNoImprovement);
    Random rng(Random::derive(o.seed, kBatches));
    FeatureMatrix batch(batchSize, x.cols());
    Labels labels;
    std::int64_t sinceReassign = 0;
    std::int64_t step = 0;
    bool stopped = false;
    while (step < steps && !stopped) {
        if (step % 64 == 0) {
            progress.report(step, steps, "kmeans");
        }
        progress.throwIfCancelled();
        for (std::int64_t i = 0; i < batchSize; ++i) {
            batch.row(i) = x.row(std::int64_t(rng.below(std::uint64_t(n))));
        }
        // _random_reassign: every 10 k rows seen, and whenever a centre has seen no row yet.
        sinceReassign += batchSize;
        bool reassign = false;
        if (sinceReassign >= 10 * k ||
            std::any_of(counts.begin(), counts.end(), [](double c) { return c == 0.0; })) {
            sinceReassign = 0;
            reassign = mb.reassignmentRatio > 0.0;
        }
        const double batchInertia = labelBatch(batch, centres, labels);
        updateFromBatch(batch, labels, centres, updated, counts);
        if (reassign) {
            reassignSmallCentres(batch, mb.reassignmentRatio, updated, counts, rng);
        }
        std::swap(centres, updated);
        ++step;
        stopped = early.stop(step, batchInertia);
    }
    result.steps = step;
    result.batchSize = batchSize;
    result.iterations = int((step * batchSize + n - 1) / n);
    result.converged = stopped;
    result.centres = std::move(centres);
    result.labels.assign(std::size_t(n), -1);
    result.inertia = assignRows(x, result.centres, result.labels, nullptr, &progress).distanceSum;
    result.sizes.assign(std::size_t(k), 0);
    for (const int label : result.labels) {
        result.sizes[std::size_t(label)] += 1;
    }
    progress.report(steps, steps, "kmeans");
    return result;
}

} // namespace gugus::core::detail
