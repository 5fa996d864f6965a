#pragma once

#include "source/db_source.h"
#include "support/outcome.h"

#include <QDialog>
#include <QFuture>
#include <QStringList>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace gugus::ui {

class DatabaseController;

/// File ▸ Open from database…: a connection form (a PostgreSQL server: host, port, database,
/// user, TLS mode; or a SQLite file), a query editor with the last queries, and Test connection,
/// Preview (the first 100 rows) and Load, each on a worker with Stop. The form and the queries
/// are remembered in the settings; a password never is (the server asks, a dialog takes it for
/// this session). Load makes the result the open data and closes the dialog; errors stay in it,
/// the database's message in full.
class DatabaseDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kRememberedQueries = 10;
    /// Open: Load makes the result the open data. Choose: the dialog only picks a connection
    /// and query for another job (scoring), its button accepts without loading.
    enum class Purpose { Open, Choose };

    explicit DatabaseDialog(DatabaseController* controller, QWidget* parent = nullptr,
                            Purpose purpose = Purpose::Open);

    /// The connection and query in the form (never with a password).
    core::DbSource source() const;
    void setSource(const core::DbSource& source);

    /// The buttons' work, for the buttons and for tests.
    QFuture<Outcome> testConnection();
    QFuture<Outcome> runPreview();
    QFuture<Outcome> loadData();
    /// Choose: accepts when the form is complete (no work runs).
    bool choose();
    void stop();

    QString statusText() const;
    int previewRows() const;
    int previewColumns() const;
    QTableWidget* previewTable() const { return m_preview; }
    /// The remembered queries, newest first (the settings' "database/queries").
    static QStringList recentQueries();

private:
    void retranslate();
    void showKind();
    void browse();
    void pickRecent(int index);
    /// Checks the form before any work starts: the SQLite file and (for a query) the query.
    bool formReady(bool needsQuery);
    /// `job`, with the dialog busy (Stop enabled) until it ends.
    QFuture<Outcome> track(QFuture<Outcome> job);
    void setBusy(bool busy);
    void remember() const;
    void restoreRemembered();

    DatabaseController* m_controller;
    Purpose m_purpose;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_fileLabel;
    QStackedWidget* m_pages;
    QFormLayout* m_serverForm;
    QLineEdit* m_host;
    QLineEdit* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_sslmode;
    QFormLayout* m_fileForm;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_queryLabel;
    QComboBox* m_recent;
    QPlainTextEdit* m_query;
    QPushButton* m_test;
    QPushButton* m_previewButton;
    QPushButton* m_stop;
    QLabel* m_status;
    QTableWidget* m_preview;
    QPushButton* m_load;
    QPushButton* m_close;
    int m_running = 0;
};

} // namespace gugus::ui
