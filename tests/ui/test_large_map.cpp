// The customer map of more customers than it draws: a random subset from every segment is drawn
// (a small segment keeps its points) as one image, and hovering still finds every customer, also
// those the subset leaves out (checked against a plain search over all of them). Behind another
// page the map waits for a new segmentation and is brought up to date when shown, laid out and
// drawn once.
#include "plots/point_image.h"
#include "segments/overview_view.h"
#include "segments/pca_scatter.h"
#include "segments/profile_heatmap.h"
#include "segments/segments_view.h"
#include "segments/silhouette_chart.h"
#include "state/document.h"
#include "state/map_points.h"

#include "ui_test_support.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::finish;
using gugus::ui::test::writeFile;

namespace {

constexpr int kRows = 30000;
constexpr int kSmall = 100; ///< rows of the small, far-away group

/// Three groups in three columns: two large ones and a small one far from both.
QByteArray blobsCsv() {
    std::mt19937_64 rng(7);
    std::normal_distribution<double> noise(0.0, 1.0);
    QByteArray csv = "a,b,c\n";
    for (int i = 0; i < kRows; ++i) {
        const double centre = i < kSmall ? 40.0 : i % 2 ? 8.0 : -8.0;
        for (int c = 0; c < 3; ++c) {
            csv += QByteArray::number(centre + noise(rng), 'g', 10);
            csv += c < 2 ? ',' : '\n';
        }
    }
    return csv;
}

/// Shows `window`, opens the blobs in it and segments them with K-Means, k = 3.
void segmentBlobs(MainWindow& window) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blobs.csv"));
    QVERIFY(writeFile(path, blobsCsv()));
    window.resize(1200, 800);
    window.show();
    QVERIFY(finish(window.documentController()->openFile(path)).ok());
    SegmentsView* view = window.segmentsView();
    view->setAlgorithm(core::Algorithm::KMeans);
    view->setK(3);
    QVERIFY(finish(view->runSegmentation()).ok());
}

/// Counts a widget's resize events and a plot's replots.
class DrawCounter : public QObject {
public:
    explicit DrawCounter(QCustomPlot* plot) {
        plot->installEventFilter(this);
        connect(plot, &QCustomPlot::afterReplot, this, [this] { ++replots; });
    }
    int resizes = 0;
    int replots = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        resizes += event->type() == QEvent::Resize ? 1 : 0;
        return false;
    }
};

} // namespace

class LargeMapTest : public QObject {
    Q_OBJECT
private slots:
    void drawsAStratifiedSubsetAndHoverFindsEveryCustomer() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        segmentBlobs(window);
        SegmentsView* view = window.segmentsView();
        const Segmentation* seg = window.document()->segmentation();
        QVERIFY(seg);
        QCOMPARE(seg->result.k, 3);
        QCOMPARE(int(seg->pca.scores.rows()), kRows);

        // The segmentation ends on the Overview page: the map, hidden, has not drawn it yet.
        window.tabs()->setCurrentWidget(view);
        PcaScatter* map = view->pcaScatter();
        QVERIFY(!map->isVisible());
        for (int s = 0; s < 3; ++s) {
            QCOMPARE(map->pointCount(s), 0);
        }
        QCOMPARE(map->customerAt(QPointF(100, 100)), -1);
        // So has the silhouette chart (a view that follows the segmentation), until shown.
        SilhouetteChart* silhouette = view->silhouetteChart();
        QVERIFY(!seg->result.silhouette.samples.empty());
        QVERIFY(!silhouette->isVisible());
        QVERIFY(std::isnan(silhouette->averageLine()));
        view->showPage(silhouette);
        QVERIFY(std::abs(silhouette->averageLine() - seg->result.silhouette.mean) < 1e-12);
        // Shown, the map is brought up to date.
        view->showPage(map);
        QVERIFY(map->isVisible());

        // The subset: kMaxShown points in all, every segment drawn; the small one (kSmall rows,
        // less than kMinPerSegment) entirely, the large ones in proportion to their size.
        QVERIFY(seg->map.subset);
        QCOMPARE(int(seg->map.shown.size()), MapPoints::kMaxShown);
        int drawn = 0;
        for (int s = 0; s < 3; ++s) {
            const auto size = int(seg->result.partition.sizes[std::size_t(s)]);
            const int points = map->pointCount(s);
            drawn += points;
            if (size <= MapPoints::kMinPerSegment) {
                QCOMPARE(size, kSmall);
                QCOMPARE(points, size);
            } else {
                QVERIFY(points < size);
                // kMinPerSegment each, the rest in proportion to the rows left.
                constexpr int kMin = MapPoints::kMinPerSegment;
                const double share = kMin + double(MapPoints::kMaxShown - kSmall - 2 * kMin) *
                                                (size - kMin) / (kRows - kSmall - 2 * kMin);
                QVERIFY(std::abs(points - share) <= 1.0);
            }
        }
        QCOMPARE(drawn, MapPoints::kMaxShown);
        QVERIFY(map->caption()->text().contains(QStringLiteral("20,000 of 30,000")));

