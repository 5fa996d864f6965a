// Initial centres: greedy k-means++ (scikit-learn 1.2) and k random distinct rows.
#include "cluster/kmeans_internal.h"
#include "common/parallel.h"
#include "numeric/distance_kernel.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace gugus::core::detail {

namespace {

/// Squared distances of rows [begin, end) to the centres of the current k-means++ state, through
/// the tile kernel so that values recomputed later are the same bits as the stored ones.
class TileDistances {
public:
    TileDistances(const FeatureMatrix& x, std::int64_t m)
        : m_x(x), m_tile(x.cols()), m_out(static_cast<std::size_t>(m * kTileRows)) {}
    const double* compute(std::int64_t r, int count, const double* centres, std::int64_t m) {
        m_tile.load(m_x, r, count);
        m_tile.squaredDistances(centres, m, m_out.data());
        return m_out.data();
    }

private:
    const FeatureMatrix& m_x;
    RowTile m_tile;
    std::vector<double> m_out;
};

/// First row i whose cumulative weight reaches `target` (numpy.searchsorted(cumsum, target,
/// side="left")). The cumulative sum is taken block by block from `blockTotals`. The weights are
/// min(closest[i], d(x_i, pending)) when a pending centre is given: the last chosen centre is
/// folded into `closest` only during the next pass over the rows, so here it is applied on the fly
/// to the one block searched. Rounding can leave the last sum a hair below the target: the last
/// row then wins, as the clip in scikit-learn does.
std::int64_t sampleRow(double target, const FeatureMatrix& x, const std::vector<double>& closest,
                       const std::vector<double>& blockTotals, std::int64_t block,
                       const double* pending) {
    const std::int64_t n = x.rows();
    double prefix = 0.0;
    for (std::size_t b = 0; b < blockTotals.size(); ++b) {
        const double next = prefix + blockTotals[b];
        if (next < target) {
            prefix = next;
            continue;
        }
        const std::int64_t begin = std::int64_t(b) * block;
        const std::int64_t end = std::min(n, begin + block);
        TileDistances distances(x, 1);
        double running = prefix;
        for (std::int64_t r = begin; r < end; r += kTileRows) {
            const int count = int(std::min<std::int64_t>(kTileRows, end - r));
            const double* d = pending ? distances.compute(r, count, pending, 1) : nullptr;
            for (int i = 0; i < count; ++i) {
                const double c = closest[std::size_t(r + i)];
                running += d ? std::min(c, d[i]) : c;
                if (running >= target) {
                    return r + i;
                }
            }
        }
        return end - 1;
    }
    return n - 1;
}

} // namespace

