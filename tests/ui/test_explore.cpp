// The Explore view over the real engine, offscreen, driven through its own widgets (split from
// test_views.cpp): the data inside its charts is checked against independent computations, and a
// view behind another tab draws a new segmentation once, when shown.
#include "controllers/document_controller.h"
#include "controllers/scoring_controller.h"
#include "dataset/column_list_model.h"
#include "dataset/data_table_model.h"
#include "dataset/dataset_view.h"
#include "dataset/import_dialog.h"
#include "explore/explore_view.h"
#include "language.h"
#include "main_window.h"
#include "metrics/cluster_metrics.h"
#include "segments/compare_view.h"
#include "segments/dendrogram_chart.h"
#include "segments/kdistance_chart.h"
#include "segments/offers_view.h"
#include "segments/pca_scatter.h"
#include "segments/profile_heatmap.h"
#include "segments/segment_cards.h"
#include "segments/segment_list.h"
#include "segments/segments_view.h"
#include "segments/silhouette_chart.h"
#include "segments/sweep_chart.h"
#include "segments/tune_view.h"
#include "state/document.h"
#include "support/format.h"
#include "support/job_runner.h"
#include "support/job_status.h"

#include <qcustomplot.h>

#include "ui_test_support.h"
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <QTest>

#include <cmath>
#include <memory>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::finish;
using gugus::ui::test::openSample;
using gugus::ui::test::SampleWindow;
using gugus::ui::test::waitFor;

namespace {

/// The sample in a main window shown on screen (offscreen), with Explore's first charts drawn
/// and then the Dataset view in front; null when the sample did not load.
std::unique_ptr<MainWindow> shownSample(Language& language) {
    auto window = openSample(language);
    if (!window) {
        return nullptr;
    }
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        return nullptr;
    }
    ExploreView* explore = window->exploreView();
    window->tabs()->setCurrentWidget(explore);
    if (!waitFor([&] { return !explore->computing(); })) {
        return nullptr;
    }
    window->tabs()->setCurrentWidget(window->datasetView());
    return window;
}

} // namespace

class ExploreViewTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QApplication::setOrganizationName(QStringLiteral("GugusTest"));
        QApplication::setApplicationName(QStringLiteral("GugusTest"));
    }

    void exploreBehindAnotherTabDrawsANewSegmentationOnce() {
        Language language;
        auto window = shownSample(language);
        QVERIFY(window);
        ExploreView* explore = window->exploreView();
        SegmentsView* segments = window->segmentsView();
        window->tabs()->setCurrentWidget(segments);

        // The segmentation (and its colours) change while Explore is hidden: nothing is drawn.
        segments->setAlgorithm(core::Algorithm::KMeans);
        segments->setK(3);
        const int before = explore->draws();
        QVERIFY(finish(segments->runSegmentation()).ok());
        window->document()->setSegmentColor(1, QColor(Qt::darkCyan));
        QCOMPARE(explore->draws(), before);

        // Shown, it recomputes on its worker and draws once, when that returns; the old
        // charts are not drawn again first.
        window->tabs()->setCurrentWidget(explore);
        QVERIFY(waitFor([&] { return !explore->computing(); }));
        QCOMPARE(explore->draws(), before + 1);

        // A colour change while it is on screen and idle still redraws at once.
        window->document()->setSegmentColor(0, QColor(Qt::magenta));
        QCOMPARE(explore->draws(), before + 2);

        // Box plots by segment read the segmentation's labels (shared, not copied): each box
        // holds the measure's finite values of its segment's rows.
        explore->splitCombo()->setCurrentIndex(
            explore->splitCombo()->findData(QStringLiteral("\x01segment")));
        QVERIFY(waitFor([&] { return !explore->computing(); }));
        const auto& labels = window->document()->segmentation()->result.tableLabels;
        const auto& values =
            window->document()
                ->table()
                .column(explore->numericCombo()->currentData().toString().toStdString())
                .values();
        std::vector<std::int64_t> counts(3, 0);
        for (std::size_t r = 0; r < labels.size(); ++r) {
            if (labels[r] >= 0 && std::isfinite(values[r])) {
                ++counts[std::size_t(labels[r])];
            }
        }
        const auto& boxes = explore->chartData().boxes;
        QCOMPARE(int(boxes.size()), 3);
        for (int s = 0; s < 3; ++s) {
            QCOMPARE(boxes[std::size_t(s)].segment, s);
            QCOMPARE(boxes[std::size_t(s)].count, counts[std::size_t(s)]);
        }
    }

    void exploreBehindAnotherTabLeavesNewDataUntilShown() {
        // The Dataset view is on screen when a file opens: Explore starts no chart job and draws
        // nothing then, and it never shows the old file's charts over the new one.
        Language language;
        auto window = shownSample(language);
        QVERIFY(window);
        ExploreView* explore = window->exploreView();
        QVERIFY(!explore->chartData().histogram.counts.empty());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("spend.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray csv("spend,visits,region\n");
        for (int r = 0; r < 60; ++r) {
            csv += QByteArray::number(10 + r % 17) + ',' + QByteArray::number(r % 5) + ',' +
                   (r % 2 ? "north" : "south") + '\n';
        }
        file.write(csv);
        file.close();
        const int before = explore->draws();
        QVERIFY(finish(window->documentController()->openFile(path, core::CsvOptions{})).ok());
        QVERIFY(!explore->computing());
        QVERIFY(explore->chartData().histogram.counts.empty()); // the old charts are dropped
        QCOMPARE(explore->draws(), before);
        QVERIFY(explore->numericCombo()->findData(QStringLiteral("spend")) < 0);

        // Shown: the new file's columns, the emptied charts drawn once, then the new ones.
        window->tabs()->setCurrentWidget(explore);
        QVERIFY(explore->numericCombo()->findData(QStringLiteral("spend")) >= 0);
        QVERIFY(waitFor([&] { return !explore->computing(); }));
        QCOMPARE(explore->draws(), before + 2);
        // The sample's measure is not in this file: the measure is its own default, not
        // "(none)", and its histogram is drawn.
        const QString measure = explore->numericCombo()->currentData().toString();
        QVERIFY2(measure == QLatin1String("spend") || measure == QLatin1String("visits"),
                 qPrintable(measure));
        QVERIFY(!explore->chartData().histogram.counts.empty());
        // The new file's values: its measure's histogram holds all of its rows.
        explore->numericCombo()->setCurrentIndex(
            explore->numericCombo()->findData(QStringLiteral("spend")));
        QVERIFY(waitFor([&] { return !explore->computing(); }));
        const ExploreData& data = explore->chartData();
        std::int64_t counted = 0;
        for (const auto count : data.histogram.counts) {
            counted += count;
        }
        QCOMPARE(counted, std::int64_t(60));
    }

    void exploreChartsMatchIndependentComputations() {
        Language language;
        auto window = openSample(language);
        QVERIFY(window);
        ExploreView* view = window->exploreView();
        QVERIFY(waitFor(
            [&] { return !view->computing() && !view->chartData().histogram.counts.empty(); }));
        const core::Table& table = window->document()->table();
        const ExploreData& data = view->chartData();

        // Histogram of the default measure: counts sum to its non-missing values.
        const QString measure = view->numericCombo()->currentData().toString();
        const core::Column& m = table.column(measure.toStdString());
        std::int64_t sum = 0;
        for (auto c : data.histogram.counts) {
            sum += c;
        }
        QCOMPARE(sum, m.stats().count);
        auto* bars = qobject_cast<QCPBars*>(view->histogramPlot()->plottable(0));
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), int(data.histogram.counts.size()));

        // Correlation of two columns against a direct computation; diagonal 1.
        const auto& corr = data.correlation;
        const int a = int(corr.columns.indexOf(QStringLiteral("Usia")));
        const int b = int(corr.columns.indexOf(QStringLiteral("Pendapatan_Tahunan")));
        QVERIFY(a >= 0 && b >= 0);
        const auto& x = table.column("Usia").values();
        const auto& y = table.column("Pendapatan_Tahunan").values();
        double n = 0, sx = 0, sy = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (!std::isnan(x[i]) && !std::isnan(y[i])) {
                n += 1;
                sx += x[i];
                sy += y[i];
            }
        }
        double sxy = 0, sxx = 0, syy = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (!std::isnan(x[i]) && !std::isnan(y[i])) {
                sxy += (x[i] - sx / n) * (y[i] - sy / n);
                sxx += (x[i] - sx / n) * (x[i] - sx / n);
                syy += (y[i] - sy / n) * (y[i] - sy / n);
            }
        }
        QVERIFY(std::abs(corr.at(a, b) - sxy / std::sqrt(sxx * syy)) < 1e-12);
        QVERIFY(std::abs(corr.at(a, a) - 1.0) < 1e-12);
        auto* map = qobject_cast<QCPColorMap*>(view->correlationPlot()->plottable(0));
        QVERIFY(map);
        QVERIFY(std::abs(map->data()->cell(a, b) - corr.at(a, b)) < 1e-12);

        // Category counts equal the column's.
        const QString cat = view->categoricalCombo()->currentData().toString();
        const core::Column& c = table.column(cat.toStdString());
        std::int64_t total = 0;
        for (auto k : data.categories.counts) {
            total += k;
        }
        QCOMPARE(total, c.stats().count);
        QCOMPARE(data.categories.labels.size(), qsizetype(c.categories().size()));

        // Group means by hand: average income of 20-29 year olds.
        const auto& g = data.groups;
        QVERIFY(!g.labels.isEmpty());
        double s2029 = 0;
        double n2029 = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (x[i] >= 20 && x[i] < 30 && !std::isnan(y[i])) {
                s2029 += y[i];
                n2029 += 1;
            }
        }
        QCOMPARE(g.labels.front(), QStringLiteral("20–29"));
        QVERIFY(std::abs(g.means.front() - s2029 / n2029) < 1e-9);
        QCOMPARE(g.counts.front(), std::int64_t(n2029));

        // Box plots: one per category of the split column.
        const QString split = view->splitCombo()->currentData().toString();
        QCOMPARE(qsizetype(data.boxes.size()),
                 qsizetype(table.column(split.toStdString()).categories().size()));
    }
};

QTEST_MAIN(ExploreViewTest)
#include "test_explore.moc"
