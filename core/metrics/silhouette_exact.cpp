// Exact Euclidean silhouette over every pair of clustered rows, each pair computed once.
//
// The silhouette needs, for every row, the sum of its distances to the rows of each cluster
// (silhouetteFromSums turns those into a, b and s). The distance matrix is symmetric, so the rows
// are cut into blocks and only block pairs I <= J are computed: a tile's row sums go to block I's
// rows (per cluster of J's columns), its column sums to block J's rows (per cluster of I's rows).
// Diagonal blocks are computed whole and give row sums only. That halves the n^2 d work.
//
// Distances and their sums come from the register-tile kernel of silhouette_tiles.h (4 x 8
// tiles of FMAs with the square roots interleaved, the distance matrix never written out).
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
#include "metrics/silhouette_tiles.h"

#include <algorithm>
#include <limits>

namespace gugus::core {

namespace {

using detail::kGroup;
using detail::kTileRows;
using detail::PackedRows;
using detail::Vec4;

constexpr std::int64_t kBlock = 256; // rows per block: a packed block (256 x 18) stays in L1
static_assert(kBlock % kGroup == 0);

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
        detail::SelfColumns self;
        if (diagonal && i >= j0 && i < j1) {
            // On the diagonal, rows i..i+3 meet themselves at columns i..i+3.
            self.count = int(kTileRows);
            for (int r = 0; r < self.count; ++r) {
                self.column[r] = i + r;
                self.row[r] = r;
            }
        }
        detail::tileSums<!diagonal, diagonal>(p, p, k, i, j0, j1, self, sums, columnAcc.data());
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
    const PackedRows p = detail::packByCluster(x, labels, k, {});
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
