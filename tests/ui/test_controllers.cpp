// The controllers and their job runners, without widgets: jobs of different kinds never cancel
// each other, a newer job of a kind cancels the older one, a cancelled or replaced job always says
// so, and the open-project chain reports its end (done, failed or cancelled, with the step).
#include "controllers/document_controller.h"
#include "controllers/explore_controller.h"
#include "controllers/scoring_controller.h"
#include "controllers/segmentation_controller.h"
#include "controllers/selection_controller.h"
#include "data/csv_reader.h"
#include "explore/explore_defaults.h"
#include "state/document.h"
#include "support/file_saver.h"
#include "support/job_runner.h"
#include "support/job_status.h"

#include "ui_test_support.h"
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPolygonF>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::finish;

namespace {

/// The Outcome a *Finished signal carried.
Outcome outcomeAt(const QSignalSpy& spy, int i) {
    return spy.at(i).at(0).value<Outcome>();
}

/// A job that runs until cancelled (or `release` is set), reporting progress.
std::function<int(core::Progress&)> spinUntilCancelled(std::shared_ptr<std::atomic<bool>> release) {
    return [release](core::Progress& progress) {
        for (int i = 0; i < 60000; ++i) { // a minute at most
            progress.report(i, 60000, "kmeans");
            if (progress.cancelled()) {
                throw core::Cancelled();
            }
            if (release && *release) {
                return i;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        return -1;
    };
}

/// The Document and its controllers, as MainWindow assembles them, with the sample loaded and
/// the product flags as features (the count of products and everything else read against them).
struct Session {
    Document document;
    SegmentationController segmentation{&document};
    DocumentController documents{&document, &segmentation};
    ScoringController scoring{&document};

    bool open() {
        if (!finish(documents.openSample(), 20000).ok()) {
            return false;
        }
        core::Recipe recipe = document.recipe();
        for (auto& spec : recipe.columns) {
            if (spec.role != core::Role::Id) {
                const bool flag =
                    spec.group == "Products" && spec.name != "Total_Kepemilikan_Produk";
                spec.role = flag ? core::Role::Feature : core::Role::ProfileOnly;
            }
        }
        document.setRecipe(recipe);
        return true;
    }
};

core::SegmentationOptions kMeans(int k) {
    core::SegmentationOptions o;
    o.k = k;
    return o;
}

} // namespace

class ControllersTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QApplication::setOrganizationName(QStringLiteral("GugusTest"));
        QApplication::setApplicationName(QStringLiteral("GugusTest"));
    }

    // --- the runner ------------------------------------------------------------------------

    void theProductCountIsFoundWithTheDataThatHasIt() {
        // Found on the worker that reads or converts the data and handed over with it: the count
        // of products beside its flags; none once the count is no longer a number.
        Session s;
        QVERIFY(s.open());
        QCOMPARE(s.document.sumColumns().size(), std::size_t(1));
        QCOMPARE(s.document.sumColumns()[0].column, std::string("Total_Kepemilikan_Produk"));
        QCOMPARE(s.document.sumColumns()[0].parts.size(), std::size_t(6));
        const QString count = QStringLiteral("Total_Kepemilikan_Produk");
        QVERIFY(finish(s.documents.convertColumn(count, core::ColumnType::Categorical)).ok());
        QVERIFY(s.document.sumColumns().empty());
        QVERIFY(finish(s.documents.convertColumn(count, core::ColumnType::Numeric)).ok());
        QCOMPARE(s.document.sumColumns().size(), std::size_t(1));
    }

    void aReplacedJobReportsThatItWasReplaced() {
        JobRunner runner(JobRunner::Policy::ReplaceRunning);
        QSignalSpy ends(&runner, &JobRunner::finished);
        JobOutcome<int> first;
        bool firstDone = false;
        const QFuture<Outcome> older = runner.run<int>(
            QStringLiteral("older"), spinUntilCancelled(nullptr), [&](JobOutcome<int> o) {
                first = o;
                firstDone = true;
            });
        auto release = std::make_shared<std::atomic<bool>>(true);
        const QFuture<Outcome> newer =
            runner.run<int>(QStringLiteral("newer"), spinUntilCancelled(release));
        QVERIFY(finish(newer).ok());
        QVERIFY(finish(older).cancelled());
        QVERIFY(firstDone); // its completion ran, it was not dropped
        QVERIFY(first.cancelled && first.replaced && !first.value);
        QCOMPARE(ends.count(), 2);
        QList<JobEnd> seen;
        for (const auto& args : ends) {
            seen << args.at(1).value<JobEnd>();
        }
        QVERIFY(seen.contains(JobEnd::Replaced) && seen.contains(JobEnd::Done));
        QVERIFY(!runner.busy());
    }

