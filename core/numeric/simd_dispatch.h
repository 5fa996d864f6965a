#pragma once

#include "numeric/wide_kernels.h"

#include <atomic>

/// Which width the engine's hand-vectorised kernels run at: the 4-lane (AVX2) kernels that every
/// Release build targets, or the 8-lane (AVX-512) ones where this build has them and the CPU
/// runs them. Both give the same bits (each lane's arithmetic is the same), so the choice is one
/// of speed only. Internal.
///
/// Decided once, at the first use: 8 lanes when GUGUS_HAS_WIDE_KERNELS, the CPU reports
/// AVX-512 F, VL, DQ and BW (with the operating system saving the registers), and the environment
/// variable GUGUS_SIMD is not `avx2` (which forces the 4-lane kernels, for tests and
/// benchmarks).
namespace gugus::core::detail {

/// -1 until decided, then 0 (4 lanes) or 1 (8 lanes). Read on every kernel call, so relaxed.
inline std::atomic<int> g_wideKernelsState{-1};

/// Decides from the CPU and GUGUS_SIMD and stores the answer in g_wideKernelsState.
int decideWideKernels();

/// Whether the 8-lane kernels run.
inline bool useWideKernels() {
    int state = g_wideKernelsState.load(std::memory_order_relaxed);
    if (state < 0) [[unlikely]] {
        state = decideWideKernels();
    }
    return state != 0;
}

/// Whether this build has the 8-lane kernels and this CPU can run them (GUGUS_SIMD aside).
bool wideKernelsAvailable();

/// Tests and benchmarks: switch between the widths for the whole process (not while a kernel
/// runs). Asking for 8 lanes where they are not available keeps 4. Returns whether 8 lanes now
/// run.
bool setWideKernels(bool on);

} // namespace gugus::core::detail
