#include "segments/segments_view.h"

#include "metrics/cluster_metrics.h"
#include "segments/pca_scatter.h"
#include "segments/profile_heatmap.h"
#include "segments/segment_list.h"
#include "segments/silhouette_chart.h"
#include "segments/sweep_chart.h"
#include "state/project.h"
#include "support/format.h"
#include "support/job_runner.h"
#include "support/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gugus::ui {

namespace {

constexpr std::int64_t kExactSilhouetteRows = 30000;
constexpr std::int64_t kSilhouetteSample = 10000;

/// Everything a finished run shows, computed on the worker.
Segmentation segmentOnWorker(const core::Table& table, const core::Recipe& recipe,
                             const core::SegmentationOptions& options, core::Progress& progress) {
    Segmentation out;
    out.options = options;
    out.result = core::runSegmentation(table, recipe, options, progress);
    const auto& x = out.result.data.x;
    out.pca = core::fitPca(x, 2, progress);
    out.silhouette =
        x.rows() <= kExactSilhouetteRows
            ? core::silhouette(x, out.result.partition.labels, out.result.k, progress)
            : core::silhouetteSampled(x, out.result.partition.labels, out.result.k, kSilhouetteSample,
                                      options.kmeans.seed, progress);
    return out;
}

void setFormLabel(QFormLayout* form, QWidget* field, const QString& text) {
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
        label->setText(text);
    }
}

} // namespace

SegmentsView::SegmentsView(Project* project, JobRunner* jobs, QWidget* parent)
    : QWidget(parent), m_project(project), m_jobs(jobs) {
    // --- settings ------------------------------------------------------------------------------
    m_perspectiveBox = new QGroupBox(this);
    m_perspective = new QComboBox(m_perspectiveBox);
    m_perspective->addItems({QString(), QString(), QString()});
    m_features = new QLabel(m_perspectiveBox);
    m_features->setWordWrap(true);
    m_features->setTextFormat(Qt::RichText);
    auto* perspectiveLayout = new QVBoxLayout(m_perspectiveBox);
    perspectiveLayout->addWidget(m_perspective);
    perspectiveLayout->addWidget(m_features);

    m_algorithmBox = new QGroupBox(this);
    m_algorithm = new QComboBox(m_algorithmBox);
    m_algorithm->addItem(QStringLiteral("K-Means"));
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
    m_kmeansVariant->addItems({QString(), QString()});
    m_kmeansForm->addRow(QStringLiteral("-"), m_nInit);
    m_kmeansForm->addRow(QStringLiteral("-"), m_maxIter);
    m_kmeansForm->addRow(QStringLiteral("-"), m_kmeansVariant);
    m_algorithmPages->addWidget(kmeansPage);
    connect(m_algorithm, &QComboBox::currentIndexChanged, m_algorithmPages,
            &QStackedWidget::setCurrentIndex);
    auto* algorithmLayout = new QVBoxLayout(m_algorithmBox);
    algorithmLayout->addWidget(m_algorithm);
    algorithmLayout->addWidget(m_algorithmPages);

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
    connect(m_autoK, &QCheckBox::toggled, m_k, &QWidget::setDisabled);

    m_sweepButton = new QPushButton(this);
    m_segmentButton = new QPushButton(this);
    m_segmentButton->setDefault(true);
    connect(m_sweepButton, &QPushButton::clicked, this, [this] { runSweep(); });
    connect(m_segmentButton, &QPushButton::clicked, this, [this] { runSegmentation(); });
    m_metrics = new QLabel(this);
    m_metrics->setWordWrap(true);
    m_metrics->setTextFormat(Qt::RichText);

    auto* settings = new QWidget(this);
    auto* settingsLayout = new QVBoxLayout(settings);
    settingsLayout->addWidget(m_perspectiveBox);
    settingsLayout->addWidget(m_algorithmBox);
    settingsLayout->addWidget(m_kBox);
    settingsLayout->addWidget(m_sweepButton);
    settingsLayout->addWidget(m_segmentButton);
    settingsLayout->addWidget(m_metrics);
    settingsLayout->addStretch(1);
    settings->setMaximumWidth(340);

    // --- results -----------------------------------------------------------------------------
    m_tabs = new QTabWidget(this);
    m_sweepChart = new SweepChart(m_tabs);
    m_scatter = new PcaScatter(project, m_tabs);
    m_silhouette = new SilhouetteChart(project, m_tabs);
    m_heatmap = new ProfileHeatmap(project, m_tabs);
    m_tabs->addTab(m_sweepChart, QString());
    m_tabs->addTab(m_scatter, QString());
    m_tabs->addTab(m_silhouette, QString());
    m_tabs->addTab(m_heatmap, QString());
    m_list = new SegmentList(project, this);
    m_list->setMinimumWidth(360);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(settings);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_list);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_sweepChart, &SweepChart::kClicked, this, &SegmentsView::setK);
    connect(m_perspective, &QComboBox::activated, this, [this] { applyPerspective(); });
    connect(project, &Project::dataChanged, this, [this] {
        m_sweepChart->clear();
        // A new table: start from the FundFusion perspective when its groups exist.
        const QStringList groups = m_project->groups();
        const bool fundfusion = groups.contains(QStringLiteral("Demographics")) &&
                                groups.contains(QStringLiteral("Products"));
        m_perspective->setCurrentIndex(
            int(fundfusion ? Perspective::Demographics : Perspective::Custom));
        applyPerspective();
    });
    connect(project, &Project::recipeChanged, this, &SegmentsView::updateFeatureSummary);
    connect(project, &Project::segmentationChanged, this, &SegmentsView::updateMetrics);
    retranslate();
    updateFeatureSummary();
    updateMetrics();
}

void SegmentsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateFeatureSummary();
        updateMetrics();
    }
    QWidget::changeEvent(event);
}

void SegmentsView::retranslate() {
    m_perspectiveBox->setTitle(tr("Perspective"));
    m_perspective->setItemText(int(Perspective::Demographics),
                               tr("Cluster on demographics, read products"));
    m_perspective->setItemText(int(Perspective::Products),
                               tr("Cluster on products, read demographics"));
    m_perspective->setItemText(int(Perspective::Custom),
                               tr("Custom (roles from the Dataset view)"));
    m_algorithmBox->setTitle(tr("Algorithm"));
    setFormLabel(m_kmeansForm, m_nInit, tr("Restarts (n_init)"));
    setFormLabel(m_kmeansForm, m_maxIter, tr("Maximum iterations"));
    setFormLabel(m_kmeansForm, m_kmeansVariant, tr("Method"));
    m_kmeansVariant->setItemText(0, tr("Lloyd"));
    m_kmeansVariant->setItemText(1, tr("Elkan (same result, fewer distances)"));
    m_kBox->setTitle(tr("Number of segments"));
    setFormLabel(m_kForm, m_k, tr("k"));
    m_autoK->setText(tr("Automatic k (by sweep)"));
    setFormLabel(m_kForm, m_autoK, QString());
    setFormLabel(m_kForm, m_kMin, tr("Sweep from k ="));
    setFormLabel(m_kForm, m_kMax, tr("to k ="));
    setFormLabel(m_kForm, m_seed, tr("Random seed"));
    m_sweepButton->setText(tr("Run k sweep"));
    m_sweepButton->setToolTip(tr("Fit K-Means for every k in the range and compare the indices"));
    m_segmentButton->setText(tr("Segment"));
    m_tabs->setTabText(0, tr("Choose k"));
    m_tabs->setTabText(1, tr("Customer map (PCA)"));
    m_tabs->setTabText(2, tr("Silhouette"));
    m_tabs->setTabText(3, tr("Profiles"));
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
    m_perspective->setCurrentIndex(int(perspective));
    applyPerspective();
}

