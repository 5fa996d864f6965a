// The main window over the real engine, offscreen: the sample opens through the GUI's own load
// path, jobs report progress and can be cancelled, and the language switches live.
#include "controllers/document_controller.h"
#include "language.h"
#include "main_window.h"
#include "state/document.h"
#include "support/job_runner.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <thread>

using namespace gugus::ui;

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QApplication::setOrganizationName(QStringLiteral("GugusTest"));
        QApplication::setApplicationName(QStringLiteral("GugusTest"));
    }

    void opensTheBundledSample() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        const QFuture<Outcome> open = window.documentController()->openSample();
        QTRY_VERIFY_WITH_TIMEOUT(open.isFinished(), 20000);
        QVERIFY(open.result().ok());
        QCOMPARE(window.document()->table().rowCount(), 5000);
        QCOMPARE(window.document()->table().columnCount(), 18);
        QVERIFY(!window.document()->groups().isEmpty());
    }

    void unreadableFileGivesAnErrorAndKeepsTheData() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        const QFuture<Outcome> sample = window.documentController()->openSample();
        QTRY_VERIFY_WITH_TIMEOUT(sample.isFinished(), 20000);
        // The error goes to a (non-blocking) message box through the loadFailed signal.
        QSignalSpy failed(window.documentController(), &DocumentController::loadFailed);
        const QFuture<Outcome> open =
            window.documentController()->openFile(QStringLiteral("/nonexistent/customers.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(open.isFinished(), 20000);
        QVERIFY(!open.result().ok());
        QVERIFY(open.result().failed() && !open.result().error.isEmpty());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(window.document()->table().rowCount(), 5000); // the open data is kept
    }

    void cancelReachesTheEngineAndTheGuiStaysResponsive() {
        JobRunner jobs;
        std::atomic<bool> sawCancel{false};
        std::atomic<int> iteration{0};
        int cancelledAt = -1;
        bool finished = false;
        JobOutcome<int> result;
        jobs.run<int>(
            QStringLiteral("spin"),
            [&](gugus::core::Progress& progress) {
                for (int i = 0; i < 100000; ++i) { // ~100 s unless cancelled
                    iteration = i;
                    progress.report(i, 100000, "kmeans");
                    if (progress.cancelled()) {
                        cancelledAt = i;
                        sawCancel = true;
                        throw gugus::core::Cancelled();
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                }
                return 1;
            },
            [&](JobOutcome<int> outcome) {
                finished = true;
                result = std::move(outcome);
            });
        QVERIFY(jobs.busy());
        // The GUI thread keeps processing events while the job runs: five timer events arrive
        // and the job is still running (counted events, not measured time).
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
        ticker.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 5, 10000);
        QVERIFY(jobs.busy());
        QVERIFY(!finished);
        // Cancel reaches the engine at its next progress check: within one iteration.
        const int requestedAt = iteration;
        jobs.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(sawCancel.load(), 10000);
        QVERIFY(cancelledAt >= requestedAt);
        QVERIFY(cancelledAt <= requestedAt + 1);
        QTRY_VERIFY(finished);
        QVERIFY(result.cancelled);
    }

    void languageSwitchesLive() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("Dataset"));
        language.apply(QStringLiteral("id"), false);
        QTRY_COMPARE(window.tabs()->tabText(2), QStringLiteral("Segmen"));
        language.apply(QStringLiteral("en"), false);
        QTRY_COMPARE(window.tabs()->tabText(2), QStringLiteral("Segments"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "test_main_window.moc"
