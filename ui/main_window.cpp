#include "main_window.h"

#include "common/error.h"
#include "dataset/dataset_view.h"
#include "dataset/import_dialog.h"
#include "explore/explore_view.h"
#include "language.h"
#include "model/summary_json.h"
#include "segments/segments_view.h"
#include "state/project.h"
#include "support/job_runner.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace gugus::ui {

namespace {

constexpr int kMaxRecent = 8;
const char* const kRecentKey = "files/recent";

/// Reads a CSV from disk, or from the embedded resources for ":/..." paths.
core::CsvReadResult loadCsv(const QString& path, const core::CsvOptions& options,
                            core::Progress& progress) {
    if (path.startsWith(QLatin1String(":/"))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            throw core::Error(core::ErrorCode::FileUnreadable, path.toStdString());
        }
        const QByteArray bytes = file.readAll();
        return core::readCsvText(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                 options, progress);
    }
    return core::readCsvFile(QFile::encodeName(path).toStdString(), options, progress);
}

} // namespace

MainWindow::MainWindow(Language* language, QWidget* parent)
    : QMainWindow(parent), m_language(language), m_project(new Project(this)),
      m_jobs(new JobRunner(this)), m_tabs(new QTabWidget(this)) {
    m_dataset = new DatasetView(m_project, m_jobs, m_tabs);
    m_explore = new ExploreView(m_project, m_jobs, m_tabs);
    m_segments = new SegmentsView(m_project, m_jobs, m_tabs);
    m_tabs->addTab(m_dataset, QString());
    m_tabs->addTab(m_explore, QString());
    m_tabs->addTab(m_segments, QString());
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    m_jobLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(this);
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelActiveJob);
    watchJobs(m_jobs);
    watchJobs(m_explore->chartJobs());
    connect(m_project, &Project::dataChanged, this, &MainWindow::updateTitle);
    connect(m_project, &Project::segmentationChanged, this, [this] {
        const bool has = m_project->segmentation() != nullptr;
        m_saveLabelsAction->setEnabled(has);
        m_saveSummaryAction->setEnabled(has);
    });

    setAcceptDrops(true);
    buildMenus();
    retranslate();
    resize(1280, 820);
}

MainWindow::~MainWindow() = default;

QString MainWindow::samplePath() {
    return QStringLiteral(":/sample/fundfusion_sample.csv");
}

void MainWindow::watchJobs(JobRunner* jobs) {
    // The status bar follows whichever runner started last; Cancel stops that runner's job.
    connect(jobs, &JobRunner::started, this, [this, jobs](const QString& title) {
        m_activeJobs = jobs;
        m_jobLabel->setText(title);
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
    });
    connect(jobs, &JobRunner::progressChanged, this,
            [this, jobs](int permille, const QString& stage) {
                if (jobs == m_activeJobs) {
                    m_progress->setValue(permille);
                    m_progress->setToolTip(stage);
                }
            });
    connect(jobs, &JobRunner::finished, this, [this, jobs](bool ok, const QString& error) {
        if (jobs == m_activeJobs) {
            m_activeJobs = nullptr;
            m_progress->hide();
            m_cancel->hide();
            m_jobLabel->clear();
        }
        if (!ok) {
            statusBar()->showMessage(error.isEmpty() ? tr("Cancelled.") : error, 8000);
        }
    });
}

void MainWindow::cancelActiveJob() {
    if (m_activeJobs) {
        m_activeJobs->cancel();
    }
}

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::askOpen);
    m_openAction->setShortcut(QKeySequence::Open);
    m_sampleAction = m_fileMenu->addAction(QString(), this, [this] { openSample(); });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_saveLabelsAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveLabelled);
    m_saveLabelsAction->setShortcut(QKeySequence::Save);
    m_saveSummaryAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveSummary);
    m_saveLabelsAction->setEnabled(false);
    m_saveSummaryAction->setEnabled(false);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto* group = new QActionGroup(this);
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_indonesianAction = m_languageMenu->addAction(QStringLiteral("Bahasa Indonesia"));
    for (QAction* a : {m_englishAction, m_indonesianAction}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    const bool indonesian = m_language->current() == QLatin1String("id");
    (indonesian ? m_indonesianAction : m_englishAction)->setChecked(true);
    connect(m_englishAction, &QAction::triggered, this,
            [this] { m_language->apply(QStringLiteral("en")); });
    connect(m_indonesianAction, &QAction::triggered, this,
            [this] { m_language->apply(QStringLiteral("id")); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Gugus"),
                           tr("<b>Gugus %1</b><p>Customer segmentation studio: load a customer "
                              "table, prepare it, explore it, segment it and read what each "
                              "segment owns.</p>")
                               .arg(QStringLiteral(GUGUS_VERSION)));
    });
    rebuildRecentMenu();
}

