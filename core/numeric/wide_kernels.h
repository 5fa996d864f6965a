#pragma once

#include <cstdint>

/// The 8-lane (AVX-512) versions of the distance kernel (numeric/distance_kernel_avx512.cpp).
/// Internal; callers go through RowTile and nearestInTile, which choose the width at run time
/// (numeric/simd_dispatch.h).
///
/// This header is included by the files built with -mavx512*, so it declares only: no inline
/// function, no template, nothing the linker could merge with a copy built for AVX2 (an AVX-512
/// copy of an inline function chosen by the linker for the AVX2 path would end on an AVX2-only
/// CPU with SIGILL).
///
/// GUGUS_HAS_WIDE_KERNELS is 1 when this build holds them: the engine's Release build for x86-64
/// (core/CMakeLists.txt defines GUGUS_WIDE_KERNELS for the numeric and metrics stages, the files
/// that choose a width) whose baseline has FMA, as the 4-lane kernels then fuse each lane's
/// t * t + s exactly as the 8-lane ones do (so both give the same bits). Elsewhere (Debug,
/// sanitizers, other CPUs, an older GUGUS_ARCH) it is 0 and only the 4-lane kernels exist; code
/// outside those stages asks simd_dispatch.h at run time instead.
#if defined(GUGUS_WIDE_KERNELS) && defined(__x86_64__) && defined(__FMA__)
#define GUGUS_HAS_WIDE_KERNELS 1
#else
#define GUGUS_HAS_WIDE_KERNELS 0
#endif

namespace gugus::core::detail::wide {

/// RowTile::squaredDistances on 8 lanes: `tile` is the tile's d x 32 feature-major copy; each
/// lane's arithmetic is that of the 4-lane kernel (t = x - c, s = fma(t, t, s) in feature order).
void squaredDistances(const double* tile, std::int64_t d, const double* centres, std::int64_t m,
                      double* out);

/// nearestInTile / nearestTwoInTile on 8 lanes (secondDistance null: nearestInTile).
void nearestInTile(const double* distances, std::int64_t m, int count, int* label,
                   double* minDistance, double* secondDistance);

} // namespace gugus::core::detail::wide
