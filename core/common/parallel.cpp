#include "common/parallel.h"

#include <atomic>

#include <omp.h>

namespace gugus::core {

namespace {
std::atomic<int> g_threads{0};
}

int threadCount() {
    const int n = g_threads.load();
    return n > 0 ? n : std::max(1, omp_get_max_threads());
}

void setThreadCount(int n) {
    g_threads.store(n > 0 ? n : 0);
}

} // namespace gugus::core
