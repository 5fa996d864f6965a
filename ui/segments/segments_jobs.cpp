// SegmentsView's worker jobs: sweep, segmentation, re-cut of the tree, k-distance curve. The
// settings panel and the tabs are in segments_view.cpp.
#include "segments/segments_view.h"

#include "metrics/cluster_metrics.h"
#include "reduce/pca.h"
#include "segments/dendrogram_chart.h"
#include "segments/kdistance_chart.h"
#include "segments/pca_scatter.h"
#include "segments/sweep_chart.h"
#include "state/document.h"
#include "support/job_runner.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPointer>
#include <QSpinBox>
#include <QTabWidget>

namespace gugus::ui {

namespace {

/// Everything a finished run shows, computed on the worker.
Segmentation segmentOnWorker(const core::Table& table, const core::Recipe& recipe,
                             const core::SegmentationOptions& options, core::Progress& progress) {
    Segmentation out;
    out.options = options;
    out.result = core::runSegmentation(table, recipe, options, progress);
    out.pca = core::fitPca(out.result.data.x, 2, progress);
    return out;
}

} // namespace

bool SegmentsView::startable(const std::function<void(bool)>& then) {
    if (m_document->hasData()) {
        return true;
    }
    if (then) {
        then(false);
    }
    return false;
}

template <class T>
void SegmentsView::endJob(const JobOutcome<T>& outcome, const QString& failTitle,
                          const std::function<void(bool)>& then) {
    if (!outcome.value && !outcome.cancelled && !outcome.error.isEmpty()) {
        QMessageBox::warning(this, failTitle, outcome.error);
    }
    if (then) {
        then(outcome.value.has_value());
    }
}

void SegmentsView::runSweep(std::function<void(bool)> then) {
    if (!startable(then)) {
        return;
    }
    const auto data = m_document->data();
    const core::Recipe recipe = m_document->recipe();
    const core::SegmentationOptions o = options();
    const quint64 generation = ++m_sweepGeneration;
    m_sweepChart->clear();
    m_tabs->setCurrentWidget(m_sweepChart);
    // Partial results: each finished k is copied to the GUI thread and drawn at once.
    m_partialSweep = {};
    QPointer<SegmentsView> self(this);
    m_jobs->run<core::SweepResult>(
        tr("Trying k = %1 to %2").arg(o.kMin).arg(o.kMax),
        [data, recipe, o, self, generation](core::Progress& progress) {
            const core::PreparedData prepared =
                core::prepareFeatures(data->table, recipe, progress);
            return core::runSweep(prepared.x, o, progress,
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
            if (outcome.value && generation == m_sweepGeneration) {
                m_partialSweep = *outcome.value;
                m_sweepChart->setSweep(*outcome.value, true);
                setK(outcome.value->suggestedK);
                m_document->setSweep(std::make_shared<const core::SweepResult>(*outcome.value));
            }
            endJob(outcome, tr("The k sweep failed"), then);
        });
}

void SegmentsView::addSweepPoint(const core::SweepPoint& point) {
    m_partialSweep.points.push_back(point);
    m_sweepChart->setSweep(m_partialSweep, false);
}

void SegmentsView::runSegmentation(std::function<void(bool)> then) {
    if (!startable(then)) {
        return;
    }
    const auto data = m_document->data();
    const core::Recipe recipe = m_document->recipe();
    const core::SegmentationOptions o = options();
    ++m_sweepGeneration; // a running sweep's late points no longer belong to the chart
    m_jobs->run<std::shared_ptr<const Segmentation>>(
        o.k ? tr("Segmenting into %1 segments").arg(*o.k) : tr("Segmenting (choosing k)"),
        [data, recipe, o](core::Progress& progress) {
            return std::make_shared<const Segmentation>(
                segmentOnWorker(data->table, recipe, o, progress));
        },
        [this, then = std::move(then)](JobOutcome<std::shared_ptr<const Segmentation>> outcome) {
            if (outcome.value) {
                showSegmentation(*outcome.value);
            }
            endJob(outcome, tr("Segmentation failed"), then);
        });
}

void SegmentsView::showSegmentation(std::shared_ptr<const Segmentation> seg) {
    if (seg->result.sweep) {
        m_partialSweep = *seg->result.sweep;
        m_sweepChart->setSweep(*seg->result.sweep, true);
        m_document->setSweep(std::make_shared<const core::SweepResult>(*seg->result.sweep));
    }
    m_sweepChart->setSelectedK(seg->result.k);
    const bool tree = seg->result.tree.has_value();
    m_document->setSegmentation(seg);
    m_tabs->setCurrentWidget(tree ? static_cast<QWidget*>(m_dendrogram)
                                  : static_cast<QWidget*>(m_scatter));
}

void SegmentsView::recut(double height, std::function<void(bool)> then) {
    const auto current = m_document->segmentationPtr();
    if (!current || !current->result.tree) {
        if (then) {
            then(false);
        }
        return;
    }
    const auto data = m_document->data();
    const core::Recipe recipe = current->result.recipe.recipe();
    m_jobs->run<std::shared_ptr<const Segmentation>>(
        tr("Cutting the tree"),
        [data, recipe, current, height](core::Progress& progress) {
            Segmentation out;
            out.options = current->options;
            out.options.cutHeight = height;
            out.options.k.reset();
            out.result = core::recutTree(data->table, recipe, current->result, std::nullopt, height,
                                         out.options, progress);
            out.pca = current->pca; // same rows, same features
            return std::make_shared<const Segmentation>(std::move(out));
        },
        [this, then = std::move(then)](JobOutcome<std::shared_ptr<const Segmentation>> outcome) {
            if (outcome.value) {
                const int k = (*outcome.value)->result.k;
                m_autoK->setChecked(false);
                m_k->setValue(std::clamp(k, m_k->minimum(), m_k->maximum()));
                m_sweepChart->setSelectedK(k);
                m_document->setSegmentation(*outcome.value);
            }
            endJob(outcome, tr("Segmentation failed"), then);
        });
}

void SegmentsView::runKDistance(std::function<void(bool)> then) {
    if (!startable(then)) {
        return;
    }
    const auto data = m_document->data();
    const core::Recipe recipe = m_document->recipe();
    const int minSamples = m_minSamples->value();
    m_jobs->run<std::shared_ptr<const core::KDistanceCurve>>(
        tr("Computing the k-distance curve"),
        [data, recipe, minSamples](core::Progress& progress) {
            const core::PreparedData prepared =
                core::prepareFeatures(data->table, recipe, progress);
            return std::make_shared<const core::KDistanceCurve>(
                core::kDistance(prepared.x, minSamples, progress));
        },
        [this,
         then = std::move(then)](JobOutcome<std::shared_ptr<const core::KDistanceCurve>> outcome) {
            if (outcome.value) {
                const auto& curve = *outcome.value;
                m_kdistance->setCurve(curve);
                if (curve->suggestedEps) {
                    m_eps->setValue(*curve->suggestedEps);
                }
                m_kdistance->setEps(m_eps->value());
                m_tabs->setCurrentWidget(m_kdistance);
            }
            endJob(outcome, tr("The k-distance curve failed"), then);
        });
}

} // namespace gugus::ui
