#include "controllers/database_controller.h"

#include "controllers/document_controller.h"
#include "support/db_passwords.h"
#include "support/job_runner.h"

namespace gugus::ui {

namespace {

QString urlOf(core::DbSource source) {
    source.password.clear();
    return QString::fromStdString(core::dbUrl(source));
}

} // namespace

DatabaseController::DatabaseController(DocumentController* documents, QObject* parent)
    : QObject(parent), m_documents(documents),
      m_probes(new JobRunner(JobRunner::Policy::ReplaceRunning, this)) {
    for (JobRunner* runner : {m_probes, documents->loads()}) {
        connect(runner, &JobRunner::progressChanged, this,
                [this](quint64, int, const QString& stage) { emit progressText(stage); });
    }
}

QFuture<Outcome> DatabaseController::test(const core::DbSource& source) {
    return runDbJob<std::string>(
        m_probes, m_documents->passwords(), tr("Testing the connection to %1").arg(urlOf(source)),
        source,
        [](const core::DbSource& s, core::Progress& progress) {
            progress.throwIfCancelled();
            return core::testDbConnection(s);
        },
        [this](JobOutcome<std::string> outcome) {
            if (outcome.value) {
                emit tested(QString::fromStdString(*outcome.value));
            } else if (!outcome.cancelled) {
                emit failed(outcome.error);
            }
        });
}

QFuture<Outcome> DatabaseController::preview(const core::DbSource& source) {
    using Read = std::shared_ptr<const core::CsvReadResult>;
    return runDbJob<Read>(
        m_probes, m_documents->passwords(), tr("Previewing the query on %1").arg(urlOf(source)),
        source,
        [](const core::DbSource& s, core::Progress& progress) {
            core::CsvOptions options;
            options.maxRows = kPreviewRows; // a server-side LIMIT: the preview never reads more
            return std::make_shared<const core::CsvReadResult>(
                core::readDbSource(s, options, progress));
        },
        [this](JobOutcome<Read> outcome) {
            if (outcome.value) {
                emit previewed(*outcome.value);
            } else if (!outcome.cancelled) {
                emit failed(outcome.error);
            }
        });
}

QFuture<Outcome> DatabaseController::load(const core::DbSource& source) {
    return m_documents->openDatabase(source, {}, DocumentController::FailureShown::ByCaller)
        .then(this, [this](const Outcome& outcome) {
            if (outcome.failed()) {
                emit failed(outcome.error);
            }
            return outcome;
        });
}

void DatabaseController::cancel() {
    m_probes->cancel();
    m_documents->loads()->cancel();
}

} // namespace gugus::ui
