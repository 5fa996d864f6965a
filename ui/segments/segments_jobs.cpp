// SegmentsView and its jobs: starting sweeps, segmentations, re-cuts and the k-distance curve
// through the SegmentationController with the panel's settings, and showing what they give. The
// settings panel and the tabs are in segments_view.cpp.
#include "segments/segments_view.h"

#include "controllers/segmentation_controller.h"
#include "segments/dendrogram_chart.h"
#include "segments/kdistance_chart.h"
#include "segments/overview_view.h"
#include "segments/pca_scatter.h"
#include "segments/sweep_chart.h"
#include "state/document.h"
#include "support/message.h"
#include "support/slot_timing.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

#include <algorithm>

namespace gugus::ui {

QFuture<Outcome> SegmentsView::runSweep() {
    return m_controller->sweep(options());
}

QFuture<Outcome> SegmentsView::runSegmentation() {
    return m_controller->segment(options());
}

QFuture<Outcome> SegmentsView::runKDistance() {
    return m_controller->kDistance(m_minSamples->value());
}

QFuture<Outcome> SegmentsView::recut(double height) {
    return m_controller->recut(height);
}

void SegmentsView::warnIfFailed(const Outcome& outcome, const QString& title) {
    if (outcome.failed() && !outcome.error.isEmpty()) {
        showWarning(this, title, outcome.error);
    }
}

void SegmentsView::followJobs() {
    SegmentationController* c = m_controller;
    connect(c, &SegmentationController::sweepStarted, this, [this] {
        m_sweepChart->clear();
        showPage(m_sweepChart);
        updateEmptyStates();
    });
    connect(c, &SegmentationController::sweepGrew, this,
            timedSlot(this, "sweepGrew", [this](const core::SweepResult& partial) {
                m_sweepChart->setSweep(partial, false);
                updateEmptyStates();
            }));
    connect(c, &SegmentationController::sweepFinished, this, [this](const Outcome& outcome) {
        if (outcome.ok() && m_document->sweep()) {
            m_sweepChart->setSweep(*m_document->sweep(), true);
            setK(m_document->sweep()->suggestedK);
        }
        updateEmptyStates();
        warnIfFailed(outcome, tr("The k sweep failed"));
    });
    connect(c, &SegmentationController::segmentationFinished, this,
            timedSlot(this, "segmentationFinished", [this](const Outcome& outcome) {
                const Segmentation* seg = m_document->segmentation();
                if (outcome.ok() && seg) {
                    if (seg->result.sweep && m_document->sweep()) {
                        m_sweepChart->setSweep(*m_document->sweep(), true);
                    }
                    m_sweepChart->setSelectedK(seg->result.k);
                    showPage(m_overview); // what a manager reads first, after every segmentation
                }
                updateEmptyStates();
                warnIfFailed(outcome, tr("Segmentation failed"));
            }));
    connect(c, &SegmentationController::recutFinished, this, [this](const Outcome& outcome) {
        if (outcome.ok() && m_document->segmentation()) {
            const int k = m_document->segmentation()->result.k;
            m_autoK->setChecked(false);
            m_k->setValue(std::clamp(k, m_k->minimum(), m_k->maximum()));
            m_sweepChart->setSelectedK(k);
        }
        warnIfFailed(outcome, tr("Segmentation failed"));
    });
    connect(c, &SegmentationController::kDistanceFinished, this, [this](const Outcome& outcome) {
        if (const auto curve = m_controller->kDistanceCurve(); outcome.ok() && curve) {
            m_kdistance->setCurve(curve);
            if (curve->suggestedEps) {
                m_eps->setValue(*curve->suggestedEps);
            }
            m_kdistance->setEps(m_eps->value());
            showPage(m_kdistance);
        }
        updateEmptyStates();
        warnIfFailed(outcome, tr("The k-distance curve failed"));
    });
}

} // namespace gugus::ui
