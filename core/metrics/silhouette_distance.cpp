// The silhouette under any row distance (Gower, Manhattan ...): the same definition as the
// Euclidean one, each scored row's distance sums computed directly, O(n) distances per row.
//
// Threads: scored rows are split into fixed blocks and each row's sums run over the rows in index
// order, so results are identical for 1 or N threads.
#include "common/error.h"
#include "common/parallel.h"
#include "metrics/cluster_metrics.h"
#include "metrics/label_summary.h"
#include "metrics/silhouette_internal.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace gugus::core {

namespace {

constexpr std::int64_t kBlockRows = 64;   // scored rows per parallel block
constexpr std::int64_t kRoundRows = 1024; // scored rows between two progress reports

void scoreRows(const RowDistance& distance, const Labels& labels, const detail::LabelSummary& s,
               const std::vector<std::int64_t>& scored, SilhouetteResult& result,
               Progress& progress) {
    const auto k = std::int64_t(s.counts.size());
    const std::int64_t n = distance.rows();
    const auto total = std::int64_t(scored.size());
    progress.report(0, total, "silhouette");
    for (std::int64_t r0 = 0; r0 < total; r0 += kRoundRows) {
        progress.throwIfCancelled();
        const std::int64_t r1 = std::min(total, r0 + kRoundRows);
        parallelBlocks(r1 - r0, kBlockRows,
                       [&](std::int64_t, std::int64_t begin, std::int64_t end) {
                           progress.throwIfCancelled();
                           std::vector<double> sums(std::size_t(k), 0.0);
                           for (std::int64_t t = r0 + begin; t < r0 + end; ++t) {
                               const std::int64_t i = scored[std::size_t(t)];
                               std::fill(sums.begin(), sums.end(), 0.0);
                               for (std::int64_t j = 0; j < n; ++j) {
                                   const int l = labels[std::size_t(j)];
                                   if (l >= 0 && j != i) {
                                       sums[std::size_t(l)] += distance(i, j);
                                   }
                               }
                               // Every clustered row is the reference, the scored row among them.
                               const int own = labels[std::size_t(i)];
                               result.samples[std::size_t(i)] = detail::silhouetteFromSums(
                                   own, s.counts[std::size_t(own)], s.counts, true, sums.data());
                           }
                       });
        progress.report(r1, total, "silhouette");
    }
}

} // namespace

SilhouetteResult silhouetteWith(const RowDistance& distance, const Labels& labels, int k,
                                std::int64_t sampleSize, std::uint64_t seed, Progress& progress) {
    if (sampleSize < 1) {
        throw Error(ErrorCode::InvalidOption, "sample_size", -1, -1, std::to_string(sampleSize));
    }
    const detail::LabelSummary s = detail::summariseLabels(distance.rows(), labels, k);
    detail::requireClusterCount(s);
    SilhouetteResult result;
    result.sampled = sampleSize < s.clustered;
    std::vector<std::int64_t> scored;
    if (result.sampled) {
        scored = detail::drawClusteredRows(labels, s.clustered, sampleSize, seed);
    } else {
        for (std::size_t i = 0; i < labels.size(); ++i) {
            if (labels[i] >= 0) {
                scored.push_back(std::int64_t(i));
            }
        }
    }
    result.samples.assign(labels.size(), std::numeric_limits<double>::quiet_NaN());
    scoreRows(distance, labels, s, scored, result, progress);
    detail::summariseSilhouette(labels, k, s.clustered, result);
    result.referenceSize = s.clustered;
    return result;
}

} // namespace gugus::core
