#pragma once

#include "data/csv_reader.h"

#include <QMainWindow>
#include <QStringList>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QMenu;

namespace gugus::ui {

class DatasetView;
class ExploreView;
class JobRunner;
class Language;
class Project;
class SegmentsView;

/// The main window: Dataset, Explore and Segments views over one Project, a menu bar, and a
/// status bar with the running job's progress and a Cancel button.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Language* language, QWidget* parent = nullptr);
    ~MainWindow() override;

    Project* project() const { return m_project; }
    JobRunner* jobs() const { return m_jobs; }
    DatasetView* datasetView() const { return m_dataset; }
    ExploreView* exploreView() const { return m_explore; }
    SegmentsView* segmentsView() const { return m_segments; }
    QTabWidget* tabs() const { return m_tabs; }

    /// Loads a CSV on a worker thread (":/..." paths read the embedded sample). `then(ok)` runs on
    /// the GUI thread when the load ends. Errors are shown in a message box unless `quiet`.
    void openFile(const QString& path, const core::CsvOptions& options,
                  std::function<void(bool)> then = {}, bool quiet = false);
    /// Opens the bundled sample.
    void openSample(std::function<void(bool)> then = {});
    static QString samplePath();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /// Shows `jobs`' progress in the status bar and lets Cancel stop its job.
    void watchJobs(JobRunner* jobs);
    void cancelActiveJob();
    void buildMenus();
    void retranslate();
    void askOpen();
    void openWithImportDialog(const QString& path);
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void saveLabelled();
    void saveSummary();
    void updateTitle();

    Language* m_language;
    Project* m_project;
    JobRunner* m_jobs;
    QTabWidget* m_tabs;
    DatasetView* m_dataset;
    ExploreView* m_explore;
    SegmentsView* m_segments;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_sampleAction = nullptr;
    QAction* m_saveLabelsAction = nullptr;
    QAction* m_saveSummaryAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_indonesianAction = nullptr;
    QAction* m_aboutAction = nullptr;

    JobRunner* m_activeJobs = nullptr; ///< the runner whose job the status bar shows
    QLabel* m_jobLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};

} // namespace gugus::ui
