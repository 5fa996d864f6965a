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
// Layout: the reference rows are copied grouped by cluster, so a row's distances to one cluster
// are a contiguous run and the per-cluster sums are plain vectorised reductions. Distances come
// from tiles of kQueryRows scored rows x kColumns rows as |q|^2 - 2 q.y + |y|^2 (one small GEMM per
// tile), clamped at 0, then square-rooted: scikit-learn's euclidean_distances. Memory is
// O(n d) for the copy plus one tile per thread.
//
// Threads: scored rows are split into fixed blocks; each row's sums depend only on the fixed
// tile/column order, never on which thread ran it, so results are identical for 1 or N threads.
#include "common/error.h"
#include "common/parallel.h"
#include "common/random.h"
#include "metrics/cluster_metrics.h"
#include "metrics/label_summary.h"
#include "metrics/silhouette_internal.h"
#include "numeric/distance_kernel.h"
#include "numeric/lane_ops.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::core {

namespace {

constexpr int kQueryRows = 32;
constexpr std::int64_t kColumns = 1024;
constexpr std::int64_t kBlockRows = 256;  // scored rows per parallel block
constexpr std::int64_t kRoundBlocks = 16; // blocks between two progress reports

// MaxRows fixed at kQueryRows: Eigen only parallelises products whose destination may have more
// than 32 rows, so these GEMMs never start their own OpenMP team inside our parallel blocks (a
// nested team would change Eigen's blocking and with it the bits).
using QueryTile = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor, kQueryRows,
                                Eigen::Dynamic>;

/// The reference rows, grouped by cluster.
struct GroupedRows {
    FeatureMatrix rows;                 ///< reference rows, grouped by cluster, stable
    Eigen::VectorXd norms;              ///< squared norms of `rows`
    std::vector<std::int64_t> start;    ///< k + 1 offsets of each cluster's run
    std::vector<std::int64_t> counts;   ///< k: reference rows per cluster
    std::vector<std::int64_t> position; ///< original row -> position in `rows`, or -1
};

/// Groups the rows with keep[i] != 0 (all clustered rows when `keep` is empty) by cluster.
GroupedRows groupRows(const FeatureMatrix& x, const Labels& labels, const detail::LabelSummary& s,
                      const std::vector<char>& keep) {
    const auto k = std::int64_t(s.counts.size());
    GroupedRows g;
    if (keep.empty()) {
        g.counts = s.counts;
    } else {
        g.counts.assign(std::size_t(k), 0);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            if (keep[i] != 0) {
                ++g.counts[std::size_t(labels[i])];
            }
        }
    }
    g.start.assign(std::size_t(k + 1), 0);
    for (std::int64_t j = 0; j < k; ++j) {
        g.start[std::size_t(j + 1)] = g.start[std::size_t(j)] + g.counts[std::size_t(j)];
    }
    g.rows.resize(g.start.back(), x.cols());
    g.position.assign(labels.size(), -1);
    std::vector<std::int64_t> next(g.start.begin(), g.start.end() - 1);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0 || (!keep.empty() && keep[i] == 0)) {
            continue;
        }
        const std::int64_t p = next[std::size_t(labels[i])]++;
        g.rows.row(p) = x.row(std::int64_t(i));
        g.position[i] = p;
    }
    g.norms = g.rows.rowwise().squaredNorm();
    return g;
}

/// The rows to score: their vectors, squared norms, clusters and positions in the reference.
struct ScoredRows {
    const FeatureMatrix* rows = nullptr; ///< vectors (the reference itself when exact)
    const double* norms = nullptr;
    std::vector<std::int64_t> index;    ///< row of `rows` of each scored row
    std::vector<std::int64_t> original; ///< original row of each scored row
    std::vector<std::int64_t> self;     ///< position in the reference, or -1
};

/// Buffers of one thread's tiles, allocated once per block.
struct Workspace {
    QueryTile query;
    QueryTile dot;
    std::vector<double> dist = std::vector<double>(static_cast<std::size_t>(kColumns));
};

using detail::laneSum;
using detail::loadVec;
using detail::sqrtVec;
using detail::storeVec;
using detail::Vec4;

/// out[j] = sqrt(max(-2 dot[j] + qq + norms[j], 0)): scikit-learn's euclidean_distances, in its
/// order of operations, clamped at 0 against cancellation.
void distancesFromDots(const double* dot, const double* norms, double qq, std::int64_t len,
                       double* out) {
    std::int64_t j = 0;
    const Vec4 zero{};
    for (; j + 4 <= len; j += 4) {
        Vec4 v = -2.0 * loadVec(dot + j) + qq;
        v += loadVec(norms + j);
        v = v > zero ? v : zero;
        storeVec(out + j, sqrtVec(v));
    }
    for (; j < len; ++j) {
        double v = -2.0 * dot[j] + qq;
        v += norms[j];
        out[j] = std::sqrt(std::max(v, 0.0));
    }
}

