// An analysis survives what happens to the program and to its files: after a kill the next start
// offers the autosaved copy and restores it (names and colours included) without a modal dialog;
// a clean exit leaves no copy; saving a project keeps the previous file as NAME.gugus~; and a
// reopened project reads its data as it was read (decimal comma, tab, max rows, forced types),
// so it gives the same segments; a damaged project opened during a load leaves the load running.
// Names and colours go when the features change.
#include "controllers/autosave.h"
#include "controllers/document_controller.h"
#include "controllers/segmentation_controller.h"
#include "recovery_bar.h"
#include "state/document.h"
#include "support/job_runner.h"
#include "support/worker_pool.h"

#include "ui_test_support.h"
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>

#include <memory>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::contents;
using gugus::ui::test::finish;
using gugus::ui::test::writeFile;

namespace {

/// The Document and its controllers, as MainWindow assembles them.
struct Session {
    Document document;
    SegmentationController segmentation{&document};
    DocumentController documents{&document, &segmentation};
};

core::SegmentationOptions kMeans(int k) {
    core::SegmentationOptions options;
    options.k = k;
    return options;
}

/// A tab-separated file with decimal commas (which the sniffer reads as text unless told), an
/// integer code column the analyst makes categorical, and 40 rows past the 360 read.
QString writeDecimalCommaFile(const QString& dir) {
    const QString path = dir + QStringLiteral("/nasabah.tsv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return {};
    }
    f.write("id\tsaldo\tpendapatan\tkode\n");
    for (int i = 0; i < 400; ++i) {
        const int group = i % 3;
        const QString saldo = QString::number(group * 10.0 + (i * 37 % 100) / 25.0, 'f', 2);
        const QString income = QString::number(50.5 - group * 12.25 + (i * 13 % 17) / 4.0, 'f', 2);
        f.write(QStringLiteral("C%1\t%2\t%3\t%4\n")
                    .arg(i)
                    .arg(QString(saldo).replace(QLatin1Char('.'), QLatin1Char(',')))
                    .arg(QString(income).replace(QLatin1Char('.'), QLatin1Char(',')))
                    .arg((i * 7 + group) % 4 + 1)
                    .toUtf8());
    }
    return path;
}

} // namespace

class ProjectSafetyTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // The program's own names: the recovery folder is the one `gugus` uses, under a private
        // XDG_DATA_HOME shared with the child process.
        QApplication::setOrganizationName(QStringLiteral("Gugus"));
        QApplication::setApplicationName(QStringLiteral("Gugus"));
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
        QVERIFY(Autosave::directory().startsWith(m_home.path()));
    }

    void cleanup() { QDir(Autosave::directory()).removeRecursively(); }

    void theRecoveryCopyIsWrittenOnAWorkerNewestLastAndGoesWithTheProgram() {
        for (int round = 0; round < 5; ++round) {
            Session s;
            QVERIFY(finish(s.documents.openFile(QStringLiteral(GUGUS_SAMPLE_CSV))).ok());
            auto autosave = std::make_unique<Autosave>(&s.documents);
            QVERIFY(autosave->start());
            const QString path = autosave->path();
            // Changes faster than the writes, each asking for a copy: the newest lands last.
            for (int i = 0; i < 5; ++i) {
                core::Recipe recipe = s.document.recipe();
                recipe.filters = {
                    {"Jalur_Pembukaan", core::FilterOp::OneOf, {"change " + std::to_string(i)}}};
                s.document.setRecipe(recipe);
                autosave->saveNow();
            }
            QTRY_VERIFY_WITH_TIMEOUT(contents(path).contains("change 4"), 20000);
            QTest::qWait(50); // an older write landing late would show here
            QVERIFY(contents(path).contains("change 4"));
            // A clean exit right after asking for a copy leaves none, whether its write had
            // started or not.
            autosave->saveNow();
            autosave.reset();
            workerPool()->waitForDone();
            QVERIFY(!QFile::exists(path));
        }
    }

    void aKilledProgramsAnalysisIsOfferedAndRestored() {
        // A project of the sample with a named and a coloured segment.
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("analysis.gugus"));
        {
            Session s;
            QVERIFY(finish(s.documents.openFile(QStringLiteral(GUGUS_SAMPLE_CSV))).ok());
            QVERIFY(finish(s.segmentation.segment(kMeans(3))).ok());
            s.document.setSegmentName(0, QStringLiteral("Savers"));
            s.document.setSegmentColor(1, QColor(0x12, 0x34, 0x56));
            QVERIFY(finish(s.documents.saveProject(project)).ok());
        }

        // The program opens it, autosaves once it is segmented and named, and is killed.
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(GUGUS_APP_PATH), {project});
        QVERIFY(app.waitForStarted());
        QString copy;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto files = QDir(Autosave::directory())
                                       .entryInfoList({QStringLiteral("*.gugus")}, QDir::Files);
                copy = files.isEmpty() ? QString() : files.first().absoluteFilePath();
                return !copy.isEmpty() && contents(copy).contains("Savers");
            }(),
            60000);
        // While the program runs its copy is not a left-over: a second program leaves it alone.
        QVERIFY(Autosave::leftOvers().isEmpty());
        app.kill(); // SIGKILL: no destructor, no clean-up
        QVERIFY(app.waitForFinished());
        QCOMPARE(Autosave::leftOvers(), QStringList{copy});

        // The next start offers it in a bar (no modal dialog) and restores it on request.
        Language language;
        language.apply(QStringLiteral("en"), false);
        auto window = std::make_unique<MainWindow>(&language);
        window->startAutosave();
        RecoveryBar* bar = window->findChild<RecoveryBar*>(QStringLiteral("recoveryBar"));
        QVERIFY(bar);
        QVERIFY(!bar->isHidden());
        QCOMPARE(bar->offered(), QStringList{copy});
        QVERIFY(bar->choice()->isHidden()); // one copy: named in the text, nothing to choose
        QSignalSpy opened(window->documentController(), &DocumentController::projectOpened);
        bar->restoreButton()->click();
        QVERIFY(bar->isHidden());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        QVERIFY(opened.at(0).at(0).value<Outcome>().ok());
        Document* document = window->document();
        QCOMPARE(document->sourcePath(), QStringLiteral(GUGUS_SAMPLE_CSV));
        QCOMPARE(document->segmentCount(), 3);
        QCOMPARE(document->segmentName(0), QStringLiteral("Savers"));
        QCOMPARE(document->segmentColor(1), QColor(0x12, 0x34, 0x56));
        QVERIFY(!QFile::exists(copy)); // restored: this program's own copy takes over

        // This program's copy holds the restored analysis; a clean exit removes it.
        const QString own = window->autosave()->path();
        QTRY_VERIFY_WITH_TIMEOUT(contents(own).contains("Savers"), 20000);
        window.reset();
        QVERIFY(!QFile::exists(own));
        QVERIFY(Autosave::leftOvers().isEmpty());
    }

    void everyLeftOverIsOfferedAtOnce() {
        // Three left-overs without a live lock (as after three crashes): the oldest a project of
        // the sample, the other two damaged.
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("analysis.gugus"));
        {
            Session s;
            QVERIFY(finish(s.documents.openFile(QStringLiteral(GUGUS_SAMPLE_CSV))).ok());
            QVERIFY(finish(s.documents.saveProject(project)).ok());
        }
        QVERIFY(QDir().mkpath(Autosave::directory()));
        const QString oldest = Autosave::directory() + QStringLiteral("/autosave-1-1.gugus");
        const QString middle = Autosave::directory() + QStringLiteral("/autosave-2-2.gugus");
        const QString newest = Autosave::directory() + QStringLiteral("/autosave-3-3.gugus");
        for (const QString& path : {oldest, middle, newest}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(path == oldest ? contents(project) : QByteArray("{}"));
            f.close();
            QTest::qWait(20); // distinct modification times
        }
        QCOMPARE(Autosave::leftOvers(), (QStringList{newest, middle, oldest}));

        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        window.startAutosave();
        RecoveryBar* bar = window.recoveryBar();
        QVERIFY(!bar->isHidden());
        QCOMPARE(bar->offered(), (QStringList{newest, middle, oldest}));
        QVERIFY(!bar->choice()->isHidden());
        QCOMPARE(bar->choice()->count(), 3);
        QCOMPARE(bar->chosen(), newest);
        QVERIFY2(
            bar->choice()->itemText(2).endsWith(QStringLiteral(", data fundfusion_sample.csv")),
            qPrintable(bar->choice()->itemText(2)));
        QCOMPARE(bar->discardButton()->text(), QStringLiteral("Discard all"));

        // Restoring the chosen one removes it; the others are offered again.
        bar->choice()->setCurrentIndex(2);
        QSignalSpy opened(window.documentController(), &DocumentController::projectOpened);
        bar->restoreButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        QVERIFY(opened.at(0).at(0).value<Outcome>().ok());
        QCOMPARE(window.document()->sourcePath(), QStringLiteral(GUGUS_SAMPLE_CSV));
        QVERIFY(!QFile::exists(oldest));
        QTRY_VERIFY(!bar->isHidden());
        QCOMPARE(bar->offered(), (QStringList{newest, middle}));

        // Discard all removes every one left.
        bar->discardButton()->click();
        QVERIFY(bar->isHidden());
        QVERIFY(!QFile::exists(newest));
        QVERIFY(!QFile::exists(middle));
        QVERIFY(Autosave::leftOvers().isEmpty());
    }

    void savingAProjectKeepsThePreviousVersion() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("analysis.gugus"));
        Session s;
        QVERIFY(finish(s.documents.openFile(QStringLiteral(GUGUS_SAMPLE_CSV))).ok());
        QVERIFY(finish(s.segmentation.segment(kMeans(3))).ok());
        s.document.setSegmentName(0, QStringLiteral("First"));
        QVERIFY(finish(s.documents.saveProject(project)).ok());
        QVERIFY(!QFile::exists(project + QLatin1Char('~'))); // nothing to keep yet
        const QByteArray first = contents(project);
        s.document.setSegmentName(0, QStringLiteral("Second"));
        QVERIFY(finish(s.documents.saveProject(project)).ok());
        QCOMPARE(contents(project + QLatin1Char('~')), first);
        QVERIFY(contents(project).contains("Second"));
        // One level: the backup is the version just before, not the first one.
        const QByteArray second = contents(project);
        s.document.setSegmentName(0, QStringLiteral("Third"));
        QVERIFY(finish(s.documents.saveProject(project)).ok());
        QCOMPARE(contents(project + QLatin1Char('~')), second);
    }

    // Opening a project while data is loading: a damaged project fails alone and the load goes
    // on; a good one would replace the load, but a newer load replaces its reading in turn.
    void aDamagedProjectLeavesALoadInProgress() {
        QTemporaryDir dir;
        const QString damaged = dir.filePath(QStringLiteral("damaged.gugus"));
        QVERIFY(writeFile(damaged, "{\"format\": \"gugus-project\", \"version\": 1, \"source\": "));
        Session s;
        const QFuture<Outcome> load = s.documents.openFile(QStringLiteral(GUGUS_SAMPLE_CSV));
        const QFuture<Outcome> project = s.documents.openProject(damaged);
        const Outcome damagedEnd = finish(project);
        QVERIFY(damagedEnd.failed());
        QVERIFY2(damagedEnd.error != QStringLiteral("timed out"), qPrintable(damagedEnd.error));
        QVERIFY(finish(load).ok());
        QCOMPARE(s.document.table().rowCount(), 5000);

        const QString good = dir.filePath(QStringLiteral("sample.gugus"));
        QVERIFY(finish(s.segmentation.segment(kMeans(3))).ok());
        QVERIFY(finish(s.documents.saveProject(good)).ok());
        const QString other = writeDecimalCommaFile(dir.path());
        JobRunner* projectReads = s.documents.runners().last();
        QSignalSpy ends(projectReads, &JobRunner::finished);
        const QFuture<Outcome> reading = s.documents.openProject(good);
        const QFuture<Outcome> newer = s.documents.openFile(other);
        QVERIFY(finish(reading).cancelled());
        // Replaced, not cancelled: the status bar says nothing of it while the new load runs.
        QCOMPARE(ends.count(), 1);
        QCOMPARE(ends.at(0).at(1).value<JobEnd>(), JobEnd::Replaced);
        QVERIFY(finish(newer).ok());
        QCOMPARE(s.document.table().rowCount(), 400);
    }

    void aReopenedProjectReadsItsDataAlikeAndGivesTheSameSegments() {
        QTemporaryDir dir;
        const QString data = writeDecimalCommaFile(dir.path());
        QVERIFY(!data.isEmpty());
        core::CsvOptions read;
        read.delimiter = '\t';
        read.decimal = core::DecimalSeparator::Comma;
        read.maxRows = 360;
        const QString project = dir.filePath(QStringLiteral("nasabah.gugus"));
        core::Labels labels;
        {
            Session s;
            QVERIFY(finish(s.documents.openFile(data, read)).ok());
            QCOMPARE(s.document.table().rowCount(), 360);
            QCOMPARE(s.document.table().column("saldo").type(), core::ColumnType::Numeric);
            // The analyst makes the code categorical in the Dataset view.
            QVERIFY(finish(s.documents.convertColumn(QStringLiteral("kode"),
                                                     core::ColumnType::Categorical))
                        .ok());
            QCOMPARE(s.document.table().column("kode").type(), core::ColumnType::Categorical);
            QVERIFY(finish(s.segmentation.segment(kMeans(3))).ok());
            labels = s.document.segmentation()->result.tableLabels;
            QVERIFY(finish(s.documents.saveProject(project)).ok());
        }
        Session reopened;
        QVERIFY(finish(reopened.documents.openProject(project)).ok());
        const core::Table& table = reopened.document.table();
        QCOMPARE(table.rowCount(), 360);
        QCOMPARE(table.column("saldo").type(), core::ColumnType::Numeric);
        QCOMPARE(table.column("pendapatan").type(), core::ColumnType::Numeric);
        QCOMPARE(table.column("kode").type(), core::ColumnType::Categorical);
        QVERIFY(reopened.document.segmentation());
        QVERIFY(reopened.document.segmentation()->result.tableLabels == labels);
    }

    void namesAndColoursGoWhenTheFeaturesChange() {
        Session s;
        QVERIFY(finish(s.documents.openFile(QStringLiteral(GUGUS_SAMPLE_CSV))).ok());
        QVERIFY(finish(s.segmentation.segment(kMeans(3))).ok());
        s.document.setSegmentName(0, QStringLiteral("Savers"));
        s.document.setSegmentColor(0, QColor(0x12, 0x34, 0x56));
        // The same settings again: the same segments, names and colours kept.
        QVERIFY(finish(s.segmentation.segment(kMeans(3))).ok());
        QCOMPARE(s.document.segmentName(0), QStringLiteral("Savers"));
        QCOMPARE(s.document.segmentColor(0), QColor(0x12, 0x34, 0x56));
        // One feature less: other segments, default names and colours.
        core::Recipe recipe = s.document.recipe();
        for (auto& spec : recipe.columns) {
            if (spec.name == "Usia") {
                spec.role = core::Role::Ignore;
            }
        }
        s.document.setRecipe(recipe);
        QVERIFY(finish(s.segmentation.segment(kMeans(3))).ok());
        QCOMPARE(s.document.segmentName(0), QStringLiteral("Segment 1"));
        QCOMPARE(s.document.segmentColor(0), Document::defaultColor(0));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(ProjectSafetyTest)
#include "test_project_safety.moc"