void SegmentsView::applyPerspective() {
    const auto perspective = Perspective(m_perspective->currentIndex());
    if (perspective == Perspective::Custom || !m_project->hasData()) {
        updateFeatureSummary();
        return;
    }
    const std::string clusterOn =
        perspective == Perspective::Demographics ? "Demographics" : "Products";
    core::Recipe recipe = m_project->recipe();
    for (auto& spec : recipe.columns) {
        if (spec.role == core::Role::Id) {
            continue;
        }
        const auto index = m_project->table().indexOf(spec.name);
        if (index && m_project->table().column(*index).type() == core::ColumnType::Id) {
            continue;
        }
        // The product count is a sum of the product flags: clustering on both counts them twice.
        const bool isCount = spec.name == "Total_Kepemilikan_Produk";
        spec.role =
            spec.group == clusterOn && !isCount ? core::Role::Feature : core::Role::ProfileOnly;
    }
    m_project->setRecipe(std::move(recipe));
}

void SegmentsView::updateFeatureSummary() {
    QStringList features;
    QStringList profiled;
    for (const auto& spec : m_project->recipe().columns) {
        const QString name = QString::fromStdString(spec.name).toHtmlEscaped();
        if (spec.role == core::Role::Feature) {
            features << name;
        } else if (spec.role == core::Role::ProfileOnly) {
            profiled << name;
        }
    }
    if (!m_project->hasData()) {
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

void SegmentsView::updateMetrics() {
    const Segmentation* seg = m_project->segmentation();
    if (!seg) {
        m_metrics->setText(QString());
        return;
    }
    const auto& s = seg->result.scores;
    const QString silhouette = s.silhouetteSampled ? tr("%1 (estimated on %L2 customers)")
                                                         .arg(formatNumber(s.silhouette, 3))
                                                         .arg(s.silhouetteSampleSize)
                                                   : formatNumber(s.silhouette, 3);
    m_metrics->setText(tr("<b>k = %1</b>, %L2 customers, %3 s<br>Silhouette: %4<br>"
                          "Calinski–Harabasz: %5<br>Davies–Bouldin: %6<br>Inertia: %7")
                           .arg(seg->result.k)
                           .arg(seg->result.data.x.rows())
                           .arg(formatNumber(seg->result.seconds, 2))
                           .arg(silhouette, formatNumber(s.calinskiHarabasz, 5),
                                formatNumber(s.daviesBouldin, 3), formatNumber(s.inertia, 6)));
}

core::SegmentationOptions SegmentsView::options() const {
    core::SegmentationOptions o;
    if (!m_autoK->isChecked()) {
        o.k = m_k->value();
    }
    o.kMin = m_kMin->value();
    o.kMax = std::max(m_kMax->value(), o.kMin + 1);
    o.kmeans.nInit = m_nInit->value();
    o.kmeans.maxIter = m_maxIter->value();
    o.kmeans.seed = std::uint64_t(m_seed->value());
    o.kmeans.algorithm = m_kmeansVariant->currentIndex() == 1 ? core::KMeansAlgorithm::Elkan
                                                              : core::KMeansAlgorithm::Lloyd;
    return o;
}

void SegmentsView::runSweep(std::function<void(bool)> then) {
    if (!m_project->hasData()) {
        if (then) {
            then(false);
        }
        return;
    }
    const auto data = m_project->data();
    const core::Recipe recipe = m_project->recipe();
    const core::SegmentationOptions o = options();
    core::SweepOptions sweepOptions;
    sweepOptions.kMin = o.kMin;
    sweepOptions.kMax = o.kMax;
    sweepOptions.kmeans = o.kmeans;
    const quint64 generation = ++m_sweepGeneration;
    m_sweepChart->clear();
    m_tabs->setCurrentWidget(m_sweepChart);
    // Partial results: each finished k is copied to the GUI thread and drawn at once.
    m_partialSweep = {};
    QPointer<SegmentsView> self(this);
    m_jobs->run<core::SweepResult>(
        tr("Trying k = %1 to %2").arg(sweepOptions.kMin).arg(sweepOptions.kMax),
        [data, recipe, sweepOptions, self, generation](core::Progress& progress) {
            const core::FittedRecipe fitted =
                core::FittedRecipe::fit(data->table, recipe, progress);
            const core::PreparedData prepared = fitted.apply(data->table, progress);
            return core::runKSweep(prepared.x, sweepOptions, progress,
                                   [self, generation](const core::SweepPoint& point) {
                                       QMetaObject::invokeMethod(
                                           self,
                                           [self, generation, point] {
                                               if (self && generation == self->m_sweepGeneration) {
                                                   self->addSweepPoint(point);
                                               }
                                           },
                                           Qt::QueuedConnection);
                                   });
        },
        [this, generation, then = std::move(then)](JobOutcome<core::SweepResult> outcome) {
            const bool ok = outcome.value.has_value();
            if (ok && generation == m_sweepGeneration) {
                m_partialSweep = *outcome.value;
                m_sweepChart->setSweep(*outcome.value, true);
                setK(outcome.value->suggestedK);
                m_project->setSweep(std::make_shared<const core::SweepResult>(*outcome.value));
            } else if (!outcome.cancelled && !outcome.error.isEmpty()) {
                QMessageBox::warning(this, tr("The k sweep failed"), outcome.error);
            }
            if (then) {
                then(ok);
            }
        });
}

void SegmentsView::addSweepPoint(const core::SweepPoint& point) {
    m_partialSweep.points.push_back(point);
    m_sweepChart->setSweep(m_partialSweep, false);
}

void SegmentsView::runSegmentation(std::function<void(bool)> then) {
    if (!m_project->hasData()) {
        if (then) {
            then(false);
        }
        return;
    }
    const auto data = m_project->data();
    const core::Recipe recipe = m_project->recipe();
    const core::SegmentationOptions o = options();
    ++m_sweepGeneration; // a running sweep's late points no longer belong to the chart
    m_jobs->run<std::shared_ptr<const Segmentation>>(
        o.k ? tr("Segmenting into %1 segments").arg(*o.k) : tr("Segmenting (choosing k)"),
        [data, recipe, o](core::Progress& progress) {
            return std::make_shared<const Segmentation>(
                segmentOnWorker(data->table, recipe, o, progress));
        },
        [this, then = std::move(then)](JobOutcome<std::shared_ptr<const Segmentation>> outcome) {
            const bool ok = outcome.value.has_value();
            if (ok) {
                const auto& seg = *outcome.value;
                if (seg->result.sweep) {
                    m_partialSweep = *seg->result.sweep;
                    m_sweepChart->setSweep(*seg->result.sweep, true);
                    m_project->setSweep(
                        std::make_shared<const core::SweepResult>(*seg->result.sweep));
                }
                m_sweepChart->setSelectedK(seg->result.k);
                m_project->setSegmentation(seg);
                m_tabs->setCurrentWidget(m_scatter);
            } else if (!outcome.cancelled && !outcome.error.isEmpty()) {
                QMessageBox::warning(this, tr("Segmentation failed"), outcome.error);
            }
            if (then) {
                then(ok);
            }
        });
}

QList<QPair<QString, QWidget*>> SegmentsView::screenshotParts() {
    // Hidden tab pages have no layout size yet: give each the visible page's size before grabbing.
    const QSize size = m_tabs->currentWidget()->size().expandedTo(QSize(1000, 640));
    for (QWidget* page : {static_cast<QWidget*>(m_sweepChart), static_cast<QWidget*>(m_scatter),
                          static_cast<QWidget*>(m_silhouette), static_cast<QWidget*>(m_heatmap)}) {
        page->resize(size);
    }
    return {{QStringLiteral("sweep"), m_sweepChart},
            {QStringLiteral("pca"), m_scatter},
            {QStringLiteral("silhouette"), m_silhouette},
            {QStringLiteral("profiles"), m_heatmap},
            {QStringLiteral("segment_list"), m_list}};
}

} // namespace gugus::ui
