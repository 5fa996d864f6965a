#pragma once

#include "cluster/dbscan.h"

#include <QWidget>

#include <memory>

class QCustomPlot;
class QCPItemStraightLine;
class QCPItemText;
class QMouseEvent;

namespace gugus::ui {

/// DBSCAN's k-distance plot over every customer: the distance to the min_samples-th neighbour,
/// sorted, with the knee marked and a horizontal eps line. Dragging the line chooses eps
/// (epsChosen on release) and shows how many customers would be core at that eps.
class KDistanceChart : public QWidget {
    Q_OBJECT
public:
    explicit KDistanceChart(QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    void setCurve(std::shared_ptr<const core::KDistanceCurve> curve);
    const core::KDistanceCurve* curve() const { return m_curve.get(); }
    /// Moves the eps line (no signal).
    void setEps(double eps);
    double eps() const { return m_eps; }
    /// Customers whose k-distance is <= eps: the core rows DBSCAN would find.
    std::int64_t coreCount(double eps) const;
    /// Drags the line as the mouse does and emits epsChosen (used by tests).
    void dragEpsTo(double eps);

signals:
    void epsChosen(double eps);

private:
    void redraw();
    void placeLine();

    QCustomPlot* m_plot;
    std::shared_ptr<const core::KDistanceCurve> m_curve;
    QCPItemStraightLine* m_line = nullptr;
    QCPItemText* m_label = nullptr;
    double m_eps = 0.5;
    bool m_dragging = false;
};

} // namespace gugus::ui
