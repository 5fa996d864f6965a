// File ▸ Export report through the dialog and the report controller: the preview renders pages,
// the export writes the file the extension asks for with the names the user gave, and it never
// writes over the open data.
#include "controllers/document_controller.h"
#include "controllers/report_controller.h"
#include "controllers/segmentation_controller.h"
#include "export/export_report_dialog.h"
#include "segments/overview_view.h"
#include "state/document.h"

#include "ui_test_support.h"
#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <QTest>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::finish;

class ExportReportTest : public QObject {
    Q_OBJECT
private slots:
    void previewAndExport() {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("customers.csv"));
        QVERIFY(QFile::copy(QStringLiteral(GUGUS_SAMPLE_CSV), data));
        Document document;
        SegmentationController segmentation(&document);
        DocumentController documents(&document, &segmentation);
        ReportController reports(&document);
        QVERIFY(finish(documents.openFile(data)).ok());
        core::SegmentationOptions options;
        options.k = 3;
        QVERIFY(finish(segmentation.segment(options)).ok());
        document.setSegmentName(1, QStringLiteral("Keluarga muda"));
        // The recommended action is written in the Overview's last column.
        OverviewView overview(&document);
        QTableWidget* table = overview.findChild<QTableWidget*>();
        QVERIFY(table);
        table->item(1, OverviewView::Action)->setText(QStringLiteral("Tawarkan tabungan keluarga"));
        QCOMPARE(document.segmentAction(1), QStringLiteral("Tawarkan tabungan keluarga"));

        ExportReportDialog dialog(&reports, QStringLiteral("id"));
        QCOMPARE(dialog.choice().language, QStringLiteral("id"));
        QSignalSpy ready(&reports, &ReportController::previewReady);
        dialog.refreshPreview();
        QVERIFY(ready.wait(120000));
        QVERIFY(dialog.previewPages() >= 4);

        const QString html = dir.filePath(QStringLiteral("report.html"));
        QVERIFY(finish(reports.exportReport(html, dialog.choice())).ok());
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray text = page.readAll();
        QVERIFY(text.contains("Keluarga muda"));
        QVERIFY(text.contains("Tawarkan tabungan keluarga"));

        // The action travels in the project file.
        const QString projectPath = dir.filePath(QStringLiteral("analysis.gugus"));
        QVERIFY(finish(documents.saveProject(projectPath)).ok());
        Document reopened;
        SegmentationController reopenedSegmentation(&reopened);
        DocumentController reopenedDocuments(&reopened, &reopenedSegmentation);
        QVERIFY(finish(reopenedDocuments.openProject(projectPath)).ok());
        QCOMPARE(reopened.segmentAction(1), QStringLiteral("Tawarkan tabungan keluarga"));
        QCOMPARE(reopened.segmentName(1), QStringLiteral("Keluarga muda"));
        QVERIFY(text.contains("lang=\"id\""));

        // A report is never written over the open data, whatever its name.
        const QString oddName = dir.filePath(QStringLiteral("customers.xlsx"));
        QVERIFY(QFile::copy(QStringLiteral(GUGUS_SAMPLE_CSV), oddName));
        QVERIFY(finish(documents.openFile(oddName)).ok());
        QVERIFY(finish(segmentation.segment(options)).ok());
        const Outcome refused = finish(reports.exportReport(oddName, dialog.choice()));
        QVERIFY(refused.failed());
        QVERIFY2(refused.error.contains(QStringLiteral("destroy")), qPrintable(refused.error));
        QFile sample(QStringLiteral(GUGUS_SAMPLE_CSV));
        QFile kept(oddName);
        QVERIFY(sample.open(QIODevice::ReadOnly) && kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), sample.readAll());
    }
};

QTEST_MAIN(ExportReportTest)
#include "test_export_report.moc"
