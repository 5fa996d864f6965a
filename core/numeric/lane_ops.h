#pragma once

#include <cmath>
#include <cstdint>

#if defined(__AVX__)
#include <immintrin.h>
#endif

// Without AVX (GUGUS_ARCH empty, e.g. Debug builds) GCC warns that passing a 32-byte vector by
// value changes the ABI. Vec4 never crosses a library boundary and every engine file is built
// with the same flags, so the warning is switched off for the files that include this header
// (deliberately not popped: their own call sites would warn too).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wpsabi"
#endif

/// Four-lane vector helpers for the engine's hot loops. Internal.
///
/// Why by hand: a floating-point sum may not be reassociated, so compilers leave reductions
/// scalar (one add per 4 cycles). These helpers sum in a fixed lane order instead: vectorised,
/// and still the same bits for the same inputs whatever thread runs them.
namespace gugus::core::detail {

/// Four doubles as one value (GCC/Clang vector extension): one AVX2 register with
/// -march=x86-64-v3, two SSE2 registers otherwise.
typedef double Vec4 __attribute__((vector_size(32)));

/// The result of comparing two Vec4: all bits set in a lane where the comparison holds.
typedef std::int64_t Mask4 __attribute__((vector_size(32)));

/// Whether the comparison holds in every lane.
inline bool allLanes(Mask4 m) {
#if defined(__AVX__)
    return _mm256_movemask_pd(__m256d(m)) == 0xF;
#else
    return m[0] && m[1] && m[2] && m[3];
#endif
}

inline Vec4 loadVec(const double* p) {
    Vec4 v;
    __builtin_memcpy(&v, p, sizeof v);
    return v;
}

inline void storeVec(double* p, Vec4 v) {
    __builtin_memcpy(p, &v, sizeof v);
}

/// Lane-wise square root. Written out because the compiler does not vectorise std::sqrt on its
/// own (it may set errno).
inline Vec4 sqrtVec(Vec4 v) {
#if defined(__AVX__)
    return Vec4(_mm256_sqrt_pd(__m256d(v)));
#else
    return Vec4{std::sqrt(v[0]), std::sqrt(v[1]), std::sqrt(v[2]), std::sqrt(v[3])};
#endif
}

/// Sum of p[0..n): two 4-lane accumulators over blocks of 8, then the lanes in a fixed order,
/// then the tail.
inline double laneSum(const double* p, std::int64_t n) {
    Vec4 a{};
    Vec4 b{};
    std::int64_t j = 0;
    for (; j + 8 <= n; j += 8) {
        a += loadVec(p + j);
        b += loadVec(p + j + 4);
    }
    for (; j + 4 <= n; j += 4) {
        a += loadVec(p + j);
    }
    a += b;
    double s = (a[0] + a[1]) + (a[2] + a[3]);
    for (; j < n; ++j) {
        s += p[j];
    }
    return s;
}

/// Dot product of x[0..n) and y[0..n), summed as laneSum.
inline double laneDot(const double* x, const double* y, std::int64_t n) {
    Vec4 a{};
    Vec4 b{};
    std::int64_t j = 0;
    for (; j + 8 <= n; j += 8) {
        a += loadVec(x + j) * loadVec(y + j);
        b += loadVec(x + j + 4) * loadVec(y + j + 4);
    }
    for (; j + 4 <= n; j += 4) {
        a += loadVec(x + j) * loadVec(y + j);
    }
    a += b;
    double s = (a[0] + a[1]) + (a[2] + a[3]);
    for (; j < n; ++j) {
        s += x[j] * y[j];
    }
    return s;
}

/// Eight floats as one value: one AVX2 register (a filter that reads half the bytes of a double
/// scan; its results are only bounds, never the answer).
typedef float Vec8f __attribute__((vector_size(32)));
/// The result of comparing two Vec8f.
typedef std::int32_t Mask8 __attribute__((vector_size(32)));

inline Vec8f loadVec8f(const float* p) {
    Vec8f v;
    __builtin_memcpy(&v, p, sizeof v);
    return v;
}

inline Vec8f sqrtVec8f(Vec8f v) {
#if defined(__AVX__)
    return Vec8f(_mm256_sqrt_ps(__m256(v)));
#else
    Vec8f r;
    for (int l = 0; l < 8; ++l) {
        r[l] = std::sqrt(v[l]);
    }
    return r;
#endif
}

/// Whether the comparison holds in any lane.
inline bool anyLane(Mask8 m) {
#if defined(__AVX__)
    return _mm256_movemask_ps(__m256(m)) != 0;
#else
    for (int l = 0; l < 8; ++l) {
        if (m[l]) {
            return true;
        }
    }
    return false;
#endif
}

} // namespace gugus::core::detail
