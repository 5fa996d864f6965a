#pragma once

#include <algorithm>
#include <cstdint>
#include <exception>
#include <mutex>

namespace gugus::core {

/// Threads used by engine parallel regions (OpenMP). Defaults to the OpenMP default.
int threadCount();
/// Sets the thread count for later engine calls (n <= 0 restores the default).
void setThreadCount(int n);

/// Runs fn(block, begin, end) for the fixed blocks [b*blockSize, min(n, (b+1)*blockSize)).
///
/// Determinism: the blocking depends only on n and blockSize, never on the thread count, so a
/// caller that stores one partial result per block and combines them in block order gets the
/// same bits for 1 or N threads. The first exception thrown by any block is rethrown here after
/// all threads have stopped (exceptions must not escape an OpenMP region).
template <class Fn> void parallelBlocks(std::int64_t n, std::int64_t blockSize, Fn&& fn) {
    if (n <= 0) {
        return;
    }
    blockSize = std::max<std::int64_t>(1, blockSize);
    const std::int64_t blocks = (n + blockSize - 1) / blockSize;
    std::exception_ptr error;
    std::mutex errorMutex;
    const int threads = int(std::min<std::int64_t>(threadCount(), blocks));
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads)
    for (std::int64_t b = 0; b < blocks; ++b) {
        try {
            const std::int64_t begin = b * blockSize;
            fn(b, begin, std::min(n, begin + blockSize));
        } catch (...) {
            const std::lock_guard lock(errorMutex);
            if (!error) {
                error = std::current_exception();
            }
        }
    }
    if (error) {
        std::rethrow_exception(error);
    }
}

/// Number of blocks parallelBlocks(n, blockSize, ...) runs.
inline std::int64_t blockCount(std::int64_t n, std::int64_t blockSize) {
    return n <= 0 ? 0
                  : (n + std::max<std::int64_t>(1, blockSize) - 1) /
                        std::max<std::int64_t>(1, blockSize);
}

} // namespace gugus::core
