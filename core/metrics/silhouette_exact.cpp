// Exact Euclidean silhouette over every pair of clustered rows, each pair computed once.
//
// The silhouette needs, for every row, the sum of its distances to the rows of each cluster
// (silhouetteFromSums turns those into a, b and s). The distance matrix is symmetric, so the rows
// are cut into blocks and only block pairs I <= J are computed: a tile's row sums go to block I's
// rows (per cluster of J's columns), its column sums to block J's rows (per cluster of I's rows).
// Diagonal blocks are computed whole and give row sums only. That halves the n^2 d work.
//
// Distances: |x|^2 - 2 x.y + |y|^2 in float64, clamped at 0, square-rooted, and exactly 0 for a
// row with itself: scikit-learn's euclidean_distances (pairwise_distances_chunked). The dot
// products come from a 4 x 8 register tile of FMAs over a packed copy (groups of 8 rows stored
// dimension-major), and the square roots, sums and masks are done on the tile while it is still
// in registers: the square roots run on the divider while the next tile's FMAs run, so the
// distance matrix is never written out.
//
// Layout: the rows are copied grouped by cluster, each cluster's run padded to a multiple of 8
// with zero rows of weight 0, so every 8-column and 4-row tile lies in one cluster and the
// per-cluster sums are plain accumulations; padding is masked by its weight.
//
// Threads and determinism: the block pairs run in rounds (a round-robin tournament: round t holds
// the pairs I + J = t mod B), so within a round no two tasks touch the same block and a row's sums
// are added in round order, then tile order within the task, whatever thread ran the task. Results
// are therefore the same bits for 1 or N threads. Progress and cancel are checked between rounds
// (each round is ~1/B of the work) and at the start of every task.
#include "common/parallel.h"
#include "metrics/cluster_metrics.h"
#include "metrics/label_summary.h"
#include "metrics/silhouette_internal.h"
#include "numeric/lane_ops.h"

#include <algorithm>
#include <limits>

