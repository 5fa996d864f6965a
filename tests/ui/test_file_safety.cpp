// The desktop program never writes over what the user opened: saving labelled data, the summary,
// a project or a model onto the data file is refused with a translated reason, and scoring never
// writes over its model or its input. A named pipe given as data is refused, never waited on.
#include "controllers/document_controller.h"
#include "controllers/scoring_controller.h"
#include "controllers/segmentation_controller.h"
#include "state/document.h"

#include "ui_test_support.h"
#include <QFile>
#include <QTemporaryDir>

#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::contents;
using gugus::ui::test::finish;

class FileSafetyTest : public QObject {
    Q_OBJECT
private slots:
    void aNamedPipeIsRefusedNotWaitedOn() {
        // A pipe with no writer would block the loading worker in open() for good: past Cancel,
        // and the program could not quit. It is refused at once with the reason.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("customers.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        Document document;
        SegmentationController segmentation(&document);
        DocumentController documents(&document, &segmentation);
        const Outcome o = finish(documents.openFile(fifo), 10000);
        // Should a worker wait in open() after all (a failing check), a writer releases it, so
        // that the test ends instead of waiting for it at exit.
        if (const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            writer >= 0) {
            ::close(writer);
        }
        QVERIFY(o.failed());
        QVERIFY2(o.error.contains(QStringLiteral("cannot be read")), qPrintable(o.error));
        QVERIFY(!document.hasData());

        // Nor is it scored: the same pipe as the customers to score with a saved model.
        QVERIFY(finish(documents.openSample()).ok());
        core::SegmentationOptions options;
        options.k = 3;
        QVERIFY(finish(segmentation.segment(options)).ok());
        ScoringController scoring(&document);
        const QString model = dir.filePath(QStringLiteral("model.json"));
        QVERIFY(finish(scoring.saveModel(model)).ok());
        const Outcome scored =
            finish(scoring.scoreFile(model, fifo, dir.filePath(QStringLiteral("out.csv"))), 10000);
        if (const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            writer >= 0) {
            ::close(writer);
        }
        QVERIFY(scored.failed());
        QVERIFY2(scored.error.contains(QStringLiteral("cannot be read")), qPrintable(scored.error));
    }

    void savesNeverReplaceTheOpenData() {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("customers.csv"));
        QVERIFY(QFile::copy(QStringLiteral(GUGUS_SAMPLE_CSV), data));
        const QByteArray before = contents(data);

        Document document;
        SegmentationController segmentation(&document);
        DocumentController documents(&document, &segmentation);
        ScoringController scoring(&document);
        QVERIFY(finish(documents.openFile(data)).ok());
        core::SegmentationOptions options;
        options.k = 3;
        QVERIFY(finish(segmentation.segment(options)).ok());

        const QString sameFile = dir.path() + QStringLiteral("/./customers.csv");
        for (auto save : {&DocumentController::saveLabelled, &DocumentController::saveSummary,
                          &DocumentController::saveProject}) {
            const Outcome o = finish((documents.*save)(sameFile));
            QVERIFY(o.failed());
            QVERIFY2(o.error.contains(QStringLiteral("destroy")), qPrintable(o.error));
        }
        QVERIFY(finish(scoring.saveModel(data)).failed());
        QCOMPARE(contents(data), before);

        // Scoring: the output may be neither the model nor the file scored.
        const QString model = dir.filePath(QStringLiteral("model.json"));
        QVERIFY(finish(scoring.saveModel(model)).ok());
        const QByteArray modelText = contents(model);
        QVERIFY(finish(scoring.scoreFile(model, data, model)).failed());
        QVERIFY(finish(scoring.scoreFile(model, data, data)).failed());
        QCOMPARE(contents(model), modelText);
        QCOMPARE(contents(data), before);
        // A distinct output is written.
        const QString scored = dir.filePath(QStringLiteral("scored.csv"));
        QVERIFY(finish(scoring.scoreFile(model, data, scored)).ok());
        QVERIFY(QFile::exists(scored));
    }
};

QTEST_MAIN(FileSafetyTest)
#include "test_file_safety.moc"
