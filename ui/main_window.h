#pragma once

#include "source/db_source.h"

#include <QMainWindow>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>

namespace gugus::ui {

class Autosave;
class CompareController;
class DatabaseController;
class DatasetView;
class Document;
class DocumentController;
class ExploreController;
class ReportController;
class ExploreView;
class JobStatus;
class Language;
class MainMenus;
class RecoveryBar;
class ScoringController;
class SegmentationController;
class SelectionController;
class SegmentsView;

/// The main window: it assembles the Document, the controllers that work on it, the Dataset,
/// Explore and Segments views, the menus (MainMenus) and a status bar with the running jobs'
/// progress and a Cancel button (JobStatus), and tells the user how the controllers' jobs end.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Language* language, QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return m_document; }
    DocumentController* documentController() const { return m_documents; }
    SegmentationController* segmentationController() const { return m_segmentation; }
    ScoringController* scoringController() const { return m_scoring; }
    ReportController* reportController() const { return m_reports; }
    DatabaseController* databaseController() const { return m_databases; }
    ExploreController* exploreController() const { return m_exploration; }
    SelectionController* selectionController() const { return m_selection; }
    CompareController* compareController() const { return m_comparison; }
    JobStatus* jobStatus() const { return m_jobStatus; }
    DatasetView* datasetView() const { return m_dataset; }
    ExploreView* exploreView() const { return m_explore; }
    SegmentsView* segmentsView() const { return m_segments; }
    QTabWidget* tabs() const { return m_tabs; }
    RecoveryBar* recoveryBar() const { return m_recovery; }
    Autosave* autosave() const { return m_autosave; }

    /// For interactive runs (not screenshots): offers to restore what a program that did not
    /// close left in the recovery folder (the newest first, one at a time), then keeps this
    /// program's own recovery copy (Autosave), removed when the window is destroyed.
    void startAutosave();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /// Status messages and message boxes for the controllers' results and failures.
    void reportJobs();
    void retranslate();
    void updateTitle();
    void offerNextRecovery();
    /// Asks for a database's password in a dialog (never stored; see DbPasswords).
    void askPassword(const core::DbSource& source,
                     std::function<void(std::optional<std::string>)> answer);

    Document* m_document;
    SegmentationController* m_segmentation;
    DocumentController* m_documents;
    ScoringController* m_scoring;
    ExploreController* m_exploration;
    ReportController* m_reports;
    DatabaseController* m_databases;
    SelectionController* m_selection;
    CompareController* m_comparison;
    QTabWidget* m_tabs;
    DatasetView* m_dataset;
    ExploreView* m_explore;
    SegmentsView* m_segments;
    JobStatus* m_jobStatus;
    MainMenus* m_menus;
    RecoveryBar* m_recovery;
    Autosave* m_autosave = nullptr;
    QStringList m_leftOvers; ///< recovery files still to offer
};

} // namespace gugus::ui
