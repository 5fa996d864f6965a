#pragma once

#include "pipeline/segmentation.h"
#include "support/outcome.h"
#include "support/switching_tabs.h"

#include <QFuture>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace gugus::ui {

class CompareController;
class CompareView;
class ComponentsView;
class DendrogramChart;
class EmptyState;
class KDistanceChart;
class MiniBatchOffer;
class OffersView;
class OverviewView;
class PcaScatter;
class ProfileHeatmap;
class ReductionBox;
class QualitySummary;
class Document;
class ScoringController;
class SegmentationController;
class SelectionController;
class SegmentCards;
class SegmentList;
class SilhouetteChart;
class SweepChart;
class TuneView;

/// The Segments view: settings (perspective, algorithm, reduction, k) with the quality of the
/// current segmentation, the segment list, and the pages in two levels: Overview first, then
/// Results (cards, offers, customer map, profiles, and the dendrogram under Hierarchical) and
/// Quality (choose k, silhouette, compare, auto-tune, components after a PCA reduction, and the
/// k-distance curve under DBSCAN). An empty
/// chart says which action fills it. The work runs in the SegmentationController; this view
/// starts it with the panel's settings, shows its results and warns when it fails.
class SegmentsView : public QWidget {
    Q_OBJECT
public:
    /// Perspective presets: which column group is clustered on and which is read against it.
    enum class Perspective { Demographics, Products, Custom };

    SegmentsView(Document* document, SegmentationController* segmentation,
                 ScoringController* scoring, SelectionController* selection,
                 CompareController* compare, QWidget* parent = nullptr);

    /// Named parts for `gugus --screenshots`: file stem -> widget to grab.
    QList<QPair<QString, QWidget*>> screenshotParts();

    /// Runs the k sweep / the segmentation with the panel's settings (as the buttons do). The
    /// future finishes when the result is shown.
    QFuture<Outcome> runSweep();
    QFuture<Outcome> runSegmentation();
    /// Computes the k-distance curve (DBSCAN's eps helper) for the current features and
    /// min_samples, shows it and takes its suggested eps.
    QFuture<Outcome> runKDistance();
    /// Cuts the current hierarchical result at `height` (the dendrogram's cut line).
    QFuture<Outcome> recut(double height);
    /// The settings in the panel.
    core::SegmentationOptions options() const;

    void setAlgorithm(core::Algorithm algorithm);
    /// Puts saved settings into the panel (the perspective becomes Custom: the recipe is the
    /// Document's).
    void setOptions(const core::SegmentationOptions& options);
    void setEps(double eps);
    void setMinSamples(int minSamples);

