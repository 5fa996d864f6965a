#include "numeric/block_sums.h"

#include "common/parallel.h"

#include <algorithm>
#include <cmath>

namespace gugus::core::detail {

ExactSplit exactSplitFor(const FeatureMatrix& x) {
    // In row blocks on all threads (a maximum is exact, so the order does not matter): one thread
    // read a million rows here while the other waited, once per fit.
    const std::int64_t n = x.rows();
    const std::int64_t d = x.cols();
    const std::int64_t block = std::max<std::int64_t>(4096, (n + 255) / 256);
    std::vector<double> largestOf(std::size_t(blockCount(n, block)), 0.0);
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        double largest = 0.0;
        const double* p = x.data() + begin * d;
        for (std::int64_t i = 0, size = (end - begin) * d; i < size; ++i) {
            largest = std::max(largest, std::abs(p[i]));
        }
        largestOf[std::size_t(b)] = largest;
    });
    double largest = 0.0;
    for (const double v : largestOf) {
        largest = std::max(largest, v);
    }
    if (!(largest > 0.0) || !std::isfinite(largest)) {
        largest = 1.0; // all zero (any grid is exact) or not finite (rejected before any fit)
    }
    // The first grid step is 2^(e - 52) with 2^(e - 1) > every |v| and 2^(e + 1) > 2 * 2n parts,
    // so sigma + v stays in [2^e, 2^(e+1)) and every partial sum of up to 2n parts is a multiple
    // of the step below 2^53 steps: exact. The remainders are at most half a step; the second
    // grid does the same for them.
    const int rowBits = int(std::ceil(std::log2(double(std::max<std::int64_t>(x.rows(), 1))))) + 3;
    const int e1 = std::ilogb(largest) + 2 + rowBits;
    const int e2 = std::max(e1 - 53 + 1 + rowBits, -1000);
    ExactSplit split;
    split.exact = true;
    split.high = 1.5 * std::ldexp(1.0, e1);
    split.low = 1.5 * std::ldexp(1.0, e2);
    return split;
}

BlockSums::BlockSums(std::int64_t blocks, std::int64_t k, std::int64_t d, ExactSplit split)
    : m_blocks(blocks), m_k(k), m_d(d), m_sumStride(k * d + 8), m_countStride(k + 8),
      m_sums(std::size_t(blocks * m_sumStride), 0.0),
      m_lows(split.exact ? std::size_t(blocks * m_sumStride) : 0, 0.0),
      m_counts(std::size_t(blocks * m_countStride), 0), m_split(split) {}

double* BlockSums::startBlock(std::int64_t b) {
    std::fill_n(sums(b), m_k * m_d, 0.0);
    if (m_split.exact) {
        std::fill_n(lows(b), m_k * m_d, 0.0);
    }
    std::fill_n(counts(b), m_k, 0);
    return sums(b);
}

void BlockSums::combine(ClusterSums& out) const {
    out.sums.setZero(m_k, m_d);
    out.split = m_split;
    if (m_split.exact) {
        out.low.setZero(m_k, m_d);
    } else {
        out.low.resize(0, 0);
    }
    out.counts.assign(std::size_t(m_k), 0);
    for (std::int64_t b = 0; b < m_blocks; ++b) {
        const double* s = m_sums.data() + b * m_sumStride;
        const std::int64_t* c = m_counts.data() + b * m_countStride;
        addRow(out.sums.data(), s, m_k * m_d);
        if (m_split.exact) {
            addRow(out.low.data(), m_lows.data() + b * m_sumStride, m_k * m_d);
        }
        for (std::int64_t j = 0; j < m_k; ++j) {
            out.counts[std::size_t(j)] += c[j];
        }
    }
}

} // namespace gugus::core::detail
