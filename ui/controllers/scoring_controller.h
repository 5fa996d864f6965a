#pragma once

#include "model/customer_score.h"
#include "source/db_source.h"
#include "support/outcome.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

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

    /// The share of a segment that must own a product for it to be offered (0..1): the analyst's
    /// choice in the Offers view, which one-customer scoring uses too (core::kDefaultOfferSupport
    /// until it is changed). A setting of this session, kept here beside the offers' exports.
    double offerSupport() const { return m_offerSupport; }
    /// Emits offerSupportChanged when it changes.
    void setOfferSupport(double share);

    /// The text of the last scoring summary.
    const QString& lastScoreSummary() const { return m_lastScoreSummary; }

    /// One customer at a time (Segments ▸ Score one customer…). Each job replaces an older one of
    /// its kind; they run on their own runner, beside any other job.
    /// Reads the model file `path` (checked as every model file is), then customerModelReady or
    /// customerModelFailed.
    QFuture<Outcome> loadCustomerModel(const QString& path);
    /// The current segmentation's model (names as shown in the views), then customerModelReady,
    /// or a failure (error "") without a segmentation.
    QFuture<Outcome> useCurrentModel();
    /// Scores one customer with `model`, then customerScored or customerScoringFailed.
    QFuture<Outcome> scoreCustomer(std::shared_ptr<const core::SegmentModel> model,
                                   std::vector<core::CustomerValue> values, double minSupport);
    JobRunner* customerRunner() const { return m_customer; }

signals:
    void customerModelReady(std::shared_ptr<const gugus::core::SegmentModel> model, bool current);
    void customerModelFailed(const QString& error);
    void customerScored(const gugus::core::CustomerScore& score);
    void customerScoringFailed(const QString& error);

public:
    /// One row's notes in the interface language (thread-safe: the scoring worker words them).
    static QString notesText(const std::vector<core::ScoreNote>& notes);

signals:
    void scored(const QString& summary, const QString& outPath);
    void scoringFailed(const QString& error);
    void campaignWritten(qint64 customers, const QString& path);
    void campaignFailed(const QString& error);
    void offerSupportChanged(double share);

private:
    /// The names the views show for the current segments (read on the GUI thread).
    static std::vector<std::string> shownNames(const Document* document);
    /// Builds the current segmentation's model on a worker and writes render(model) to `path`.
    template <class Render> QFuture<Outcome> saveModelText(const QString& path, Render render);

    Document* m_document;
    FileSaver* m_saver;
    JobRunner* m_scoring;
    JobRunner* m_customer;
    DbPasswords* m_passwords;
    QString m_lastScoreSummary;
    double m_offerSupport = core::kDefaultOfferSupport;
};

} // namespace gugus::ui
