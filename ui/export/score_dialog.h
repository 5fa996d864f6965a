#pragma once

#include "source/db_source.h"
#include "support/outcome.h"

#include <QDialog>
#include <QFuture>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace gugus::ui {

class DatabaseController;
class ScoringController;

/// Segments ▸ Score new customers with a model…: the model, the customers (a CSV file, or a
/// query on a database chosen in the database dialog), and where the scored rows go: a CSV file,
/// and for a query also a new table of that database, replaced only when the user ticks Replace.
/// What can be checked before work starts is checked here (files given, a table name, not a
/// table the query reads, as gugus-cli does) and said in the dialog; the scoring then runs on a
/// worker after the dialog closes, its end reported by the ScoringController.
class ScoreDialog : public QDialog {
    Q_OBJECT
public:
    ScoreDialog(ScoringController* scoring, DatabaseController* databases,
                QWidget* parent = nullptr);

    void setModelPath(const QString& path);
    void setCsvInput(const QString& path);
    /// Customers from a query (never with a password).
    void setDatabaseInput(const core::DbSource& source);
    void setOutputPath(const QString& path);
    void setTargetTable(const QString& table, bool replace);

    /// Checks the form and starts the scoring (then closes); a refusal stays in the dialog and
    /// the returned future reports it.
    QFuture<Outcome> score();
    QString statusText() const;

private:
    void retranslate();
    void showInput();
    void chooseDatabase();
    QString browseOpen(const QString& title, const QString& filter);

    ScoringController* m_scoring;
    DatabaseController* m_databases;
    std::optional<core::DbSource> m_database;
    QLabel* m_modelLabel;
    QLineEdit* m_model;
    QPushButton* m_modelBrowse;
    QLabel* m_inputLabel;
    QComboBox* m_input;
    QStackedWidget* m_inputPages;
    QLineEdit* m_csv;
    QPushButton* m_csvBrowse;
    QLabel* m_query;
    QPushButton* m_chooseQuery;
    QLabel* m_outputLabel;
    QLineEdit* m_output;
    QPushButton* m_outputBrowse;
    QLabel* m_tableLabel;
    QLineEdit* m_table;
    QCheckBox* m_replace;
    QLabel* m_status;
    QPushButton* m_score;
    QPushButton* m_cancel;
};

} // namespace gugus::ui