namespace gugus::core {

namespace {

using detail::loadVec;
using detail::sqrtVec;
using detail::storeVec;
using detail::Vec4;

constexpr std::int64_t kGroup = 8;    // rows per packed group: the tile's columns, the padding
constexpr std::int64_t kTileRows = 4; // rows of a register tile
constexpr std::int64_t kBlock = 256;  // rows per block: a packed block (256 x 18) stays in L1
static_assert(kBlock % kGroup == 0 && kGroup % kTileRows == 0);

inline Vec4 fmaVec(Vec4 a, Vec4 b, Vec4 c) {
#if defined(__FMA__)
    return Vec4(_mm256_fmadd_pd(__m256d(a), __m256d(b), __m256d(c)));
#else
    return a * b + c;
#endif
}

/// All four lanes set to v (one vbroadcastsd; `Vec4{} + v` would add a zero first).
inline Vec4 broadcast(double v) {
    return Vec4{v, v, v, v};
}

/// Lane-wise max(v, 0) (v is never NaN: the input is checked finite).
inline Vec4 clampAtZero(Vec4 v) {
#if defined(__AVX__)
    return Vec4(_mm256_max_pd(__m256d(v), _mm256_setzero_pd()));
#else
    const Vec4 zero{};
    return v > zero ? v : zero;
#endif
}

inline double lanesOf(Vec4 v) {
    return (v[0] + v[1]) + (v[2] + v[3]);
}

/// The clustered rows grouped by cluster, each cluster's run padded to a multiple of kGroup.
struct PackedRows {
    std::int64_t dims = 0;
    std::int64_t rows = 0;              ///< padded row count, a multiple of kGroup
    std::vector<double> packed;         ///< group g, dimension q, lane l at (g * dims + q) * 8 + l
    std::vector<double> norms;          ///< squared norm per padded row (0 for padding)
    std::vector<double> weights;        ///< 1 per real row, 0 per padding row
    std::vector<char> padded;           ///< per group of kGroup rows: holds padding
    std::vector<int> clusters;          ///< cluster per padded row
    std::vector<std::int64_t> original; ///< original row per padded row, -1 for padding
};

PackedRows packRows(const FeatureMatrix& x, const Labels& labels, const detail::LabelSummary& s) {
    const auto k = std::int64_t(s.counts.size());
    PackedRows p;
    p.dims = x.cols();
    std::vector<std::int64_t> next(std::size_t(k) + 1, 0);
    for (std::int64_t c = 0; c < k; ++c) {
        const std::int64_t n = s.counts[std::size_t(c)];
        next[std::size_t(c) + 1] = next[std::size_t(c)] + (n + kGroup - 1) / kGroup * kGroup;
    }
    p.rows = next.back();
    p.packed.assign(std::size_t(p.rows * p.dims), 0.0);
    p.norms.assign(std::size_t(p.rows), 0.0);
    p.weights.assign(std::size_t(p.rows), 0.0);
    p.original.assign(std::size_t(p.rows), -1);
    p.clusters.resize(std::size_t(p.rows));
    for (std::int64_t c = 0; c < k; ++c) {
        std::fill(p.clusters.begin() + next[std::size_t(c)],
                  p.clusters.begin() + next[std::size_t(c) + 1], int(c));
    }
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0) {
            continue;
        }
        const std::int64_t r = next[std::size_t(labels[i])]++;
        double* base = p.packed.data() + (r / kGroup) * p.dims * kGroup + r % kGroup;
        for (std::int64_t q = 0; q < p.dims; ++q) {
            base[q * kGroup] = x(std::int64_t(i), q);
        }
        p.norms[std::size_t(r)] = x.row(std::int64_t(i)).squaredNorm();
        p.weights[std::size_t(r)] = 1.0;
        p.original[std::size_t(r)] = std::int64_t(i);
    }
    p.padded.assign(std::size_t(p.rows / kGroup), 0);
    for (std::int64_t r = 0; r < p.rows; ++r) {
        if (p.weights[std::size_t(r)] == 0.0) {
            p.padded[std::size_t(r / kGroup)] = 1;
        }
    }
    return p;
}

/// Squared distances of padded rows i..i+3 (i a multiple of 4) to padded rows j..j+7 (j a multiple
/// of 8), clamped at 0: sq[r][h] holds columns j + 4h .. j + 4h + 3 of row i + r. Meanwhile the
/// square roots of the previous tile's squared distances (`before`) go to `roots`, one per FMA
/// step, so that the divider works while the FMAs run (see blockPairSums).
inline void squaredTile(const PackedRows& p, std::int64_t i, std::int64_t j,
                        Vec4 (&sq)[kTileRows * 2], const Vec4 (&before)[kTileRows * 2],
                        Vec4 (&roots)[kTileRows * 2]) {
    const std::int64_t d = p.dims;
    const double* a = p.packed.data() + (i / kGroup) * d * kGroup + i % kGroup;
    const double* b = p.packed.data() + (j / kGroup) * d * kGroup;
    Vec4 acc[kTileRows][2] = {};
    std::int64_t q = 0;
    for (; q < d; ++q) {
        const Vec4 b0 = loadVec(b + q * kGroup);
        const Vec4 b1 = loadVec(b + q * kGroup + 4);
        for (std::int64_t r = 0; r < kTileRows; ++r) {
            const Vec4 ar = broadcast(a[q * kGroup + r]);
            acc[r][0] = fmaVec(ar, b0, acc[r][0]);
            acc[r][1] = fmaVec(ar, b1, acc[r][1]);
        }
        if (q < kTileRows * 2) {
            roots[q] = sqrtVec(before[q]);
        }
    }
    for (; q < kTileRows * 2; ++q) {
        roots[q] = sqrtVec(before[q]);
    }
    for (int h = 0; h < 2; ++h) {
        const Vec4 yy = loadVec(p.norms.data() + j + 4 * h);
        for (std::int64_t r = 0; r < kTileRows; ++r) {
            // scikit-learn's order: -2 x.y, += |x|^2, += |y|^2, clip at 0.
            Vec4 v = -2.0 * acc[r][h] + p.norms[std::size_t(i + r)];
            v += yy;
            sq[2 * r + h] = clampAtZero(v);
        }
    }
}

