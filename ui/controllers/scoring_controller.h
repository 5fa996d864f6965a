#pragma once

#include "source/db_source.h"
#include "support/outcome.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

namespace gugus::ui {

class DbPasswords;
class Document;
class FileSaver;
class JobRunner;

/// What leaves Gugus to be used elsewhere: the segmentation as a model file or a SQL query,
/// new customers scored with a model, and the per-customer campaign list. Every job runs
/// alongside any other (none cancels a sweep or an auto-tune, nor another save). Saves end with
/// the saver's saved/failed signals, scoring with scored/scoringFailed, the campaign list with
/// campaignWritten/campaignFailed; the returned futures say the same.
class ScoringController : public QObject {
    Q_OBJECT
public:
    /// `passwords`: where database passwords are asked and kept for the session (may be null:
    /// then a server that wants one ends the job with that message).
    explicit ScoringController(Document* document, DbPasswords* passwords = nullptr,
                               QObject* parent = nullptr);

    /// The runners, for the status bar: saves, scoring.
    QList<JobRunner*> runners() const;
    FileSaver* saver() const { return m_saver; }

    /// Saves the current segmentation as a model (names as shown in the views). Fails at once
    /// (error "") without a segmentation.
    QFuture<Outcome> saveModel(const QString& path);
    /// Writes the current segmentation's model as one SQL SELECT over table `table`.
    QFuture<Outcome> exportSql(const QString& path, const QString& table);
    /// Scores `csv` with the model in `modelPath` and writes its rows plus segment, segment_name
    /// and segment_note to `outPath`; lastScoreSummary() words the counts, reasons and drift.
    QFuture<Outcome> scoreFile(const QString& modelPath, const QString& csv,
                               const QString& outPath);
    /// Scores the result of `customers`' query with the model in `modelPath` and writes the rows
    /// plus segment, segment_name and segment_note into a new table `table` of that database in
    /// one transaction (replacing one of that name when `replace`; core::writeDbTable, as
    /// `gugus-cli score --into-table`), and to `outPath` as CSV too unless it is empty. A table
    /// the query reads, or a name that is no table name, is refused before anything runs.
    QFuture<Outcome> scoreDatabase(const QString& modelPath, const core::DbSource& customers,
                                   const QString& outPath, const QString& table, bool replace);
    /// Writes the campaign list: each customer the products owned by at least `threshold` (0..1)
    /// of their segment that they do not own yet.
    QFuture<Outcome> exportCampaign(const QString& path, double threshold);

    /// The text of the last scoring summary.
    const QString& lastScoreSummary() const { return m_lastScoreSummary; }

signals:
    void scored(const QString& summary, const QString& outPath);
    void scoringFailed(const QString& error);
    void campaignWritten(qint64 customers, const QString& path);
    void campaignFailed(const QString& error);

private:
    /// Builds the current segmentation's model on a worker and writes render(model) to `path`.
    template <class Render> QFuture<Outcome> saveModelText(const QString& path, Render render);

    Document* m_document;
    FileSaver* m_saver;
    JobRunner* m_scoring;
    DbPasswords* m_passwords;
    QString m_lastScoreSummary;
};

} // namespace gugus::ui
