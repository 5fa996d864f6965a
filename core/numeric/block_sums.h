#pragma once

#include "common/matrix.h"

#include <cstdint>
#include <vector>

/// Per-cluster coordinate sums of a labelling, accumulated in row blocks and combined in block
/// order. Shared by k-means (its assignment passes) and the metrics (centroids of any labelling).
namespace gugus::core::detail {

/// K-Means sums its clusters exactly: each value is split into two parts on fixed power-of-two
/// grids (Rump's extraction: q = (sigma + v) - sigma), chosen from the data's largest magnitude
/// and row count so that any sum of up to 2 n parts is an exact double. Sums of parts then do not
/// depend on the order of the additions, so a pass may add and subtract only the rows that changed
/// cluster and still hold the bits a sum over all rows gives. What is dropped of a value is below
/// 2^-56 of the largest value for a million rows (2^-48 for ten million): under a double's
/// precision of a mean, and far under the rounding of a plain running sum.
struct ExactSplit {
    bool exact = false; ///< false: plain sums (the metrics' centroids)
    double high = 1.0;  ///< sigma of the first part: 1.5 * 2^e
    double low = 1.0;   ///< sigma of the second part
};

/// The split for the rows of x (exact = true).
ExactSplit exactSplitFor(const FeatureMatrix& x);

/// Coordinate sums and sizes of the clusters of one assignment.
struct ClusterSums {
    CentreMatrix sums;                ///< k x d (the first parts when split.exact)
    CentreMatrix low;                 ///< k x d second parts when split.exact, else empty
    std::vector<std::int64_t> counts; ///< k
    ExactSplit split;
    /// Sum f of cluster j as one double.
    double total(std::int64_t j, std::int64_t f) const {
        return split.exact ? sums(j, f) + low(j, f) : sums(j, f);
    }
};

/// One partial ClusterSums per row block. Blocks are filled in any order by any thread and then
/// combined in block order, so the totals are the same bits for 1 or N threads.
class BlockSums {
public:
    BlockSums(std::int64_t blocks, std::int64_t k, std::int64_t d, ExactSplit split = {});
    /// Zeroes block b's partial and returns its k x d sums (row-major).
    double* startBlock(std::int64_t b);
    double* sums(std::int64_t b) { return m_sums.data() + b * m_sumStride; }
    std::int64_t* counts(std::int64_t b) { return m_counts.data() + b * m_countStride; }
    /// Block b's second parts (split().exact only), zeroed by startBlock.
    double* lows(std::int64_t b) { return m_lows.data() + b * m_sumStride; }
    const ExactSplit& split() const { return m_split; }
    /// Adds `row` to cluster `label` of block b (exactly when split().exact). Inline (below): the
    /// passes call it per row, and Hamerly's first pass calling it out of line took 3-10 % more
    /// CPU for a 1M `segment --k 10 --n-init 3` than with it inline.
    void add(std::int64_t b, int label, const double* row);
    /// Takes `row` out of cluster `label` of block b (exact sums only: the count may go negative,
    /// for the change of a pass).
    void subtract(std::int64_t b, int label, const double* row);
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
    std::vector<double> m_lows;
    std::vector<std::int64_t> m_counts;
    ExactSplit m_split;
};

/// sum[f] += row[f]. The one accumulation used by every optimised step, so Lloyd and Elkan build
/// bit-identical centres from identical labels.
inline void addRow(double* sum, const double* row, std::int64_t d) {
    for (std::int64_t f = 0; f < d; ++f) {
        sum[f] += row[f];
    }
}

/// The two parts of v under `split` (v - high - low is dropped).
inline void splitValue(double v, const ExactSplit& split, double& high, double& low) {
    high = (split.high + v) - split.high;
    const double rest = v - high; // exact
    low = (split.low + rest) - split.low;
}

/// high[f] += sign * the first part of row[f], low[f] += sign * the second (sign +1 adds the row,
/// -1 takes it out): exact, so the order of the rows does not matter.
inline void accumulateRowExact(double* high, double* low, const double* row, std::int64_t d,
                               const ExactSplit& split, double sign) {
    for (std::int64_t f = 0; f < d; ++f) {
        double h;
        double l;
        splitValue(row[f], split, h, l);
        high[f] += sign * h;
        low[f] += sign * l;
    }
}

inline void BlockSums::add(std::int64_t b, int label, const double* row) {
    if (m_split.exact) {
        accumulateRowExact(sums(b) + label * m_d, lows(b) + label * m_d, row, m_d, m_split, 1.0);
    } else {
        addRow(sums(b) + label * m_d, row, m_d);
    }
    ++counts(b)[label];
}

inline void BlockSums::subtract(std::int64_t b, int label, const double* row) {
    accumulateRowExact(sums(b) + label * m_d, lows(b) + label * m_d, row, m_d, m_split, -1.0);
    --counts(b)[label];
}

} // namespace gugus::core::detail