    void jobsThatRunAlongsideAllFinish() {
        JobRunner runner(JobRunner::Policy::RunAlongside);
        auto release = std::make_shared<std::atomic<bool>>(false);
        const QFuture<Outcome> a =
            runner.run<int>(QStringLiteral("a"), spinUntilCancelled(release));
        const QFuture<Outcome> b =
            runner.run<int>(QStringLiteral("b"), spinUntilCancelled(release));
        QTest::qWait(50);
        QVERIFY(!a.isFinished() && !b.isFinished());
        *release = true;
        QVERIFY(finish(a).ok());
        QVERIFY(finish(b).ok());
    }

    void jobsOfSeveralKindsRunAtOnceEvenOnTwoCores() {
        // A save must not wait in the thread pool's queue behind a long sweep and auto-tune.
        JobRunner sweeps;
        JobRunner tunes;
        JobRunner saves(JobRunner::Policy::RunAlongside);
        auto release = std::make_shared<std::atomic<bool>>(false);
        auto running = std::make_shared<std::atomic<int>>(0);
        const auto job = [release, running](core::Progress&) {
            ++*running;
            while (!*release) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            return 1;
        };
        QList<QFuture<Outcome>> jobs;
        for (JobRunner* runner : {&sweeps, &tunes, &saves}) {
            jobs << runner->run<int>(QStringLiteral("job"), job);
        }
        QTRY_COMPARE_WITH_TIMEOUT(running->load(), 3, 5000);
        *release = true;
        for (const auto& j : jobs) {
            QVERIFY(finish(j).ok());
        }
    }

    void aCancelledJobReportsCancelledEvenWhenItsValueArrived() {
        JobRunner runner;
        // The work ends at once; the cancel comes before the GUI thread hears of it.
        const QFuture<Outcome> job =
            runner.run<int>(QStringLiteral("quick"), [](core::Progress&) { return 7; });
        runner.cancel();
        QVERIFY(finish(job).cancelled());
    }

    void theStatusBarShowsTheLatestJobAndCancelReachesIt() {
        QStatusBar bar;
        JobStatus status(&bar);
        JobRunner sweeps;
        JobRunner saves(JobRunner::Policy::RunAlongside);
        status.watch(&sweeps);
        status.watch(&saves);
        auto release = std::make_shared<std::atomic<bool>>(false);
        const QFuture<Outcome> sweep =
            sweeps.run<int>(QStringLiteral("Trying k"), spinUntilCancelled(nullptr));
        const QFuture<Outcome> save =
            saves.run<int>(QStringLiteral("Saving"), spinUntilCancelled(release));
        QCOMPARE(status.runningCount(), 2);
        QCOMPARE(status.shownTitle(), QStringLiteral("Saving"));
        QVERIFY(status.cancelButton()->isVisibleTo(&bar));
        *release = true; // the save ends: the sweep, still running, is shown again
        QVERIFY(finish(save).ok());
        QCOMPARE(status.shownTitle(), QStringLiteral("Trying k"));
        status.cancelButton()->click();
        QVERIFY(finish(sweep).cancelled());
        QCOMPARE(status.runningCount(), 0);
        QVERIFY(!status.cancelButton()->isVisibleTo(&bar));
        QCOMPARE(bar.currentMessage(), QStringLiteral("Cancelled."));
    }

    // --- the controllers -----------------------------------------------------------------------

