#include "main_menus.h"

#include "export/customer_score_dialog.h"
#include "export/export_report_dialog.h"
#include "export/score_dialog.h"

#include "about_dialog.h"
#include "controllers/document_controller.h"
#include "controllers/scoring_controller.h"
#include "dataset/database_dialog.h"
#include "dataset/import_dialog.h"
#include "language.h"
#include "pipeline/segmentation.h"
#include "state/document.h"
#include "support/live_update.h"
#include "support/settings_store.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QSettings>

namespace gugus::ui {

namespace {

constexpr int kMaxRecent = 8;
const char* const kRecentKey = "files/recent";

} // namespace

MainMenus::MainMenus(QMainWindow* window, Language* language, DocumentController* documents,
                     DatabaseController* databases, ScoringController* scoring,
                     ReportController* reports)
    : QObject(window), m_window(window), m_language(language), m_document(documents->document()),
      m_documents(documents), m_databases(databases), m_scoring(scoring), m_reports(reports),
      m_recent(QSettings().value(QLatin1String(kRecentKey)).toStringList()) {
    buildFileMenu();
    buildSegmentsMenu();
    buildViewAndHelpMenus();
    connect(m_document, &Document::segmentationChanged, this, [this] {
        const Segmentation* seg = m_document->segmentation();
        m_saveLabelsAction->setEnabled(seg != nullptr);
        m_saveSummaryAction->setEnabled(seg != nullptr);
        m_reportAction->setEnabled(seg != nullptr);
        m_saveModelAction->setEnabled(seg != nullptr);
        // DBSCAN and Gower K-Medoids have no SQL form (modelSql refuses them).
        m_sqlAction->setEnabled(seg && seg->result.algorithm != core::Algorithm::Dbscan &&
                                !(seg->result.algorithm == core::Algorithm::KMedoids &&
                                  seg->result.metric == core::Dissimilarity::Gower));
    });
    onLanguageChange(window, [this] { retranslate(); });
    retranslate();
}

void MainMenus::buildFileMenu() {
    m_fileMenu = m_window->menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainMenus::askOpen);
    m_openAction->setShortcut(QKeySequence::Open);
    m_databaseAction = m_fileMenu->addAction(QString(), this, [this] {
        auto* dialog = new DatabaseDialog(m_databases, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_sampleAction = m_fileMenu->addAction(QString(), this, [this] { m_documents->openSample(); });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_openProjectAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open project"), QString(),
                                                          tr("Gugus projects (*.gugus)"));
        if (!path.isEmpty()) {
            m_documents->openProject(path);
        }
    });
    m_saveProjectAction = m_fileMenu->addAction(QString(), this, [this] {
        QString path = QFileDialog::getSaveFileName(m_window, tr("Save project"), QString(),
                                                    tr("Gugus projects (*.gugus)"));
        if (path.isEmpty()) {
            return;
        }
        if (!path.endsWith(QStringLiteral(".gugus"))) {
            path += QStringLiteral(".gugus");
        }
        m_documents->saveProject(path);
    });
    m_fileMenu->addSeparator();
    m_saveLabelsAction = m_fileMenu->addAction(QString(), this, &MainMenus::askSaveLabelled);
    m_saveLabelsAction->setShortcut(QKeySequence::Save);
    m_saveSummaryAction = m_fileMenu->addAction(QString(), this, &MainMenus::askSaveSummary);
    m_saveLabelsAction->setEnabled(false);
    m_saveSummaryAction->setEnabled(false);
    m_reportAction = m_fileMenu->addAction(QString(), this, [this] {
        auto* dialog = new ExportReportDialog(m_reports, m_language->current(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_reportAction->setEnabled(false);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), m_window, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
}

void MainMenus::buildSegmentsMenu() {
    m_segmentsMenu = m_window->menuBar()->addMenu(QString());
    m_saveModelAction = m_segmentsMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Save segmentation model"),
                                                          QString(), tr("Gugus models (*.json)"));
        if (!path.isEmpty()) {
            m_scoring->saveModel(path);
        }
    });
    m_scoreAction = m_segmentsMenu->addAction(QString(), this, &MainMenus::askScore);
    m_scoreOneAction = m_segmentsMenu->addAction(QString(), this, &MainMenus::askScoreOne);
    m_sqlAction = m_segmentsMenu->addAction(QString(), this, &MainMenus::askExportSql);
    m_saveModelAction->setEnabled(false);
    m_sqlAction->setEnabled(false);
}

