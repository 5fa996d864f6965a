#pragma once

#include "data/csv_reader.h"
#include "support/job_runner.h"

#include <QMainWindow>
#include <QStringList>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QMenu;

namespace gugus::core {
struct SegmentModel;
}

namespace gugus::ui {

class DatasetView;
class ExploreView;
class JobRunner;
class Language;
class Document;
class SegmentsView;

/// The main window: Dataset, Explore and Segments views over one Document, a menu bar, and a
/// status bar with the running job's progress and a Cancel button.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Language* language, QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return m_document; }
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

    /// Segments menu, without the file dialogs (the menu asks for the paths, then calls these).
    /// Each runs on a worker; `then(ok)` runs on the GUI thread; errors go to a message box
    /// unless `quiet`.
    /// Saves the current segmentation as a model (names as shown in the views).
    void saveModel(const QString& path, std::function<void(bool)> then = {}, bool quiet = false);
    /// Scores `csv` with the model in `modelPath` and writes the rows plus segment,
    /// segment_name and segment_note to `outPath`; a summary (counts, reasons, drift) follows.
    void scoreFile(const QString& modelPath, const QString& csv, const QString& outPath,
                   std::function<void(bool)> then = {}, bool quiet = false);
    /// Writes the current segmentation's model as one SQL SELECT over table `table`.
    void exportSql(const QString& path, const QString& table, std::function<void(bool)> then = {},
                   bool quiet = false);
    /// Saves the analysis (data path, recipe, segmentation settings, names, colours) as a
    /// project file; opening it re-reads the data, re-runs the segmentation and restores the
    /// names and colours.
    void saveProject(const QString& path, std::function<void(bool)> then = {}, bool quiet = false);
    void openProject(const QString& path, std::function<void(bool)> then = {}, bool quiet = false);
    /// The text of the last scoring summary (for tests and the message box).
    const QString& lastScoreSummary() const { return m_lastScoreSummary; }

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
    /// Builds the current segmentation's model on a worker and writes render(model) to `path`.
    void saveModelText(const QString& path, bool quiet, std::function<void(bool)> then,
                       std::function<std::string(const core::SegmentModel&)> render);
    /// The end of a save job: status message, or a warning unless quiet; then then(ok).
    std::function<void(JobOutcome<bool>)> savedHandler(const QString& path, bool quiet,
                                                       std::function<void(bool)> then);
    void updateTitle();

    Language* m_language;
    Document* m_document;
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
    QMenu* m_segmentsMenu = nullptr;
    QAction* m_saveModelAction = nullptr;
    QAction* m_scoreAction = nullptr;
    QAction* m_sqlAction = nullptr;
    QString m_lastScoreSummary;
    QAction* m_openAction = nullptr;
    QAction* m_sampleAction = nullptr;
    QAction* m_saveLabelsAction = nullptr;
    QAction* m_saveSummaryAction = nullptr;
    QAction* m_openProjectAction = nullptr;
    QAction* m_saveProjectAction = nullptr;
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
