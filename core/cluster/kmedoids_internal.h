#pragma once

#include "cluster/kmedoids.h"

#include <cstdint>
#include <limits>
#include <vector>

/// Shared by the FasterPAM loop and its initialisations (internal to the cluster stage).
namespace gugus::core::detail {

/// Rows per parallel block of a scan over all rows. Fixed (never from the thread count), so the
/// block partial sums, added in block order, give the same bits for any number of threads.
inline constexpr std::int64_t kMedoidBlockRows = 2048;

/// Distances between rows of one data set: read from an n x n matrix computed once when the data
/// is small enough, else computed on the fly. Both give the same bits (RowDistance is symmetric
/// to the bit and the matrix holds its values).
class MedoidDistances {
public:
    MedoidDistances(const RowDistance& distance, bool store, Progress& progress);
    std::int64_t rows() const { return m_n; }
    bool stored() const { return !m_matrix.empty(); }
    double operator()(std::int64_t i, std::int64_t j) const {
        return m_matrix.empty() ? m_distance(i, j) : m_matrix[std::size_t(i * m_n + j)];
    }

private:
    const RowDistance& m_distance;
    std::int64_t m_n = 0;
    std::vector<double> m_matrix;
};

/// Each row's nearest and second-nearest medoid (slots into the medoid list) and distances.
struct MedoidAssignment {
    std::vector<int> nearest;
    std::vector<double> dNearest;
    std::vector<int> second;     ///< -1 when k == 1
    std::vector<double> dSecond; ///< +inf when k == 1
    double total = 0.0;          ///< sum of dNearest, added in block order
};

/// Recomputes the assignment of every row to `medoids` (ties -> lowest slot; a medoid row always
/// belongs to its own slot). Parallel, deterministic.
void assignToMedoids(const MedoidDistances& d, const std::vector<std::int64_t>& medoids,
                     MedoidAssignment& a);

/// Initial medoids by BUILD or k-means++ (KMedoidsOptions::init); k distinct rows.
std::vector<std::int64_t> initialMedoids(const MedoidDistances& d, const KMedoidsOptions& options,
                                         Progress& progress);

/// The row minimising the sum of distances to all rows (ties -> lowest): BUILD's first medoid and
/// the exact 1-medoid. Parallel over candidates.
std::int64_t bestSingleMedoid(const MedoidDistances& d, Progress& progress);

} // namespace gugus::core::detail
