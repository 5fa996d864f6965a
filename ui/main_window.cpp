#include "main_window.h"

#include "controllers/autosave.h"
#include "controllers/compare_controller.h"
#include "controllers/database_controller.h"
#include "controllers/document_controller.h"
#include "controllers/explore_controller.h"
#include "controllers/report_controller.h"
#include "controllers/scoring_controller.h"
#include "controllers/segmentation_controller.h"
#include "controllers/selection_controller.h"
#include "dataset/dataset_view.h"
#include "explore/explore_view.h"
#include "main_menus.h"
#include "plots/plot_tools.h"
#include "recovery_bar.h"
#include "segments/segments_view.h"
#include "state/document.h"
#include "support/db_passwords.h"
#include "support/file_saver.h"
#include "support/job_status.h"
#include "support/live_update.h"
#include "support/message.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gugus::ui {

MainWindow::MainWindow(Language* language, QWidget* parent)
    : QMainWindow(parent), m_document(new Document(this)),
      m_segmentation(new SegmentationController(m_document, this)),
      m_documents(new DocumentController(m_document, m_segmentation, this)),
      m_scoring(new ScoringController(m_document, m_documents->passwords(), this)),
      m_exploration(new ExploreController(m_document, this)),
      m_reports(new ReportController(m_document, this)),
      m_databases(new DatabaseController(m_documents, this)),
      m_selection(new SelectionController(m_document, this)),
      m_comparison(new CompareController(m_document, this)), m_tabs(new QTabWidget(this)),
      m_recovery(new RecoveryBar(this)) {
    m_dataset = new DatasetView(m_document, m_documents, m_tabs);
    m_explore = new ExploreView(m_document, m_exploration, m_tabs);
    m_segments =
        new SegmentsView(m_document, m_segmentation, m_scoring, m_selection, m_comparison, m_tabs);
    m_tabs->addTab(m_dataset, QString());
    m_tabs->addTab(m_explore, QString());
    m_tabs->addTab(m_segments, QString());
    m_tabs->setDocumentMode(true);
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_recovery);
    column->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_jobStatus = new JobStatus(statusBar());
    for (const auto& runners : {m_documents->runners(), m_segmentation->runners(),
                                m_scoring->runners(), m_reports->runners(),
                                QList<JobRunner*>{m_exploration->runner(), m_databases->runner(),
                                                  m_selection->runner(), m_comparison->runner()}}) {
        for (JobRunner* runner : runners) {
            m_jobStatus->watch(runner);
        }
    }
    m_menus = new MainMenus(this, language, m_documents, m_databases, m_scoring, m_reports);
    m_documents->passwords()->setPrompt(
        [this](const core::DbSource& source, DbPasswords::Answer answer) {
            askPassword(source, std::move(answer));
        });
    reportJobs();
    connect(m_document, &Document::dataChanged, this, &MainWindow::updateTitle);

    setAcceptDrops(true);
    onLanguageChange(this, [this] { retranslate(); });
    retranslate();
    resize(1280, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::startAutosave() {
    if (m_autosave) {
        return;
    }
    m_leftOvers = Autosave::leftOvers(); // before this program's own copy exists
    m_autosave = new Autosave(m_documents, this);
    m_autosave->start();
    connect(m_recovery, &RecoveryBar::discardRequested, this, [this](const QStringList& paths) {
        for (const QString& path : paths) {
            QFile::remove(path);
            m_leftOvers.removeAll(path);
        }
        offerNextRecovery();
    });
    connect(m_recovery, &RecoveryBar::restoreRequested, this, [this](const QString& path) {
        // The copy is removed once restored (this program's own copy then holds the analysis)
        // and the others are offered again; when restoring fails (e.g. the data file is gone)
        // it stays among them.
        m_documents->openProject(path).then(this, [this, path](const Outcome& outcome) {
            if (outcome.ok()) {
                QFile::remove(path);
                m_leftOvers.removeAll(path);
            }
            offerNextRecovery();
        });
    });
    offerNextRecovery();
}

void MainWindow::offerNextRecovery() {
    // Every copy still left at once, newest first: the bar lists several to choose from.
    m_recovery->offer(m_leftOvers);
}

void MainWindow::askPassword(const core::DbSource& source,
                             std::function<void(std::optional<std::string>)> answer) {
    // Over the database dialog when it is open, else over the window; open(), not exec(): the
    // GUI keeps running while the user types.
    QWidget* over = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : this;
    auto* dialog = new QInputDialog(over);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Password"));
    dialog->setLabelText(
        tr("The database %1 asks for the password of %2.\nIt is kept only "
           "until Gugus closes and never saved.")
            .arg(QString::fromStdString(core::dbUrl(source)),
                 source.user.empty() ? tr("your login") : QString::fromStdString(source.user)));
    dialog->setTextEchoMode(QLineEdit::Password);
    auto answered = std::make_shared<bool>(false);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [answer, answered](const QString& password) {
                *answered = true;
                answer(password.toStdString());
            });
    connect(dialog, &QDialog::finished, this, [answer, answered](int) {
        if (!*answered) {
            answer(std::nullopt);
        }
    });
    dialog->open();
}

