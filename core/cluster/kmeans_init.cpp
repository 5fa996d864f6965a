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
//
// Several seedings run together share that read: a pass copies each row tile once and measures it
// against the candidates of every seeding. A seeding's draws, sums and choices are its own and in
// the same order as alone (its own random stream, per-block sums in row order, combined in block
// order), so each gets the bits it would get alone.
std::vector<CentreMatrix> kmeansPlusPlusTogether(const FeatureMatrix& x, int k,
                                                 const std::vector<Random*>& rngs,
                                                 const Progress& progress) {
    const std::int64_t n = x.rows();
    const std::int64_t d = x.cols();
    const int trials = 2 + int(std::log(double(k)));
    const std::int64_t block = blockRowsFor(n);
    const std::int64_t blocks = blockCount(n, block);
    const std::size_t seedings = rngs.size();

    struct Seeding {
        CentreMatrix centres;
        std::vector<double> closest;     ///< n: squared distance to the nearest chosen centre
        std::vector<double> blockTotals; ///< per block: the sum of closest[]
        double potential = 0.0;
        // Row 0 is the pending centre (the previous winner, not yet in closest[]), the other rows
        // are this step's candidates.
        CentreMatrix measured;
        std::vector<double> partial; ///< blocks x trials: each candidate's potential per block
    };
    std::vector<Seeding> all(seedings);
    for (std::size_t s = 0; s < seedings; ++s) {
        Seeding& one = all[s];
        one.centres.resize(k, d);
        one.centres.row(0) = x.row(std::int64_t(rngs[s]->below(std::uint64_t(n))));
        one.closest.resize(std::size_t(n));
        one.blockTotals.assign(std::size_t(blocks), 0.0);
        one.measured.resize(trials + 1, d);
        one.partial.resize(std::size_t(blocks * trials));
    }

    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        progress.throwIfCancelled();
        RowTile tile(d);
        double dist[kTileRows];
        std::vector<double> totals(seedings, 0.0);
        for (std::int64_t r = begin; r < end; r += kTileRows) {
            const int count = int(std::min<std::int64_t>(kTileRows, end - r));
            tile.load(x, r, count);
            for (std::size_t s = 0; s < seedings; ++s) {
                tile.squaredDistances(all[s].centres.data(), 1, dist);
                double* closest = all[s].closest.data() + r;
                for (int i = 0; i < count; ++i) {
                    closest[i] = dist[i];
                    totals[s] += dist[i];
                }
            }
        }
        for (std::size_t s = 0; s < seedings; ++s) {
            all[s].blockTotals[std::size_t(b)] = totals[s];
        }
    });
    for (Seeding& one : all) {
        one.potential = std::accumulate(one.blockTotals.begin(), one.blockTotals.end(), 0.0);
    }

    for (int c = 1; c < k; ++c) {
        progress.throwIfCancelled();
        const bool pending = c > 1;
        for (std::size_t s = 0; s < seedings; ++s) {
            Seeding& one = all[s];
            for (int t = 0; t < trials; ++t) {
                const double target = rngs[s]->uniform() * one.potential;
                const std::int64_t row = sampleRow(target, x, one.closest, one.blockTotals, block,
                                                   pending ? one.measured.data() : nullptr);
                one.measured.row(t + 1) = x.row(row);
            }
        }
        const std::int64_t m = pending ? trials + 1 : trials;
        const std::int64_t offset = pending ? 1 : 0;
        parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
            progress.throwIfCancelled();
            RowTile tile(d);
            std::vector<double> dist(static_cast<std::size_t>(m * kTileRows));
            std::vector<double> sums(seedings * std::size_t(trials), 0.0);
            for (std::int64_t r = begin; r < end; r += kTileRows) {
                const int count = int(std::min<std::int64_t>(kTileRows, end - r));
                tile.load(x, r, count);
                for (std::size_t s = 0; s < seedings; ++s) {
                    Seeding& one = all[s];
                    const double* first = one.measured.data() + (pending ? 0 : d);
                    tile.squaredDistances(first, m, dist.data());
                    double* sum = sums.data() + s * std::size_t(trials);
                    for (int i = 0; i < count; ++i) {
                        double& slot = one.closest[std::size_t(r + i)];
                        if (pending) {
                            slot = std::min(slot, dist[std::size_t(i)]);
                        }
                        for (int t = 0; t < trials; ++t) {
                            sum[t] +=
                                std::min(slot, dist[std::size_t((t + offset) * kTileRows + i)]);
                        }
                    }
                }
            }
            for (std::size_t s = 0; s < seedings; ++s) {
                std::copy_n(sums.begin() + std::ptrdiff_t(s) * trials, trials,
                            all[s].partial.begin() + b * trials);
            }
        });
        for (Seeding& one : all) {
            int best = 0;
            double bestPotential = 0.0;
            for (int t = 0; t < trials; ++t) {
                double p = 0.0;
                for (std::int64_t b = 0; b < blocks; ++b) {
                    p += one.partial[std::size_t(b * trials + t)];
                }
                if (t == 0 || p < bestPotential) {
                    best = t;
                    bestPotential = p;
                }
            }
            one.potential = bestPotential;
            for (std::int64_t b = 0; b < blocks; ++b) {
                one.blockTotals[std::size_t(b)] = one.partial[std::size_t(b * trials + best)];
            }
            one.measured.row(0) = one.measured.row(best + 1);
            one.centres.row(c) = one.measured.row(0);
        }
    }
    std::vector<CentreMatrix> centres;
    centres.reserve(seedings);
    for (Seeding& one : all) {
        centres.push_back(std::move(one.centres));
    }
    return centres;
}

CentreMatrix kmeansPlusPlus(const FeatureMatrix& x, int k, Random& rng, const Progress& progress) {
    return std::move(kmeansPlusPlusTogether(x, k, {&rng}, progress).front());
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
