// A UTF-16 file (Excel's "Unicode text") is converted to UTF-8 on load, and the user is told: in
// the import dialog's preview, the load message, the line above the data table (in English and
// Indonesian) and the saved summary's warnings.
#include "controllers/document_controller.h"
#include "dataset/dataset_view.h"
#include "dataset/import_dialog.h"
#include "main_window.h"
#include "segments/segments_view.h"
#include "state/document.h"

#include "ui_test_support.h"
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::contents;
using gugus::ui::test::finish;
using gugus::ui::test::writeFile;

namespace {

/// `text` (ASCII) as UTF-16LE behind its byte-order mark, tab-separated with CRLF line ends.
QByteArray unicodeText(const QByteArray& csv) {
    QByteArray out("\xFF\xFE", 2);
    for (const char c : csv) {
        for (const char unit :
             c == '\n' ? QByteArray("\r\n") : QByteArray(1, c == ',' ? '\t' : c)) {
            out.append(unit);
            out.append('\0');
        }
    }
    return out;
}

/// The sample's first `rows` lines as Excel's Unicode text.
QByteArray sampleAsUnicodeText(int rows) {
    const QList<QByteArray> lines = contents(QStringLiteral(GUGUS_SAMPLE_CSV)).split('\n');
    return unicodeText(lines.mid(0, rows + 1).join('\n') + '\n');
}

} // namespace

class EncodingTest : public QObject {
    Q_OBJECT
private slots:
    void utf16FileIsReadAndTheUserIsTold() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nasabah.txt"));
        QVERIFY(writeFile(path, sampleAsUnicodeText(400)));

        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        QVERIFY(finish(window.documentController()->openFile(path)).ok());
        QCOMPARE(window.document()->table().rowCount(), 400);
        const QString note = QStringLiteral(
            "The file is UTF-16LE text: it was read as UTF-8, and files saved from it are UTF-8.");
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.startsWith(QStringLiteral("Loaded 400 rows")) && message.contains(note),
                 qPrintable(message));
        QLabel* above = window.datasetView()->selectionLabel();
        QVERIFY2(above->text().contains(note), qPrintable(above->text()));
        language.apply(QStringLiteral("id"), false); // the views retranslate on the event
        QTRY_VERIFY2(above->text().contains(
                         QStringLiteral("Berkas ini berupa teks UTF-16LE: dibaca sebagai UTF-8")),
                     qPrintable(above->text()));
        QVERIFY(!above->text().contains(note));
        language.apply(QStringLiteral("en"), false);

        // The saved summary lists it among its warnings, before the run's.
        window.segmentsView()->setK(3);
        QVERIFY(finish(window.segmentsView()->runSegmentation()).ok());
        const QString summary = dir.filePath(QStringLiteral("summary.json"));
        QVERIFY(finish(window.documentController()->saveSummary(summary)).ok());
        const auto warnings = nlohmann::json::parse(contents(summary).toStdString()).at("warnings");
        QVERIFY(!warnings.empty());
        QCOMPARE(warnings.at(0).get<std::string>(), std::string("utf16:UTF-16LE"));

        // A UTF-8 file says nothing of the kind.
        QVERIFY(finish(window.documentController()->openSample()).ok());
        QVERIFY(!above->text().contains(QStringLiteral("UTF-16")));
        QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("UTF-16")));
    }

    void importRowLimitReadsTheFirstRowsAndSaysSo() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nasabah.csv"));
        const QList<QByteArray> lines = contents(QStringLiteral(GUGUS_SAMPLE_CSV)).split('\n');
        QVERIFY(writeFile(path, lines.mid(0, 401).join('\n') + '\n'));
        ImportDialog dialog(path);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.busy(), 20000);
        QCOMPARE(dialog.options().maxRows, std::int64_t(-1)); // off unless asked for
        dialog.setRowLimit(150);
        QCOMPARE(dialog.options().maxRows, std::int64_t(150));

        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        QVERIFY(finish(window.documentController()->openFile(path, dialog.options())).ok());
        QCOMPARE(window.document()->table().rowCount(), 150);
        const QString note = QStringLiteral(
            "Only the first 150 rows of the file were read (the import's row limit).");
        QLabel* above = window.datasetView()->selectionLabel();
        QVERIFY2(above->text().contains(note), qPrintable(above->text()));
        dialog.setRowLimit(0);
        QCOMPARE(dialog.options().maxRows, std::int64_t(-1));
        QVERIFY(finish(window.documentController()->openFile(path, dialog.options())).ok());
        QCOMPARE(window.document()->table().rowCount(), 400);
        QVERIFY(!above->text().contains(QStringLiteral("Only the first")));
    }

    void importDialogPreviewsALongUtf16File() {
        // Longer than the preview's 64 KiB head: the head is cut after a whole UTF-16 line end
        // (not after the '\n' byte, which would leave half a character).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nasabah.txt"));
        const QByteArray bytes = sampleAsUnicodeText(1000);
        QVERIFY(bytes.size() > 64 * 1024);
        QVERIFY(writeFile(path, bytes));
        ImportDialog dialog(path);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.busy(), 20000);
        QVERIFY2(dialog.previewError().isEmpty(), qPrintable(dialog.previewError()));
        QCOMPARE(dialog.previewRows(), 20);
        QVERIFY2(dialog.previewStatus().contains(QStringLiteral("UTF-16LE text read as UTF-8")),
                 qPrintable(dialog.previewStatus()));
        QCOMPARE(dialog.options().delimiter, char(0));
    }
};

QTEST_MAIN(EncodingTest)
#include "test_encoding.moc"
