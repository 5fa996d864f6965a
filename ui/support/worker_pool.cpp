#include "support/worker_pool.h"

#include <QThreadPool>

#include <sys/resource.h>
#include <unistd.h>

namespace gugus::ui {

namespace {

/// Room for several jobs at once: a save or a load must not wait in the pool's queue behind a
/// long auto-tune on a two-core machine. Each job parallelises inside the engine (OpenMP).
constexpr int kWorkerThreads = 8;
/// The nice value of worker threads: between the GUI's 0 and the idle class.
constexpr int kWorkerNice = 10;

} // namespace

QThreadPool* workerPool() {
    // Destroyed after main() returns, waiting for the jobs still running, as the global pool is.
    static QThreadPool pool;
    static const bool ready = [] {
        pool.setObjectName(QStringLiteral("gugus workers"));
        pool.setMaxThreadCount(kWorkerThreads);
        // Qt's painter creates the global pool's threads on the first large fill and lets them
        // expire after 30 s idle, to create them again inside a later paint: keep them.
        QThreadPool::globalInstance()->setExpiryTimeout(-1);
        return true;
    }();
    Q_UNUSED(ready);
    return &pool;
}

void lowerWorkerPriority() {
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        // Linux keeps a nice value per thread: PRIO_PROCESS with a thread id changes that thread
        // only. Raising one's own nice value needs no privilege; a failure leaves it as it was.
        setpriority(PRIO_PROCESS, id_t(gettid()), kWorkerNice);
    }
}

} // namespace gugus::ui
