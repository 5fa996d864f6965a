#include "main_window.h"

#include "common/error.h"
#include "data/csv_writer.h"
#include "dataset/dataset_view.h"
#include "dataset/import_dialog.h"
#include "explore/explore_view.h"
#include "language.h"
#include "model/project_file.h"
#include "model/segment_model.h"
#include "model/summary_json.h"
#include "segments/segments_view.h"
#include "state/document.h"
#include "support/error_text.h"
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
#include <QInputDialog>
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
    : QMainWindow(parent), m_language(language), m_document(new Document(this)),
      m_jobs(new JobRunner(this)), m_tabs(new QTabWidget(this)) {
    m_dataset = new DatasetView(m_document, m_jobs, m_tabs);
    m_explore = new ExploreView(m_document, m_jobs, m_tabs);
    m_segments = new SegmentsView(m_document, m_jobs, m_tabs);
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
    connect(m_document, &Document::dataChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::segmentationChanged, this, [this] {
        const bool has = m_document->segmentation() != nullptr;
        m_saveLabelsAction->setEnabled(has);
        m_saveSummaryAction->setEnabled(has);
        m_saveModelAction->setEnabled(has);
        m_sqlAction->setEnabled(has && m_document->segmentation()->result.algorithm !=
                                           core::Algorithm::Dbscan);
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
    m_openProjectAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                          tr("Gugus projects (*.gugus)"));
        if (!path.isEmpty()) {
            openProject(path);
        }
    });
    m_saveProjectAction = m_fileMenu->addAction(QString(), this, [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Save project"), QString(),
                                                    tr("Gugus projects (*.gugus)"));
        if (path.isEmpty()) {
            return;
        }
        if (!path.endsWith(QStringLiteral(".gugus"))) {
            path += QStringLiteral(".gugus");
        }
        saveProject(path);
    });
    m_fileMenu->addSeparator();
    m_saveLabelsAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveLabelled);
    m_saveLabelsAction->setShortcut(QKeySequence::Save);
    m_saveSummaryAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveSummary);
    m_saveLabelsAction->setEnabled(false);
    m_saveSummaryAction->setEnabled(false);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_segmentsMenu = menuBar()->addMenu(QString());
    m_saveModelAction = m_segmentsMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save segmentation model"),
                                                          QString(), tr("Gugus models (*.json)"));
        if (!path.isEmpty()) {
            saveModel(path);
        }
    });
    m_scoreAction = m_segmentsMenu->addAction(QString(), this, [this] {
        const QString model = QFileDialog::getOpenFileName(this, tr("Choose a segmentation model"),
                                                           QString(), tr("Gugus models (*.json)"));
        if (model.isEmpty()) {
            return;
        }
        const QString csv = QFileDialog::getOpenFileName(this, tr("Choose the customers to score"),
                                                         QString(), tr("CSV files (*.csv *.txt)"));
        if (csv.isEmpty()) {
            return;
        }
        const QString out = QFileDialog::getSaveFileName(this, tr("Save the scored customers"),
                                                         QString(), tr("CSV files (*.csv)"));
        if (!out.isEmpty()) {
            scoreFile(model, csv, out);
        }
    });
    m_sqlAction = m_segmentsMenu->addAction(QString(), this, [this] {
        bool ok = false;
        const QString table =
            QInputDialog::getText(this, tr("Export model as SQL"),
                                  tr("Name of the database table that holds the customers:"),
                                  QLineEdit::Normal, QStringLiteral("customers"), &ok);
        if (!ok || table.isEmpty()) {
            return;
        }
        const QString path = QFileDialog::getSaveFileName(this, tr("Export model as SQL"),
                                                          QString(), tr("SQL files (*.sql)"));
        if (!path.isEmpty()) {
            exportSql(path, table);
        }
    });
    m_saveModelAction->setEnabled(false);
    m_sqlAction->setEnabled(false);

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
    m_openProjectAction->setText(tr("Open &project…"));
    m_saveProjectAction->setText(tr("Save pro&ject…"));
    m_saveLabelsAction->setText(tr("Save &labelled data (CSV)…"));
    m_saveSummaryAction->setText(tr("Save segment s&ummary (JSON)…"));
    m_quitAction->setText(tr("&Quit"));
    m_segmentsMenu->setTitle(tr("Se&gments"));
    m_saveModelAction->setText(tr("Save segmentation &model…"));
    m_scoreAction->setText(tr("&Score new customers with a model…"));
    m_sqlAction->setText(tr("Export model as S&QL…"));
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
    setWindowTitle(m_document->hasData() ? tr("Gugus — %1").arg(m_document->sourceName())
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
                m_document->setData(*outcome.value, path);
                if (!path.startsWith(QLatin1String(":/"))) {
                    rememberRecent(path);
                }
                statusBar()->showMessage(tr("Loaded %L1 rows and %L2 columns.")
                                             .arg(m_document->table().rowCount())
                                             .arg(m_document->table().columnCount()),
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
    const auto seg = m_document->segmentationPtr();
    const auto data = m_document->data();
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
            names[i] = m_document->segmentName(label).toStdString();
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
    const auto seg = m_document->segmentationPtr();
    const auto data = m_document->data();
    if (!seg || !data) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save segment summary"), QString(),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    const std::string source = m_document->sourcePath().toStdString();
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

namespace {

/// The names the views show for the current segments (read on the GUI thread).
std::vector<std::string> shownNames(const Document* document) {
    std::vector<std::string> names;
    for (int s = 0; s < document->segmentCount(); ++s) {
        names.push_back(document->segmentName(s).toStdString());
    }
    return names;
}

std::string readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw core::Error(file.exists() ? core::ErrorCode::FileUnreadable
                                        : core::ErrorCode::FileNotFound,
                          path.toStdString());
    }
    return file.readAll().toStdString();
}

} // namespace

