// The silhouette's register-tile kernel on 8 lanes (AVX-512): silhouette_tiles.h's rowTileSums
// with one 8-lane vector per tile row instead of two 4-lane ones. Built with -mavx512f/vl/dq/bw
// (core/CMakeLists.txt) and called only when the CPU has them (numeric/simd_dispatch.h).
//
// Same bits as the 4-lane kernel: each distance is the same FMA chain over the dimensions, the
// same -2 x.y + |x|^2 + |y|^2 clamped at 0, the correctly rounded square root; the row sums fold
// a tile's two halves (columns j..j+3 and j+4..j+7) before adding them to the 4-lane row
// accumulator exactly as the 4-lane kernel adds its two vectors, and the column sums add the four
// rows as (r0 + r1) + (r2 + r3) per column as it does.
//
// Like numeric/distance_kernel_avx512.cpp, nothing here has external linkage but the entry point,
// and only declarations and the intrinsics are included, so the linker cannot hand an AVX-512
// copy of a shared inline function to the AVX2 path.
#include "metrics/silhouette_tiles_wide.h"

#if GUGUS_HAS_WIDE_KERNELS && defined(__AVX512F__)

#include <immintrin.h>

#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
// GCC 12 takes the intrinsics' deliberately undefined pass-through operand (`__Y = __Y` in
// _mm512_undefined_pd) for an uninitialised variable: GCC bug 105593, fixed in GCC 13.
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace gugus::core::detail::wide {

namespace {

constexpr std::int64_t kGroup = 8; // rows per packed group: a tile's columns, one 8-lane vector
constexpr int kRows = 4;           // rows of a register tile

/// (v0 + v1) + (v2 + v3), the 4-lane kernel's lanesOf.
inline double lanesOf(__m256d v) {
    const __m128d lo = _mm256_castpd256_pd128(v);
    const __m128d hi = _mm256_extractf128_pd(v, 1);
    return (_mm_cvtsd_f64(lo) + _mm_cvtsd_f64(_mm_unpackhi_pd(lo, lo))) +
           (_mm_cvtsd_f64(hi) + _mm_cvtsd_f64(_mm_unpackhi_pd(hi, hi)));
}

/// Squared distances of rows i..i+3 to columns j..j+7 (sq[r]: row i + r), clamped at 0; the
/// square roots of the previous tile's (`before`) go to `roots` among this tile's FMAs.
inline void squaredTile(const PackedView& rows, const PackedView& cols, std::int64_t i,
                        std::int64_t j, __m512d (&sq)[kRows], const __m512d (&before)[kRows],
                        __m512d (&roots)[kRows]) {
    const std::int64_t d = rows.dims;
    const double* a = rows.packed + (i / kGroup) * d * kGroup + i % kGroup;
    const double* b = cols.packed + (j / kGroup) * d * kGroup;
    __m512d acc[kRows];
    for (int r = 0; r < kRows; ++r) {
        acc[r] = _mm512_setzero_pd();
    }
    std::int64_t q = 0;
    for (; q < d; ++q) {
        const __m512d bq = _mm512_loadu_pd(b + q * kGroup);
        for (int r = 0; r < kRows; ++r) {
            acc[r] = _mm512_fmadd_pd(_mm512_set1_pd(a[q * kGroup + r]), bq, acc[r]);
        }
        if (q < kRows) {
            roots[q] = _mm512_sqrt_pd(before[q]);
        }
    }
    for (; q < kRows; ++q) {
        roots[q] = _mm512_sqrt_pd(before[q]);
    }
    const __m512d yy = _mm512_loadu_pd(cols.norms + j);
    for (int r = 0; r < kRows; ++r) {
        // -2 x.y is exact, so fused or not the sum with |x|^2 rounds once, as in the 4-lane kernel.
        __m512d v =
            _mm512_fmadd_pd(_mm512_set1_pd(-2.0), acc[r], _mm512_set1_pd(rows.norms[i + r]));
        v = _mm512_add_pd(v, yy);
        sq[r] = _mm512_max_pd(v, _mm512_setzero_pd());
    }
}

template <bool withColumns, bool withSelf>
void tileSums(const PackedView& rows, const PackedView& cols, std::int64_t k, std::int64_t i,
              std::int64_t j0, std::int64_t j1, const SelfView& self, double* sums,
              double* columnAcc) {
    const auto cluster = [&](std::int64_t j) { return std::int64_t(cols.clusters[j]); };
    const bool paddedRows = rows.padded[i / kGroup] != 0;
    __m256d rowAcc[kRows];
    for (int r = 0; r < kRows; ++r) {
        rowAcc[r] = _mm256_setzero_pd();
    }
    std::int64_t rowCluster = cluster(j0);
    const auto flushRows = [&] {
        for (int r = 0; r < kRows; ++r) {
            sums[(i + r) * k + rowCluster] += lanesOf(rowAcc[r]);
            rowAcc[r] = _mm256_setzero_pd();
        }
    };
    const auto consume = [&](std::int64_t j, __m512d(&t)[kRows]) {
        if (cluster(j) != rowCluster) {
            flushRows();
            rowCluster = cluster(j);
        }
        if (cols.padded[j / kGroup] != 0) {
            const __m512d w = _mm512_loadu_pd(cols.weights + j);
            for (int r = 0; r < kRows; ++r) {
                t[r] = _mm512_mul_pd(t[r], w);
            }
        }
        for (int r = 0; r < kRows; ++r) {
            const __m256d halves =
                _mm256_add_pd(_mm512_castpd512_pd256(t[r]), _mm512_extractf64x4_pd(t[r], 1));
            rowAcc[r] = _mm256_add_pd(rowAcc[r], halves);
        }
        if constexpr (withColumns) {
            if (paddedRows) {
                for (int r = 0; r < kRows; ++r) {
                    t[r] = _mm512_mul_pd(t[r], _mm512_set1_pd(rows.weights[i + r]));
                }
            }
            double* acc = columnAcc + (j - j0);
            const __m512d rowsSum =
                _mm512_add_pd(_mm512_add_pd(t[0], t[1]), _mm512_add_pd(t[2], t[3]));
            _mm512_storeu_pd(acc, _mm512_add_pd(_mm512_loadu_pd(acc), rowsSum));
        }
    };
    int nextSelf = 0;
    while (nextSelf < self.count && self.column[nextSelf] < j0) {
        ++nextSelf;
    }
    __m512d before[kRows];
    for (int r = 0; r < kRows; ++r) {
        before[r] = _mm512_setzero_pd();
    }
    __m512d roots[kRows];
    __m512d sq[kRows];
    for (std::int64_t j = j0; j < j1; j += kGroup) {
        squaredTile(rows, cols, i, j, sq, before, roots);
        if (j > j0) {
            consume(j - kGroup, roots);
        }
        for (; withSelf && nextSelf < self.count && self.column[nextSelf] < j + kGroup;
             ++nextSelf) {
            // A row with itself is exactly 0 (scikit-learn zeroes the diagonal): a masked move,
            // so the tile stays in registers.
            const auto lane = __mmask8(1u << (self.column[nextSelf] - j));
            const int r = self.row[nextSelf];
            sq[r] = _mm512_mask_mov_pd(sq[r], lane, _mm512_setzero_pd());
        }
        for (int r = 0; r < kRows; ++r) {
            before[r] = sq[r];
        }
    }
    for (int r = 0; r < kRows; ++r) {
        roots[r] = _mm512_sqrt_pd(before[r]);
    }
    consume(j1 - kGroup, roots);
    flushRows();
}

} // namespace

void rowTileSums(bool withColumns, bool withSelf, const PackedView& rows, const PackedView& cols,
                 std::int64_t k, std::int64_t i, std::int64_t j0, std::int64_t j1,
                 const SelfView& self, double* sums, double* columnAcc) {
    if (withColumns) {
        if (withSelf) {
            tileSums<true, true>(rows, cols, k, i, j0, j1, self, sums, columnAcc);
        } else {
            tileSums<true, false>(rows, cols, k, i, j0, j1, self, sums, columnAcc);
        }
    } else if (withSelf) {
        tileSums<false, true>(rows, cols, k, i, j0, j1, self, sums, columnAcc);
    } else {
        tileSums<false, false>(rows, cols, k, i, j0, j1, self, sums, columnAcc);
    }
}

} // namespace gugus::core::detail::wide

#endif
