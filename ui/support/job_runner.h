#pragma once

#include "common/progress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>

namespace gugus::ui {

/// What a worker hands back: a value, or the (already translated) reason it has none.
template <class T> struct JobOutcome {
    std::optional<T> value;
    QString error;          ///< translated message when the job failed
    bool cancelled = false; ///< the user (or a newer job) cancelled it
};

/// Adapts the engine's Progress to a QPromise: reports become progress values (0..1000) with the
/// stage key as text; cancelled() reads the promise, so QFuture::cancel() reaches the engine.
template <class T> class PromiseProgress final : public core::Progress {
public:
    explicit PromiseProgress(QPromise<T>& promise) : m_promise(promise) {
        m_promise.setProgressRange(0, 1000);
    }
    void report(std::int64_t done, std::int64_t total, std::string_view stage) override {
        const int permille = total > 0 ? int(1000.0 * double(done) / double(total)) : 0;
        m_promise.setProgressValueAndText(permille, QString::fromUtf8(stage.data(), stage.size()));
    }
    bool cancelled() const override { return m_promise.isCanceled(); }

private:
    QPromise<T>& m_promise;
};

/// Translated text of an engine exception (core::Error, std::bad_alloc, anything else).
QString describeException(std::exception_ptr error);
/// Translated name of an engine progress stage key ("csv.parse", "kmeans", ...).
QString stageText(const QString& stageKey);

/// Runs engine calls on Qt's thread pool, one at a time per runner. A new job cancels the one in
/// flight (its result is dropped); the GUI thread never waits. Progress and the end of each job
/// arrive as signals on the GUI thread.
class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    /// Starts `work(progress)` on a worker thread; `done(outcome)` runs on the GUI thread
    /// afterwards (also when it failed or was cancelled, unless a newer job replaced it).
    /// `title` is the translated text shown next to the progress bar.
    template <class T>
    void run(const QString& title, std::function<T(core::Progress&)> work,
             std::function<void(JobOutcome<T>)> done) {
        cancel();
        const quint64 ticket = ++m_ticket;
        auto future = QtConcurrent::run([work = std::move(work)](QPromise<JobOutcome<T>>& promise) {
            PromiseProgress<JobOutcome<T>> progress(promise);
            JobOutcome<T> outcome;
            try {
                outcome.value.emplace(work(progress));
            } catch (const core::Cancelled&) {
                outcome.cancelled = true;
            } catch (...) {
                outcome.error = describeException(std::current_exception());
            }
            promise.addResult(std::move(outcome));
        });
        auto* watcher = new QFutureWatcher<JobOutcome<T>>(this);
        connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
                [this, watcher, ticket](int value) {
                    if (ticket == m_ticket) {
                        emit progressChanged(value, stageText(watcher->progressText()));
                    }
                });
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, ticket, done = std::move(done)]() {
                    watcher->deleteLater();
                    if (ticket != m_ticket) {
                        return; // replaced by a newer job
                    }
                    m_cancel = {};
                    JobOutcome<T> outcome;
                    if (watcher->future().resultCount() > 0) {
                        outcome = watcher->future().takeResult();
                    } else {
                        outcome.cancelled = true;
                    }
                    if (outcome.cancelled) {
                        outcome.value.reset();
                    }
                    emit finished(outcome.error.isEmpty() && !outcome.cancelled, outcome.error);
                    if (done) {
                        done(std::move(outcome));
                    }
                });
        m_cancel = [future]() mutable { future.cancel(); };
        watcher->setFuture(future);
        emit started(title);
    }

    bool busy() const { return bool(m_cancel); }

public slots:
    /// Asks the running job to stop; it ends with `cancelled` set. No-op when idle.
    void cancel();

signals:
    void started(const QString& title);
    /// permille 0..1000 of the current job, and the translated stage text.
    void progressChanged(int permille, const QString& stage);
    /// The current job ended: ok, or the translated error (empty when cancelled).
    void finished(bool ok, const QString& error);

private:
    std::function<void()> m_cancel;
    quint64 m_ticket = 0;
};

} // namespace gugus::ui
