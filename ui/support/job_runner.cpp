#include "support/job_runner.h"

#include "support/error_text.h"

#include <algorithm>

namespace gugus::ui {

QString describeException(std::exception_ptr error) {
    try {
        std::rethrow_exception(error);
    } catch (const core::Error& e) {
        return errorText(e);
    } catch (const core::DbError& e) {
        return dbErrorText(e);
    } catch (const core::XlsxError& e) {
        return errorText(e);
    } catch (const std::bad_alloc&) {
        return JobRunner::tr("Not enough memory for this job. Try fewer rows or columns.");
    } catch (const std::exception& e) {
        return JobRunner::tr("Unexpected error: %1").arg(QString::fromUtf8(e.what()));
    } catch (...) {
        return JobRunner::tr("Unexpected error.");
    }
}

QString stageText(const QString& stageAndCount) {
    // A stage without a known total carries its count ("db.fetch:12345", see PromiseProgress).
    const QString key = stageAndCount.section(QLatin1Char(':'), 0, 0);
    if (key == QLatin1String("db.fetch")) {
        return JobRunner::tr("%L1 rows received")
            .arg(stageAndCount.section(QLatin1Char(':'), 1).toLongLong());
    }
    if (key == QLatin1String("db.write")) {
        return JobRunner::tr("Writing the table");
    }
    if (key == QLatin1String("csv.read")) {
        return JobRunner::tr("Reading file");
    }
    if (key == QLatin1String("xlsx.read")) {
        return JobRunner::tr("Reading the workbook");
    }
    if (key == QLatin1String("csv.parse")) {
        return JobRunner::tr("Parsing rows");
    }
    if (key == QLatin1String("csv.columns")) {
        return JobRunner::tr("Detecting column types");
    }
    if (key == QLatin1String("csv.write")) {
        return JobRunner::tr("Writing file");
    }
    if (key == QLatin1String("recipe.fit") || key == QLatin1String("recipe.apply")) {
        return JobRunner::tr("Preparing features");
    }
    if (key == QLatin1String("sweep")) {
        return JobRunner::tr("Trying each k");
    }
    if (key == QLatin1String("kmeans")) {
        return JobRunner::tr("Running K-Means");
    }
    if (key == QLatin1String("silhouette")) {
        return JobRunner::tr("Computing silhouette");
    }
    if (key == QLatin1String("pca")) {
        return JobRunner::tr("Projecting (PCA)");
    }
    if (key == QLatin1String("reduce.autoencoder")) {
        return JobRunner::tr("Training the autoencoder");
    }
    if (key == QLatin1String("profile")) {
        return JobRunner::tr("Profiling segments");
    }
    if (key == QLatin1String("map.select")) {
        return JobRunner::tr("Testing each customer's place on the map");
    }
    if (key == QLatin1String("done")) {
        return JobRunner::tr("Finishing");
    }
    return JobRunner::tr("Working");
}

JobRunner::JobRunner(Policy policy, QObject* parent) : QObject(parent), m_policy(policy) {}

JobRunner::~JobRunner() {
    // Jobs still running finish on the pool; their watchers (and callbacks) die with us.
    cancel();
}

void JobRunner::cancel() {
    for (Running& job : m_running) {
        if (!job.cancelRequested) {
            job.cancelRequested = true;
            job.cancel();
        }
    }
}

void JobRunner::cancelJob(quint64 id) {
    for (Running& job : m_running) {
        if (job.id == id && !job.cancelRequested) {
            job.cancelRequested = true;
            job.cancel();
        }
    }
}

void JobRunner::makeRoom() {
    if (m_policy == Policy::ReplaceRunning) {
        replaceRunning();
    }
}

void JobRunner::replaceRunning() {
    for (Running& job : m_running) {
        if (!job.cancelRequested) {
            job.cancelRequested = true;
            job.replaced = true;
            job.cancel();
        }
    }
}

quint64 JobRunner::add(std::function<void()> cancel) {
    static quint64 lastId = 0; // GUI thread only
    m_running.push_back({++lastId, std::move(cancel)});
    return lastId;
}

JobRunner::Running JobRunner::take(quint64 id) {
    const auto it = std::find_if(m_running.begin(), m_running.end(),
                                 [id](const Running& job) { return job.id == id; });
    if (it == m_running.end()) {
        return {};
    }
    Running job = std::move(*it);
    m_running.erase(it);
    return job;
}

} // namespace gugus::ui
