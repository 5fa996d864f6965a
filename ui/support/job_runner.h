#pragma once

#include "common/progress.h"
#include "support/outcome.h"
#include "support/worker_pool.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

namespace gugus::ui {

/// What a worker hands back: a value, or the (already translated) reason it has none.
template <class T> struct JobOutcome {
    std::optional<T> value;
    QString error;          ///< translated message when the job failed
    bool cancelled = false; ///< the user, a newer job or a change of data cancelled it
    bool replaced = false;  ///< cancelled because a newer job of the same runner started
};

/// The Outcome of a finished job: Done with a value, Cancelled, or Failed with its error.
template <class T> Outcome outcomeOf(const JobOutcome<T>& job) {
    if (job.value) {
        return Outcome::done();
    }
    return job.cancelled ? Outcome::cancellation() : Outcome::failure(job.error);
}

/// A future that has already finished with `outcome` (work that could not start).
inline QFuture<Outcome> finishedWith(const Outcome& outcome) {
    return QtFuture::makeReadyFuture(outcome);
}

/// How a job ended, for the status bar: Replaced is a cancel nobody needs to be told about twice
/// (the newer job of the same kind is on screen).
enum class JobEnd { Done, Failed, Cancelled, Replaced };

/// Adapts the engine's Progress to a QPromise: reports become progress values (0..1000) with the
/// stage key as text; cancelled() reads the promise, so QFuture::cancel() reaches the engine.
template <class T> class PromiseProgress final : public core::Progress {
public:
    explicit PromiseProgress(QPromise<T>& promise) : m_promise(promise) {
        m_promise.setProgressRange(0, 1000);
    }
    void report(std::int64_t done, std::int64_t total, std::string_view stage) override {
        QString text = QString::fromUtf8(stage.data(), stage.size());
        if (total > 0) {
            m_promise.setProgressValueAndText(int(1000.0 * double(done) / double(total)), text);
            return;
        }
        // An unknown total (rows arriving from a database): the count travels in the text, and
        // the value climbs a curve that never reaches the end, because a QPromise passes a text
        // on only together with a larger value.
        const double x = double(std::max<std::int64_t>(done, 0));
        text += QLatin1Char(':') + QString::number(done);
        m_promise.setProgressValueAndText(int(999.0 * x / (x + kHalfwayRows)), text);
    }
    bool cancelled() const override { return m_promise.isCanceled(); }

private:
    static constexpr double kHalfwayRows = 100000.0; ///< the bar is half full at this count
    QPromise<T>& m_promise;
};

/// Translated text of an engine exception (core::Error, std::bad_alloc, anything else).
QString describeException(std::exception_ptr error);
/// Translated name of an engine progress stage key ("csv.parse", "kmeans", ...).
QString stageText(const QString& stageKey);

/// Runs engine calls of one kind of work on workerPool(); the GUI thread never waits. Each
/// controller owns one runner per kind of work, so jobs of different kinds never touch each other.
/// Within a runner the policy decides: ReplaceRunning cancels the jobs still running when a new
/// one starts (a new sweep makes the old one pointless), RunAlongside lets them be (saves). Every
/// job ends with its completion callback on the GUI thread, a cancelled or replaced one too.
class JobRunner : public QObject {
    Q_OBJECT
public:
    enum class Policy { ReplaceRunning, RunAlongside };

    explicit JobRunner(Policy policy = Policy::ReplaceRunning, QObject* parent = nullptr);
    /// Running jobs are cancelled; they finish on the pool without calling back (their futures
    /// end canceled, with no Outcome).
    ~JobRunner() override;

    /// Starts `work(progress)` on a worker thread. `done(outcome)` runs on the GUI thread when it
    /// ends, always: with the value, the error, or cancelled = true (and replaced = true when a
    /// newer job of this runner cancelled it); a job whose cancel was asked for reports cancelled
    /// even when its value arrived. `done` may return an Outcome (what the work meant to its
    /// caller) or nothing. The returned future finishes after `done` ran, with that Outcome (or
    /// outcomeOf(job)). `title` is the translated text the status bar shows.
    template <class T, class Done = std::nullptr_t>
    QFuture<Outcome> run(const QString& title, std::function<T(core::Progress&)> work,
                         Done done = nullptr);