    void setPerspective(Perspective perspective);
    /// k for the next segmentation; 0 = automatic (chosen by a sweep).
    void setK(int k);
    SweepChart* sweepChart() const { return m_sweepChart; }
    SegmentList* segmentList() const { return m_list; }
    PcaScatter* pcaScatter() const { return m_scatter; }
    SilhouetteChart* silhouetteChart() const { return m_silhouette; }
    ProfileHeatmap* profileHeatmap() const { return m_heatmap; }
    DendrogramChart* dendrogram() const { return m_dendrogram; }
    KDistanceChart* kDistanceChart() const { return m_kdistance; }
    OffersView* offersView() const { return m_offersView; }
    SegmentCards* segmentCards() const { return m_cards; }
    CompareView* compareView() const { return m_compare; }
    TuneView* tuneView() const { return m_tune; }
    ReductionBox* reductionBox() const { return m_reductionBox; }
    MiniBatchOffer* miniBatchOffer() const { return m_miniBatch; }
    ComponentsView* componentsView() const { return m_components; }
    OverviewView* overviewView() const { return m_overview; }
    QualitySummary* qualitySummary() const { return m_quality; }
    /// The top level (Overview | Results | Quality) and the two groups of sub-tabs.
    QTabWidget* tabs() const { return m_tabs; }
    QTabWidget* resultTabs() const { return m_resultTabs; }
    QTabWidget* qualityTabs() const { return m_qualityTabs; }
    /// The page (e.g. dendrogram()) made current through both levels of tabs.
    void showPage(QWidget* page);
    /// Whether `page`'s tab is shown (the dendrogram and the k-distance curve are shown only for
    /// their algorithm).
    bool isPageVisible(QWidget* page) const;
    /// The centred message `page` shows instead of an empty chart (empty when it has content).
    QString emptyMessage(QWidget* page) const;
    /// Makes `columns` the features (the other features become profile-only), selects the
    /// algorithm (Ward for hierarchical) and k, and segments (an auto-tune solution).
    QFuture<Outcome> applySolution(core::Algorithm algorithm, int k, const QStringList& columns);

private:
    void retranslate();
    void applyPerspective();
    void updateFeatureSummary();
    void updateAlgorithmControls();
    /// Builds the Overview | Results | Quality tabs around the pages (segments_tabs.cpp).
    void buildTabs();
    void retranslateTabs();
    /// Shows each page's centred message while it has nothing to show.
    void updateEmptyStates();
    EmptyState* wrapperOf(QWidget* page) const;
    void buildGmmPage();
    QWidget* algorithmPage(core::Algorithm algorithm) const;
    /// Shows the controller's results as its jobs finish (segments_jobs.cpp).
    void followJobs();
    /// A warning titled `title` when `outcome` failed with a reason.
    void warnIfFailed(const Outcome& outcome, const QString& title);

    Document* m_document;
    SegmentationController* m_controller;

    QGroupBox* m_perspectiveBox;
    QComboBox* m_perspective;
    QLabel* m_features;
    QGroupBox* m_algorithmBox;
    QComboBox* m_algorithm;
    QStackedWidget* m_algorithmPages; ///< one options page per algorithm
    QFormLayout* m_kmeansForm;
    QSpinBox* m_nInit;
    QSpinBox* m_maxIter;
    QComboBox* m_kmeansVariant;
    MiniBatchOffer* m_miniBatch;
    QWidget* m_kmeansExtras; ///< the mini-batch offer, below the K-Means page
    QFormLayout* m_treeForm;
    QComboBox* m_linkage;
    QComboBox* m_metric;
    QComboBox* m_cutMode;
    QDoubleSpinBox* m_height;
    QFormLayout* m_dbscanForm;
    QDoubleSpinBox* m_eps;
    QSpinBox* m_minSamples;
    QPushButton* m_suggestEps;
    QFormLayout* m_medoidForm;
    QComboBox* m_medoidMetric; ///< Gower (mixed columns), Euclidean, Manhattan
    QComboBox* m_medoidInit;
    QFormLayout* m_gmmForm;
    QComboBox* m_gmmCovariance; ///< full, diag, spherical, tied
    QComboBox* m_gmmInit;       ///< K-Means run or k-means++ rows
    QComboBox* m_gmmReg;        ///< reg_covar, a few powers of ten
    QSpinBox* m_gmmNInit;
    ReductionBox* m_reductionBox;
    QGroupBox* m_kBox;
    QFormLayout* m_kForm;
    QCheckBox* m_autoK;
    QSpinBox* m_k;
    QSpinBox* m_kMin;
    QSpinBox* m_kMax;
    QSpinBox* m_seed;
    QPushButton* m_sweepButton;
    QPushButton* m_segmentButton;
    QualitySummary* m_quality;

    SwitchingTabs* m_tabs;
    QTabWidget* m_resultTabs;
    QTabWidget* m_qualityTabs;
    OverviewView* m_overview;
    SweepChart* m_sweepChart;
    PcaScatter* m_scatter;
    SilhouetteChart* m_silhouette;
    ProfileHeatmap* m_heatmap;
    DendrogramChart* m_dendrogram;
    KDistanceChart* m_kdistance;
    OffersView* m_offersView;
    SegmentCards* m_cards;
    CompareView* m_compare;
    TuneView* m_tune;
    ComponentsView* m_components;
    SegmentList* m_list;
};

} // namespace gugus::ui
