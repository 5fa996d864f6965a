#pragma once

#include "common/matrix.h"

#include <cstdint>
#include <vector>

/// Per-cluster coordinate sums of a labelling, accumulated in row blocks and combined in block
/// order. Shared by k-means (its assignment passes) and the metrics (centroids of any labelling).
namespace gugus::core::detail {

/// Coordinate sums and sizes of the clusters of one assignment.
struct ClusterSums {
    CentreMatrix sums;                ///< k x d
    std::vector<std::int64_t> counts; ///< k
};

/// One partial ClusterSums per row block. Blocks are filled in any order by any thread and then
/// combined in block order, so the totals are the same bits for 1 or N threads.
class BlockSums {
public:
    BlockSums(std::int64_t blocks, std::int64_t k, std::int64_t d);
    /// Zeroes block b's partial and returns its k x d sums (row-major).
    double* startBlock(std::int64_t b);
    double* sums(std::int64_t b) { return m_sums.data() + b * m_sumStride; }
    std::int64_t* counts(std::int64_t b) { return m_counts.data() + b * m_countStride; }
    /// Adds the partials in block order.
    void combine(ClusterSums& out) const;

private:
    std::int64_t m_blocks;
    std::int64_t m_k;
    std::int64_t m_d;
    // Strides padded by a cache line so two threads filling neighbouring blocks never write to
    // the same line (false sharing halved the speed of the Lloyd pass on two cores).
    std::int64_t m_sumStride;
    std::int64_t m_countStride;
    std::vector<double> m_sums;
    std::vector<std::int64_t> m_counts;
};

/// sum[f] += row[f]. The one accumulation used by every optimised step, so Lloyd and Elkan build
/// bit-identical centres from identical labels.
inline void addRow(double* sum, const double* row, std::int64_t d) {
    for (std::int64_t f = 0; f < d; ++f) {
        sum[f] += row[f];
    }
}

} // namespace gugus::core::detail
