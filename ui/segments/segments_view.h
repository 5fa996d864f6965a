#pragma once

#include "pipeline/segmentation.h"
#include "support/job_runner.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

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

class CompareView;
class DendrogramChart;
class JobRunner;
class KDistanceChart;
class OffersView;
class PcaScatter;
class ProfileHeatmap;
class Document;
class SegmentCards;
class SegmentList;
struct Segmentation;
class SilhouetteChart;
class SweepChart;
class TuneView;

/// The Segments view: settings (perspective, algorithm, k), the "Choose k" sweep charts, and the
/// results: customer map (PCA), silhouette plot, profile heatmap, segment list and sizes.
class SegmentsView : public QWidget {
    Q_OBJECT
public:
    /// Perspective presets: which column group is clustered on and which is read against it.
    enum class Perspective { Demographics, Products, Custom };

    SegmentsView(Document* document, JobRunner* jobs, QWidget* parent = nullptr);

    /// Named parts for `gugus --screenshots`: file stem -> widget to grab.
    QList<QPair<QString, QWidget*>> screenshotParts();

    /// Runs the k sweep / the segmentation with the current settings on a worker (as the
    /// buttons do); `then(ok)` runs on the GUI thread when it ends.
    void runSweep(std::function<void(bool)> then = {});
    void runSegmentation(std::function<void(bool)> then = {});
    /// Computes the k-distance curve (DBSCAN's eps helper) for the current features and
    /// min_samples on a worker, shows it and takes its suggested eps.
    void runKDistance(std::function<void(bool)> then = {});
    /// Cuts the current hierarchical result at `height` on a worker (the dendrogram's cut line).
    void recut(double height, std::function<void(bool)> then = {});

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
    /// Makes `columns` the features (the other features become profile-only), selects the
    /// algorithm (Ward for hierarchical) and k, and segments (an auto-tune solution).
    void applySolution(core::Algorithm algorithm, int k, const QStringList& columns,
                       std::function<void(bool)> then = {});

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyPerspective();
    void updateFeatureSummary();
    void updateMetrics();
    core::SegmentationOptions options() const;
    void addSweepPoint(const core::SweepPoint& point);
    void updateAlgorithmControls();
    /// False (after then(false)) when there is no data to run a job on.
    bool startable(const std::function<void(bool)>& then);
    /// The end of a job: a warning titled failTitle unless it succeeded or was cancelled, then
    /// then(ok).
    template <class T>
    void endJob(const JobOutcome<T>& outcome, const QString& failTitle,
                const std::function<void(bool)>& then);
    void showSegmentation(std::shared_ptr<const Segmentation> seg);

    Document* m_document;
    JobRunner* m_jobs;
    quint64 m_sweepGeneration = 0;    ///< drops late partial points of a replaced sweep
    core::SweepResult m_partialSweep; ///< points received so far

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
    QFormLayout* m_treeForm;
    QComboBox* m_linkage;
    QComboBox* m_metric;
    QComboBox* m_cutMode;
    QDoubleSpinBox* m_height;
    QFormLayout* m_dbscanForm;
    QDoubleSpinBox* m_eps;
    QSpinBox* m_minSamples;
    QPushButton* m_suggestEps;
    QGroupBox* m_kBox;
    QFormLayout* m_kForm;
    QCheckBox* m_autoK;
    QSpinBox* m_k;
    QSpinBox* m_kMin;
    QSpinBox* m_kMax;
    QSpinBox* m_seed;
    QPushButton* m_sweepButton;
    QPushButton* m_segmentButton;
    QLabel* m_metrics;

    QTabWidget* m_tabs;
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
    SegmentList* m_list;
};

} // namespace gugus::ui