/// Distance sums of rows i..i+3 (one cluster; i a multiple of 4) against columns [j0, j1): row
/// sums to sums[row * k + the columns' cluster]; unless `diagonal`, column sums added to
/// columnAcc (one vector per 4 columns). On the diagonal, a row's distance to itself is exactly 0.
///
/// Software pipelining: the square roots of one tile are taken among the next tile's FMAs, so
/// the divider (square roots) and the FMA units work at the same time. Taken right after their own
/// tile, they wait for its FMA chains and the two mostly run one after the other (20 % slower).
template <bool diagonal>
void rowTileSums(const PackedRows& p, std::int64_t k, std::int64_t i, std::int64_t j0,
                 std::int64_t j1, double* sums, Vec4* columnAcc) {
    const auto cluster = [&](std::int64_t r) { return std::int64_t(p.clusters[std::size_t(r)]); };
    const bool paddedRows = p.padded[std::size_t(i / kGroup)] != 0;
    Vec4 rowAcc[kTileRows] = {};
    std::int64_t rowCluster = cluster(j0);
    const auto flushRows = [&] {
        for (std::int64_t r = 0; r < kTileRows; ++r) {
            sums[(i + r) * k + rowCluster] += lanesOf(rowAcc[r]);
            rowAcc[r] = Vec4{};
        }
    };
    // Sums and masks of the tile at column j from its distances t (t[2r + h]: row i + r, columns
    // j + 4h ..).
    const auto consume = [&](std::int64_t j, Vec4(&t)[kTileRows * 2]) {
        if (cluster(j) != rowCluster) {
            flushRows();
            rowCluster = cluster(j);
        }
        if (p.padded[std::size_t(j / kGroup)] != 0) {
            const Vec4 w0 = loadVec(p.weights.data() + j);
            const Vec4 w1 = loadVec(p.weights.data() + j + 4);
            for (std::int64_t r = 0; r < kTileRows; ++r) {
                t[2 * r] *= w0;
                t[2 * r + 1] *= w1;
            }
        }
        for (std::int64_t r = 0; r < kTileRows; ++r) {
            rowAcc[r] += t[2 * r] + t[2 * r + 1];
        }
        if (!diagonal) {
            if (paddedRows) {
                for (std::int64_t r = 0; r < kTileRows; ++r) {
                    const Vec4 w = broadcast(p.weights[std::size_t(i + r)]);
                    t[2 * r] *= w;
                    t[2 * r + 1] *= w;
                }
            }
            Vec4* acc = columnAcc + (j - j0) / 4;
            acc[0] += (t[0] + t[2]) + (t[4] + t[6]);
            acc[1] += (t[1] + t[3]) + (t[5] + t[7]);
        }
    };
    // The squared distances of the tile before, their roots, and this tile's squares.
    Vec4 before[kTileRows * 2] = {};
    Vec4 roots[kTileRows * 2];
    Vec4 sq[kTileRows * 2];
    for (std::int64_t j = j0; j < j1; j += kGroup) {
        squaredTile(p, i, j, sq, before, roots);
        if (j > j0) {
            consume(j - kGroup, roots);
        }
        if (diagonal && i >= j && i < j + kGroup) {
            for (std::int64_t r = 0; r < kTileRows; ++r) {
                const std::int64_t c = i - j + r;
                sq[2 * r + c / 4][c % 4] = 0.0; // scikit-learn zeroes the diagonal
            }
        }
        std::copy(std::begin(sq), std::end(sq), std::begin(before));
    }
    for (std::int64_t h = 0; h < kTileRows * 2; ++h) {
        roots[h] = sqrtVec(before[h]);
    }
    consume(j1 - kGroup, roots);
    flushRows();
}

