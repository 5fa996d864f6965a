#pragma once

class QThreadPool;

namespace gugus::ui {

/// The threads Gugus's own work runs on: every JobRunner job, and the freeing of old data
/// (dropOffGuiThread). Kept apart from QThreadPool::globalInstance(), which Qt's raster painter
/// uses: Qt 6.4 splits a large fill (a scroll bar, a widget's background) into tasks on the
/// global pool and the GUI thread waits for them, so a paint must never queue behind our jobs
/// or share their threads.
///
/// Each of these threads lowers its own scheduling priority (nice 10) before its first task, and
/// the OpenMP threads a job starts inherit it: on a busy two-core machine the GUI thread and
/// Qt's fill tasks get a core first, and a job still gets all that is left.
QThreadPool* workerPool();

/// Lowers the calling thread's priority as workerPool()'s threads do (once per thread; later
/// calls do nothing). Every task started on workerPool() calls it first.
void lowerWorkerPriority();

} // namespace gugus::ui
