// The distance kernel on 8 lanes (AVX-512). Built with -mavx512f/vl/dq/bw (core/CMakeLists.txt)
// and called only when the CPU has them (numeric/simd_dispatch.h).
//
// Nothing here may reach the AVX2 path: the file includes only wide_kernels.h (declarations) and
// the intrinsics, and every helper has internal linkage, so no inline function or template is
// compiled here under a name that a 4-lane file also instantiates (the linker would keep one
// copy, perhaps this one, and an AVX2-only CPU would then stop with SIGILL).
#include "numeric/wide_kernels.h"

#if GUGUS_HAS_WIDE_KERNELS && defined(__AVX512F__)

#include <immintrin.h>

namespace gugus::core::detail::wide {

namespace {

constexpr int T = 32;        // rows per tile (kTileRows)
constexpr int kVecs = T / 8; // 8-lane vectors per feature of a tile

/// The tile's squared distances to C consecutive centres: 4 vectors per centre, so two centres
/// keep 8 independent FMA chains in flight (the 4-lane kernel's 8 vectors of one centre). Per
/// lane the same operations in the same order as the 4-lane kernel: the same bits.
template <int C>
inline void centresAtOnce(const double* xt, std::int64_t d, const double* cc, double* out) {
    __m512d acc[C][kVecs];
    for (int c = 0; c < C; ++c) {
        for (int v = 0; v < kVecs; ++v) {
            acc[c][v] = _mm512_setzero_pd();
        }
    }
    for (std::int64_t f = 0; f < d; ++f) {
        const double* p = xt + f * T;
        __m512d x[kVecs];
        for (int v = 0; v < kVecs; ++v) {
            x[v] = _mm512_loadu_pd(p + 8 * v);
        }
        for (int c = 0; c < C; ++c) {
            const __m512d cf = _mm512_set1_pd(cc[c * d + f]);
            for (int v = 0; v < kVecs; ++v) {
                const __m512d t = _mm512_sub_pd(x[v], cf);
                acc[c][v] = _mm512_fmadd_pd(t, t, acc[c][v]);
            }
        }
    }
    for (int c = 0; c < C; ++c) {
        for (int v = 0; v < kVecs; ++v) {
            _mm512_storeu_pd(out + c * T + 8 * v, acc[c][v]);
        }
    }
}

template <bool WithSecond>
void nearestOfTile(const double* distances, std::int64_t m, int count, int* label,
                   double* minDistance, double* secondDistance) {
    __m512d best[kVecs];
    __m512d which[kVecs];
    __m512d second[kVecs];
    for (int g = 0; g < kVecs; ++g) {
        best[g] = _mm512_loadu_pd(distances + 8 * g);
        which[g] = _mm512_setzero_pd();
        second[g] = _mm512_set1_pd(__builtin_inf());
    }
    for (std::int64_t c = 1; c < m; ++c) {
        const double* row = distances + c * T;
        const __m512d index = _mm512_set1_pd(double(c));
        for (int g = 0; g < kVecs; ++g) {
            // The 4-lane kernel's selections, lane by lane (selections are exact): strictly
            // smaller wins, so a tie keeps the lower centre index.
            const __m512d v = _mm512_loadu_pd(row + 8 * g);
            const __mmask8 closer = _mm512_cmp_pd_mask(v, best[g], _CMP_LT_OQ);
            if constexpr (WithSecond) {
                const __m512d other = _mm512_mask_blend_pd(closer, v, best[g]);
                const __mmask8 lower = _mm512_cmp_pd_mask(other, second[g], _CMP_LT_OQ);
                second[g] = _mm512_mask_blend_pd(lower, second[g], other);
            }
            best[g] = _mm512_mask_blend_pd(closer, best[g], v);
            which[g] = _mm512_mask_blend_pd(closer, which[g], index);
        }
    }
    alignas(64) double bestOut[T];
    alignas(64) double whichOut[T];
    alignas(64) double secondOut[T];
    for (int g = 0; g < kVecs; ++g) {
        _mm512_store_pd(bestOut + 8 * g, best[g]);
        _mm512_store_pd(whichOut + 8 * g, which[g]);
        _mm512_store_pd(secondOut + 8 * g, second[g]);
    }
    for (int i = 0; i < count; ++i) {
        label[i] = int(whichOut[i]);
        minDistance[i] = bestOut[i];
        if constexpr (WithSecond) {
            secondDistance[i] = secondOut[i];
        }
    }
}

} // namespace

void squaredDistances(const double* tile, std::int64_t d, const double* centres, std::int64_t m,
                      double* out) {
    std::int64_t c = 0;
    for (; c + 2 <= m; c += 2) {
        centresAtOnce<2>(tile, d, centres + c * d, out + c * T);
    }
    if (c < m) {
        centresAtOnce<1>(tile, d, centres + c * d, out + c * T);
    }
}

void nearestInTile(const double* distances, std::int64_t m, int count, int* label,
                   double* minDistance, double* secondDistance) {
    if (secondDistance != nullptr) {
        nearestOfTile<true>(distances, m, count, label, minDistance, secondDistance);
    } else {
        nearestOfTile<false>(distances, m, count, label, minDistance, nullptr);
    }
}

} // namespace gugus::core::detail::wide

#endif
