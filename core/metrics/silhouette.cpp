// The sampled silhouette estimate (the exact one is silhouette_exact.cpp), with the terms of
// sklearn.metrics.silhouette_samples.
//
// For each scored row i: the sum of its Euclidean distances to the reference rows of every
// cluster, a = own-cluster sum / (r_own - 1) (self excluded), b = min over other clusters of
// sum / r_c, s = (b - a) / max(a, b), and 0 for singletons or when a = b = 0. Exactly, the
// reference is every clustered row (r_c = n_c). The estimate scores a uniform sample of rows
// against a stratified reference (at most `referenceSize / clusters` rows of each cluster), so it
// costs O(sample x reference x d) instead of O(sample x n x d): a and b become means over a
// random subset of each cluster, unbiased for the exact means.
//
// Kernel: the register tiles of silhouette_tiles.h (4 scored rows x 8 reference rows of FMAs, the
// square roots taken while the next tile's FMAs run, the sums per cluster kept in registers), the
// same kernel as the exact pass; before it, an Eigen GEMM per 32 scored rows repacked the whole
// reference each time and wrote every distance out. The reference is packed once, grouped by
// cluster and padded per cluster to whole tiles; a thread's block of scored rows walks it in
// column blocks that stay in L1. Memory is O(reference x d) for the packed copy.
//
// Threads: scored rows are split into fixed blocks; each row's sums depend only on the fixed
// column-block/tile order, never on which thread ran it, so results are identical for 1 or N
// threads.
#include "common/error.h"
#include "common/parallel.h"
#include "common/random.h"
#include "metrics/cluster_metrics.h"
#include "metrics/label_summary.h"
#include "metrics/silhouette_internal.h"
#include "metrics/silhouette_tiles.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace gugus::core {

namespace {

using detail::kGroup;
using detail::kTileRows;
using detail::PackedRows;

constexpr std::int64_t kColumnBlock = 256; // reference rows per block: 256 x 18 packed fits L1
constexpr std::int64_t kBlockRows = 256;   // scored rows per parallel block
constexpr std::int64_t kRoundBlocks = 16;  // blocks between two progress reports
static_assert(kColumnBlock % kGroup == 0 && kBlockRows % kGroup == 0);

/// The positions in the reference of scored rows t..t+3 that are themselves reference rows.
detail::SelfColumns selfColumns(const std::vector<std::int64_t>& self, std::int64_t t) {
    detail::SelfColumns s;
    for (int r = 0; r < int(kTileRows); ++r) {
        const std::int64_t column =
            t + r < std::int64_t(self.size()) ? self[std::size_t(t + r)] : -1;
        if (column < 0) {
            continue;
        }
        int at = s.count++;
        for (; at > 0 && s.column[at - 1] > column; --at) {
            s.column[at] = s.column[at - 1];
            s.row[at] = s.row[at - 1];
        }
        s.column[at] = column;
        s.row[at] = r;
    }
    return s;
}

/// Scores the rows of `scored` (self: their positions in `reference`, or -1) against the reference
/// into result.samples by original row.
void scoreRows(const PackedRows& reference, const std::vector<std::int64_t>& referenceCounts,
               const PackedRows& scored, const std::vector<std::int64_t>& self,
               const Labels& labels, const detail::LabelSummary& s, SilhouetteResult& result,
               Progress& progress) {
    const auto k = std::int64_t(s.counts.size());
    const auto total = std::int64_t(self.size());
    const std::int64_t round = kBlockRows * kRoundBlocks;
    // One row of sums per scored row (padding included), each written by one thread only.
    std::vector<double> sums(std::size_t(scored.rows * k), 0.0);
    progress.report(0, total, "silhouette");
    // Parallel regions run in rounds so that report() is called from this thread between them.
    for (std::int64_t r0 = 0; r0 < total; r0 += round) {
        progress.throwIfCancelled();
        const std::int64_t r1 = std::min(total, r0 + round);
        parallelBlocks(
            r1 - r0, kBlockRows, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
                progress.throwIfCancelled();
                const std::int64_t t0 = r0 + begin;
                // Whole tiles: the padding rows past `total` are scored and ignored.
                const std::int64_t t1 =
                    std::min(scored.rows, (r0 + end + kTileRows - 1) / kTileRows * kTileRows);
                std::vector<detail::SelfColumns> selves;
                for (std::int64_t t = t0; t < t1; t += kTileRows) {
                    selves.push_back(selfColumns(self, t));
                }
                for (std::int64_t j0 = 0; j0 < reference.rows; j0 += kColumnBlock) {
                    const std::int64_t j1 = std::min(reference.rows, j0 + kColumnBlock);
                    for (std::int64_t t = t0; t < t1; t += kTileRows) {
                        const detail::SelfColumns& tileSelf =
                            selves[std::size_t((t - t0) / kTileRows)];
                        // Tiles without a reference row among them skip the self mask.
                        if (tileSelf.count == 0) {
                            detail::tileSums<false, false>(scored, reference, k, t, j0, j1,
                                                           tileSelf, sums.data(), nullptr);
                        } else {
                            detail::tileSums<false, true>(scored, reference, k, t, j0, j1, tileSelf,
                                                          sums.data(), nullptr);
                        }
                    }
                }
                for (std::int64_t t = t0; t < std::min(t1, r0 + end); ++t) {
                    const auto row = std::size_t(scored.original[std::size_t(t)]);
                    const int own = labels[row];
                    result.samples[row] =
                        detail::silhouetteFromSums(own, s.counts[std::size_t(own)], referenceCounts,
                                                   self[std::size_t(t)] >= 0, sums.data() + t * k);
                }
            });
        progress.report(r1, total, "silhouette");
    }
}

