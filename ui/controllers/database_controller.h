#pragma once

#include "data/csv_reader.h"
#include "source/db_source.h"
#include "support/outcome.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace gugus::ui {

class DocumentController;
class JobRunner;

/// The work of File ▸ Open from database…: testing a connection and previewing a query's first
/// rows on a worker of its own (a new probe replaces a running one), and loading the whole result
/// through the DocumentController, the path every opened file takes. Connecting may block for
/// seconds, so nothing here touches the database on the GUI thread. A password is asked, through
/// the DocumentController's DbPasswords, only when the server wants one.
class DatabaseController : public QObject {
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 100;

    explicit DatabaseController(DocumentController* documents, QObject* parent = nullptr);

    /// The probes' runner, for the status bar.
    JobRunner* runner() const { return m_probes; }

    /// Connects (PostgreSQL) or opens the file (SQLite): tested(server version) or failed.
    QFuture<Outcome> test(const core::DbSource& source);
    /// Runs the query for its first kPreviewRows rows: previewed(result) or failed.
    QFuture<Outcome> preview(const core::DbSource& source);
    /// Loads the whole result as the Document's data (DocumentController::openDatabase): its
    /// loaded signal, or failed(error) here only (the dialog shows it; the main window, which
    /// shows other loads' errors, does not show it a second time).
    QFuture<Outcome> load(const core::DbSource& source);
    /// Stops the running probe and the running load (the server's query is cancelled).
    void cancel();

signals:
    void tested(const QString& serverVersion);
    void previewed(std::shared_ptr<const gugus::core::CsvReadResult> result);
    /// `error` is translated and holds the database's own message in full.
    void failed(const QString& error);
    /// The stage of the running probe or load ("12,345 rows received"), translated.
    void progressText(const QString& text);

private:
    DocumentController* m_documents;
    JobRunner* m_probes;
};

} // namespace gugus::ui
