// The reduction step in the Segments view, offscreen through its own widgets: the scree's cut
// follows the settings and predicts what the run keeps, the run clusters on the components, the
// Components page shows the engine's loadings, and profiles keep the original columns.
#include "controllers/segmentation_controller.h"
#include "segments/autoencoder_box.h"
#include "segments/components_view.h"
#include "segments/profile_heatmap.h"
#include "segments/reduction_box.h"
#include "segments/segments_view.h"
#include "state/document.h"
#include "support/format.h"

#include "ui_test_support.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::finish;
using gugus::ui::test::SampleWindow;

class ReductionViewTest : public QObject {
    Q_OBJECT
private slots:
    void pcaSettingsScreeAndLoadings() {
        SampleWindow sample(SegmentsView::Perspective::Demographics);
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;
        ReductionBox* box = view->reductionBox();
        QCOMPARE(int(view->options().reduction.method), int(core::ReductionMethod::None));
        QCOMPARE(box->keptComponents(), std::int64_t(0)); // no spectrum before a run
        QVERIFY(!view->emptyMessage(view->componentsView()).isEmpty());

        // A plain run gives the spectrum of these features; the cut follows the settings.
        view->setK(4);
        QVERIFY(finish(view->runSegmentation(), 300000).ok());
        QVERIFY(!document->segmentation()->result.reduction);
        const Eigen::VectorXd spectrum = document->segmentation()->pca.spectrumRatio;
        QCOMPARE(spectrum.size(), document->segmentation()->result.data.x.cols());
        core::ReductionOptions pca;
        pca.method = core::ReductionMethod::Pca;
        pca.varianceShare = 0.9;
        core::SegmentationOptions options = view->options();
        options.reduction = pca;
        view->setOptions(options);
        const std::int64_t predicted = box->keptComponents();
        QCOMPARE(predicted, core::componentsToKeep(pca, spectrum));
        QVERIFY(predicted >= 1 && predicted < spectrum.size());
        QVERIFY(box->summaryText().contains(QString::number(predicted)));
        QCOMPARE(view->options().reduction.varianceShare, 0.9);
        QCOMPARE(view->options().reduction.components, 0);

        // The run keeps what the cut showed and clusters on the components.
        QVERIFY(finish(view->runSegmentation(), 300000).ok());
        const Segmentation* seg = document->segmentation();
        QVERIFY(seg && seg->result.reduction);
        const core::Reduction& r = seg->result.reduction->reduction;
        QCOMPARE(r.outputDims(), predicted);
        QCOMPARE(seg->result.reduction->centres.cols(), predicted);
        QVERIFY(view->emptyMessage(view->componentsView()).isEmpty());

        // The loadings table: one row per scaled column, one column per component, the engine's
        // numbers.
        QTableWidget* table = view->componentsView()->loadings();
        const Eigen::MatrixXd loadings = r.loadings();
        QCOMPARE(table->rowCount(), int(loadings.rows()));
        QCOMPARE(table->columnCount(), int(predicted));
        QCOMPARE(table->verticalHeaderItem(0)->text(),
                 QString::fromStdString(seg->result.data.features[0].name));
        for (int f = 0; f < table->rowCount(); ++f) {
            for (int j = 0; j < table->columnCount(); ++j) {
                QCOMPARE(table->item(f, j)->text(), ComponentsView::loadingText(loadings(f, j)));
            }
        }
        QVERIFY(view->componentsView()->summaryText().contains(
            formatPercent(r.explainedVarianceRatio.sum())));

        // Profiles still speak in the original columns.
        QVERIFY(view->profileHeatmap()->columnIndex(QStringLiteral("Usia")) >= 0);
        QCOMPARE(seg->result.partition.centres.cols(), seg->result.data.x.cols());

        // The k sweep clusters the components too (a short range: this checks the wiring).
        options = view->options();
        options.kMin = 2;
        options.kMax = 3;
        view->setOptions(options);
        QVERIFY(finish(view->runSweep(), 300000).ok());
        QVERIFY(document->sweep());
        QCOMPARE(int(document->sweep()->points.size()), 2);

        // Back to none: the page empties again after the next run.
        options = view->options();
        options.reduction = {};
        view->setOptions(options);
        view->setK(4);
        QVERIFY(finish(view->runSegmentation(), 300000).ok());
        QVERIFY(!document->segmentation()->result.reduction);
        QVERIFY(!view->emptyMessage(view->componentsView()).isEmpty());
    }

    // The autoencoder through the Reduction box: its settings reach the engine, every epoch's
    // loss reaches the box while the network trains, and the box and the Components page show
    // its reconstruction error next to PCA's.
    void autoencoderTrainsLiveAndComparesWithPca() {
        SampleWindow sample(SegmentsView::Perspective::Products);
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;
        ReductionBox* box = view->reductionBox();
        AutoencoderBox* autoencoder = box->autoencoderBox();
        core::SegmentationOptions options = view->options();
        options.reduction.method = core::ReductionMethod::Autoencoder;
        options.reduction.autoencoder.hidden = {10};
        options.reduction.autoencoder.bottleneck = 3;
        options.reduction.autoencoder.epochs = 3;
        options.reduction.autoencoder.batchSize = 128;
        options.reduction.autoencoder.seed = 2;
        view->setOptions(options);
        QVERIFY(autoencoder->isVisibleTo(box));
        const core::ReductionOptions chosen = view->options().reduction;
        QCOMPARE(core::reductionText(chosen), QStringLiteral("autoencoder:10,3:epochs=3:batch=128:"
                                                             "seed=2")
                                                  .toStdString());
        view->setK(4);
        QSignalSpy epochs(window->segmentationController(),
                          &SegmentationController::autoencoderEpoch);
        QVERIFY(finish(view->runSegmentation(), 300000).ok());
        QTRY_COMPARE(epochs.count(), 3);
        QCOMPARE(epochs.at(2).at(0).toInt(), 3);
        const Segmentation* seg = document->segmentation();
        QVERIFY(seg && seg->result.reduction);
        const core::Reduction& r = seg->result.reduction->reduction;
        QCOMPARE(int(r.method), int(core::ReductionMethod::Autoencoder));
        QCOMPARE(seg->result.reduction->x.cols(), 3);
        QCOMPARE(epochs.at(2).at(1).toDouble(), r.autoencoder.lossPerEpoch[2]);
        QVERIFY(r.pcaReconstructionMse > 0.0);
        QVERIFY(autoencoder->summaryText().contains(formatNumber(r.reconstructionMse, 3)));
        QVERIFY(autoencoder->summaryText().contains(formatNumber(r.pcaReconstructionMse, 3)));
        QVERIFY(view->emptyMessage(view->componentsView()).isEmpty());
        QVERIFY(view->componentsView()->summaryText().contains(
            formatNumber(r.pcaReconstructionMse, 3)));
        QCOMPARE(view->componentsView()->loadings()->columnCount(), 0);
        // Profiles still speak in the original columns.
        QCOMPARE(seg->result.partition.centres.cols(), seg->result.data.x.cols());
    }
};

QTEST_MAIN(ReductionViewTest)
#include "test_reduction_view.moc"
