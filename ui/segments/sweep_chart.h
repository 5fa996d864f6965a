#pragma once

#include "select/k_sweep.h"

#include <QWidget>

#include <optional>

class QCustomPlot;
class QLabel;

namespace gugus::ui {

/// The "Choose k" charts: inertia (elbow, knee marked), silhouette, Calinski-Harabasz and
/// Davies-Bouldin against k, filled in as each k finishes; for Gaussian mixtures also BIC and
/// AIC (lowest marked). Clicking a k on any chart selects it.
class SweepChart : public QWidget {
    Q_OBJECT
public:
    explicit SweepChart(QWidget* parent = nullptr);

    /// Draws the points so far; `complete` adds the knee and the suggestion.
    void setSweep(const core::SweepResult& sweep, bool complete);
    void clear();
    /// Highlights k on every chart (the k chosen for the segmentation).
    void setSelectedK(int k);

    int pointCount() const { return int(m_sweep.points.size()); }
    std::optional<int> markedKnee() const { return m_complete ? m_sweep.kneeK : std::nullopt; }
    QCustomPlot* inertiaPlot() const { return m_plots[0]; }
    /// BIC and AIC against k (graphs 0 and 1; the lowest of each marked); hidden unless the
    /// sweep has them.
    QCustomPlot* criteriaPlot() const { return m_criteria; }

signals:
    void kClicked(int k);

private:
    void redraw();
    void redrawCriteria();

    QCustomPlot* m_plots[4];
    QCustomPlot* m_criteria;
    QLabel* m_suggestion;
    core::SweepResult m_sweep;
    bool m_complete = false;
    int m_selectedK = 0;
};

} // namespace gugus::ui
