#pragma once

#include "common/matrix.h"

#include <cstdint>
#include <vector>

/// Distance kernels shared by k-means (and the metrics that need nearest centres). Internal to the
/// engine: the public API is in kmeans.h and cluster_metrics.h.
namespace gugus::core::detail {

/// Rows in one tile of the distance kernel. 32 rows are 8 AVX2 vectors per feature, so the
/// accumulators of one centre stay in registers while the kernel walks the features.
inline constexpr int kTileRows = 32;

/// Squared Euclidean distance of two d-vectors, summed in feature order as (a - b)^2.
///
/// Every distance used to make a k-means decision goes through this formula (or through
/// RowTile::squaredDistances, which computes the same sums lane by lane), so Lloyd, Elkan and the
/// reference agree bit for bit on which centre is nearest. The expansion |a|^2 - 2a.b + |b|^2 would
/// be cheaper but cancels badly for points far from the origin.
inline double squaredDistance(const double* a, const double* b, std::int64_t d) {
    double s = 0.0;
    for (std::int64_t f = 0; f < d; ++f) {
        const double t = a[f] - b[f];
        s += t * t;
    }
    return s;
}

/// A tile of up to kTileRows rows copied in feature-major order (d x kTileRows, unused rows zero),
/// so that the kernel vectorises over rows instead of over the (short) feature vector and needs no
/// horizontal sums.
class RowTile {
public:
    explicit RowTile(std::int64_t cols);

    /// Loads rows [begin, begin + count) of x; count <= kTileRows.
    void load(const FeatureMatrix& x, std::int64_t begin, int count);
    /// Loads the rows rows[0..count) of x, in that order; count <= kTileRows. A row's distances
    /// are the same bits whichever tile and lane it sits in.
    void loadRows(const FeatureMatrix& x, const std::int64_t* rows, int count);
    int count() const { return m_count; }

    /// Squared distances of the tile's rows to m centres (row-major m x d):
    /// out[c * kTileRows + i] for row i and centre c; out holds m * kTileRows doubles.
    void squaredDistances(const double* centres, std::int64_t m, double* out) const;

private:
    std::int64_t m_cols;
    int m_count = 0;
    std::vector<double> m_data; // m_cols x kTileRows
};

/// For each of `count` tile rows, the nearest of m centres from the output of
/// RowTile::squaredDistances (ties -> lowest index) and its squared distance.
void nearestInTile(const double* distances, std::int64_t m, int count, int* label,
                   double* minDistance);

/// nearestInTile, and for each row the smallest squared distance to any centre other than its
/// nearest (equal to minDistance when another centre ties; infinity when m = 1): Hamerly's lower
/// bound from the same pass.
void nearestTwoInTile(const double* distances, std::int64_t m, int count, int* label,
                      double* minDistance, double* secondDistance);

/// Rows per parallel block for a matrix of n rows: at least 4096 (amortises scheduling), and large
/// enough that there are at most ~512 blocks, which bounds the per-block partial sums kept for
/// deterministic reductions. Depends on n only, never on the thread count.
std::int64_t blockRowsFor(std::int64_t n);

/// Index of the first row holding a NaN or infinity, or -1. Parallel; deterministic.
std::int64_t firstNonFiniteRow(const FeatureMatrix& x);

/// Throws Error(NonFiniteValue) naming the first non-finite entry of x (1-based line/column =
/// row/feature), if any. `what` is the subject (e.g. "x", "initial_centres").
void requireFinite(const FeatureMatrix& x, const char* what);

} // namespace gugus::core::detail
