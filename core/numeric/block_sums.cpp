#include "numeric/block_sums.h"

#include <algorithm>

namespace gugus::core::detail {

BlockSums::BlockSums(std::int64_t blocks, std::int64_t k, std::int64_t d)
    : m_blocks(blocks), m_k(k), m_d(d), m_sumStride(k * d + 8), m_countStride(k + 8),
      m_sums(std::size_t(blocks * m_sumStride), 0.0),
      m_counts(std::size_t(blocks * m_countStride), 0) {}

double* BlockSums::startBlock(std::int64_t b) {
    std::fill_n(sums(b), m_k * m_d, 0.0);
    std::fill_n(counts(b), m_k, 0);
    return sums(b);
}

void BlockSums::combine(ClusterSums& out) const {
    out.sums.setZero(m_k, m_d);
    out.counts.assign(std::size_t(m_k), 0);
    for (std::int64_t b = 0; b < m_blocks; ++b) {
        const double* s = m_sums.data() + b * m_sumStride;
        const std::int64_t* c = m_counts.data() + b * m_countStride;
        addRow(out.sums.data(), s, m_k * m_d);
        for (std::int64_t j = 0; j < m_k; ++j) {
            out.counts[std::size_t(j)] += c[j];
        }
    }
}

} // namespace gugus::core::detail