/// Sums of one task: rows [i0, i1) against columns [j0, j1). Row sums go to sums[row * k + the
/// columns' cluster]; unless `diagonal`, column sums go to sums[column * k + the rows' cluster]
/// (a diagonal block's pairs each appear twice in it, so its row sums cover them all).
template <bool diagonal>
void blockPairSums(const PackedRows& p, std::int64_t k, std::int64_t i0, std::int64_t i1,
                   std::int64_t j0, std::int64_t j1, double* sums, std::vector<Vec4>& columnAcc) {
    const std::int64_t columnVecs = (j1 - j0) / 4;
    columnAcc.assign(std::size_t(columnVecs), Vec4{});
    std::int64_t columnCluster = p.clusters[std::size_t(i0)];
    const auto flushColumns = [&] {
        for (std::int64_t v = 0; v < columnVecs; ++v) {
            for (int l = 0; l < 4; ++l) {
                sums[(j0 + 4 * v + l) * k + columnCluster] += columnAcc[std::size_t(v)][l];
            }
            columnAcc[std::size_t(v)] = Vec4{};
        }
    };
    for (std::int64_t i = i0; i < i1; i += kTileRows) {
        if (!diagonal && p.clusters[std::size_t(i)] != columnCluster) {
            flushColumns();
            columnCluster = p.clusters[std::size_t(i)];
        }
        rowTileSums<diagonal>(p, k, i, j0, j1, sums, columnAcc.data());
    }
    if (!diagonal) {
        flushColumns();
    }
}

} // namespace

SilhouetteResult silhouette(const FeatureMatrix& x, const Labels& labels, int k,
                            Progress& progress) {
    const detail::LabelSummary s = detail::summariseLabels(x, labels, k);
    detail::requireClusterCount(s);
    const PackedRows p = packRows(x, labels, s);
    const std::int64_t blocks = blockCount(p.rows, kBlock);
    std::vector<double> sums(std::size_t(p.rows * k), 0.0);

    progress.report(0, blocks, "silhouette");
    std::vector<std::pair<std::int64_t, std::int64_t>> tasks;
    for (std::int64_t round = 0; round < blocks; ++round) {
        progress.throwIfCancelled();
        tasks.clear();
        for (std::int64_t bi = 0; bi < blocks; ++bi) {
            const std::int64_t bj = (round - bi + blocks) % blocks;
            if (bi <= bj) {
                tasks.emplace_back(bi, bj);
            }
        }
        parallelBlocks(std::int64_t(tasks.size()), 1,
                       [&](std::int64_t task, std::int64_t, std::int64_t) {
                           progress.throwIfCancelled();
                           const auto [bi, bj] = tasks[std::size_t(task)];
                           const std::int64_t i0 = bi * kBlock;
                           const std::int64_t j0 = bj * kBlock;
                           const std::int64_t i1 = std::min(p.rows, i0 + kBlock);
                           const std::int64_t j1 = std::min(p.rows, j0 + kBlock);
                           std::vector<Vec4> columnAcc;
                           if (bi == bj) {
                               blockPairSums<true>(p, k, i0, i1, j0, j1, sums.data(), columnAcc);
                           } else {
                               blockPairSums<false>(p, k, i0, i1, j0, j1, sums.data(), columnAcc);
                           }
                       });
        progress.report(round + 1, blocks, "silhouette");
    }

    SilhouetteResult result;
    result.samples.assign(labels.size(), std::numeric_limits<double>::quiet_NaN());
    for (std::int64_t r = 0; r < p.rows; ++r) {
        const std::int64_t row = p.original[std::size_t(r)];
        if (row >= 0) {
            const int own = labels[std::size_t(row)];
            result.samples[std::size_t(row)] = detail::silhouetteFromSums(
                own, s.counts[std::size_t(own)], s.counts, true, sums.data() + r * k);
        }
    }
    detail::summariseSilhouette(labels, k, s.clustered, result);
    result.sampled = false;
    result.referenceSize = s.clustered;
    return result;
}

} // namespace gugus::core
