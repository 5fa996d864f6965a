#pragma once

#include "common/matrix.h"

#include <cstdint>
#include <vector>

/// DBSCAN's neighbour search in many dimensions (internal to the engine).
namespace gugus::core::detail {

/// Every pair of rows within a radius, found block pair by block pair.
///
/// Why not a kd-tree query per row: in many dimensions (the bank tables' 15-20 features,
/// Gaussian-like noise in all of them) a ball of DBSCAN's radius overlaps most cells, and a
/// per-row query ends up measuring most rows against the row, one pair at a time and each pair
/// twice. Here the rows are split recursively at the median of their projection on a direction
/// of large spread (so whole groups of customers fall on either side), the leaves are measured
/// against each other a block at a time with the kernel vectorised over the other block's rows,
/// and every unordered pair is measured once. A pair of tree nodes is skipped when a lower bound
/// on the distance between any of their rows exceeds the radius: the gap between the nodes'
/// projections on the line joining their centroids, or the gap between their bounding balls.
/// The bounds carry a margin far above their rounding error, so no pair within the radius is
/// ever skipped: the search is exact.
///
/// The squared distance of a pair is summed as GCC compiles the kd-tree path's (four lanes over
/// the features with fused multiply-adds, lanes added as (0 + 1) + (2 + 3), then the remaining
/// features' rounded squares in order), so both paths put the same pairs within the radius.
class PairSearch {
public:
    /// Builds the tree over x (finite, rows > 0). radius > 0.
    PairSearch(const FeatureMatrix& x, double radius);

    /// Number of tasks (pairs of row blocks of at most kBlock rows each).
    std::int64_t taskCount() const { return std::int64_t(m_tasks.size()); }

    /// Appends the rows (i, j) of every pair of distinct rows of task t whose squared distance is
    /// <= radius^2. Over all tasks each unordered pair of distinct rows appears exactly once.
    /// Thread-safe (const).
    void pairs(std::int64_t t, std::vector<std::uint32_t>& out) const;

    /// Rows per block of a task: a block of the other side (kBlock x d) stays in the L1 cache.
    static constexpr std::int64_t kBlock = 256;

private:
    struct Node {
        std::int64_t begin = 0; // positions [begin, end) in tree order
        std::int64_t end = 0;
        std::int64_t left = -1; // children, -1 for a leaf
        std::int64_t right = -1;
        double radius = 0.0; // largest distance of a row from the centroid
    };
    struct Task {
        std::int64_t a0, a1, b0, b1; // positions; same block when a0 == b0
    };

    std::int64_t build(const FeatureMatrix& x, std::int64_t begin, std::int64_t end);
    void collect(std::int64_t a, std::int64_t b);
    void addTasks(const Node& a, const Node& b, bool same);
    bool separated(std::int64_t a, std::int64_t b) const;
    const double* row(std::int64_t position) const { return m_rows.data() + position * m_d; }
    const double* centroid(std::int64_t node) const { return m_centroids.data() + node * m_d; }

    std::int64_t m_n;
    std::int64_t m_d;
    std::int64_t m_stride; // of m_columns: positions rounded up to whole groups of 8
    double m_r2;
    double m_limit;                     // radius plus a margin for the rounding of the bounds
    std::vector<std::uint32_t> m_order; // position -> row
    std::vector<double> m_rows;         // row-major, tree order
    std::vector<double> m_columns;      // feature-major, tree order
    std::vector<Node> m_nodes;
    std::vector<double> m_centroids; // node-major
    std::vector<Task> m_tasks;
};

} // namespace gugus::core::detail
