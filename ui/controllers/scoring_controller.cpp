#include "controllers/scoring_controller.h"

#include "common/error.h"
#include "common/small_file.h"
#include "data/csv_writer.h"
#include "data/output_paths.h"
#include "model/segment_model.h"
#include "profile/offers.h"
#include "source/xlsx_reader.h"
#include "state/document.h"
#include "support/db_passwords.h"
#include "support/drop_later.h"
#include "support/error_text.h"
#include "support/file_saver.h"
#include "support/format.h"
#include "support/job_runner.h"
#include "support/read_file.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>

#include <memory>
#include <optional>

namespace gugus::ui {

std::vector<std::string> ScoringController::shownNames(const Document* document) {
    std::vector<std::string> names;
    for (int s = 0; s < document->segmentCount(); ++s) {
        names.push_back(document->segmentName(s).toStdString());
    }
    return names;
}

/// One row's notes in the interface language: the scored file goes to colleagues who read it in
/// the language the analyst works in. Runs on the scoring worker (translate() is thread-safe).
QString ScoringController::notesText(const std::vector<core::ScoreNote>& notes) {
    QStringList parts;
    for (const core::ScoreNote& n : notes) {
        const QString column = QString::fromStdString(n.column);
        const QString value = QString::fromStdString(n.value);
        using Kind = core::ScoreNote::Kind;
        switch (n.kind) {
        case Kind::MissingColumns:
            parts << ScoringController::tr("missing column %1").arg(column);
            break;
        case Kind::MissingValue:
            parts << ScoringController::tr("missing value: %1").arg(column);
            break;
        case Kind::Imputed:
            parts << ScoringController::tr("imputed: %1").arg(column);
            break;
        case Kind::UnseenCategory:
            parts << ScoringController::tr("unseen category: %1=%2").arg(column, value);
            break;
        case Kind::NotANumber:
            parts << ScoringController::tr("not a number: %1=%2").arg(column, value);
            break;
        case Kind::InfiniteValue:
            parts << ScoringController::tr("infinite value: %1").arg(column);
            break;
        case Kind::BelowLog1p:
            parts << ScoringController::tr("value <= -1 for log1p: %1").arg(column);
            break;
        case Kind::Atypical:
            parts << ScoringController::tr("atypical: no core customer within eps");
            break;
        case Kind::Excluded:
            parts << ScoringController::tr("excluded by the model's rule %1").arg(value);
            break;
        case Kind::RulesUnchecked:
            parts << ScoringController::tr("the model's row filters cannot be checked: %1")
                         .arg(value);
            break;
        case Kind::OutOfRange:
            parts << ScoringController::tr("outside the training range: %1=%2").arg(column, value);
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

namespace {

struct Scored {
    core::SegmentModel model;
    core::ScoreResult result;
    std::int64_t rows = 0;
};

/// Where the customers come from and where their scored rows go.
struct ScoreJob {
    QString modelPath;
    QString csv;                            ///< a CSV file, or
    std::optional<core::DbSource> database; ///< a query's result
    QString outPath;                        ///< "" = no CSV
    QString table;                          ///< "" = no table (database only)
    bool replace = false;
};

/// Scores the customers with the model file and writes the scored rows (on a worker).
std::shared_ptr<const Scored> scoreOnWorker(const ScoreJob& job, core::Progress& progress) {
    const std::string input =
        job.database
            ? (job.database->kind == core::DbKind::Sqlite ? job.database->path : std::string())
            : QFile::encodeName(job.csv).toStdString();
    core::checkOutputPaths({QFile::encodeName(job.modelPath).toStdString(), input},
                           {QFile::encodeName(job.outPath).toStdString()});
    auto out = std::make_shared<Scored>();
    out->model =
        core::SegmentModel::fromJson(readWholeFile(job.modelPath, core::kMaxModelFileBytes));
    if (!job.database) {
        core::requireRegularFile(input); // a named pipe would hold this job for good
    }
    const core::Table table =
        job.database ? core::readDbSource(*job.database, core::CsvOptions{}, progress).table
                     : core::readDataFile(input, {}, core::CsvOptions{}, progress)
                           .table; // a workbook's first sheet
    out->rows = table.rowCount();
    out->result = core::scoreTable(out->model, table, progress);
    std::vector<std::string> segment(out->result.labels.size());
    std::vector<std::string> names(segment.size());
    std::vector<std::string> notes(segment.size());
    for (std::size_t i = 0; i < segment.size(); ++i) {
        const int s = out->result.labels[i];
        segment[i] = std::to_string(s);
        notes[i] = ScoringController::notesText(out->result.notes[i]).toStdString();
        if (s >= 0 && s < int(out->model.names.size())) {
            names[i] = out->model.names[std::size_t(s)];
        }
    }
    const std::vector<core::CsvExtraColumn> extra{{"segment", std::move(segment)},
                                                  {"segment_name", std::move(names)},
                                                  {"segment_note", std::move(notes)}};
    if (!job.outPath.isEmpty()) {
        core::writeCsvFile(QFile::encodeName(job.outPath).toStdString(), table, extra,
                           core::CsvWriteOptions{}, progress);
    }
    if (job.database && !job.table.isEmpty()) {
        core::writeDbTable(*job.database, job.table.toStdString(), table, extra,
                           job.replace ? core::DbWriteMode::Replace : core::DbWriteMode::Create,
                           progress);
    }
    return out;
}

/// The counts, reasons and drift of a finished scoring, and where it was written.
QString scoredText(const Scored& s, const QString& written) {
    QString text =
        ScoringController::tr("%L1 customers: %L2 placed in a segment, %L3 could not be scored.")
            .arg(s.rows)
            .arg(s.result.scored)
            .arg(s.result.unscorable);
    if (s.result.excluded > 0) {
        text +=
            QLatin1Char(' ') +
            ScoringController::tr("%L1 are outside the customers the model was trained on (its row "
                                  "filters or outlier rules leave them out); they are not scored.")
                .arg(s.result.excluded);
    }
    if (s.result.noise > 0) {
        text += QLatin1Char(' ') +
                ScoringController::tr("%L1 are atypical (no core customer within eps).")
                    .arg(s.result.noise);
    }
    if (!s.result.missingColumns.empty()) {
        QStringList missing;
        for (const auto& c : s.result.missingColumns) {
            missing << QString::fromStdString(c);
        }
        text +=
            QLatin1Char('\n') +
            ScoringController::tr("Missing columns: %1.").arg(missing.join(QStringLiteral(", ")));
    }
    QStringList moved;
    for (const auto& d : s.result.drift) {
        if (d.flagged) {
            moved << ScoringController::tr("%1 (mean shift %2 SD, PSI %3)")
                         .arg(QString::fromStdString(d.column))
                         .arg(QLocale().toString(d.meanShift, 'f', 2))
                         .arg(QLocale().toString(d.psi, 'f', 2));
        }
    }
    text +=
        QLatin1Char('\n') +
        (moved.isEmpty() ? ScoringController::tr("No column has drifted from the training data.")
                         : ScoringController::tr("These columns differ from the training data: %1.")
                               .arg(moved.join(QStringLiteral("; "))));
    return text + QLatin1Char('\n') + written;
}

} // namespace

ScoringController::ScoringController(Document* document, DbPasswords* passwords, QObject* parent)
    : QObject(parent), m_document(document),
      m_saver(new FileSaver([document] { return document->inputPaths(); }, this)),
      m_scoring(new JobRunner(JobRunner::Policy::RunAlongside, this)),
      m_customer(new JobRunner(JobRunner::Policy::ReplaceRunning, this)), m_passwords(passwords) {}

void ScoringController::setOfferSupport(double share) {
    if (share != m_offerSupport) {
        m_offerSupport = share;
        emit offerSupportChanged(share);
    }
}

QList<JobRunner*> ScoringController::runners() const {
    return {m_saver->runner(), m_scoring, m_customer};
}

template <class Render>
QFuture<Outcome> ScoringController::saveModelText(const QString& path, Render render) {
    const auto seg = m_document->segmentationPtr();
    const auto data = m_document->data();
    if (!seg || !data) {
        return finishedWith(Outcome::failure(QString()));
    }
    const std::vector<std::string> names = shownNames(m_document);
    return m_saver->save(path, [seg, data, names, path, render](core::Progress&) {
        const auto model =
            core::SegmentModel::fromSegmentation(data->table, seg->options, seg->result, names);
        core::writeFileAtomically(QFile::encodeName(path).toStdString(), render(model));
    });
}

QFuture<Outcome> ScoringController::saveModel(const QString& path) {
    return saveModelText(path, [](const core::SegmentModel& model) { return model.toJson(); });
}

QFuture<Outcome> ScoringController::exportSql(const QString& path, const QString& table) {
    const std::string name = table.toStdString();
    return saveModelText(path, [name](const core::SegmentModel& model) {
        return core::modelSql(model, name) + ";\n";
    });
}

QFuture<Outcome> ScoringController::scoreFile(const QString& modelPath, const QString& csv,
                                              const QString& outPath) {
    ScoreJob job{modelPath, csv, std::nullopt, outPath, QString(), false};
    return m_scoring->run<std::shared_ptr<const Scored>>(
        tr("Scoring %1").arg(QFileInfo(csv).fileName()),
        [job](core::Progress& progress) { return scoreOnWorker(job, progress); },
        [this, outPath](JobOutcome<std::shared_ptr<const Scored>> outcome) {
            if (!outcome.value) {
                if (!outcome.cancelled) {
                    emit scoringFailed(outcome.error);
                }
                return;
            }
            m_lastScoreSummary = scoredText(
                **outcome.value, tr("Written to %1 (segment -1: see segment_note).").arg(outPath));
            // A note per row, probabilities: a million small frees, not on the GUI thread.
            dropOffGuiThread(std::move(*outcome.value));
            emit scored(m_lastScoreSummary, outPath);
        });
}

QFuture<Outcome> ScoringController::scoreDatabase(const QString& modelPath,
                                                  const core::DbSource& customers,
                                                  const QString& outPath, const QString& table,
                                                  bool replace) {
    // The checks the CLI makes before it connects: a table name, and not one the query reads.
    try {
        core::checkWriteTarget(customers, table.toStdString());
    } catch (const core::Error& e) {
        const QString error = errorText(e);
        emit scoringFailed(error);
        return finishedWith(Outcome::failure(error));
    }
    core::DbSource shown = customers;
    shown.password.clear();
    const QString url = QString::fromStdString(core::dbUrl(shown));
    ScoreJob job{modelPath, QString(), std::nullopt, outPath, table, replace};
    using Result = std::shared_ptr<const Scored>;
    const auto work = [job](const core::DbSource& source, core::Progress& progress) {
        ScoreJob withSource = job;
        withSource.database = source;
        return scoreOnWorker(withSource, progress);
    };
    const auto done = [this, url, outPath, table](JobOutcome<Result> outcome) {
        if (!outcome.value) {
            if (!outcome.cancelled) {
                emit scoringFailed(outcome.error);
            }
            return;
        }
        QString written =
            tr("Written into the table %1 of %2 (segment -1: see segment_note).").arg(table, url);
        if (!outPath.isEmpty()) {
            written += QLatin1Char(' ') + tr("Also saved as %1.").arg(outPath);
        }
        m_lastScoreSummary = scoredText(**outcome.value, written);
        dropOffGuiThread(std::move(*outcome.value)); // as above
        emit scored(m_lastScoreSummary, outPath);
    };
    const QString title = tr("Scoring the query on %1").arg(url);
    if (m_passwords) {
        return runDbJob<Result>(m_scoring, m_passwords, title, customers, work, done);
    }
    return m_scoring->run<Result>(
        title, [work, customers](core::Progress& progress) { return work(customers, progress); },
        done);
}

QFuture<Outcome> ScoringController::exportCampaign(const QString& path, double threshold) {
    const auto seg = m_document->segmentationPtr();
    const auto data = m_document->data();
    if (!seg || !data) {
        return finishedWith(Outcome::failure(QString()));
    }
    const std::vector<std::string> names = shownNames(m_document);
    std::string idColumn;
    for (const auto& spec : seg->result.recipe.recipe().columns) {
        if (spec.role == core::Role::Id) {
            idColumn = spec.name;
            break;
        }
    }
    // Reasons in the UI language, worded on the worker with the installed translator (tr is
    // thread-safe).
    const core::ReasonText reason = [](const std::string& product, double rate, double lift) {
        return tr("%1: owned by %2 of the segment, %3× the average")
            .arg(QString::fromStdString(product), formatPercent(rate, 0), formatNumber(lift, 2))
            .toStdString();
    };
    return m_saver->runner()->run<qint64>(
        tr("Writing the campaign list"),
        [seg, data, names, idColumn, threshold, reason, path](core::Progress& progress) {
            const auto products = core::productColumns(seg->result.profile);
            const auto list = core::crossSell(data->table, seg->result.tableLabels,
                                              seg->result.profile, products, threshold);
            core::writeCampaignCsv(QFile::encodeName(path).toStdString(), data->table, idColumn,
                                   names, list, progress, reason);
            return qint64(list.size());
        },
        [this, path](JobOutcome<qint64> outcome) {
            if (outcome.value) {
                emit campaignWritten(*outcome.value, path);
            } else if (!outcome.cancelled) {
                emit campaignFailed(outcome.error);
            }
        });
}

} // namespace gugus::ui
