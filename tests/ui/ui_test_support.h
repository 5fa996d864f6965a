#pragma once

// Helpers every GUI test uses: waiting on a controller's job, and a main window on the sample.

#include "controllers/document_controller.h"
#include "language.h"
#include "main_window.h"
#include "segments/segments_view.h"
#include "state/document.h"
#include "support/outcome.h"

#include <QFile>
#include <QFuture>
#include <QTest>

#include <functional>
#include <memory>

namespace gugus::ui::test {

/// A wait's guard against a hang, in ms: the Release figure, ten times longer in sanitized builds,
/// which run 10-20x slower (a guard, not a speed check: no test asserts how long a job took).
inline int hangGuardMs(int releaseMs) {
#ifdef GUGUS_SANITIZED
    return releaseMs * 10;
#else
    return releaseMs;
#endif
}

/// Waits until `condition` holds (false when it did not within hangGuardMs(timeoutMs)).
inline bool waitFor(const std::function<bool()>& condition, int timeoutMs = 60000) {
    return QTest::qWaitFor(condition, hangGuardMs(timeoutMs));
}

/// Waits for a job and returns how it ended (Failed "timed out" when it did not end within
/// hangGuardMs(timeoutMs)).
inline Outcome finish(QFuture<Outcome> job, int timeoutMs = 60000) {
    if (!QTest::qWaitFor([&] { return job.isFinished(); }, hangGuardMs(timeoutMs))) {
        return Outcome::failure(QStringLiteral("timed out"));
    }
    return job.resultCount() > 0 ? job.result() : Outcome::cancellation();
}

/// Writes `bytes` to a new file `path` (false when it cannot).
inline bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
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

/// What most view tests open with: the sample in a main window (English), its document and its
/// Segments view, optionally on a perspective (its preset features). `window` is null when the
/// load failed. Take the parts by name:
///     SampleWindow sample(SegmentsView::Perspective::Demographics);
///     QVERIFY(sample.window);
///     auto& [language, window, document, view] = sample;
struct SampleWindow {
    Language language;
    std::unique_ptr<MainWindow> window = openSample(language);
    Document* document = window ? window->document() : nullptr;
    SegmentsView* view = window ? window->segmentsView() : nullptr;

    SampleWindow() = default;
    explicit SampleWindow(SegmentsView::Perspective perspective) {
        if (view) {
            view->setPerspective(perspective);
        }
    }
};

} // namespace gugus::ui::test
