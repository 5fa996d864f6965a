#include "support/worker_pool.h"

#include <QCoreApplication>
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
    static QThreadPool pool;
    static const bool ready = [] {
        pool.setObjectName(QStringLiteral("gugus workers"));
        pool.setMaxThreadCount(kWorkerThreads);
        // Jobs still running end while the application object still exists, as they did on the
        // global pool (QCoreApplication's destructor waits for it), not in static destruction
        // after Qt is gone. (Running jobs were cancelled by their runners.)
        qAddPostRoutine([] { pool.waitForDone(); });
        // Qt's painter creates the global pool's threads on the first large fill and lets them
        // expire after 30 s idle, to create them again inside a later paint: keep them.
        if (QThreadPool* global = QThreadPool::globalInstance()) { // null once Qt shuts down
            global->setExpiryTimeout(-1);
        }
        return true;
    }();
    Q_UNUSED(ready);
    return &pool;
}

void lowerWorkerPriority() {
    thread_local bool lowered = false;
    // Never the GUI thread (the process's first thread), should a waiting caller ever run a
    // job's task itself.
    if (!lowered && gettid() != getpid()) {
        lowered = true;
        // Linux keeps a nice value per thread: PRIO_PROCESS with a thread id changes that thread
        // only. Raising one's own nice value needs no privilege; a failure leaves it as it was.
        setpriority(PRIO_PROCESS, id_t(gettid()), kWorkerNice);
    }
}

} // namespace gugus::ui
