// Gaussian mixtures in the Segments view, offscreen through its own widgets: the settings page
// reaches the engine, the map draws each point with the opacity band of its largest membership
// probability, and the Choose k charts add BIC and AIC with their lowest k marked.
#include "segments/pca_scatter.h"
#include "segments/segments_view.h"
#include "segments/sweep_chart.h"
#include "state/document.h"

#include "ui_test_support.h"

#include <qcustomplot.h>

#include <QTest>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::finish;
using gugus::ui::test::SampleWindow;

class GmmViewTest : public QObject {
    Q_OBJECT
private slots:
    void settingsMapAndCriteria() {
        SampleWindow sample(SegmentsView::Perspective::Demographics);
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;

        core::SegmentationOptions options = view->options();
        options.algorithm = core::Algorithm::Gmm;
        options.gmm.covariance = core::CovarianceType::Diag;
        options.gmm.init = core::GmmInit::KMeansPlusPlus;
        options.gmm.regCovar = 1e-4;
        options.gmm.nInit = 2;
        options.k = 4;
        options.kMin = 2;
        options.kMax = 5;
        view->setOptions(options);
        // The page shows the settings and gives them back.
        const core::SegmentationOptions shown = view->options();
        QCOMPARE(int(shown.algorithm), int(core::Algorithm::Gmm));
        QCOMPARE(int(shown.gmm.covariance), int(core::CovarianceType::Diag));
        QCOMPARE(int(shown.gmm.init), int(core::GmmInit::KMeansPlusPlus));
        QCOMPARE(shown.gmm.regCovar, 1e-4);
        QCOMPARE(shown.gmm.nInit, 2);

        QVERIFY(finish(view->runSegmentation(), 300000).ok());
        const Segmentation* seg = document->segmentation();
        QVERIFY(seg);
        QCOMPARE(int(seg->result.algorithm), int(core::Algorithm::Gmm));
        QCOMPARE(int(seg->result.gmm.model.covariance), int(core::CovarianceType::Diag));
        QCOMPARE(seg->result.gmm.runBounds.size(), std::size_t(2));
        const core::ProbabilityMatrix& p = seg->result.gmm.probabilities;
        QCOMPARE(p.cols(), 4);

        // Every drawn point sits in the band of its largest probability, in its segment's graphs.
        PcaScatter* map = view->pcaScatter();
        std::vector<std::array<int, PcaScatter::kCertaintyBands>> expected(4);
        for (auto& bands : expected) {
            bands.fill(0);
        }
        for (std::int64_t i = 0; i < p.rows(); ++i) {
            const double top = p.row(i).maxCoeff();
            const int band = top >= 0.95 ? 0 : top >= 0.8 ? 1 : top >= 0.6 ? 2 : 3;
            expected[std::size_t(seg->result.partition.labels[std::size_t(i)])]
                    [std::size_t(band)] += 1;
        }
        int pale = 0;
        for (int s = 0; s < 4; ++s) {
            int total = 0;
            for (int b = 0; b < PcaScatter::kCertaintyBands; ++b) {
                QCOMPARE(map->pointCount(s, b), expected[std::size_t(s)][std::size_t(b)]);
                total += map->pointCount(s, b);
                pale += b > 0 ? map->pointCount(s, b) : 0;
            }
            QCOMPARE(map->pointCount(s), total);
        }
        QVERIFY(pale > 0); // overlapping segments leave some customers uncertain
        for (int b = 1; b < PcaScatter::kCertaintyBands; ++b) {
            QVERIFY(PcaScatter::bandAlpha(b, 5000) < PcaScatter::bandAlpha(b - 1, 5000));
        }

        // The k sweep: BIC and AIC per k, the lowest of each marked.
        QVERIFY(finish(view->runSweep(), 300000).ok());
        const core::SweepResult* sweep = document->sweep();
        QVERIFY(sweep && sweep->lowestBicK && sweep->lowestAicK);
        QCustomPlot* criteria = view->sweepChart()->criteriaPlot();
        QVERIFY(!criteria->isHidden());
        QCOMPARE(criteria->graph(0)->dataCount(), 4); // k = 2..5
        double lowest = 0.0;
        int lowestK = 0;
        for (const auto& point : sweep->points) {
            QVERIFY(point.bic && point.aic);
            if (lowestK == 0 || *point.bic < lowest) {
                lowest = *point.bic;
                lowestK = point.k;
            }
        }
        QCOMPARE(*sweep->lowestBicK, lowestK);
        // Graphs 2 and 3 are the two minimum marks, at the minima.
        QVERIFY(criteria->graphCount() >= 4);
        QCOMPARE(int(criteria->graph(2)->data()->constBegin()->key), lowestK);
        QCOMPARE(criteria->graph(2)->data()->constBegin()->value, lowest);

        // Another algorithm hides the criteria chart again.
        options.algorithm = core::Algorithm::KMeans;
        view->setOptions(options);
        QVERIFY(finish(view->runSweep(), 300000).ok());
        QVERIFY(criteria->isHidden());
    }
};

QTEST_MAIN(GmmViewTest)
#include "test_gmm_view.moc"