/// Distance sums of the scored rows t..t+count to every reference cluster: sums[r * k + c].
void clusterDistanceSums(const GroupedRows& g, const ScoredRows& q, std::int64_t t, int count,
                         double* sums, Workspace& w) {
    const std::int64_t n = g.rows.rows();
    const auto k = std::int64_t(g.start.size()) - 1;
    w.query.resize(count, g.rows.cols());
    for (int r = 0; r < count; ++r) {
        w.query.row(r) = q.rows->row(q.index[std::size_t(t + r)]);
    }
    std::fill(sums, sums + count * k, 0.0);
    double* dist = w.dist.data();
    for (std::int64_t j0 = 0; j0 < n; j0 += kColumns) {
        const std::int64_t len = std::min(kColumns, n - j0);
        w.dot.noalias() = w.query * g.rows.middleRows(j0, len).transpose();
        for (int r = 0; r < count; ++r) {
            const auto row = std::size_t(t + r);
            distancesFromDots(w.dot.data() + std::int64_t(r) * w.dot.cols(), g.norms.data() + j0,
                              q.norms[q.index[row]], len, dist);
            // The distance of a row to itself is exactly 0 (scikit-learn zeroes the diagonal).
            const std::int64_t self = q.self[row];
            if (self >= j0 && self < j0 + len) {
                dist[self - j0] = 0.0;
            }
            for (std::int64_t c = 0; c < k; ++c) {
                const std::int64_t from = std::max(g.start[std::size_t(c)], j0);
                const std::int64_t to = std::min(g.start[std::size_t(c + 1)], j0 + len);
                if (from < to) {
                    sums[r * k + c] += laneSum(dist + (from - j0), to - from);
                }
            }
        }
    }
}

/// Scores the rows of `scored` against the reference into result.samples by original row.
void scoreRows(const GroupedRows& g, const Labels& labels, const detail::LabelSummary& s,
               const ScoredRows& scored, SilhouetteResult& result, Progress& progress) {
    const auto k = std::int64_t(s.counts.size());
    const auto total = std::int64_t(scored.index.size());
    const std::int64_t round = kBlockRows * kRoundBlocks;
    progress.report(0, total, "silhouette");
    // Parallel regions run in rounds so that report() is called from this thread between them.
    for (std::int64_t r0 = 0; r0 < total; r0 += round) {
        progress.throwIfCancelled();
        const std::int64_t r1 = std::min(total, r0 + round);
        parallelBlocks(
            r1 - r0, kBlockRows, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
                progress.throwIfCancelled();
                std::vector<double> sums(static_cast<std::size_t>(kQueryRows * k));
                Workspace workspace;
                for (std::int64_t t = r0 + begin; t < r0 + end; t += kQueryRows) {
                    const int count = int(std::min<std::int64_t>(kQueryRows, r0 + end - t));
                    clusterDistanceSums(g, scored, t, count, sums.data(), workspace);
                    for (int r = 0; r < count; ++r) {
                        const auto row = std::size_t(scored.original[std::size_t(t + r)]);
                        const int own = labels[row];
                        result.samples[row] = detail::silhouetteFromSums(
                            own, s.counts[std::size_t(own)], g.counts,
                            scored.self[std::size_t(t + r)] >= 0, sums.data() + r * k);
                    }
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
    const GroupedRows g =
        groupRows(x, labels, s, referenceRows(labels, s, referenceSize, Random::derive(seed, k)));
    FeatureMatrix vectors(sampleSize, x.cols());
    ScoredRows scored;
    scored.original = rows;
    scored.index.resize(rows.size());
    scored.self.resize(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        vectors.row(std::int64_t(r)) = x.row(rows[r]);
        scored.index[r] = std::int64_t(r);
        scored.self[r] = g.position[std::size_t(rows[r])];
    }
    const Eigen::VectorXd norms = vectors.rowwise().squaredNorm();
    scored.rows = &vectors;
    scored.norms = norms.data();
    SilhouetteResult result;
    result.samples.assign(labels.size(), std::numeric_limits<double>::quiet_NaN());
    scoreRows(g, labels, s, scored, result, progress);
    detail::summariseSilhouette(labels, k, s.clustered, result);
    result.sampled = true;
    result.referenceSize = g.rows.rows();
    return result;
}

} // namespace gugus::core