    bool busy() const { return !m_running.empty(); }
    Policy policy() const { return m_policy; }

public slots:
    /// Asks every running job to stop; each ends with `cancelled` set. No-op when idle.
    void cancel();
    /// Cancels every running job as replaced by newer work, as a newer job of a ReplaceRunning
    /// runner does: they end cancelled and replaced (the status bar says nothing of them).
    void replaceRunning();
    /// Asks the running job `job` to stop (an id from started()).
    void cancelJob(quint64 job);

signals:
    void started(quint64 job, const QString& title);
    /// permille 0..1000 of job `job`, and the translated stage text.
    void progressChanged(quint64 job, int permille, const QString& stage);
    /// Job `job` ended; `error` is the translated message when it failed.
    void finished(quint64 job, gugus::ui::JobEnd end, const QString& error);

private:
    struct Running {
        quint64 id = 0;
        std::function<void()> cancel;
        bool cancelRequested = false;
        bool replaced = false;
    };
    /// Applies the policy before a new job starts.
    void makeRoom();
    quint64 add(std::function<void()> cancel);
    /// Forgets job `id` and returns what was asked of it.
    Running take(quint64 id);

    /// Runs `done` (when given) and returns the Outcome the job's future reports.
    template <class T, class Done> static Outcome report(Done& done, JobOutcome<T>&& outcome) {
        if constexpr (std::is_same_v<Done, std::nullptr_t>) {
            return outcomeOf(outcome);
        } else if constexpr (std::is_void_v<std::invoke_result_t<Done&, JobOutcome<T>>>) {
            const Outcome reported = outcomeOf(outcome);
            done(std::move(outcome));
            return reported;
        } else {
            return done(std::move(outcome));
        }
    }

    Policy m_policy;
    std::vector<Running> m_running;
};

template <class T, class Done>
QFuture<Outcome> JobRunner::run(const QString& title, std::function<T(core::Progress&)> work,
                                Done done) {
    makeRoom();
    auto future =
        QtConcurrent::run(workerPool(), [work = std::move(work)](QPromise<JobOutcome<T>>& promise) {
            lowerWorkerPriority();
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
    const quint64 id = add([future]() mutable { future.cancel(); });
    // Finished on the GUI thread after `done`, so whoever waits on it sees the Document updated.
    auto reported = std::make_shared<QPromise<Outcome>>();
    reported->start();
    auto* watcher = new QFutureWatcher<JobOutcome<T>>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, watcher, id](int value) {
                emit progressChanged(id, value, stageText(watcher->progressText()));
            });
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, id, done = std::move(done), reported]() mutable {
                watcher->deleteLater();
                const Running job = take(id);
                JobOutcome<T> outcome;
                // A cancelled QFuture's results are invalid (taking one asserts in Qt's headers);
                // the job ends cancelled either way.
                if (watcher->future().isValid() && watcher->future().resultCount() > 0) {
                    outcome = watcher->future().takeResult();
                } else {
                    outcome.cancelled = true;
                }
                if (job.cancelRequested) {
                    outcome.cancelled = true;
                    outcome.replaced = job.replaced;
                }
                if (outcome.cancelled) {
                    outcome.value.reset();
                    outcome.error.clear();
                }
                const JobEnd end = outcome.value       ? JobEnd::Done
                                   : outcome.replaced  ? JobEnd::Replaced
                                   : outcome.cancelled ? JobEnd::Cancelled
                                                       : JobEnd::Failed;
                emit finished(id, end, outcome.error);
                reported->addResult(report<T>(done, std::move(outcome)));
                reported->finish();
            });
    watcher->setFuture(future);
    emit started(id, title);
    return reported->future();
}

} // namespace gugus::ui

Q_DECLARE_METATYPE(gugus::ui::JobEnd)