// scikit-learn 1.2 _kmeans_plusplus, step by step:
//  1. the first centre is a uniformly drawn row; closest[i] = squared distance to it;
//  2. for each further centre, 2 + floor(ln k) candidates are drawn with probability proportional
//     to closest[] (uniform * potential, searched in the cumulative sum);
//  3. the candidate giving the smallest new potential sum(min(closest, d(candidate))) wins (first
//     one on ties) and closest[] becomes that minimum.
// The passes are memory-bound, so each step reads the rows once: that pass measures all
// candidates and also folds the previous step's winner into closest[] (no n x trials buffer).
CentreMatrix kmeansPlusPlus(const FeatureMatrix& x, int k, Random& rng, const Progress& progress) {
    const std::int64_t n = x.rows();
    const std::int64_t d = x.cols();
    const int trials = 2 + int(std::log(double(k)));
    const std::int64_t block = blockRowsFor(n);
    const std::int64_t blocks = blockCount(n, block);

    CentreMatrix centres(k, d);
    centres.row(0) = x.row(std::int64_t(rng.below(std::uint64_t(n))));

    std::vector<double> closest(static_cast<std::size_t>(n));
    std::vector<double> blockTotals(static_cast<std::size_t>(blocks), 0.0);
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        progress.throwIfCancelled();
        TileDistances distances(x, 1);
        double total = 0.0;
        for (std::int64_t r = begin; r < end; r += kTileRows) {
            const int count = int(std::min<std::int64_t>(kTileRows, end - r));
            const double* dist = distances.compute(r, count, centres.data(), 1);
            for (int i = 0; i < count; ++i) {
                closest[std::size_t(r + i)] = dist[i];
                total += dist[i];
            }
        }
        blockTotals[std::size_t(b)] = total;
    });
    double potential = std::accumulate(blockTotals.begin(), blockTotals.end(), 0.0);

    // Row 0 of `measured` is the pending centre (the previous winner, not yet in closest[]), the
    // other rows are this step's candidates.
    CentreMatrix measured(trials + 1, d);
    std::vector<double> partial(static_cast<std::size_t>(blocks * trials));
    for (int c = 1; c < k; ++c) {
        progress.throwIfCancelled();
        const bool pending = c > 1;
        for (int t = 0; t < trials; ++t) {
            const double target = rng.uniform() * potential;
            const std::int64_t row = sampleRow(target, x, closest, blockTotals, block,
                                               pending ? measured.data() : nullptr);
            measured.row(t + 1) = x.row(row);
        }
        const double* first = pending ? measured.data() : measured.data() + d;
        const std::int64_t m = pending ? trials + 1 : trials;
        const std::int64_t offset = pending ? 1 : 0;
        parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
            progress.throwIfCancelled();
            TileDistances distances(x, m);
            std::vector<double> sums(static_cast<std::size_t>(trials), 0.0);
            for (std::int64_t r = begin; r < end; r += kTileRows) {
                const int count = int(std::min<std::int64_t>(kTileRows, end - r));
                const double* dist = distances.compute(r, count, first, m);
                for (int i = 0; i < count; ++i) {
                    double& slot = closest[std::size_t(r + i)];
                    if (pending) {
                        slot = std::min(slot, dist[i]);
                    }
                    for (int t = 0; t < trials; ++t) {
                        sums[std::size_t(t)] += std::min(slot, dist[(t + offset) * kTileRows + i]);
                    }
                }
            }
            std::copy(sums.begin(), sums.end(), partial.begin() + b * trials);
        });
        int best = 0;
        double bestPotential = 0.0;
        for (int t = 0; t < trials; ++t) {
            double p = 0.0;
            for (std::int64_t b = 0; b < blocks; ++b) {
                p += partial[std::size_t(b * trials + t)];
            }
            if (t == 0 || p < bestPotential) {
                best = t;
                bestPotential = p;
            }
        }
        potential = bestPotential;
        for (std::int64_t b = 0; b < blocks; ++b) {
            blockTotals[std::size_t(b)] = partial[std::size_t(b * trials + best)];
        }
        measured.row(0) = measured.row(best + 1);
        centres.row(c) = measured.row(0);
    }
    return centres;
}

CentreMatrix randomRows(const FeatureMatrix& x, int k, Random& rng) {
    const std::int64_t n = x.rows();
    std::vector<std::int64_t> rows;
    rows.reserve(std::size_t(k));
    if (std::int64_t(k) * 4 > n) {
        // Many of the rows: a partial Fisher-Yates shuffle of all indices.
        std::vector<std::int64_t> all(static_cast<std::size_t>(n));
        std::iota(all.begin(), all.end(), std::int64_t(0));
        for (int i = 0; i < k; ++i) {
            const auto j = std::int64_t(i) + std::int64_t(rng.below(std::uint64_t(n - i)));
            std::swap(all[std::size_t(i)], all[std::size_t(j)]);
            rows.push_back(all[std::size_t(i)]);
        }
    } else {
        // Few of many rows: draw and reject repeats.
        std::set<std::int64_t> seen;
        while (std::int64_t(rows.size()) < k) {
            const auto row = std::int64_t(rng.below(std::uint64_t(n)));
            if (seen.insert(row).second) {
                rows.push_back(row);
            }
        }
    }
    CentreMatrix centres(k, x.cols());
    for (int i = 0; i < k; ++i) {
        centres.row(i) = x.row(rows[std::size_t(i)]);
    }
    return centres;
}

} // namespace gugus::core::detail
