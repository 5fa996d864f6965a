// Exact silhouette (and its seeded-sample variant) as sklearn.metrics.silhouette_samples.
//
// For each scored row i: the sum of its Euclidean distances to the rows of every cluster,
// a = own-cluster sum / (n_own - 1) (self excluded), b = min over other clusters of sum / n_c,
// s = (b - a) / max(a, b), and 0 for singletons or when a = b = 0.
//
// Layout: the clustered rows are copied grouped by cluster, so a row's distances to one cluster
// are a contiguous run and the per-cluster sums are plain vectorised reductions. Distances come
// from tiles of kQueryRows scored rows x kColumns rows as |q|^2 - 2 q.y + |y|^2 (one small GEMM per
// tile), clamped at 0, then square-rooted: scikit-learn's euclidean_distances. Memory is
// O(n d) for the copy plus one tile per thread.
//
// Threads: scored rows are split into fixed blocks; each row's sums depend only on the fixed
// tile/column order, never on which thread ran it, so results are identical for 1 or N threads.
#include "common/error.h"
#include "common/parallel.h"
#include "metrics/cluster_metrics.h"
#include "metrics/label_summary.h"
#include "metrics/silhouette_internal.h"
#include "numeric/distance_kernel.h"
#include "numeric/lane_ops.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

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

struct GroupedRows {
    FeatureMatrix rows;                 ///< clustered rows, grouped by cluster, stable
    Eigen::VectorXd norms;              ///< squared norms of `rows`
    std::vector<std::int64_t> start;    ///< k + 1 offsets of each cluster's run
    std::vector<std::int64_t> position; ///< original row -> position in `rows`, or -1
    std::vector<std::int64_t> original; ///< position -> original row
};

GroupedRows groupRows(const FeatureMatrix& x, const Labels& labels, const detail::LabelSummary& s) {
    const auto k = std::int64_t(s.counts.size());
    GroupedRows g;
    g.start.assign(std::size_t(k + 1), 0);
    for (std::int64_t j = 0; j < k; ++j) {
        g.start[std::size_t(j + 1)] = g.start[std::size_t(j)] + s.counts[std::size_t(j)];
    }
    g.rows.resize(s.clustered, x.cols());
    g.position.assign(labels.size(), -1);
    g.original.assign(std::size_t(s.clustered), -1);
    std::vector<std::int64_t> next(g.start.begin(), g.start.end() - 1);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0) {
            continue;
        }
        const std::int64_t p = next[std::size_t(labels[i])]++;
        g.rows.row(p) = x.row(std::int64_t(i));
        g.position[i] = p;
        g.original[std::size_t(p)] = std::int64_t(i);
    }
    g.norms = g.rows.rowwise().squaredNorm();
    return g;
}

int clusterOf(const GroupedRows& g, std::int64_t position) {
    const auto it = std::upper_bound(g.start.begin(), g.start.end(), position);
    return int(it - g.start.begin()) - 1;
}

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

/// Distance sums of the scored positions q[0..count) to every cluster: sums[r * k + c].
void clusterDistanceSums(const GroupedRows& g, const std::int64_t* q, int count, double* sums,
                         Workspace& w) {
    const std::int64_t n = g.rows.rows();
    const auto k = std::int64_t(g.start.size()) - 1;
    w.query.resize(count, g.rows.cols());
    for (int r = 0; r < count; ++r) {
        w.query.row(r) = g.rows.row(q[r]);
    }
    std::fill(sums, sums + count * k, 0.0);
    double* dist = w.dist.data();
    for (std::int64_t j0 = 0; j0 < n; j0 += kColumns) {
        const std::int64_t len = std::min(kColumns, n - j0);
        w.dot.noalias() = w.query * g.rows.middleRows(j0, len).transpose();
        for (int r = 0; r < count; ++r) {
            distancesFromDots(w.dot.data() + std::int64_t(r) * w.dot.cols(), g.norms.data() + j0,
                              g.norms[q[r]], len, dist);
            // The distance of a row to itself is exactly 0 (scikit-learn zeroes the diagonal).
            if (q[r] >= j0 && q[r] < j0 + len) {
                dist[q[r] - j0] = 0.0;
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

double silhouetteOf(const GroupedRows& g, const std::vector<std::int64_t>& counts,
                    std::int64_t position, const double* sums) {
    return detail::silhouetteFromSums(clusterOf(g, position), counts, sums);
}

/// Scores the grouped positions `scored` (any order) into result.samples by original row.
void scoreRows(const GroupedRows& g, const detail::LabelSummary& s,
               const std::vector<std::int64_t>& scored, SilhouetteResult& result,
               Progress& progress) {
    const auto k = std::int64_t(s.counts.size());
    const auto total = std::int64_t(scored.size());
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
                    clusterDistanceSums(g, scored.data() + t, count, sums.data(), workspace);
                    for (int r = 0; r < count; ++r) {
                        const std::int64_t p = scored[std::size_t(t + r)];
                        result.samples[std::size_t(g.original[std::size_t(p)])] =
                            silhouetteOf(g, s.counts, p, sums.data() + r * k);
                    }
                }
            });
        progress.report(r1, total, "silhouette");
    }
}

} // namespace

SilhouetteResult silhouette(const FeatureMatrix& x, const Labels& labels, int k,
                            Progress& progress) {
    const detail::LabelSummary s = detail::summariseLabels(x, labels, k);
    detail::requireClusterCount(s);
    const GroupedRows g = groupRows(x, labels, s);
    std::vector<std::int64_t> scored(static_cast<std::size_t>(s.clustered));
    std::iota(scored.begin(), scored.end(), std::int64_t(0));
    SilhouetteResult result;
    result.samples.assign(labels.size(), std::numeric_limits<double>::quiet_NaN());
    scoreRows(g, s, scored, result, progress);
    detail::summariseSilhouette(labels, k, result);
    result.sampled = false;
    return result;
}

SilhouetteResult silhouetteSampled(const FeatureMatrix& x, const Labels& labels, int k,
                                   std::int64_t sampleSize, std::uint64_t seed,
                                   Progress& progress) {
    if (sampleSize < 1) {
        throw Error(ErrorCode::InvalidOption, "sample_size", -1, -1, std::to_string(sampleSize));
    }
    const detail::LabelSummary s = detail::summariseLabels(x, labels, k);
    if (sampleSize >= s.clustered) {
        return silhouette(x, labels, k, progress);
    }
    detail::requireClusterCount(s);
    const std::vector<std::int64_t> rows =
        detail::drawClusteredRows(labels, s.clustered, sampleSize, seed);
    const GroupedRows g = groupRows(x, labels, s);
    std::vector<std::int64_t> scored;
    scored.reserve(rows.size());
    for (const std::int64_t row : rows) {
        scored.push_back(g.position[std::size_t(row)]);
    }
    SilhouetteResult result;
    result.samples.assign(labels.size(), std::numeric_limits<double>::quiet_NaN());
    scoreRows(g, s, scored, result, progress);
    detail::summariseSilhouette(labels, k, result);
    result.sampled = true;
    return result;
}

} // namespace gugus::core