void MainWindow::reportJobs() {
    connect(m_documents, &DocumentController::loaded, this, [this](const QString& path) {
        if (!path.startsWith(QLatin1String(":/")) && !m_document->database()) {
            m_menus->rememberRecent(path);
        }
        const QString loaded = tr("Loaded %L1 rows and %L2 columns.")
                                   .arg(m_document->table().rowCount())
                                   .arg(m_document->table().columnCount());
        const QString notes = DatasetView::loadNotesText(*m_document);
        statusBar()->showMessage(notes.isEmpty() ? loaded : loaded + QLatin1Char(' ') + notes);
    });
    // The last job's result stays in the status bar, not the load before it.
    connect(m_document, &Document::segmentationChanged, this, [this] {
        if (const Segmentation* seg = m_document->segmentation()) {
            statusBar()->showMessage(tr("Segmented %L1 customers into %2 segments.")
                                         .arg(seg->result.profile.rows)
                                         .arg(seg->result.k));
        }
    });
    // What a selection on the map found, not that its job ended ("Selecting customers: done.").
    connect(m_selection, &SelectionController::selected, this, [this](qint64 rows) {
        statusBar()->showMessage(rows == 0 ? tr("No customers inside the selection on the map.")
                                           : tr("Customers selected on the map: %L1.").arg(rows));
    });
    connect(m_documents, &DocumentController::loadFailed, this,
            [this](const QString& path, const QString& error) {
                showWarning(
                    this, tr("Cannot open file"),
                    tr("%1 could not be opened.\n\n%2").arg(QFileInfo(path).fileName(), error));
            });
    connect(m_documents, &DocumentController::displayFileUnusable, this,
            [this](const QString& path, const QString& error) {
                showWarning(this, tr("Column labels not loaded"),
                            tr("The labels and units in %1 were not used: %2. The data opened "
                               "with its column names.")
                                .arg(QFileInfo(path).fileName(), error));
            });
    connect(m_documents, &DocumentController::projectUnreadable, this,
            [this](const QString& e) { showWarning(this, tr("Cannot open the project"), e); });
    connect(m_documents, &DocumentController::dataDiffers, this, [this](const QString& path) {
        showWarning(this, tr("The data has changed"),
                    tr("%1 is not the same data as when the project was saved; the segments may "
                       "differ.")
                        .arg(path));
    });
    connect(m_documents, &DocumentController::queryResultDiffers, this,
            [this](const QString& url, qint64 rowsThen, qint64 rowsNow) {
                // Not modal: the analyst may well expect new customers in the warehouse.
                showNotice(this, tr("The query's result has changed"),
                           tr("The query on %1 gives other data than when the project was saved "
                              "(%L2 rows then, %L3 now, or other values); the segments may "
                              "differ.")
                               .arg(url)
                               .arg(rowsThen)
                               .arg(rowsNow));
            });
    connect(m_documents, &DocumentController::settingsRestored, m_segments,
            &SegmentsView::setOptions);
    // A chart exported from its menu is written as the labelled data is: on a worker, never
    // over the document's inputs, its end in the status bar.
    setChartSaver(this, m_documents->saver());
    for (FileSaver* saver : {m_documents->saver(), m_scoring->saver()}) {
        connect(saver, &FileSaver::saved, this, [this](const QString& path) {
            statusBar()->showMessage(tr("Saved %1.").arg(path), 5000);
        });
        connect(saver, &FileSaver::failed, this,
                [this](const QString& error) { showWarning(this, tr("Cannot save"), error); });
    }
    connect(m_scoring, &ScoringController::scored, this,
            [this](const QString& summary, const QString& outPath) {
                statusBar()->showMessage(tr("Saved %1.").arg(outPath), 5000);
                showInformation(this, tr("Scoring finished"), summary);
            });
    connect(m_scoring, &ScoringController::scoringFailed, this,
            [this](const QString& error) { showWarning(this, tr("Scoring failed"), error); });
}

void MainWindow::retranslate() {
    m_tabs->setTabText(0, tr("Dataset"));
    m_tabs->setTabText(1, tr("Explore"));
    m_tabs->setTabText(2, tr("Segments"));
    updateTitle();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_jobStatus->cancelAllButSaves();
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
        m_menus->openWithImportDialog(urls.first().toLocalFile());
    }
}

} // namespace gugus::ui