std::function<void(JobOutcome<bool>)> MainWindow::savedHandler(const QString& path, bool quiet,
                                                               std::function<void(bool)> then) {
    return [this, path, quiet, then = std::move(then)](JobOutcome<bool> outcome) {
        if (outcome.value) {
            statusBar()->showMessage(tr("Saved %1.").arg(path), 5000);
        } else if (!outcome.cancelled && !quiet) {
            QMessageBox::warning(this, tr("Cannot save"), outcome.error);
        }
        if (then) {
            then(outcome.value.has_value());
        }
    };
}

void MainWindow::saveModelText(const QString& path, bool quiet, std::function<void(bool)> then,
                               std::function<std::string(const core::SegmentModel&)> render) {
    const auto seg = m_document->segmentationPtr();
    const auto data = m_document->data();
    if (!seg || !data) {
        if (then) {
            then(false);
        }
        return;
    }
    const std::vector<std::string> names = shownNames(m_document);
    m_jobs->run<bool>(
        tr("Saving %1").arg(QFileInfo(path).fileName()),
        [seg, data, names, path, render = std::move(render)](core::Progress&) {
            const auto model =
                core::SegmentModel::fromSegmentation(data->table, seg->options, seg->result, names);
            core::writeFileAtomically(QFile::encodeName(path).toStdString(), render(model));
            return true;
        },
        savedHandler(path, quiet, std::move(then)));
}

void MainWindow::saveModel(const QString& path, std::function<void(bool)> then, bool quiet) {
    saveModelText(path, quiet, std::move(then),
                  [](const core::SegmentModel& model) { return model.toJson(); });
}

void MainWindow::scoreFile(const QString& modelPath, const QString& csv, const QString& outPath,
                           std::function<void(bool)> then, bool quiet) {
    struct Scored {
        core::SegmentModel model;
        core::ScoreResult result;
        std::int64_t rows = 0;
    };
    m_jobs->run<std::shared_ptr<const Scored>>(
        tr("Scoring %1").arg(QFileInfo(csv).fileName()),
        [modelPath, csv, outPath](core::Progress& progress) {
            auto out = std::make_shared<Scored>();
            out->model = core::SegmentModel::fromJson(readAll(modelPath));
            const core::Table table = core::readCsvFile(QFile::encodeName(csv).toStdString(),
                                                        core::CsvOptions{}, progress)
                                          .table;
            out->rows = table.rowCount();
            out->result = core::scoreTable(out->model, table, progress);
            std::vector<std::string> segment(out->result.labels.size());
            std::vector<std::string> names(segment.size());
            for (std::size_t i = 0; i < segment.size(); ++i) {
                const int s = out->result.labels[i];
                segment[i] = std::to_string(s);
                if (s >= 0 && s < int(out->model.names.size())) {
                    names[i] = out->model.names[std::size_t(s)];
                }
            }
            core::writeCsvFile(QFile::encodeName(outPath).toStdString(), table,
                               {{"segment", std::move(segment)},
                                {"segment_name", std::move(names)},
                                {"segment_note", out->result.notes}},
                               core::CsvWriteOptions{}, progress);
            return std::shared_ptr<const Scored>(std::move(out));
        },
        [this, outPath, quiet,
         then = std::move(then)](JobOutcome<std::shared_ptr<const Scored>> outcome) {
            if (outcome.value) {
                const Scored& s = **outcome.value;
                QString text =
                    tr("%L1 customers: %L2 placed in a segment, %L3 could not be scored.")
                        .arg(s.rows)
                        .arg(s.result.scored)
                        .arg(s.result.unscorable);
                if (s.result.noise > 0) {
                    text +=
                        QLatin1Char(' ') +
                        tr("%L1 are atypical (no core customer within eps).").arg(s.result.noise);
                }
                if (!s.result.missingColumns.empty()) {
                    QStringList missing;
                    for (const auto& c : s.result.missingColumns) {
                        missing << QString::fromStdString(c);
                    }
                    text += QLatin1Char('\n') +
                            tr("Missing columns: %1.").arg(missing.join(QStringLiteral(", ")));
                }
                QStringList moved;
                for (const auto& d : s.result.drift) {
                    if (d.flagged) {
                        moved << tr("%1 (mean shift %2 SD, PSI %3)")
                                     .arg(QString::fromStdString(d.column))
                                     .arg(QLocale().toString(d.meanShift, 'f', 2))
                                     .arg(QLocale().toString(d.psi, 'f', 2));
                    }
                }
                text += QLatin1Char('\n') +
                        (moved.isEmpty() ? tr("No column has drifted from the training data.")
                                         : tr("These columns differ from the training data: %1.")
                                               .arg(moved.join(QStringLiteral("; "))));
                text += QLatin1Char('\n') +
                        tr("Written to %1 (segment -1: see segment_note).").arg(outPath);
                m_lastScoreSummary = text;
                statusBar()->showMessage(tr("Saved %1.").arg(outPath), 5000);
                if (!quiet) {
                    QMessageBox::information(this, tr("Scoring finished"), text);
                }
            } else if (!outcome.cancelled && !quiet) {
                QMessageBox::warning(this, tr("Scoring failed"), outcome.error);
            }
            if (then) {
                then(outcome.value.has_value());
            }
        });
}

