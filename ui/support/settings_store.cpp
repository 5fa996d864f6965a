#include "support/settings_store.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace gugus::ui {

namespace {

/// One thread, so the writes keep their order.
QThreadPool* settingsPool() {
    static QThreadPool pool;
    static const bool ready = [] {
        pool.setObjectName(QStringLiteral("gugus settings"));
        pool.setMaxThreadCount(1);
        qAddPostRoutine([] { pool.waitForDone(); });
        return true;
    }();
    Q_UNUSED(ready);
    return &pool;
}

} // namespace

void changeSettings(std::function<void(QSettings&)> change) {
    settingsPool()->start([change = std::move(change)] {
        QSettings settings;
        change(settings);
        // The file is written (and waited for) here, as `settings` ends, on this thread.
    });
}

void waitForStoredSettings() {
    settingsPool()->waitForDone();
}

QStringList withFirst(QStringList list, const QString& first, int max) {
    list.removeAll(first);
    list.prepend(first);
    while (list.size() > max) {
        list.removeLast();
    }
    return list;
}

} // namespace gugus::ui