void MainMenus::buildViewAndHelpMenus() {
    m_viewMenu = m_window->menuBar()->addMenu(QString());
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

    m_helpMenu = m_window->menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        auto* about = new AboutDialog(m_window);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
}

void MainMenus::retranslate() {
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open data (CSV, Excel)…"));
    m_databaseAction->setText(tr("Open from &database…"));
    m_sampleAction->setText(tr("Open the &sample data"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_openProjectAction->setText(tr("Open &project…"));
    m_saveProjectAction->setText(tr("Save pro&ject…"));
    m_saveLabelsAction->setText(tr("Save &labelled data (CSV)…"));
    m_saveSummaryAction->setText(tr("Save segment s&ummary (JSON)…"));
    m_reportAction->setText(tr("Export &report (PDF, HTML, Excel)…"));
    m_quitAction->setText(tr("&Quit"));
    m_segmentsMenu->setTitle(tr("Se&gments"));
    m_saveModelAction->setText(tr("Save segmentation &model…"));
    m_scoreAction->setText(tr("&Score new customers with a model…"));
    m_scoreOneAction->setText(tr("Score &one customer…"));
    m_sqlAction->setText(tr("Export model as S&QL…"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Gugus"));
    rebuildRecentMenu();
}

void MainMenus::askOpen() {
    const QString dir = QSettings().value(QStringLiteral("files/lastDir")).toString();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open customer table"), dir,
        tr("Customer tables (*.csv *.tsv *.txt *.xlsx *.xlsm);;CSV files (*.csv *.tsv "
           "*.txt);;Excel workbooks (*.xlsx *.xlsm);;All files (*)"));
    if (!path.isEmpty()) {
        storeSetting(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
        openWithImportDialog(path);
    }
}

void MainMenus::openWithImportDialog(const QString& path) {
    ImportDialog dialog(path, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        m_documents->openFile(path, dialog.options(), dialog.sheet());
    }
}

void MainMenus::rememberRecent(const QString& path) {
    m_recent = withFirst(m_recent, path, kMaxRecent);
    // The stored list is updated where it is written, so a second window's files stay in it.
    changeSettings([path](QSettings& settings) {
        settings.setValue(
            QLatin1String(kRecentKey),
            withFirst(settings.value(QLatin1String(kRecentKey)).toStringList(), path, kMaxRecent));
    });
    rebuildRecentMenu();
}

void MainMenus::rebuildRecentMenu() {
    m_recentMenu->clear();
    for (const QString& path : std::as_const(m_recent)) {
        m_recentMenu->addAction(path, this, [this, path] { openWithImportDialog(path); });
    }
    m_recentMenu->setEnabled(!m_recent.isEmpty());
}

void MainMenus::askSaveLabelled() {
    if (!m_document->segmentation()) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save labelled data"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        m_documents->saveLabelled(path);
    }
}

void MainMenus::askSaveSummary() {
    if (!m_document->segmentation()) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save segment summary"),
                                                      QString(), tr("JSON files (*.json)"));
    if (!path.isEmpty()) {
        m_documents->saveSummary(path);
    }
}

void MainMenus::askScore() {
    auto* dialog = new ScoreDialog(m_scoring, m_databases, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainMenus::askScoreOne() {
    auto* dialog = new CustomerScoreDialog(m_scoring, m_document, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainMenus::askExportSql() {
    bool ok = false;
    const QString table =
        QInputDialog::getText(m_window, tr("Export model as SQL"),
                              tr("Name of the database table that holds the customers:"),
                              QLineEdit::Normal, QStringLiteral("customers"), &ok);
    if (!ok || table.isEmpty()) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export model as SQL"),
                                                      QString(), tr("SQL files (*.sql)"));
    if (!path.isEmpty()) {
        m_scoring->exportSql(path, table);
    }
}

} // namespace gugus::ui
