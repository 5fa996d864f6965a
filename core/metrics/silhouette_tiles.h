#pragma once

#include "metrics/cluster_metrics.h"
#include "metrics/silhouette_tiles_wide.h"
#include "numeric/lane_ops.h"
#include "numeric/simd_dispatch.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <vector>

/// The Euclidean silhouette's distance-sum kernel, shared by the exact pass (every pair once, block
/// pairs) and the sampled estimate (sampled rows against a stratified reference). Internal to
/// metrics/.
///
/// Distances: |x|^2 - 2 x.y + |y|^2 in float64, clamped at 0, square-rooted, and exactly 0 for a
/// row with itself: scikit-learn's euclidean_distances. The dot products come from a 4 x 8
/// register tile of FMAs over packed copies (groups of 8 rows stored dimension-major), and the
/// square roots, sums and masks are done on the tile while it is still in registers: the square
/// roots run on the divider while the next tile's FMAs run, so no distance is ever written out.
/// Where the CPU has AVX-512, tileSums runs the same tile on 8 lanes (silhouette_tiles_avx512.cpp,
/// the same bits).
namespace gugus::core::detail {

constexpr std::int64_t kGroup = 8;    // rows per packed group: the tile's columns, the padding
constexpr std::int64_t kTileRows = 4; // rows of a register tile
static_assert(kGroup % kTileRows == 0);

/// Rows packed in groups of kGroup, padded with zero rows of weight 0.
struct PackedRows {
    std::int64_t dims = 0;
    std::int64_t rows = 0;              ///< padded row count, a multiple of kGroup
    std::vector<double> packed;         ///< group g, dimension q, lane l at (g * dims + q) * 8 + l
    std::vector<double> norms;          ///< squared norm per padded row (0 for padding)
    std::vector<double> weights;        ///< 1 per real row, 0 per padding row
    std::vector<char> padded;           ///< per group of kGroup rows: holds padding
    std::vector<int> clusters;          ///< cluster per padded row (0 for ungrouped rows)
    std::vector<std::int64_t> original; ///< original row per padded row, -1 for padding
};

/// Packs the rows with keep[i] != 0 (every clustered row when `keep` is empty) grouped by cluster,
/// in row order within a cluster, each cluster's run padded to a multiple of kGroup; so every
/// 8-column tile lies in one cluster.
PackedRows packByCluster(const FeatureMatrix& x, const Labels& labels, int k,
                         const std::vector<char>& keep);

/// Packs the rows `rows` in that order, padded at the end to a multiple of kGroup.
PackedRows packInOrder(const FeatureMatrix& x, const std::vector<std::int64_t>& rows);

/// Columns of a row tile whose distance is a row's distance to itself (exactly 0), ascending.
struct SelfColumns {
    std::int64_t column[kTileRows] = {};
    int row[kTileRows] = {};
    int count = 0;
};

// The kernel, inline.

inline Vec4 fmaVec(Vec4 a, Vec4 b, Vec4 c) {
#if defined(__FMA__)
    return Vec4(_mm256_fmadd_pd(__m256d(a), __m256d(b), __m256d(c)));
#else
    return a * b + c;
#endif
}

/// All four lanes set to v (one vbroadcastsd; `Vec4{} + v` would add a zero first).
inline Vec4 broadcast(double v) {
    return Vec4{v, v, v, v};
}

/// Lane-wise max(v, 0) (v is never NaN: the input is checked finite).
inline Vec4 clampAtZero(Vec4 v) {
#if defined(__AVX__)
    return Vec4(_mm256_max_pd(__m256d(v), _mm256_setzero_pd()));
#else
    const Vec4 zero{};
    return v > zero ? v : zero;
#endif
}

inline double lanesOf(Vec4 v) {
    return (v[0] + v[1]) + (v[2] + v[3]);
}

/// Squared distances of rows i..i+3 of `rows` (i a multiple of 4) to rows j..j+7 of `cols` (j a
/// multiple of 8), clamped at 0: sq[r][h] holds columns j + 4h .. j + 4h + 3 of row i + r.
/// Meanwhile the square roots of the previous tile's squared distances (`before`) go to `roots`,
/// one per FMA step, so that the divider works while the FMAs run (see rowTileSums).
inline void squaredTile(const PackedRows& rows, const PackedRows& cols, std::int64_t i,
                        std::int64_t j, Vec4 (&sq)[kTileRows * 2],
                        const Vec4 (&before)[kTileRows * 2], Vec4 (&roots)[kTileRows * 2]) {
    const std::int64_t d = rows.dims;
    const double* a = rows.packed.data() + (i / kGroup) * d * kGroup + i % kGroup;
    const double* b = cols.packed.data() + (j / kGroup) * d * kGroup;
    Vec4 acc[kTileRows][2] = {};
    std::int64_t q = 0;
    for (; q < d; ++q) {
        const Vec4 b0 = loadVec(b + q * kGroup);
        const Vec4 b1 = loadVec(b + q * kGroup + 4);
        for (std::int64_t r = 0; r < kTileRows; ++r) {
            const Vec4 ar = broadcast(a[q * kGroup + r]);
            acc[r][0] = fmaVec(ar, b0, acc[r][0]);
            acc[r][1] = fmaVec(ar, b1, acc[r][1]);
        }
        if (q < kTileRows * 2) {
            roots[q] = sqrtVec(before[q]);
        }
    }
    for (; q < kTileRows * 2; ++q) {
        roots[q] = sqrtVec(before[q]);
    }
    for (int h = 0; h < 2; ++h) {
        const Vec4 yy = loadVec(cols.norms.data() + j + 4 * h);
        for (std::int64_t r = 0; r < kTileRows; ++r) {
            // scikit-learn's order: -2 x.y, += |x|^2, += |y|^2, clip at 0.
            Vec4 v = -2.0 * acc[r][h] + rows.norms[std::size_t(i + r)];
            v += yy;
            sq[2 * r + h] = clampAtZero(v);
        }
    }
}

/// Distance sums of rows i..i+3 of `rows` (i a multiple of 4) against columns [j0, j1) of `cols`
/// (multiples of 8): row r's sums go to sums[(i + r) * k + the columns' cluster]; withColumns
/// (rows i..i+3 in one cluster), the column sums weighted by the rows' weights are added to
/// columnAcc (one vector per 4 columns from j0). withSelf, the pairs of `self` are exactly 0 (a
/// template switch: the store at a computed lane keeps the tile in memory, so only the tiles that
/// can hold a row's self pair pay for it). Inline, so
/// that each caller's loops keep the packed rows' pointers in registers.
///
/// Software pipelining: the square roots of one tile are taken among the next tile's FMAs, so
/// the divider (square roots) and the FMA units work at the same time. Taken right after their own
/// tile, they wait for its FMA chains and the two mostly run one after the other (20 % slower).
template <bool withColumns, bool withSelf>
void rowTileSums(const PackedRows& rows, const PackedRows& cols, std::int64_t k, std::int64_t i,
                 std::int64_t j0, std::int64_t j1, const SelfColumns& self, double* sums,
                 Vec4* columnAcc) {
    const auto cluster = [&](std::int64_t j) {
        return std::int64_t(cols.clusters[std::size_t(j)]);
    };
    const bool paddedRows = rows.padded[std::size_t(i / kGroup)] != 0;
    Vec4 rowAcc[kTileRows] = {};
    std::int64_t rowCluster = cluster(j0);
    const auto flushRows = [&] {
        for (std::int64_t r = 0; r < kTileRows; ++r) {
            sums[(i + r) * k + rowCluster] += lanesOf(rowAcc[r]);
            rowAcc[r] = Vec4{};
        }
    };
    // Sums and masks of the tile at column j from its distances t (t[2r + h]: row i + r, columns
    // j + 4h ..).
    const auto consume = [&](std::int64_t j, Vec4(&t)[kTileRows * 2]) {
        if (cluster(j) != rowCluster) {
            flushRows();
            rowCluster = cluster(j);
        }
        if (cols.padded[std::size_t(j / kGroup)] != 0) {
            const Vec4 w0 = loadVec(cols.weights.data() + j);
            const Vec4 w1 = loadVec(cols.weights.data() + j + 4);
            for (std::int64_t r = 0; r < kTileRows; ++r) {
                t[2 * r] *= w0;
                t[2 * r + 1] *= w1;
            }
        }
        for (std::int64_t r = 0; r < kTileRows; ++r) {
            rowAcc[r] += t[2 * r] + t[2 * r + 1];
        }
        if (withColumns) {
            if (paddedRows) {
                for (std::int64_t r = 0; r < kTileRows; ++r) {
                    const Vec4 w = broadcast(rows.weights[std::size_t(i + r)]);
                    t[2 * r] *= w;
                    t[2 * r + 1] *= w;
                }
            }
            Vec4* acc = columnAcc + (j - j0) / 4;
            acc[0] += (t[0] + t[2]) + (t[4] + t[6]);
            acc[1] += (t[1] + t[3]) + (t[5] + t[7]);
        }
    };
    int nextSelf = 0;
    while (nextSelf < self.count && self.column[nextSelf] < j0) {
        ++nextSelf;
    }
    // The squared distances of the tile before, their roots, and this tile's squares.
    Vec4 before[kTileRows * 2] = {};
    Vec4 roots[kTileRows * 2];
    Vec4 sq[kTileRows * 2];
    for (std::int64_t j = j0; j < j1; j += kGroup) {
        squaredTile(rows, cols, i, j, sq, before, roots);
        if (j > j0) {
            consume(j - kGroup, roots);
        }
        for (; withSelf && nextSelf < self.count && self.column[nextSelf] < j + kGroup;
             ++nextSelf) {
            const std::int64_t c = self.column[nextSelf] - j;
            sq[2 * self.row[nextSelf] + c / 4][c % 4] = 0.0; // scikit-learn zeroes the diagonal
        }
        std::copy(std::begin(sq), std::end(sq), std::begin(before));
    }
    for (std::int64_t h = 0; h < kTileRows * 2; ++h) {
        roots[h] = sqrtVec(before[h]);
    }
    consume(j1 - kGroup, roots);
    flushRows();
}

/// rowTileSums on the width chosen at run time (numeric/simd_dispatch.h): 8 lanes where the CPU
/// has AVX-512, the same bits either way.
template <bool withColumns, bool withSelf>
void tileSums(const PackedRows& rows, const PackedRows& cols, std::int64_t k, std::int64_t i,
              std::int64_t j0, std::int64_t j1, const SelfColumns& self, double* sums,
              Vec4* columnAcc) {
#if GUGUS_HAS_WIDE_KERNELS
    if (useWideKernels()) {
        const auto view = [](const PackedRows& p) {
            return wide::PackedView{p.dims,           p.packed.data(), p.norms.data(),
                                    p.weights.data(), p.padded.data(), p.clusters.data()};
        };
        wide::rowTileSums(withColumns, withSelf, view(rows), view(cols), k, i, j0, j1,
                          wide::SelfView{self.column, self.row, self.count}, sums,
                          reinterpret_cast<double*>(columnAcc));
        return;
    }
#endif
    rowTileSums<withColumns, withSelf>(rows, cols, k, i, j0, j1, self, sums, columnAcc);
}

} // namespace gugus::core::detail