        // Above kImagePoints the points are one image: the segments' graphs keep their data and
        // legend entries but are hidden, and the image places every point of the subset. The
        // selection's graph is the image's last (empty: nothing is selected).
        QCustomPlot* plot = map->plot();
        QVERIFY(map->drawsPointImage());
        const auto& imageGraphs = map->pointImage()->graphs();
        QCOMPARE(int(imageGraphs.size()), 4);
        for (std::size_t g = 0; g < imageGraphs.size(); ++g) {
            QVERIFY(imageGraphs[g] && !imageGraphs[g]->visible());
            QCOMPARE(imageGraphs[g]->dataCount() > 0, g < 3);
        }
        QCOMPARE(plot->legend->itemCount(), 3);
        plot->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(map->pointImage()->lastDrawnPoints(), MapPoints::kMaxShown);
        // The image is drawn: where the small group's points are, the plot is not background.
        const QImage image = plot->toPixmap(plot->width(), plot->height(), 1.0).toImage();
        const auto& scores = seg->pca.scores;
        const auto pixelOf = [&](int row) {
            return QPointF(plot->xAxis->coordToPixel(scores(row, 0)),
                           plot->yAxis->coordToPixel(scores(row, 1)));
        };
        int tinted = 0;
        for (int row = 0; row < kSmall; ++row) {
            const QPoint at = pixelOf(row).toPoint();
            tinted += image.pixelColor(at) != QColor(Qt::white) ? 1 : 0;
        }
        QVERIFY(tinted >= kSmall * 8 / 10); // a few lie under their centre's white marker
        // Zoomed in on the small group, the others fall outside and are not placed.
        plot->xAxis->setRange(scores(0, 0) - 1.0, scores(0, 0) + 1.0);
        plot->yAxis->setRange(scores(0, 1) - 1.0, scores(0, 1) + 1.0);
        plot->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(map->pointImage()->lastDrawnPoints() > 0);
        QVERIFY(map->pointImage()->lastDrawnPoints() <= kSmall);
        plot->rescaleAxes();
        plot->replot(QCustomPlot::rpImmediateRefresh);

        // Hovering at a customer the subset does not draw finds that customer.
        std::vector<char> drawnRow(std::size_t(kRows), 0);
        for (int row : seg->map.shown) {
            drawnRow[std::size_t(row)] = 1;
        }
        int hidden = 0;
        for (int row = 0; row < kRows && hidden < 20; ++row) {
            if (!drawnRow[std::size_t(row)]) {
                QCOMPARE(map->customerAt(pixelOf(row)), row);
                ++hidden;
            }
        }
        QCOMPARE(hidden, 20);

        // Anywhere on the plot, the index finds what a search over every customer finds: the
        // nearest within 8 pixels, or none.
        std::mt19937_64 rng(11);
        const QRect area = plot->axisRect()->rect();
        std::uniform_real_distribution<double> px(area.left(), area.right());
        std::uniform_real_distribution<double> py(area.top(), area.bottom());
        int found = 0;
        for (int probe = 0; probe < 200; ++probe) {
            // Half the probes next to a customer, so that most of them find one.
            const QPointF at = probe % 2 ? QPointF(px(rng), py(rng))
                                         : pixelOf(int(rng() % kRows)) + QPointF(3.0, -2.0);
            double best = 64.0;
            int expected = -1;
            for (int row = 0; row < kRows; ++row) {
                const QPointF d = pixelOf(row) - at;
                const double d2 = d.x() * d.x() + d.y() * d.y();
                if (d2 < best) {
                    best = d2;
                    expected = row;
                }
            }
            QCOMPARE(map->customerAt(at), expected);
            found += expected >= 0 ? 1 : 0;
        }
        QVERIFY(found >= 100);

        // The same seed draws the same subset.
        const MapPoints again = mapPointsOf(*seg);
        QVERIFY(again.shown == seg->map.shown);
    }
    // A segmentation ends on the Overview, where the segment list steps aside. Turning from there
    // to the map, never shown, brings the list back before the map is shown, and brings the map
    // up to date at its first resize: it is laid out once, in its own width, and its plot drawn
    // once, with the new segmentation (it was laid out in the Overview's width and drawn three
    // times, its old contents first).
    void shownFromTheOverviewTheMapIsLaidOutAndDrawnOnce() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        segmentBlobs(window);
        QVERIFY(window.document()->segmentation());
        SegmentsView* view = window.segmentsView();
        window.tabs()->setCurrentWidget(view);
        // Another result page seen first, as users do. (A tab group shown for the first time
        // lays its page out twice: QTabWidget places its pages once it is visible itself.)
        view->showPage(view->profileHeatmap());
        QTest::qWait(50);
        view->showPage(view->overviewView());
        QTest::qWait(50); // the Overview laid out and drawn, as the user sees it
        PcaScatter* map = view->pcaScatter();
        QVERIFY(!map->isVisible());
        DrawCounter counter(map->plot());
        view->showPage(map);
        QVERIFY(map->isVisible());
        QTest::qWait(100); // a queued replot, a posted layout request
        QCOMPARE(counter.resizes, 1);
        QCOMPARE(counter.replots, 1);
        QCOMPARE(map->pointCount(0) + map->pointCount(1) + map->pointCount(2),
                 MapPoints::kMaxShown);
    }
};

QTEST_MAIN(LargeMapTest)
#include "test_large_map.moc"