void MainWindow::exportSql(const QString& path, const QString& table,
                           std::function<void(bool)> then, bool quiet) {
    const std::string name = table.toStdString();
    saveModelText(path, quiet, std::move(then), [name](const core::SegmentModel& model) {
        return core::modelSql(model, name) + ";\n";
    });
}

void MainWindow::saveProject(const QString& path, std::function<void(bool)> then, bool quiet) {
    if (!m_document->hasData()) {
        if (then) {
            then(false);
        }
        return;
    }
    core::ProjectFile file;
    file.source = QFile::encodeName(m_document->sourcePath()).toStdString();
    file.fingerprint = m_document->table().fingerprint();
    file.recipe = m_document->recipe();
    if (const Segmentation* seg = m_document->segmentation()) {
        file.segmented = true;
        file.options = seg->options;
        file.recipe = seg->result.recipe.recipe(); // the recipe the segments were built with
        for (int s = 0; s < seg->result.k; ++s) {
            file.names.push_back(m_document->customNames().value(s).toStdString());
            const QColor c = m_document->customColors().value(s);
            file.colors.push_back(c.isValid() ? c.name().toStdString() : std::string());
        }
    }
    const std::string text = file.toJson();
    m_jobs->run<bool>(
        tr("Saving %1").arg(QFileInfo(path).fileName()),
        [text, path](core::Progress&) {
            core::writeFileAtomically(QFile::encodeName(path).toStdString(), text);
            return true;
        },
        savedHandler(path, quiet, std::move(then)));
}

void MainWindow::openProject(const QString& path, std::function<void(bool)> then, bool quiet) {
    core::ProjectFile file;
    try {
        file = core::ProjectFile::fromJson(readAll(path));
    } catch (const core::Error& e) {
        if (!quiet) {
            QMessageBox::warning(this, tr("Cannot open the project"), errorText(e));
        }
        if (then) {
            then(false);
        }
        return;
    }
    const QString source = QFile::decodeName(file.source.c_str());
    openFile(
        source, core::CsvOptions{},
        [this, file, quiet, then = std::move(then)](bool ok) {
            if (!ok) {
                if (then) {
                    then(false);
                }
                return;
            }
            if (m_document->table().fingerprint() != file.fingerprint && !quiet) {
                QMessageBox::warning(this, tr("The data has changed"),
                                     tr("%1 is not the same data as when the project was saved; "
                                        "the segments may differ.")
                                         .arg(m_document->sourcePath()));
            }
            m_document->setRecipe(file.recipe);
            if (!file.segmented) {
                if (then) {
                    then(true);
                }
                return;
            }
            m_segments->setOptions(file.options);
            m_segments->runSegmentation([this, file, then](bool segmented) {
                if (segmented) {
                    for (std::size_t s = 0; s < file.names.size(); ++s) {
                        if (!file.names[s].empty()) {
                            m_document->setSegmentName(int(s),
                                                       QString::fromStdString(file.names[s]));
                        }
                        if (s < file.colors.size() && !file.colors[s].empty()) {
                            m_document->setSegmentColor(
                                int(s), QColor(QString::fromStdString(file.colors[s])));
                        }
                    }
                }
                if (then) {
                    then(segmented);
                }
            });
        },
        quiet);
}

} // namespace gugus::ui
