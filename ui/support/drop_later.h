#pragma once

#include "support/worker_pool.h"

#include <QThreadPool>

#include <memory>
#include <utility>

namespace gugus::ui {

/// Lets go of `value` on a thread of workerPool() when this is its last owner: the
/// old data, segmentation or sweep of a million customers is hundreds of MB in many blocks, and
/// freeing it on the GUI thread (returning its pages to the system) would hold the window as new
/// data arrives. Shared by someone else (a worker still reading it), only the count drops here;
/// the last owner frees it, wherever it is.
template <class T> void dropOffGuiThread(std::shared_ptr<T> value) {
    if (!value || value.use_count() > 1) {
        return;
    }
    workerPool()->start([value = std::move(value)]() mutable {
        lowerWorkerPriority();
        value.reset();
    });
}

} // namespace gugus::ui