    void savingWhileAutoTuneRunsDoesNotCancelIt() {
        Session s;
        QVERIFY(s.open());
        QVERIFY(finish(s.segmentation.segment(kMeans(4))).ok());
        QSignalSpy tuned(&s.segmentation, &SegmentationController::tuneFinished);
        const QFuture<Outcome> tune = s.segmentation.autoTune({});
        QTemporaryDir dir;
        const QFuture<Outcome> summary =
            s.documents.saveSummary(dir.filePath(QStringLiteral("summary.json")));
        const QFuture<Outcome> model = s.scoring.saveModel(dir.filePath(QStringLiteral("m.json")));
        const QFuture<Outcome> labelled =
            s.documents.saveLabelled(dir.filePath(QStringLiteral("labelled.csv")));
        QVERIFY(!tune.isFinished()); // the saves started while the auto-tune runs
        QVERIFY(finish(summary).ok());
        QVERIFY(finish(model).ok());
        QVERIFY(finish(labelled).ok());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("summary.json"))));
        QVERIFY(finish(tune, 120000).ok());
        QVERIFY(s.segmentation.tuneResult() && !s.segmentation.tuneResult()->best.empty());
        QCOMPARE(tuned.count(), 1);
        QVERIFY(outcomeAt(tuned, 0).ok());
    }

    void aSecondSegmentationCancelsTheFirstWhichSaysSo() {
        Session s;
        QVERIFY(s.open());
        QSignalSpy ends(&s.segmentation, &SegmentationController::segmentationFinished);
        QSignalSpy changes(&s.document, &Document::segmentationChanged);
        const QFuture<Outcome> first = s.segmentation.segment(kMeans(3));
        const QFuture<Outcome> second = s.segmentation.segment(kMeans(5));
        QVERIFY(finish(second).ok());
        QVERIFY(finish(first).cancelled());
        QCOMPARE(ends.count(), 2);
        int cancelled = 0;
        for (int i = 0; i < ends.count(); ++i) {
            cancelled += outcomeAt(ends, i).cancelled() ? 1 : 0;
        }
        QCOMPARE(cancelled, 1);
        QCOMPARE(changes.count(), 1); // only the second one's result was shown
        QCOMPARE(s.document.segmentation()->result.k, 5);
    }

    void aSweepDoesNotCancelASegmentationNorTheOtherWayRound() {
        Session s;
        QVERIFY(s.open());
        const QFuture<Outcome> sweep = s.segmentation.sweep(kMeans(0));
        const QFuture<Outcome> segment = s.segmentation.segment(kMeans(4));
        QVERIFY(finish(segment).ok());
        QVERIFY(finish(sweep).ok());
        QVERIFY(s.document.sweep());
        QCOMPARE(s.document.segmentation()->result.k, 4);
    }

    void openingAProjectWhileOtherJobsRunCompletesTheChain() {
        Session s;
        QVERIFY(s.open());
        QVERIFY(finish(s.segmentation.segment(kMeans(4))).ok());
        s.document.setSegmentName(1, QStringLiteral("Penabung"));
        const core::Labels before = s.document.segmentation()->result.tableLabels;
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("analysis.gugus"));
        QVERIFY(finish(s.documents.saveProject(project)).ok());

        // An auto-tune and a sweep of the open data run; a save and a chart start mid-chain.
        QSignalSpy tuned(&s.segmentation, &SegmentationController::tuneFinished);
        QSignalSpy swept(&s.segmentation, &SegmentationController::sweepFinished);
        const QFuture<Outcome> tune = s.segmentation.autoTune({});
        const QFuture<Outcome> sweep = s.segmentation.sweep(kMeans(0));
        QSignalSpy opened(&s.documents, &DocumentController::projectOpened);
        const QFuture<Outcome> chain = s.documents.openProject(project);
        const QFuture<Outcome> save =
            s.documents.saveSummary(dir.filePath(QStringLiteral("summary.json")));
        ExploreController explore(&s.document);
        ExploreRequest charts;
        charts.numeric = "Usia";
        const QFuture<Outcome> chart = explore.compute(charts);
        QVERIFY(finish(chain).ok());
        QCOMPARE(opened.count(), 1);
        QVERIFY(outcomeAt(opened, 0).ok());
        QCOMPARE(s.document.segmentation()->result.k, 4);
        QVERIFY(s.document.segmentation()->result.tableLabels == before);
        QCOMPARE(s.document.segmentName(1), QStringLiteral("Penabung"));
        // The other jobs all ended and said how: the save and the chart are done; the sweep and
        // the auto-tune either finished before the project replaced their data or ended
        // cancelled by it, never silently.
        QVERIFY(finish(save).ok());
        QVERIFY(finish(chart).ok());
        QVERIFY(!finish(sweep).failed());
        QVERIFY(!finish(tune, 120000).failed());
        QCOMPARE(swept.count(), 1);
        QCOMPARE(tuned.count(), 1);
    }

    void aWorkbookSheetOpensAndItsProjectRemembersTheSheet() {
        Session s;
        const QString book = QStringLiteral(GUGUS_TEST_DATA_DIR "/xlsx/customers.xlsx");
        QVERIFY(finish(s.documents.openFile(book, {}, QStringLiteral("Ringkasan")), 20000).ok());
        QCOMPARE(s.document.table().rowCount(), std::int64_t(5));
        QCOMPARE(s.documents.sourceSheet(), QStringLiteral("Ringkasan"));
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("book.gugus"));
        QVERIFY(finish(s.documents.saveProject(project)).ok());

        Session again;
        QVERIFY(finish(again.documents.openProject(project), 20000).ok());
        QCOMPARE(again.documents.sourceSheet(), QStringLiteral("Ringkasan"));
        QCOMPARE(again.document.table().fingerprint(), s.document.table().fingerprint());

        // A sheet that is gone fails the chain at the data step, with the sheets it has.
        QSignalSpy failed(&again.documents, &DocumentController::loadFailed);
        const Outcome missing =
            finish(again.documents.openFile(book, {}, QStringLiteral("Rekap")), 20000);
        QVERIFY(missing.failed());
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("Nasabah, Ringkasan")),
                 qPrintable(failed.at(0).at(1).toString()));
    }

    void newDataEndsTheJobsOnTheOldDataCancelled() {
        Session s;
        QVERIFY(s.open());
        QSignalSpy tuned(&s.segmentation, &SegmentationController::tuneFinished);
        const QFuture<Outcome> tune = s.segmentation.autoTune({});
        const QFuture<Outcome> segment = s.segmentation.segment(kMeans(4));
        s.document.setData(s.document.data(), s.document.sourcePath());
        QVERIFY(finish(tune).cancelled());
        QVERIFY(finish(segment).cancelled());
        QCOMPARE(tuned.count(), 1);
        QVERIFY(outcomeAt(tuned, 0).cancelled());
        QVERIFY(!s.document.segmentation());
    }

    void aRowSelectionKeepsEachTableRowOnceInOrder() {
        const RowSelection selection({9, 3, 3, -1, 12, 0}, 10);
        QCOMPARE(selection.rows(), (std::vector<qint64>{0, 3, 9}));
        QVERIFY(selection.contains(0) && selection.contains(3) && selection.contains(9));
        QVERIFY(!selection.contains(4) && !selection.contains(12) && !selection.contains(-1));
        QVERIFY(RowSelection({}, 10).empty());
        QVERIFY(!RowSelection({}, 10).contains(0));
        QVERIFY(RowSelection({5}, 0).empty());
    }

    void theMapSelectionIsFoundOnAWorkerAndNewDataDropsIt() {
        Session s;
        QVERIFY(s.open());
        SelectionController selection(&s.document);
        QVERIFY(!selection.selectInside(QRectF(0, 0, 1, 1)).result().ok()); // nothing to select
        QVERIFY(finish(s.segmentation.segment(kMeans(3))).ok());
        const Segmentation* seg = s.document.segmentation();
        // A triangle over the middle of the map; the rows Qt finds inside it.
        const auto& scores = seg->pca.scores;
        const double x0 = scores.col(0).minCoeff(), x1 = scores.col(0).maxCoeff();
        const double y0 = scores.col(1).minCoeff(), y1 = scores.col(1).maxCoeff();
        const QPolygonF triangle(
            {QPointF(x0, y0), QPointF(x1, (y0 + y1) / 2), QPointF((x0 + x1) / 2, y1)});
        std::vector<qint64> inside;
        for (Eigen::Index i = 0; i < scores.rows(); ++i) {
            if (triangle.containsPoint(QPointF(scores(i, 0), scores(i, 1)), Qt::OddEvenFill)) {
                inside.push_back(seg->result.data.rows[std::size_t(i)]);
            }
        }
        QVERIFY(!inside.empty() && inside.size() < std::size_t(scores.rows()));
        QSignalSpy changed(&s.document, &Document::selectionChanged);
        const QFuture<Outcome> found = selection.selectInside(triangle);
        QCOMPARE(changed.count(), 0); // found on a worker, set on the GUI thread later
        QVERIFY(finish(found).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(s.document.selectedRows(), inside);

        // New data while a selection is found: its rows would be another table's.
        const QFuture<Outcome> late = selection.selectInside(QRectF(x0, y0, x1 - x0, y1 - y0));
        s.document.setData(s.document.data(), s.document.sourcePath());
        QVERIFY(finish(late).cancelled());
        QVERIFY(s.document.selectedRows().empty());

        // Clearing stops a selection under way.
        QVERIFY(s.open());
        QVERIFY(finish(s.segmentation.segment(kMeans(3))).ok());
        QVERIFY(finish(selection.selectInside(QRectF(x0, y0, x1 - x0, y1 - y0))).ok());
        QVERIFY(!s.document.selectedRows().empty());
        const QFuture<Outcome> cleared = selection.selectInside(triangle);
        selection.clear();
        QVERIFY(s.document.selectedRows().empty());
        QVERIFY(finish(cleared).cancelled());
        QVERIFY(s.document.selectedRows().empty());
    }

    void theOldDataAndSegmentationAreFreedOffTheGuiThread() {
        // A million customers' table or segmentation is hundreds of MB: the document lets go of
        // the old ones on a worker. Each value here records the thread that deletes it.
        QThread* const gui = QThread::currentThread();
        std::atomic<QThread*> dataFreedOn{nullptr};
        std::atomic<QThread*> segmentationFreedOn{nullptr};
        core::NullProgress progress;
        const auto read = [&](const char* csv) {
            return core::readCsvText(csv, core::CsvOptions{}, progress);
        };
        Document document;
        document.setData(std::shared_ptr<const core::CsvReadResult>(
                             new core::CsvReadResult(read("age,income\n20,10\n30,20\n")),
                             [&](const core::CsvReadResult* p) {
                                 dataFreedOn = QThread::currentThread();
                                 delete p;
                             }),
                         QStringLiteral("old.csv"));
        document.setSegmentation(
            std::shared_ptr<const Segmentation>(new Segmentation, [&](const Segmentation* p) {
                segmentationFreedOn = QThread::currentThread();
                delete p;
            }));
        // A newer segmentation replaces the first; then new data replaces the old data.
        document.setSegmentation(std::make_shared<const Segmentation>());
        QVERIFY(QTest::qWaitFor([&] { return segmentationFreedOn != nullptr; }, 20000));
        QVERIFY(segmentationFreedOn != gui);
        QCOMPARE(dataFreedOn.load(), nullptr);
        document.setData(std::make_shared<const core::CsvReadResult>(read("spend\n1\n2\n")),
                         QStringLiteral("new.csv"));
        QCOMPARE(document.table().columnCount(), std::int64_t(1)); // the new data at once
        QVERIFY(QTest::qWaitFor([&] { return dataFreedOn != nullptr; }, 20000));
        QVERIFY(dataFreedOn != gui);
    }

    void aProjectChainReportsTheStepThatFailedOrWasCancelled() {
        Session s;
        QVERIFY(s.open());
        QTemporaryDir dir;
        // The data file is gone: the chain fails at loading it.
        const QString csv = dir.filePath(QStringLiteral("customers.csv"));
        QVERIFY(QFile::copy(QStringLiteral(GUGUS_SAMPLE_CSV), csv));
        QVERIFY(finish(s.documents.openFile(csv)).ok());
        const QString project = dir.filePath(QStringLiteral("p.gugus"));
        QVERIFY(finish(s.documents.saveProject(project)).ok());
        QVERIFY(QFile::remove(csv));
        const Outcome missing = finish(s.documents.openProject(project));
        QVERIFY(missing.failed());
        QCOMPARE(missing.step, QStringLiteral("Loading the data"));
        QVERIFY(!missing.error.isEmpty());

        // Not a project: the chain fails at reading it.
        const QString junk = dir.filePath(QStringLiteral("junk.gugus"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not json");
        f.close();
        QSignalSpy unreadable(&s.documents, &DocumentController::projectUnreadable);
        const Outcome bad = finish(s.documents.openProject(junk));
        QVERIFY(bad.failed());
        QCOMPARE(bad.step, QStringLiteral("Reading the project"));
        QCOMPARE(unreadable.count(), 1);

        // A newer load replaces the chain's: the chain ends cancelled at that step (reading the
        // project is a load of its own), and the newer one's data stays.
        QVERIFY(QFile::copy(QStringLiteral(GUGUS_SAMPLE_CSV), csv));
        const QFuture<Outcome> chain = s.documents.openProject(project);
        const QFuture<Outcome> other = s.documents.openSample();
        const Outcome replaced = finish(chain);
        QVERIFY(replaced.cancelled());
        QCOMPARE(replaced.step, QStringLiteral("Reading the project"));
        QVERIFY(finish(other).ok());
        QCOMPARE(s.document.sourcePath(), DocumentController::samplePath());
    }

    void aCancelledSweepSaysSo() {
        Session s;
        QVERIFY(s.open());
        QSignalSpy ends(&s.segmentation, &SegmentationController::sweepFinished);
        core::SegmentationOptions o;
        o.kMax = 30;
        const QFuture<Outcome> sweep = s.segmentation.sweep(o);
        for (JobRunner* runner : s.segmentation.runners()) {
            runner->cancel();
        }
        QVERIFY(finish(sweep).cancelled());
        QCOMPARE(ends.count(), 1);
        QVERIFY(outcomeAt(ends, 0).cancelled());
        QVERIFY(!s.document.sweep());
    }

    void workThatCannotStartFailsAtOnce() {
        Document document;
        SegmentationController segmentation(&document);
        DocumentController documents(&document, &segmentation);
        ScoringController scoring(&document);
        for (const QFuture<Outcome>& job :
             {segmentation.segment({}), segmentation.sweep({}), segmentation.recut(1.0),
              documents.saveSummary(QStringLiteral("x.json")),
              scoring.saveModel(QStringLiteral("m"))}) {
            QVERIFY(job.isFinished());
            QVERIFY(job.result().failed() && job.result().error.isEmpty());
        }
    }

    // --- data-driven defaults --------------------------------------------------------------

    void exploreDefaultsComeFromTheData() {
        Session s;
        QVERIFY(s.open());
        const ExploreColumns sample = defaultExploreColumns(s.document.table(), 10.0);
        QCOMPARE(sample.numeric, std::string("Pendapatan_Tahunan"));
        QCOMPARE(sample.splitBy, std::string("Area"));
        QCOMPARE(sample.categorical, std::string("Jalur_Pembukaan"));
        QCOMPARE(sample.groupBy, std::string("Usia"));

        // The same table under other names gets the same choices: no name is looked for.
        core::Table renamed;
        for (const core::Column& c : s.document.table().columns()) {
            renamed.addColumn(c.renamed("c" + std::to_string(renamed.columnCount())));
        }
        const ExploreColumns anonymous = defaultExploreColumns(renamed, 10.0);
        const auto nameOf = [&](const std::string& original) {
            return "c" + std::to_string(*s.document.table().indexOf(original));
        };
        QCOMPARE(anonymous.numeric, nameOf("Pendapatan_Tahunan"));
        QCOMPARE(anonymous.groupBy, nameOf("Usia"));
        QCOMPARE(anonymous.splitBy, nameOf("Area"));

        // A wider band width cuts the ages into too few bands: no numeric group-by then, the
        // first other categorical column instead, and the measure may be the first continuous.
        const ExploreColumns wide = defaultExploreColumns(s.document.table(), 1000.0);
        QCOMPARE(wide.groupBy, std::string("Jalur_Pembukaan"));
        QCOMPARE(wide.numeric, std::string("Usia"));
    }
};

QTEST_MAIN(ControllersTest)
#include "test_controllers.moc"
