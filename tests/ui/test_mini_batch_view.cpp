// Mini-batch K-Means in the Segments view: offered (note and checkbox) from a million customers,
// hidden for the sample unless a project turns it on, in both languages and laid out whole; a run
// with it says so.
#include "segments/mini_batch_offer.h"
#include "segments/quality_summary.h"
#include "segments/segments_view.h"
#include "state/document.h"

#include "ui_test_support.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::finish;
using gugus::ui::test::SampleWindow;

/// The offer laid out as a user sees it on a 1,400 px window: the wrapped note, the checkbox and
/// the batch size one below the other, none cut off by the settings box. With GUGUS_GRAB_DIR set,
/// also saves the settings panel as a PNG there (the bundled sample is too small to show the
/// offer in `gugus --screenshots`).
void checkLayout(SegmentsView* view, const QString& language) {
    auto* window = qobject_cast<MainWindow*>(view->window());
    QVERIFY(window);
    window->tabs()->setCurrentWidget(view);
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(view->window()));
    QTest::qWait(50);
    MiniBatchOffer* offer = view->miniBatchOffer();
    QWidget* box = offer->parentWidget();
    while (!qobject_cast<QGroupBox*>(box)) {
        box = box->parentWidget();
    }
    const auto in = [box](QWidget* w) { return QRect(w->mapTo(box, QPoint(0, 0)), w->size()); };
    QLabel* note = offer->note();
    QVERIFY2(note->height() >= note->heightForWidth(note->width()),
             qPrintable(QStringLiteral("%1: the note is %2 px tall, its text needs %3")
                            .arg(language)
                            .arg(note->height())
                            .arg(note->heightForWidth(note->width()))));
    QVERIFY2(in(note).bottom() < in(offer->checkBox()).top(), qPrintable(language));
    auto* spin = offer->findChild<QSpinBox*>();
    QVERIFY(spin);
    QVERIFY2(in(offer->checkBox()).bottom() < in(spin).top(), qPrintable(language));
    QVERIFY2(box->rect().contains(in(spin)) && box->rect().contains(in(note)),
             qPrintable(language));
    const QString dir = qEnvironmentVariable("GUGUS_GRAB_DIR");
    if (!dir.isEmpty()) {
        QWidget* panel = box->parentWidget();
        while (panel && !qobject_cast<QScrollArea*>(panel)) {
            panel = panel->parentWidget();
        }
        (panel ? panel : box)->grab().save(dir + "/mini_batch_" + language + ".png");
    }
}

class MiniBatchViewTest : public QObject {
    Q_OBJECT
private slots:
    void offeredForLargeTablesAndRunsWhenChosen() {
        SampleWindow sample;
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;
        MiniBatchOffer* offer = view->miniBatchOffer();
        view->setAlgorithm(core::Algorithm::KMeans);

        // The sample's 5,000 customers: not offered, and full K-Means runs.
        QVERIFY(!offer->isVisibleTo(view));
        QCOMPARE(int(view->options().kmeans.algorithm), int(core::KMeansAlgorithm::Lloyd));

        // A million customers: the note says how many and what the choice means.
        offer->setRows(1'000'000);
        QVERIFY(offer->isVisibleTo(view));
        QVERIFY(offer->note()->isVisibleTo(view));
        QVERIFY(offer->note()->text().contains(QStringLiteral("1,000,000")));
        QVERIFY(offer->note()->text().contains(QStringLiteral("not the same")));
        checkLayout(view, QStringLiteral("en"));
        const QString english = offer->checkBox()->text();
        const QString englishNote = offer->note()->text();
        language.apply(QStringLiteral("id"), false);
        QTRY_VERIFY(offer->checkBox()->text() != english); // LanguageChange is posted
        QVERIFY(offer->note()->text() != englishNote);
        QVERIFY(offer->note()->text().contains(QStringLiteral("1.000.000")));
        QTest::qWait(50);
        checkLayout(view, QStringLiteral("id"));
        language.apply(QStringLiteral("en"), false);
        QTRY_COMPARE(offer->checkBox()->text(), english);

        // Chosen: the options carry it; Lloyd/Elkan no longer applies.
        offer->checkBox()->setChecked(true);
        core::SegmentationOptions options = view->options();
        QCOMPARE(int(options.kmeans.algorithm), int(core::KMeansAlgorithm::MiniBatch));
        QCOMPARE(options.kmeans.miniBatch.batchSize, std::int64_t(1024));

        // Back on the sample's size it stays visible while it is on (e.g. from a project), and
        // the run on the 5,000 customers is a mini-batch run that the quality summary names.
        offer->setRows(5000);
        QVERIFY(offer->isVisibleTo(view));
        QVERIFY(!offer->note()->isVisibleTo(view));
        view->setK(4);
        QVERIFY(finish(view->runSegmentation(), 300000).ok());
        const Segmentation* seg = window->document()->segmentation();
        QVERIFY(seg);
        QVERIFY(seg->result.kmeans.steps > 0);
        QCOMPARE(seg->result.k, 4);
        QVERIFY(view->qualitySummary()->text().contains(QStringLiteral("Mini-batch K-Means")));

        // setOptions (a project) with full K-Means turns it off and hides it again.
        options.kmeans.algorithm = core::KMeansAlgorithm::Elkan;
        view->setOptions(options);
        QVERIFY(!offer->isOn());
        QVERIFY(!offer->isVisibleTo(view));
        QCOMPARE(int(view->options().kmeans.algorithm), int(core::KMeansAlgorithm::Elkan));
        options.kmeans.algorithm = core::KMeansAlgorithm::MiniBatch;
        options.kmeans.miniBatch.batchSize = 2048;
        view->setOptions(options);
        QVERIFY(offer->isOn());
        QCOMPARE(view->options().kmeans.miniBatch.batchSize, std::int64_t(2048));
    }
};

QTEST_MAIN(MiniBatchViewTest)
#include "test_mini_batch_view.moc"
