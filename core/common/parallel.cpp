#include "common/parallel.h"

#include <atomic>

#include <omp.h>

namespace gugus::core {

namespace {
std::atomic<int> g_threads{0};
}

int threadCount() {
    // Inside a parallel region (k-means restarts run side by side, one per thread) the work is
    // already spread: nested regions get one thread instead of oversubscribing the cores. Their
    // blocks stay the same, so the bits do not change.
    if (omp_in_parallel()) {
        return 1;
    }
    const int n = g_threads.load();
    return n > 0 ? n : std::max(1, omp_get_max_threads());
}

void setThreadCount(int n) {
    g_threads.store(n > 0 ? n : 0);
}

} // namespace gugus::core
