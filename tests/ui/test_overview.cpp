// The Overview tab, the plain-language quality, the regrouped sub-tabs and the heatmap's no-data
// cells, over the bundled sample, offscreen: what the widgets show is read back and checked
// against the engine's profile and offers.
#include "controllers/document_controller.h"
#include "language.h"
#include "main_window.h"
#include "metrics/label_matching.h"
#include "metrics/silhouette_rating.h"
#include "profile/segment_summary.h"
#include "profile/segment_traits.h"
#include "segments/dendrogram_chart.h"
#include "segments/kdistance_chart.h"
#include "segments/overview_view.h"
#include "segments/pca_scatter.h"
#include "segments/profile_heatmap.h"
#include "segments/quality_summary.h"
#include "segments/quality_words.h"
#include "segments/segment_cards.h"
#include "segments/segment_list.h"
#include "segments/segments_view.h"
#include "segments/sweep_chart.h"
#include "segments/trait_words.h"
#include "state/document.h"

#include <qcustomplot.h>

#include "ui_test_support.h"
#include <QApplication>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>

#include <QTest>
#include <QToolButton>

#include <cmath>
#include <memory>
#include <set>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::finish;
using gugus::ui::test::openSample;
using gugus::ui::test::SampleWindow;

namespace {

/// The tab bars of the Segments view fit their tab widgets: no scroll buttons.
void checkTabsFit(SegmentsView* view, const char* where) {
    for (QTabWidget* tabs : {view->tabs(), view->resultTabs(), view->qualityTabs()}) {
        view->tabs()->setCurrentWidget(tabs == view->tabs() ? view->tabs()->widget(0) : tabs);
        QCoreApplication::sendPostedEvents();
        QTabBar* bar = tabs->tabBar();
        const QString message = QStringLiteral("%1: tab bar %2 px, tab widget %3 px (%4)")
                                    .arg(QLatin1String(where))
                                    .arg(bar->sizeHint().width())
                                    .arg(tabs->width())
                                    .arg(bar->tabText(0));
        QVERIFY2(bar->sizeHint().width() <= tabs->width(), qPrintable(message));
        for (QToolButton* scroll : bar->findChildren<QToolButton*>()) {
            QVERIFY2(!scroll->isVisible(), qPrintable(message));
        }
    }
}

} // namespace

class OverviewTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QApplication::setOrganizationName(QStringLiteral("GugusTest"));
        QApplication::setApplicationName(QStringLiteral("GugusTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void emptyPagesSayWhatFillsThem() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        SegmentsView* view = window.segmentsView();
        QVERIFY(view->emptyMessage(view->sweepChart()).contains(QStringLiteral("k sweep")));
        QVERIFY(!view->emptyMessage(view->profileHeatmap()).isEmpty());
        QVERIFY(!view->emptyMessage(view->overviewView()).isEmpty());
        QVERIFY(finish(window.documentController()->openSample(), 20000).ok());
        QVERIFY(view->emptyMessage(view->profileHeatmap()).contains(QStringLiteral("Segment")));
        view->setK(4);
        QVERIFY(finish(view->runSegmentation()).ok());
        QVERIFY(view->emptyMessage(view->profileHeatmap()).isEmpty());
        QVERIFY(view->emptyMessage(view->overviewView()).isEmpty());
        QVERIFY(view->emptyMessage(view->sweepChart()).contains(QStringLiteral("k sweep")));
        QVERIFY(finish(view->runSweep()).ok());
        QVERIFY(view->emptyMessage(view->sweepChart()).isEmpty());
        // A segmentation shows the Overview first.
        QVERIFY(finish(view->runSegmentation()).ok());
        QCOMPARE(view->tabs()->currentIndex(), 0);
    }

    void overviewRowsEqualTheProfileAndOffers() {
        SampleWindow sample;
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;
        view->setK(4);
        QVERIFY(finish(view->runSegmentation()).ok());
        const auto& profile = document->segmentation()->result.profile;
        const auto offers = core::rankOffers(profile, core::productColumns(profile), 0.0);
        const QStringList suggested = view->segmentCards()->suggestedNames();
        const auto rows = view->overviewView()->rows();
        QTableWidget* table = view->overviewView()->table();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(table->rowCount(), 4);
        int noClearOffer = 0;
        for (int s = 0; s < 4; ++s) {
            const auto& segment = profile.segments[std::size_t(s)];
            const auto& row = rows[s];
            QCOMPARE(row.segment, s);
            QCOMPARE(row.size, qint64(segment.size));
            QCOMPARE(row.share, segment.share);
            // Unnamed: the suggested name of the cards, in italics.
            QVERIFY(row.suggestedName);
            QCOMPARE(row.name, suggested[s]);
            QCOMPARE(table->item(s, OverviewView::Name)->text(), suggested[s]);
            QVERIFY(table->item(s, OverviewView::Name)->font().italic());
            QStringList traits;
            for (const auto& t : core::distinctiveTraits(profile, segment, 3)) {
                traits << TraitWords::describe(t, document->columnLabels());
            }
            QCOMPARE(row.traits, traits);
            for (const QString& t : traits) {
                QVERIFY(table->item(s, OverviewView::Traits)->text().contains(t));
            }
            QStringList expected;
            for (const auto& p : core::offersByReach(offers[std::size_t(s)], 3)) {
                expected << QString::fromStdString(p.product);
                QVERIFY(p.gap > 0);     // never a product everyone already owns
                QVERIFY(p.lift >= 1.1); // a clear offer
                QVERIFY(p.rate < 1.0);
            }
            QCOMPARE(row.offers, expected);
            for (int i = 1; i < expected.size(); ++i) {
                const auto& all = offers[std::size_t(s)].products;
                auto find = [&](const QString& name) {
                    return *std::find_if(all.begin(), all.end(), [&](const auto& p) {
                        return QString::fromStdString(p.product) == name;
                    });
                };
                const auto a = find(expected[i - 1]);
                const auto b = find(expected[i]);
                QVERIFY(double(a.gap) * a.lift >= double(b.gap) * b.lift);
            }
            const QString offerCell = table->item(s, OverviewView::Offers)->text();
            if (expected.isEmpty()) {
                ++noClearOffer;
                QCOMPARE(offerCell, QStringLiteral("no clear offer"));
            }
            for (const QString& product : expected) {
                QVERIFY(offerCell.contains(document->columnLabels().label(product)));
            }
            const auto dominant = core::dominantCategory(profile, segment);
            QVERIFY(dominant);
            QCOMPARE(row.dominantColumn, QString::fromStdString(dominant->column));
            QCOMPARE(row.dominantCategory, QString::fromStdString(dominant->category));
            QVERIFY(table->item(s, OverviewView::Dominant)->text().contains(row.dominantCategory));
        }
        QVERIFY2(noClearOffer < 4, "the sample has clear offers for some segment");

        // The badge: rating, silhouette and k.
        const double silhouette = document->segmentation()->result.scores.silhouette;
        const QString rating = QualityWords::rating(core::silhouetteRating(silhouette));
        QVERIFY(view->overviewView()->badge()->text().contains(rating));
        QVERIFY(view->overviewView()->badge()->text().contains(QStringLiteral("k = 4")));

        // Renaming in the Overview renames everywhere.
        table->item(2, OverviewView::Name)->setText(QStringLiteral("Young savers"));
        QCOMPARE(document->segmentName(2), QStringLiteral("Young savers"));
        QCOMPARE(
            view->segmentList()->model()->data(
                view->segmentList()->model()->index(2, SegmentListModel::Name), Qt::DisplayRole),
            QVariant(QStringLiteral("Young savers")));
        QVERIFY(!view->overviewView()->rows()[2].suggestedName);
        QVERIFY(!table->item(2, OverviewView::Name)->font().italic());
        // "Keep suggested names" names the others as suggested, the user's name stays.
        view->overviewView()->keepSuggestedNames();
        QCOMPARE(document->segmentName(0), suggested[0]);
        QCOMPARE(document->segmentName(2), QStringLiteral("Young savers"));
    }

    void qualityIsRatedAndDetailsExpand() {
        SampleWindow sample;
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;
        view->setK(4);
        QVERIFY(finish(view->runSegmentation()).ok());
        const auto& scores = window->document()->segmentation()->result.scores;
        QualitySummary* quality = view->qualitySummary();
        QCOMPARE(quality->ratingText(),
                 QualityWords::rating(core::silhouetteRating(scores.silhouette)));
        QVERIFY(quality->text().contains(quality->ratingText()));
        QVERIFY(!quality->text().contains(QStringLiteral("Davies")));
        QVERIFY(quality->details()->isHidden());
        quality->detailsButton()->click();
        QVERIFY(!quality->details()->isHidden());
        const auto labels = quality->details()->findChildren<QLabel*>();
        int explained = 0;
        for (QLabel* label : labels) {
            explained += label->toolTip().isEmpty() ? 0 : 1;
        }
        QCOMPARE(explained, 6); // three names and three values, each with its one-line meaning
        quality->detailsButton()->click();
        QVERIFY(quality->details()->isHidden());
    }

    void heatmapDrawsMissingCellsAsNoData() {
        SampleWindow sample;
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;
        // The sweep's suggested k, as in the screenshots: one segment is the widowed customers.
        view->setK(0);
        QVERIFY(finish(view->runSegmentation()).ok());
        ProfileHeatmap* heat = view->profileHeatmap();
        std::set<std::pair<int, int>> missing;
        const int segments = window->document()->segmentCount();
        for (int c = 0; c < heat->columnLabels().size(); ++c) {
            for (int s = 0; s < segments; ++s) {
                if (!std::isfinite(heat->cellValue(s, c))) {
                    missing.insert({c, s});
                }
            }
        }
        // In the sample every widowed customer lacks an age: some segment has no Usia at all.
        QVERIFY2(!missing.empty(), "the sample has a segment without any age");
        std::set<std::pair<int, int>> drawn;
        for (const QPoint& p : heat->noDataCells()) {
            drawn.insert({p.x(), p.y()});
        }
        QVERIFY(drawn == missing);
        auto* map = qobject_cast<QCPColorMap*>(heat->plot()->plottable(0));
        QVERIFY(map);
        QCOMPARE(map->gradient().nanHandling(), QCPColorGradient::nhTransparent);
        const auto [c, s] = *missing.begin();
        QVERIFY(heat->cellToolTip(s, c).contains(QStringLiteral("no data")));
        QVERIFY(!heat->cellToolTip(s, c).contains(QStringLiteral("standardized difference")));
    }

    void subTabsFitAt1280AndFollowTheAlgorithm() {
        SampleWindow sample;
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;
        window->resize(1280, 800);
        window->show();
        window->tabs()->setCurrentWidget(view);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        view->setAlgorithm(core::Algorithm::KMeans);
        QVERIFY(!view->isPageVisible(view->dendrogram()));
        QVERIFY(!view->isPageVisible(view->kDistanceChart()));
        checkTabsFit(view, "K-Means, English");
        view->setAlgorithm(core::Algorithm::Hierarchical);
        QVERIFY(view->isPageVisible(view->dendrogram()));
        QVERIFY(!view->isPageVisible(view->kDistanceChart()));
        checkTabsFit(view, "Hierarchical, English");
        view->setAlgorithm(core::Algorithm::Dbscan);
        QVERIFY(!view->isPageVisible(view->dendrogram()));
        QVERIFY(view->isPageVisible(view->kDistanceChart()));
        checkTabsFit(view, "DBSCAN, English");
        language.apply(QStringLiteral("id"), false);
        QTRY_COMPARE(view->tabs()->tabText(0), QStringLiteral("Ikhtisar"));
        for (auto algorithm : {core::Algorithm::Hierarchical, core::Algorithm::Dbscan}) {
            view->setAlgorithm(algorithm);
            checkTabsFit(view, "Indonesian");
        }
        language.apply(QStringLiteral("en"), false);
    }
    void numbersStayWithTheirGroupsFromKMeansToWard() {
        SampleWindow sample;
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;
        view->setAlgorithm(core::Algorithm::KMeans);
        view->setK(4);
        QVERIFY(finish(view->runSegmentation()).ok());
        // Without a pin: numbered by size, largest first.
        const auto kmeans = document->segmentationPtr();
        const auto& sizes = kmeans->result.partition.sizes;
        QVERIFY(std::is_sorted(sizes.rbegin(), sizes.rend()));
        document->setSegmentName(1, QStringLiteral("Mapan"));
        document->pinCurrent();

        view->setAlgorithm(core::Algorithm::Hierarchical);
        view->setK(4);
        QVERIFY(finish(view->runSegmentation()).ok());
        const auto ward = document->segmentationPtr();
        QCOMPARE(int(ward->result.algorithm), int(core::Algorithm::Hierarchical));
        // Matched to the pinned K-Means: the best one-to-one matching is segment s to s, so
        // the same group keeps its number (and colour) in every view.
        QCOMPARE(core::matchLabels(ward->result.tableLabels, 4, kmeans->result.tableLabels, 4),
                 (std::vector<int>{0, 1, 2, 3}));
        // What the views show comes from that one numbering.
        for (int s = 0; s < 4; ++s) {
            QCOMPARE(view->overviewView()->rows()[s].size,
                     qint64(ward->result.partition.sizes[std::size_t(s)]));
            QCOMPARE(view->pcaScatter()->pointCount(s),
                     int(ward->result.partition.sizes[std::size_t(s)]));
        }
        QCOMPARE(document->segmentColor(1), Document::defaultColor(1));
    }

    void mapLabelsNeverOverlapAndTheLegendIsOutside() {
        SampleWindow sample;
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;
        view->setK(8);
        QVERIFY(finish(view->runSegmentation()).ok());
        PcaScatter* scatter = view->pcaScatter();
        scatter->resize(900, 600);
        scatter->plot()->resize(900, 560);
        scatter->plot()->replot(); // the labels are placed after the layout step
        const auto rects = scatter->centreLabelRects();
        QCOMPARE(rects.size(), 8);
        for (int a = 0; a < rects.size(); ++a) {
            for (int b = a + 1; b < rects.size(); ++b) {
                QVERIFY2(!rects[a].intersects(rects[b]),
                         qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(a).arg(b)));
            }
        }
        // The legend sits in its own layout cell, beside the axes, not over the points.
        QCustomPlot* plot = scatter->plot();
        QVERIFY(!plot->axisRect()->insetLayout()->elements(false).contains(plot->legend));
        QVERIFY(plot->legend->outerRect().left() >= plot->axisRect()->outerRect().right());
        // The axes say how much of the variance they show; a low share is warned about.
        const auto& ratio = window->document()->segmentation()->pca.explainedVarianceRatio;
        QVERIFY(plot->xAxis->label().contains(QStringLiteral("of variance")));
        QCOMPARE(scatter->lowVariance(), ratio(0) + ratio(1) < PcaScatter::kLowVariance);
        QCOMPARE(scatter->caption()->text().contains(QStringLiteral("shows only")),
                 scatter->lowVariance());
    }
};

QTEST_MAIN(OverviewTest)
#include "test_overview.moc"