/// The stratified reference: every row of a cluster with at most ceil(referenceSize / non-empty
/// clusters) rows, a seeded draw of that many rows from each larger cluster. Empty when that
/// is every clustered row (the exact terms).
std::vector<char> referenceRows(const Labels& labels, const detail::LabelSummary& s,
                                std::int64_t referenceSize, std::uint64_t seed) {
    // At least 2 per cluster, so a sampled reference row still has another row to measure a by.
    const std::int64_t perCluster = std::max<std::int64_t>(
        2, (referenceSize + std::int64_t(s.nonEmpty) - 1) / std::int64_t(std::max(s.nonEmpty, 1)));
    const auto k = s.counts.size();
    if (std::all_of(s.counts.begin(), s.counts.end(),
                    [&](std::int64_t n) { return n <= perCluster; })) {
        return {};
    }
    std::vector<std::vector<std::int64_t>> members(k);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] >= 0 && s.counts[std::size_t(labels[i])] > perCluster) {
            members[std::size_t(labels[i])].push_back(std::int64_t(i));
        }
    }
    std::vector<char> keep(labels.size(), 0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        keep[i] = labels[i] >= 0 && s.counts[std::size_t(labels[i])] <= perCluster ? 1 : 0;
    }
    for (std::size_t c = 0; c < k; ++c) {
        if (members[c].empty()) {
            continue;
        }
        Random rng(Random::derive(seed, c));
        for (const std::int64_t row : detail::drawRows(std::move(members[c]), perCluster, rng)) {
            keep[std::size_t(row)] = 1;
        }
    }
    return keep;
}

} // namespace

SilhouetteResult silhouetteSampled(const FeatureMatrix& x, const Labels& labels, int k,
                                   std::int64_t sampleSize, std::uint64_t seed, Progress& progress,
                                   std::int64_t referenceSize) {
    if (sampleSize < 1) {
        throw Error(ErrorCode::InvalidOption, "sample_size", -1, -1, std::to_string(sampleSize));
    }
    if (referenceSize < 1) {
        throw Error(ErrorCode::InvalidOption, "reference_size", -1, -1,
                    std::to_string(referenceSize));
    }
    const detail::LabelSummary s = detail::summariseLabels(x, labels, k);
    if (sampleSize >= s.clustered) {
        return silhouette(x, labels, k, progress);
    }
    detail::requireClusterCount(s);
    const std::vector<std::int64_t> rows =
        detail::drawClusteredRows(labels, s.clustered, sampleSize, seed);
    // The reference draw has its own stream, so the scored rows are those of the same seed with
    // any reference size.
    const std::vector<char> keep = referenceRows(labels, s, referenceSize, Random::derive(seed, k));
    const PackedRows reference = detail::packByCluster(x, labels, k, keep);
    std::vector<std::int64_t> referenceCounts(s.counts.size(), 0);
    std::vector<std::int64_t> position(labels.size(), -1);
    for (std::int64_t r = 0; r < reference.rows; ++r) {
        const std::int64_t row = reference.original[std::size_t(r)];
        if (row >= 0) {
            position[std::size_t(row)] = r;
            ++referenceCounts[std::size_t(reference.clusters[std::size_t(r)])];
        }
    }
    const PackedRows scored = detail::packInOrder(x, rows);
    std::vector<std::int64_t> self(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        self[r] = position[std::size_t(rows[r])];
    }
    SilhouetteResult result;
    result.samples.assign(labels.size(), std::numeric_limits<double>::quiet_NaN());
    scoreRows(reference, referenceCounts, scored, self, labels, s, result, progress);
    detail::summariseSilhouette(labels, k, s.clustered, result);
    result.sampled = true;
    result.referenceSize =
        std::accumulate(referenceCounts.begin(), referenceCounts.end(), std::int64_t(0));
    return result;
}

} // namespace gugus::core
