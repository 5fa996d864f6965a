#include "numeric/simd_dispatch.h"

#include <cstdlib>
#include <cstring>

namespace gugus::core::detail {

bool wideKernelsAvailable() {
#if GUGUS_HAS_WIDE_KERNELS
    // GCC's and clang's checks include the operating system's support for the AVX-512 state
    // (XGETBV), not only the CPUID bits. The set matches the flags of the AVX-512 files.
    static const bool available =
        __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl") &&
        __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512bw");
    return available;
#else
    return false;
#endif
}

int decideWideKernels() {
    const char* forced = std::getenv("GUGUS_SIMD");
    const bool narrow = forced != nullptr && std::strcmp(forced, "avx2") == 0;
    const int state = wideKernelsAvailable() && !narrow ? 1 : 0;
    g_wideKernelsState.store(state, std::memory_order_relaxed);
    return state;
}

bool setWideKernels(bool on) {
    const int state = on && wideKernelsAvailable() ? 1 : 0;
    g_wideKernelsState.store(state, std::memory_order_relaxed);
    return state != 0;
}

} // namespace gugus::core::detail