void MainWindow::retranslate() {
    m_tabs->setTabText(0, tr("Dataset"));
    m_tabs->setTabText(1, tr("Explore"));
    m_tabs->setTabText(2, tr("Segments"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open CSV…"));
    m_sampleAction->setText(tr("Open the &sample data"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_saveLabelsAction->setText(tr("Save &labelled data (CSV)…"));
    m_saveSummaryAction->setText(tr("Save segment s&ummary (JSON)…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Gugus"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running job"));
    rebuildRecentMenu();
    updateTitle();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_jobs->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateTitle() {
    setWindowTitle(m_project->hasData() ? tr("Gugus — %1").arg(m_project->sourceName())
                                        : tr("Gugus"));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        openWithImportDialog(urls.first().toLocalFile());
    }
}

void MainWindow::askOpen() {
    const QString dir = QSettings().value(QStringLiteral("files/lastDir")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open customer table"), dir, tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        QSettings().setValue(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
        openWithImportDialog(path);
    }
}

void MainWindow::openWithImportDialog(const QString& path) {
    ImportDialog dialog(path, this);
    if (dialog.exec() == QDialog::Accepted) {
        openFile(path, dialog.options());
    }
}

void MainWindow::openSample(std::function<void(bool)> then) {
    openFile(samplePath(), core::CsvOptions{}, std::move(then));
}

void MainWindow::openFile(const QString& path, const core::CsvOptions& options,
                          std::function<void(bool)> then, bool quiet) {
    using Loaded = std::shared_ptr<const core::CsvReadResult>;
    m_jobs->run<Loaded>(
        tr("Loading %1").arg(QFileInfo(path).fileName()),
        [path, options](core::Progress& progress) {
            return std::make_shared<const core::CsvReadResult>(loadCsv(path, options, progress));
        },
        [this, path, then = std::move(then), quiet](JobOutcome<Loaded> outcome) {
            const bool ok = outcome.value.has_value();
            if (ok) {
                m_project->setData(*outcome.value, path);
                if (!path.startsWith(QLatin1String(":/"))) {
                    rememberRecent(path);
                }
                statusBar()->showMessage(tr("Loaded %L1 rows and %L2 columns.")
                                             .arg(m_project->table().rowCount())
                                             .arg(m_project->table().columnCount()),
                                         5000);
            } else if (!outcome.cancelled && !quiet) {
                QMessageBox::warning(this, tr("Cannot open file"),
                                     tr("%1 could not be opened.\n\n%2")
                                         .arg(QFileInfo(path).fileName(), outcome.error));
            }
            if (then) {
                then(ok);
            }
        });
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    settings.setValue(QLatin1String(kRecentKey), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    if (!m_recentMenu) {
        return;
    }
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    for (const QString& path : recent) {
        m_recentMenu->addAction(path, this, [this, path] { openWithImportDialog(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::saveLabelled() {
    const auto seg = m_project->segmentationPtr();
    const auto data = m_project->data();
    if (!seg || !data) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save labelled data"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    // The labelled file carries the segment number (the CLI contract) and the segment name.
    std::vector<std::string> numbers(seg->result.tableLabels.size());
    std::vector<std::string> names(numbers.size());
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        const int label = seg->result.tableLabels[i];
        if (label != core::kUnassigned) {
            numbers[i] = std::to_string(label);
            names[i] = m_project->segmentName(label).toStdString();
        }
    }
    m_jobs->run<bool>(
        tr("Saving %1").arg(QFileInfo(path).fileName()),
        [data, path, numbers = std::move(numbers),
         names = std::move(names)](core::Progress& progress) mutable {
            core::writeCsvFile(
                QFile::encodeName(path).toStdString(), data->table,
                {{"segment_name", std::move(names)}, {"segment", std::move(numbers)}},
                core::CsvWriteOptions{}, progress);
            return true;
        },
        [this, path](JobOutcome<bool> outcome) {
            if (outcome.value) {
                statusBar()->showMessage(tr("Saved %1.").arg(path), 5000);
            } else if (!outcome.cancelled) {
                QMessageBox::warning(this, tr("Cannot save"), outcome.error);
            }
        });
}

void MainWindow::saveSummary() {
    const auto seg = m_project->segmentationPtr();
    const auto data = m_project->data();
    if (!seg || !data) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save segment summary"), QString(),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    const std::string source = m_project->sourcePath().toStdString();
    m_jobs->run<bool>(
        tr("Saving %1").arg(QFileInfo(path).fileName()),
        [data, seg, path, source](core::Progress&) {
            core::writeFileAtomically(
                QFile::encodeName(path).toStdString(),
                core::summaryJson(data->table, seg->options, seg->result, {source, "gugus"}));
            return true;
        },
        [this, path](JobOutcome<bool> outcome) {
            if (outcome.value) {
                statusBar()->showMessage(tr("Saved %1.").arg(path), 5000);
            } else if (!outcome.cancelled) {
                QMessageBox::warning(this, tr("Cannot save"), outcome.error);
            }
        });
}

} // namespace gugus::ui
