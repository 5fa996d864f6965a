#pragma once

// Helpers every GUI test uses: waiting on a controller's job, and a main window on the sample.

#include "controllers/document_controller.h"
#include "language.h"
#include "main_window.h"
#include "support/outcome.h"

#include <QFile>
#include <QFuture>
#include <QTest>

#include <memory>

namespace gugus::ui::test {

/// Waits for a job and returns how it ended (Failed "timed out" when it did not end in time).
inline Outcome finish(QFuture<Outcome> job, int timeoutMs = 60000) {
    if (!QTest::qWaitFor([&] { return job.isFinished(); }, timeoutMs)) {
        return Outcome::failure(QStringLiteral("timed out"));
    }
    return job.resultCount() > 0 ? job.result() : Outcome::cancellation();
}

/// The bytes of a file (empty when it cannot be read).
inline QByteArray contents(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A main window with the sample loaded (English), or null when the load failed.
inline std::unique_ptr<MainWindow> openSample(Language& language) {
    language.apply(QStringLiteral("en"), false);
    auto window = std::make_unique<MainWindow>(&language);
    if (!finish(window->documentController()->openSample(), 20000).ok()) {
        return nullptr;
    }
    return window;
}

} // namespace gugus::ui::test
