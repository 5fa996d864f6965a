#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenu;

namespace gugus::ui {

class DatabaseController;
class Document;
class DocumentController;
class Language;
class ReportController;
class ScoringController;

/// The main window's menu bar and its actions: File (open a CSV, a database query or the sample,
/// recent files,
/// projects, the labelled data and the summary), Segments (model, scoring, SQL), View (language)
/// and Help. Actions ask for paths and settings in dialogs, then call the controllers.
class MainMenus : public QObject {
    Q_OBJECT
public:
    MainMenus(QMainWindow* window, Language* language, DocumentController* documents,
              DatabaseController* databases, ScoringController* scoring, ReportController* reports);

    /// Asks for the import settings of `path` (delimiter, decimal separator...) and opens it.
    void openWithImportDialog(const QString& path);
    /// Puts `path` first in File ▸ Open recent (remembered in QSettings, written off the GUI
    /// thread: support/settings_store.h).
    void rememberRecent(const QString& path);

private:
    void buildFileMenu();
    void buildSegmentsMenu();
    void buildViewAndHelpMenus();
    void retranslate();
    void rebuildRecentMenu();
    void askOpen();
    void askSaveLabelled();
    void askSaveSummary();
    void askScore();
    void askScoreOne();
    void askExportSql();

    QMainWindow* m_window;
    Language* m_language;
    Document* m_document;
    DocumentController* m_documents;
    DatabaseController* m_databases;
    ScoringController* m_scoring;
    ReportController* m_reports;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QStringList m_recent; ///< File ▸ Open recent, newest first; stored as it changes
    QMenu* m_segmentsMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_databaseAction = nullptr;
    QAction* m_sampleAction = nullptr;
    QAction* m_openProjectAction = nullptr;
    QAction* m_saveProjectAction = nullptr;
    QAction* m_saveLabelsAction = nullptr;
    QAction* m_saveSummaryAction = nullptr;
    QAction* m_reportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_saveModelAction = nullptr;
    QAction* m_scoreAction = nullptr;
    QAction* m_scoreOneAction = nullptr;
    QAction* m_sqlAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_indonesianAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace gugus::ui
