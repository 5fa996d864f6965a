#include "segments/segments_view.h"

#include "controllers/segmentation_controller.h"
#include "profile/derived_columns.h"
#include "segments/autoencoder_box.h"
#include "segments/compare_view.h"
#include "segments/components_view.h"
#include "segments/dendrogram_chart.h"
#include "segments/empty_state.h"
#include "segments/kdistance_chart.h"
#include "segments/mini_batch_offer.h"
#include "segments/offers_view.h"
#include "segments/overview_view.h"
#include "segments/pca_scatter.h"
#include "segments/profile_heatmap.h"
#include "segments/quality_summary.h"
#include "segments/reduction_box.h"
#include "segments/segment_cards.h"
#include "segments/segment_list.h"
#include "segments/silhouette_chart.h"
#include "segments/sweep_chart.h"
#include "segments/tune_view.h"
#include "state/document.h"
#include "support/combo.h"
#include "support/form.h"
#include "support/format.h"
#include "support/labels.h"
#include "support/live_update.h"
#include "support/slot_timing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gugus::ui {

namespace {

/// How a tree is cut: into k segments, or at a height.
enum class CutMode { IntoK, AtHeight };

} // namespace

SegmentsView::SegmentsView(Document* document, SegmentationController* segmentation,
                           ScoringController* scoring, SelectionController* selection,
                           CompareController* compare, QWidget* parent)
    : QWidget(parent), m_document(document), m_controller(segmentation) {
    // --- settings ------------------------------------------------------------------------------
    m_perspectiveBox = new QGroupBox(this);
    m_perspective = new QComboBox(m_perspectiveBox);
    for (Perspective p : {Perspective::Demographics, Perspective::Products, Perspective::Custom}) {
        addEnumItem(m_perspective, p);
    }
    m_features = new QLabel(m_perspectiveBox);
    m_features->setWordWrap(true);
    m_features->setTextFormat(Qt::RichText);
    auto* perspectiveLayout = new QVBoxLayout(m_perspectiveBox);
    perspectiveLayout->addWidget(m_perspective);
    perspectiveLayout->addWidget(m_features);

    m_algorithmBox = new QGroupBox(this);
    m_algorithm = new QComboBox(m_algorithmBox);
    addEnumItem(m_algorithm, core::Algorithm::KMeans, QStringLiteral("K-Means"));
    addEnumItem(m_algorithm, core::Algorithm::Hierarchical);
    addEnumItem(m_algorithm, core::Algorithm::Dbscan, QStringLiteral("DBSCAN"));
    addEnumItem(m_algorithm, core::Algorithm::KMedoids, QStringLiteral("K-Medoids"));
    addEnumItem(m_algorithm, core::Algorithm::Gmm);
    m_algorithmPages = new QStackedWidget(m_algorithmBox);
    auto* kmeansPage = new QWidget(m_algorithmPages);
    m_kmeansForm = new QFormLayout(kmeansPage);
    m_kmeansForm->setContentsMargins(0, 0, 0, 0);
    m_nInit = new QSpinBox(kmeansPage);
    m_nInit->setRange(1, 100);
    m_nInit->setValue(10);
    m_maxIter = new QSpinBox(kmeansPage);
    m_maxIter->setRange(1, 10000);
    m_maxIter->setValue(300);
    m_kmeansVariant = new QComboBox(kmeansPage);
    addEnumItem(m_kmeansVariant, core::KMeansAlgorithm::Lloyd);
    addEnumItem(m_kmeansVariant, core::KMeansAlgorithm::Elkan);
    m_kmeansForm->addRow(QStringLiteral("-"), m_nInit);
    m_kmeansForm->addRow(QStringLiteral("-"), m_maxIter);
    m_kmeansForm->addRow(QStringLiteral("-"), m_kmeansVariant);
    // The offer's wrapped note sits below the pages, not in the K-Means page: a stacked page is
    // laid out at its size hint, which does not follow the note's height for the panel's width
    // (the note covered the checkbox, the batch size was cut off). The box's own layout does.
    m_miniBatch = new MiniBatchOffer(m_algorithmBox);
    // Mini-batch replaces the full method's passes, so Lloyd/Elkan does not apply while it is on.
    connect(m_miniBatch, &MiniBatchOffer::toggled, m_kmeansVariant,
            [this](bool on) { m_kmeansVariant->setEnabled(!on); });
    m_algorithmPages->addWidget(kmeansPage);

    auto* treePage = new QWidget(m_algorithmPages);
    m_treeForm = new QFormLayout(treePage);
    m_treeForm->setContentsMargins(0, 0, 0, 0);
    m_linkage = new QComboBox(treePage);
    for (core::Linkage l : {core::Linkage::Ward, core::Linkage::Complete, core::Linkage::Average,
                            core::Linkage::Single, core::Linkage::Weighted}) {
        addEnumItem(m_linkage, l);
    }
    m_metric = new QComboBox(treePage);
    for (core::DistanceMetric d : {core::DistanceMetric::Euclidean, core::DistanceMetric::Manhattan,
                                   core::DistanceMetric::Cosine}) {
        addEnumItem(m_metric, d);
    }
    m_cutMode = new QComboBox(treePage);
    addEnumItem(m_cutMode, CutMode::IntoK);
    addEnumItem(m_cutMode, CutMode::AtHeight);
    m_height = new QDoubleSpinBox(treePage);
    m_height->setRange(0.0, 1e12);
    m_height->setDecimals(4);
    m_height->setValue(10.0);
    m_treeForm->addRow(QStringLiteral("-"), m_linkage);
    m_treeForm->addRow(QStringLiteral("-"), m_metric);
    m_treeForm->addRow(QStringLiteral("-"), m_cutMode);
    m_treeForm->addRow(QStringLiteral("-"), m_height);
    m_algorithmPages->addWidget(treePage);

    auto* dbscanPage = new QWidget(m_algorithmPages);
    m_dbscanForm = new QFormLayout(dbscanPage);
    m_dbscanForm->setContentsMargins(0, 0, 0, 0);
    m_eps = new QDoubleSpinBox(dbscanPage);
    m_eps->setRange(0.0001, 1e9);
    m_eps->setDecimals(4);
    m_eps->setSingleStep(0.05);
    m_eps->setValue(0.5);
    m_minSamples = new QSpinBox(dbscanPage);
    m_minSamples->setRange(1, 10000);
    m_minSamples->setValue(5);
    m_suggestEps = new QPushButton(dbscanPage);
    m_dbscanForm->addRow(QStringLiteral("-"), m_eps);
    m_dbscanForm->addRow(QStringLiteral("-"), m_minSamples);
    m_dbscanForm->addRow(m_suggestEps);
    m_algorithmPages->addWidget(dbscanPage);

    auto* medoidPage = new QWidget(m_algorithmPages);
    m_medoidForm = new QFormLayout(medoidPage);
    m_medoidForm->setContentsMargins(0, 0, 0, 0);
    m_medoidMetric = new QComboBox(medoidPage);
    for (core::Dissimilarity d : {core::Dissimilarity::Gower, core::Dissimilarity::Euclidean,
                                  core::Dissimilarity::Manhattan}) {
        addEnumItem(m_medoidMetric, d);
    }
    m_medoidInit = new QComboBox(medoidPage);
    addEnumItem(m_medoidInit, core::KMedoidsInit::Build);
    addEnumItem(m_medoidInit, core::KMedoidsInit::KMeansPlusPlus, QStringLiteral("k-means++"));
    m_medoidForm->addRow(QStringLiteral("-"), m_medoidMetric);
    m_medoidForm->addRow(QStringLiteral("-"), m_medoidInit);
    m_algorithmPages->addWidget(medoidPage);
    buildGmmPage();
    connect(m_suggestEps, &QPushButton::clicked, this, [this] { runKDistance(); });
    connect(m_algorithm, &QComboBox::currentIndexChanged, this,
            [this] { updateAlgorithmControls(); });
    connect(m_linkage, &QComboBox::currentIndexChanged, this,
            [this] { updateAlgorithmControls(); });
    connect(m_cutMode, &QComboBox::currentIndexChanged, this,
            [this] { updateAlgorithmControls(); });
    auto* algorithmLayout = new QVBoxLayout(m_algorithmBox);
    algorithmLayout->addWidget(m_algorithm);
    algorithmLayout->addWidget(m_algorithmPages);
    m_kmeansExtras = new QWidget(m_algorithmBox); // shown with the K-Means page only
    auto* extras = new QVBoxLayout(m_kmeansExtras);
    extras->setContentsMargins(0, 0, 0, 0);
    extras->addWidget(m_miniBatch);
    algorithmLayout->addWidget(m_kmeansExtras);

    m_reductionBox = new ReductionBox(document, this);
    AutoencoderBox* autoencoder = m_reductionBox->autoencoderBox();
    connect(segmentation, &SegmentationController::autoencoderStarted, autoencoder,
            &AutoencoderBox::startTraining);
    connect(segmentation, &SegmentationController::autoencoderEpoch, autoencoder,
            &AutoencoderBox::addEpoch);
    // A failed or cancelled training leaves the chart of the segmentation on screen.
    connect(segmentation, &SegmentationController::segmentationFinished, autoencoder,
            [this, autoencoder] {
                const Segmentation* seg = m_document->segmentation();
                autoencoder->showResult(
                    seg && seg->result.reduction ? &seg->result.reduction->reduction : nullptr);
            });

    m_kBox = new QGroupBox(this);
    m_kForm = new QFormLayout(m_kBox);
    m_autoK = new QCheckBox(m_kBox);
    m_k = new QSpinBox(m_kBox);
    m_k->setRange(2, 50);
    m_k->setValue(4);
    m_kMin = new QSpinBox(m_kBox);
    m_kMin->setRange(2, 49);
    m_kMin->setValue(2);
    m_kMax = new QSpinBox(m_kBox);
    m_kMax->setRange(3, 50);
    m_kMax->setValue(10);
    m_seed = new QSpinBox(m_kBox);
    m_seed->setRange(0, 1000000);
    m_kForm->addRow(QStringLiteral("-"), m_k);
    m_kForm->addRow(QStringLiteral("-"), m_autoK);
    m_kForm->addRow(QStringLiteral("-"), m_kMin);
    m_kForm->addRow(QStringLiteral("-"), m_kMax);
    m_kForm->addRow(QStringLiteral("-"), m_seed);
    connect(m_autoK, &QCheckBox::toggled, this, [this] { updateAlgorithmControls(); });

    m_sweepButton = new QPushButton(this);
    m_segmentButton = new QPushButton(this);
    m_segmentButton->setDefault(true);
    connect(m_sweepButton, &QPushButton::clicked, this, [this] { runSweep(); });
    connect(m_segmentButton, &QPushButton::clicked, this, [this] { runSegmentation(); });
    m_quality = new QualitySummary(document, this);

    auto* settings = new QWidget(this);
    auto* settingsLayout = new QVBoxLayout(settings);
    settingsLayout->addWidget(m_perspectiveBox);
    settingsLayout->addWidget(m_algorithmBox);
    settingsLayout->addWidget(m_reductionBox);
    settingsLayout->addWidget(m_kBox);
    settingsLayout->addWidget(m_sweepButton);
    settingsLayout->addWidget(m_segmentButton);
    settingsLayout->addWidget(m_quality);
    settingsLayout->addStretch(1);
    // The panel grows with the reduction's scree: it scrolls rather than squeezing its boxes.
    auto* settingsScroll = new QScrollArea(this);
    settingsScroll->setWidget(settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    settingsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Exactly as wide as its boxes (340 px) and the vertical scroll bar: beside the results the
    // layout would otherwise give it its smaller size hint and cut the boxes' right edge off (the
    // scroll area scrolls only vertically).
    settings->setMaximumWidth(340);
    settingsScroll->setFixedWidth(340 + style()->pixelMetric(QStyle::PM_ScrollBarExtent));

    // --- results -----------------------------------------------------------------------------
    m_overview = new OverviewView(document, this);
    m_sweepChart = new SweepChart(this);
    m_scatter = new PcaScatter(document, selection, this);
    m_silhouette = new SilhouetteChart(document, this);
    m_heatmap = new ProfileHeatmap(document, this);
    m_dendrogram = new DendrogramChart(document, this);
    m_kdistance = new KDistanceChart(this);
    m_offersView = new OffersView(document, scoring, this);
    m_cards = new SegmentCards(document, this);
    m_compare = new CompareView(document, compare, this);
    m_tune = new TuneView(document, segmentation, this);
    m_components = new ComponentsView(document, this);
    buildTabs();
    connect(m_tune, &TuneView::applyRequested, this,
            [this](core::Algorithm algorithm, int k, const QStringList& columns) {
                applySolution(algorithm, k, columns);
            });
    connect(m_dendrogram, &DendrogramChart::cutRequested, this, [this](double h) { recut(h); });
    connect(m_kdistance, &KDistanceChart::epsChosen, m_eps, &QDoubleSpinBox::setValue);
    connect(m_eps, &QDoubleSpinBox::valueChanged, m_kdistance, &KDistanceChart::setEps);
    m_list = new SegmentList(document, this);
    m_list->setMinimumWidth(300); // with the settings and a 500 px chart: 1,280 px in all

    // The settings keep their fixed width beside the splitter: inside it, their section grew
    // past the panel's maximum width and left an empty strip before the tabs.
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_list);
    splitter->setStretchFactor(0, 1);
    // The Overview lists every segment with its name, size and share already: the list beside
    // it steps aside there, so the Overview's text columns fit a 1,280 px screen. It comes back
    // before another page is shown, which is then laid out and drawn once, in its own width
    // (the customer map of a million customers was drawn three times), and steps aside after
    // the Overview is shown, when the page it leaves is hidden.
    connect(m_tabs, &SwitchingTabs::aboutToSwitch, m_list, [this, splitter](int index) {
        if (index != 0 && m_list->isHidden()) {
            m_list->show();
            splitter->refresh();
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, m_list, [this](int index) {
        if (index == 0) {
            m_list->hide();
        }
    });
    m_list->setVisible(m_tabs->currentIndex() != 0);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(settingsScroll);
    layout->addWidget(splitter, 1);

    connect(m_sweepChart, &SweepChart::kClicked, this, &SegmentsView::setK);
    connect(m_perspective, &QComboBox::activated, this, [this] { applyPerspective(); });
    connect(document, &Document::dataChanged, this, timedSlot(this, "dataChanged", [this] {
                m_sweepChart->clear();
                // A new table: start from the FundFusion perspective when its groups exist.
                const QStringList groups = m_document->groups();
                const bool fundfusion = groups.contains(QStringLiteral("Demographics")) &&
                                        groups.contains(QStringLiteral("Products"));
                selectEnum(m_perspective,
                           fundfusion ? Perspective::Demographics : Perspective::Custom);
                m_miniBatch->setRows(m_document->hasData() ? m_document->table().rowCount() : 0);
                applyPerspective();
            }));
    connect(document, &Document::recipeChanged, this, &SegmentsView::updateFeatureSummary);
    for (auto signal :
         {&Document::segmentationChanged, &Document::sweepChanged, &Document::dataChanged}) {
        connect(document, signal, this,
                timedSlot(this, "emptyStates", [this] { updateEmptyStates(); }));
    }
    followJobs();
    onLanguageChange(this, [this] {
        retranslate();
        updateFeatureSummary();
    });
    retranslate();
    updateFeatureSummary();
    updateAlgorithmControls();
}

void SegmentsView::retranslate() {
    m_perspectiveBox->setTitle(tr("Perspective"));
    setEnumText(m_perspective, Perspective::Demographics,
                tr("Cluster on demographics, read products"));
    setEnumText(m_perspective, Perspective::Products, tr("Cluster on products, read demographics"));
    setEnumText(m_perspective, Perspective::Custom, tr("Custom (roles from the Dataset view)"));
    m_algorithmBox->setTitle(tr("Algorithm"));
    setFormLabel(m_kmeansForm, m_nInit, tr("Restarts (n_init)"));
    setFormLabel(m_kmeansForm, m_maxIter, tr("Maximum iterations"));
    setFormLabel(m_kmeansForm, m_kmeansVariant, tr("Method"));
    setEnumText(m_kmeansVariant, core::KMeansAlgorithm::Lloyd, tr("Lloyd"));
    setEnumText(m_kmeansVariant, core::KMeansAlgorithm::Elkan,
                tr("Elkan (same result, fewer distances)"));
    setEnumText(m_algorithm, core::Algorithm::Hierarchical, tr("Hierarchical"));
    setFormLabel(m_treeForm, m_linkage, tr("Linkage"));
    setEnumText(m_linkage, core::Linkage::Ward, tr("Ward (compact, similar sizes)"));
    setEnumText(m_linkage, core::Linkage::Complete, tr("Complete (farthest pair)"));
    setEnumText(m_linkage, core::Linkage::Average, tr("Average (mean distance)"));
    setEnumText(m_linkage, core::Linkage::Single, tr("Single (nearest pair, chains)"));
    setEnumText(m_linkage, core::Linkage::Weighted, tr("Weighted average (WPGMA)"));
    setFormLabel(m_treeForm, m_metric, tr("Distance"));
    setEnumText(m_metric, core::DistanceMetric::Euclidean, tr("Euclidean"));
    setEnumText(m_metric, core::DistanceMetric::Manhattan, tr("Manhattan"));
    setEnumText(m_metric, core::DistanceMetric::Cosine, tr("Cosine"));
    setFormLabel(m_treeForm, m_cutMode, tr("Cut the tree"));
    setEnumText(m_cutMode, CutMode::IntoK, tr("into k segments"));
    setEnumText(m_cutMode, CutMode::AtHeight, tr("at a height"));
    setFormLabel(m_treeForm, m_height, tr("Height"));
    m_treeForm->parentWidget()->setToolTip(
        tr("Ward and single linkage work on any number of customers. Complete, average and "
           "weighted linkage keep all pairwise distances in memory and refuse tables too large "
           "for it."));
    setFormLabel(m_dbscanForm, m_eps, tr("Radius (eps)"));
    setFormLabel(m_dbscanForm, m_minSamples, tr("Minimum neighbours"));
    m_minSamples->setToolTip(tr("Customers within eps, the customer included, needed to be a "
                                "core customer of a segment"));
    m_eps->setToolTip(tr("Neighbourhood radius in the scaled feature space"));
    m_suggestEps->setText(tr("Suggest eps (k-distance curve)"));
    setFormLabel(m_medoidForm, m_medoidMetric, tr("Distance"));
    setEnumText(m_medoidMetric, core::Dissimilarity::Gower,
                tr("Gower (mixed columns, no one-hot)"));
    setEnumText(m_medoidMetric, core::Dissimilarity::Euclidean, tr("Euclidean"));
    setEnumText(m_medoidMetric, core::Dissimilarity::Manhattan, tr("Manhattan"));
    m_medoidMetric->setToolTip(
        tr("Gower compares the original columns: numbers by their difference relative to the "
           "column's range, categories by whether they match; a missing value is skipped, not "
           "filled in. Euclidean and Manhattan use the prepared (encoded, scaled) features."));
    setFormLabel(m_medoidForm, m_medoidInit, tr("Starting medoids"));
    setEnumText(m_medoidInit, core::KMedoidsInit::Build, tr("BUILD (greedy, no randomness)"));
    m_medoidForm->parentWidget()->setToolTip(
        tr("Every segment is represented by a real customer, its medoid. Up to 4,000 customers "
           "the distances are kept in memory; above that they are computed when needed."));
    setEnumText(m_algorithm, core::Algorithm::Gmm, tr("Gaussian mixture"));
    setFormLabel(m_gmmForm, m_gmmCovariance, tr("Covariance"));
    setEnumText(m_gmmCovariance, core::CovarianceType::Full,
                tr("Full (each segment its own shape)"));
    setEnumText(m_gmmCovariance, core::CovarianceType::Diag, tr("Diagonal (axis-aligned shapes)"));
    setEnumText(m_gmmCovariance, core::CovarianceType::Spherical,
                tr("Spherical (round, own size)"));
    setEnumText(m_gmmCovariance, core::CovarianceType::Tied, tr("Tied (one shape for all)"));
    setFormLabel(m_gmmForm, m_gmmInit, tr("Start from"));
    setEnumText(m_gmmInit, core::GmmInit::KMeans, tr("a K-Means run"));
    setEnumText(m_gmmInit, core::GmmInit::KMeansPlusPlus, tr("k-means++ customers"));
    setFormLabel(m_gmmForm, m_gmmReg, tr("Regularisation"));
    m_gmmReg->setToolTip(tr("Added to every variance so that no segment collapses onto a few "
                            "identical customers"));
    setFormLabel(m_gmmForm, m_gmmNInit, tr("Restarts (n_init)"));
    m_gmmForm->parentWidget()->setToolTip(
        tr("Each customer belongs to every segment with a probability; the map shows how sure "
           "the assignment is by the opacity of the point. The k sweep adds BIC and AIC, where "
           "the lowest value is the best k."));
    m_kBox->setTitle(tr("Number of segments"));
    setFormLabel(m_kForm, m_k, tr("k"));
    m_autoK->setText(tr("Automatic k (by sweep)"));
    setFormLabel(m_kForm, m_autoK, QString());
    setFormLabel(m_kForm, m_kMin, tr("Sweep from k ="));
    setFormLabel(m_kForm, m_kMax, tr("to k ="));
    setFormLabel(m_kForm, m_seed, tr("Random seed"));
    m_sweepButton->setText(tr("Run k sweep"));
    m_segmentButton->setText(tr("Segment"));
    retranslateTabs();
}

void SegmentsView::buildGmmPage() {
    auto* page = new QWidget(m_algorithmPages);
    m_gmmForm = new QFormLayout(page);
    m_gmmForm->setContentsMargins(0, 0, 0, 0);
    m_gmmCovariance = new QComboBox(page);
    for (core::CovarianceType c : {core::CovarianceType::Full, core::CovarianceType::Diag,
                                   core::CovarianceType::Spherical, core::CovarianceType::Tied}) {
        addEnumItem(m_gmmCovariance, c);
    }
    m_gmmInit = new QComboBox(page);
    addEnumItem(m_gmmInit, core::GmmInit::KMeans);
    addEnumItem(m_gmmInit, core::GmmInit::KMeansPlusPlus);
    m_gmmReg = new QComboBox(page);
    for (const double reg : {1e-6, 1e-5, 1e-4, 1e-3, 1e-2}) {
        m_gmmReg->addItem(QString::number(reg), reg); // numbers in C notation, as typed in code
    }
    m_gmmNInit = new QSpinBox(page);
    m_gmmNInit->setRange(1, 100);
    m_gmmNInit->setValue(1);
    m_gmmForm->addRow(QStringLiteral("-"), m_gmmCovariance);
    m_gmmForm->addRow(QStringLiteral("-"), m_gmmInit);
    m_gmmForm->addRow(QStringLiteral("-"), m_gmmReg);
    m_gmmForm->addRow(QStringLiteral("-"), m_gmmNInit);
    m_algorithmPages->addWidget(page);
}

QWidget* SegmentsView::algorithmPage(core::Algorithm algorithm) const {
    switch (algorithm) {
    case core::Algorithm::KMeans:
        return m_kmeansForm->parentWidget();
    case core::Algorithm::Hierarchical:
        return m_treeForm->parentWidget();
    case core::Algorithm::Dbscan:
        return m_dbscanForm->parentWidget();
    case core::Algorithm::KMedoids:
        return m_medoidForm->parentWidget();
    case core::Algorithm::Gmm:
        return m_gmmForm->parentWidget();
    }
    return nullptr;
}

void SegmentsView::updateAlgorithmControls() {
    const auto algorithm = currentEnum(m_algorithm, core::Algorithm::KMeans);
    m_algorithmPages->setCurrentWidget(algorithmPage(algorithm));
    m_kmeansExtras->setVisible(algorithm == core::Algorithm::KMeans);
    const bool tree = algorithm == core::Algorithm::Hierarchical;
    const bool byHeight = tree && currentEnum(m_cutMode, CutMode::IntoK) == CutMode::AtHeight;
    const bool dbscan = algorithm == core::Algorithm::Dbscan;
    const bool ward = currentEnum(m_linkage, core::Linkage::Ward) == core::Linkage::Ward;
    if (ward) {
        selectEnum(m_metric, core::DistanceMetric::Euclidean);
    }
    m_metric->setEnabled(!ward);
    m_height->setEnabled(byHeight);
    m_kBox->setEnabled(!dbscan);
    m_autoK->setEnabled(!byHeight);
    m_k->setEnabled(!m_autoK->isChecked() && !byHeight);
    m_sweepButton->setEnabled(!dbscan);
    m_resultTabs->setTabVisible(m_resultTabs->indexOf(wrapperOf(m_dendrogram)), tree);
    m_qualityTabs->setTabVisible(m_qualityTabs->indexOf(wrapperOf(m_kdistance)), dbscan);
    m_sweepButton->setToolTip(
        dbscan ? tr("DBSCAN finds the number of segments itself; use the k-distance curve to "
                    "choose eps")
        : tree ? tr("Build the tree once and compare its cuts into k segments")
        : algorithm == core::Algorithm::KMedoids
            ? tr("Fit K-Medoids for every k in the range and compare the indices (the "
                 "silhouette in the chosen distance)")
        : algorithm == core::Algorithm::Gmm
            ? tr("Fit a Gaussian mixture for every k in the range and compare the indices, BIC "
                 "and AIC")
            : tr("Fit K-Means for every k in the range and compare the indices"));
}

QFuture<Outcome> SegmentsView::applySolution(core::Algorithm algorithm, int k,
                                             const QStringList& columns) {
    // The chosen columns stay features; the perspective's other features are read instead.
    core::Recipe recipe = m_document->recipe();
    for (auto& spec : recipe.columns) {
        const bool chosen = columns.contains(QString::fromStdString(spec.name));
        if (chosen) {
            spec.role = core::Role::Feature;
        } else if (spec.role == core::Role::Feature) {
            spec.role = core::Role::ProfileOnly;
        }
    }
    m_document->setRecipe(std::move(recipe));
    selectEnum(m_perspective, Perspective::Custom);
    updateFeatureSummary();
    setAlgorithm(algorithm);
    if (algorithm == core::Algorithm::Hierarchical) {
        selectEnum(m_linkage, core::Linkage::Ward);
        selectEnum(m_cutMode, CutMode::IntoK);
    }
    setK(k);
    return runSegmentation();
}

void SegmentsView::setOptions(const core::SegmentationOptions& o) {
    selectEnum(m_perspective, Perspective::Custom);
    selectEnum(m_algorithm, o.algorithm);
    m_kMin->setValue(o.kMin);
    m_kMax->setValue(o.kMax);
    m_nInit->setValue(o.kmeans.nInit);
    m_maxIter->setValue(o.kmeans.maxIter);
    m_seed->setValue(int(o.kmeans.seed));
    selectEnum(m_kmeansVariant, o.kmeans.algorithm); // Lloyd or Elkan; mini-batch is a switch
    m_miniBatch->setOptions(o.kmeans);
    selectEnum(m_linkage, o.hierarchical.linkage);
    selectEnum(m_metric, o.hierarchical.metric);
    selectEnum(m_cutMode, o.cutHeight ? CutMode::AtHeight : CutMode::IntoK);
    if (o.cutHeight) {
        m_height->setValue(*o.cutHeight);
    }
    m_eps->setValue(o.dbscan.eps);
    m_minSamples->setValue(o.dbscan.minSamples);
    selectEnum(m_medoidMetric, o.kmedoids.metric);
    selectEnum(m_medoidInit, o.kmedoids.init);
    selectEnum(m_gmmCovariance, o.gmm.covariance);
    selectEnum(m_gmmInit, o.gmm.init);
    if (m_gmmReg->findData(o.gmm.regCovar) < 0) {
        m_gmmReg->addItem(QString::number(o.gmm.regCovar), o.gmm.regCovar);
    }
    m_gmmReg->setCurrentIndex(m_gmmReg->findData(o.gmm.regCovar));
    m_gmmNInit->setValue(o.gmm.nInit);
    m_reductionBox->setOptions(o.reduction);
    setK(o.k.value_or(0));
    updateAlgorithmControls();
    updateFeatureSummary();
}

void SegmentsView::setAlgorithm(core::Algorithm algorithm) {
    selectEnum(m_algorithm, algorithm);
    updateAlgorithmControls();
}

void SegmentsView::setEps(double eps) {
    m_eps->setValue(eps);
}

void SegmentsView::setMinSamples(int minSamples) {
    m_minSamples->setValue(minSamples);
}

void SegmentsView::setK(int k) {
    if (k <= 0) {
        m_autoK->setChecked(true);
        return;
    }
    m_autoK->setChecked(false);
    m_k->setValue(k);
    m_sweepChart->setSelectedK(k);
}

void SegmentsView::setPerspective(Perspective perspective) {
    selectEnum(m_perspective, perspective);
    applyPerspective();
}

void SegmentsView::applyPerspective() {
    const auto perspective = currentEnum(m_perspective, Perspective::Custom);
    if (perspective == Perspective::Custom || !m_document->hasData()) {
        updateFeatureSummary();
        return;
    }
    const std::string clusterOn =
        perspective == Perspective::Demographics ? "Demographics" : "Products";
    const core::Table& table = m_document->table();
    core::Recipe recipe = m_document->recipe();
    for (auto& spec : recipe.columns) {
        if (spec.role == core::Role::Id) {
            continue;
        }
        const auto index = table.indexOf(spec.name);
        if (index && table.column(*index).type() == core::ColumnType::Id) {
            continue;
        }
        spec.role = spec.group == clusterOn ? core::Role::Feature : core::Role::ProfileOnly;
    }
    // A column that sums others (e.g. a count of the product flags) is read, not clustered on,
    // when its parts are: clustering on both counts the same thing twice.
    for (const core::SumColumn& sum : m_document->sumColumns()) {
        core::ColumnSpec* spec = recipe.find(sum.column);
        const bool partsClustered = std::any_of(sum.parts.begin(), sum.parts.end(), [&](auto& p) {
            const core::ColumnSpec* part = recipe.find(p);
            return part && part->role == core::Role::Feature;
        });
        if (spec && spec->role == core::Role::Feature && partsClustered) {
            spec->role = core::Role::ProfileOnly;
        }
    }
    m_document->setRecipe(std::move(recipe));
}

void SegmentsView::updateFeatureSummary() {
    QStringList features;
    QStringList profiled;
    for (const auto& spec : m_document->recipe().columns) {
        const QString name = QString::fromStdString(spec.name).toHtmlEscaped();
        if (spec.role == core::Role::Feature) {
            features << name;
        } else if (spec.role == core::Role::ProfileOnly) {
            profiled << name;
        }
    }
    if (!m_document->hasData()) {
        m_features->setText(tr("Open a customer table first."));
        return;
    }
    m_features->setText(
        tr("<b>Clustered on</b> (%1): %2<br><b>Read against</b> (%3): %4")
            .arg(features.size())
            .arg(features.isEmpty() ? tr("none") : features.join(QStringLiteral(", ")))
            .arg(profiled.size())
            .arg(profiled.isEmpty() ? tr("none") : profiled.join(QStringLiteral(", "))));
}

core::SegmentationOptions SegmentsView::options() const {
    core::SegmentationOptions o;
    o.algorithm = currentEnum(m_algorithm, core::Algorithm::KMeans);
    const bool byHeight = o.algorithm == core::Algorithm::Hierarchical &&
                          currentEnum(m_cutMode, CutMode::IntoK) == CutMode::AtHeight;
    if (byHeight) {
        o.cutHeight = m_height->value();
    } else if (!m_autoK->isChecked() && o.algorithm != core::Algorithm::Dbscan) {
        o.k = m_k->value();
    }
    o.hierarchical.linkage = currentEnum(m_linkage, core::Linkage::Ward);
    o.hierarchical.metric = currentEnum(m_metric, core::DistanceMetric::Euclidean);
    o.dbscan.eps = m_eps->value();
    o.dbscan.minSamples = m_minSamples->value();
    o.kMin = m_kMin->value();
    o.kMax = std::max(m_kMax->value(), o.kMin + 1);
    o.kmeans.nInit = m_nInit->value();
    o.kmeans.maxIter = m_maxIter->value();
    o.kmeans.seed = std::uint64_t(m_seed->value());
    m_miniBatch->apply(o.kmeans, currentEnum(m_kmeansVariant, core::KMeansAlgorithm::Lloyd));
    o.kmedoids.metric = currentEnum(m_medoidMetric, core::Dissimilarity::Gower);
    o.kmedoids.init = currentEnum(m_medoidInit, core::KMedoidsInit::Build);
    o.gmm.covariance = currentEnum(m_gmmCovariance, core::CovarianceType::Full);
    o.gmm.init = currentEnum(m_gmmInit, core::GmmInit::KMeans);
    o.gmm.regCovar = m_gmmReg->currentData().toDouble();
    o.gmm.nInit = m_gmmNInit->value();
    o.reduction = m_reductionBox->options();
    return o;
}

} // namespace gugus::ui
