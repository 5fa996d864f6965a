#include "metrics/label_summary.h"

#include "common/error.h"
#include "common/parallel.h"
#include "common/random.h"
#include "numeric/block_sums.h"
#include "numeric/distance_kernel.h"

#include <algorithm>
#include <string>

namespace gugus::core::detail {

LabelSummary summariseLabels(const FeatureMatrix& x, const Labels& labels, int k) {
    LabelSummary s = summariseLabels(x.rows(), labels, k);
    requireFinite(x, "x");
    return s;
}

LabelSummary summariseLabels(std::int64_t rows, const Labels& labels, int k) {
    if (k < 1) {
        throw Error(ErrorCode::InvalidOption, "k", -1, -1, std::to_string(k));
    }
    if (std::int64_t(labels.size()) != rows) {
        throw Error(ErrorCode::InvalidOption, "labels", -1, -1,
                    std::to_string(labels.size()) + " labels for " + std::to_string(rows) +
                        " rows");
    }
    LabelSummary s;
    s.counts.assign(std::size_t(k), 0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const int l = labels[i];
        if (l < 0) {
            continue;
        }
        if (l >= k) {
            throw Error(ErrorCode::InvalidOption, "labels", std::int64_t(i) + 1, -1,
                        "label " + std::to_string(l) + " >= k = " + std::to_string(k));
        }
        ++s.counts[std::size_t(l)];
        ++s.clustered;
    }
    for (const std::int64_t c : s.counts) {
        s.nonEmpty += c > 0;
    }
    return s;
}

std::vector<std::int64_t> drawRows(std::vector<std::int64_t> rows, std::int64_t count,
                                   Random& rng) {
    const auto n = std::int64_t(rows.size());
    for (std::int64_t i = 0; i < count; ++i) {
        const auto j = i + std::int64_t(rng.below(std::uint64_t(n - i)));
        std::swap(rows[std::size_t(i)], rows[std::size_t(j)]);
    }
    rows.resize(std::size_t(count));
    std::sort(rows.begin(), rows.end());
    return rows;
}

std::vector<std::int64_t> drawClusteredRows(const Labels& labels, std::int64_t clustered,
                                            std::int64_t sampleSize, std::uint64_t seed) {
    std::vector<std::int64_t> rows;
    rows.reserve(std::size_t(clustered));
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] >= 0) {
            rows.push_back(std::int64_t(i));
        }
    }
    Random rng(seed);
    return drawRows(std::move(rows), sampleSize, rng);
}

void requireClusterCount(const LabelSummary& s) {
    if (s.nonEmpty < 2 || s.nonEmpty > s.clustered - 1) {
        throw Error(ErrorCode::TooFewRows, "", -1, -1,
                    std::to_string(s.nonEmpty) + " clusters in " + std::to_string(s.clustered) +
                        " clustered rows; need 2 <= clusters <= rows - 1");
    }
}

CentreMatrix clusterMeans(const FeatureMatrix& x, const Labels& labels, const LabelSummary& s) {
    const std::int64_t n = x.rows();
    const std::int64_t d = x.cols();
    const auto k = std::int64_t(s.counts.size());
    const std::int64_t block = blockRowsFor(n);
    BlockSums partial(blockCount(n, block), k, d);
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        double* sums = partial.startBlock(b);
        std::int64_t* counts = partial.counts(b);
        for (std::int64_t i = begin; i < end; ++i) {
            const int l = labels[std::size_t(i)];
            if (l >= 0) {
                addRow(sums + l * d, x.data() + i * d, d);
                ++counts[l];
            }
        }
    });
    ClusterSums total;
    partial.combine(total);
    CentreMatrix means = CentreMatrix::Zero(k, d);
    for (std::int64_t j = 0; j < k; ++j) {
        if (total.counts[std::size_t(j)] > 0) {
            means.row(j) = total.sums.row(j) / double(total.counts[std::size_t(j)]);
        }
    }
    return means;
}

} // namespace gugus::core::detail
