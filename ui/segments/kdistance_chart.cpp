#include "segments/kdistance_chart.h"

#include "plots/plot_tools.h"
#include "support/format.h"
#include "support/live_update.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace gugus::ui {

namespace {

constexpr int kMaxPoints = 2000;
const QColor kLineColor(0xC0, 0x20, 0x20);

} // namespace

KDistanceChart::KDistanceChart(QWidget* parent)
    : QWidget(parent), m_plot(addTitledPlot(this, QStringLiteral("k_distance"))) {
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        if (m_line && e->button() == Qt::LeftButton &&
            std::abs(e->position().y() - m_plot->yAxis->coordToPixel(m_eps)) <= 6) {
            m_dragging = true;
        }
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) {
        if (m_dragging) {
            m_eps = std::max(1e-9, m_plot->yAxis->pixelToCoord(e->position().y()));
            placeLine();
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        } else if (m_line) {
            const double y = m_plot->yAxis->coordToPixel(m_eps);
            m_plot->setCursor(std::abs(e->position().y() - y) <= 6 ? Qt::SizeVerCursor
                                                                   : Qt::ArrowCursor);
        }
    });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent*) {
        if (m_dragging) {
            m_dragging = false;
            emit epsChosen(m_eps);
        }
    });
    onLanguageChange(this, [this] { redraw(); });
    redraw();
}

void KDistanceChart::setCurve(std::shared_ptr<const core::KDistanceCurve> curve) {
    m_curve = std::move(curve);
    redraw();
}

void KDistanceChart::setEps(double eps) {
    m_eps = eps;
    placeLine();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void KDistanceChart::dragEpsTo(double eps) {
    setEps(eps);
    emit epsChosen(m_eps);
}

std::int64_t KDistanceChart::coreCount(double eps) const {
    if (!m_curve) {
        return 0;
    }
    const auto& d = m_curve->distances;
    return std::int64_t(std::upper_bound(d.begin(), d.end(), eps) - d.begin());
}

void KDistanceChart::redraw() {
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_line = nullptr;
    m_label = nullptr;
    applyLocale(m_plot);
    auto* title = plotTitle(m_plot);
    if (!m_curve || m_curve->distances.empty()) {
        title->setText(tr("Choose DBSCAN and press “Suggest eps” to see the k-distance curve."));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const auto& d = m_curve->distances;
    const auto n = std::int64_t(d.size());
    // Sorted curve: a sample of at most kMaxPoints ranks (always the first and last).
    QVector<double> xs;
    QVector<double> ys;
    const std::int64_t step = std::max<std::int64_t>(1, n / kMaxPoints);
    for (std::int64_t i = 0; i < n; i += step) {
        xs << 100.0 * double(i) / double(std::max<std::int64_t>(1, n - 1));
        ys << d[std::size_t(i)];
    }
    if ((n - 1) % step != 0) {
        xs << 100.0;
        ys << d.back();
    }
    auto* graph = m_plot->addGraph();
    graph->setData(xs, ys, true);
    graph->setPen(QPen(QColor(0x00, 0x72, 0xB2), 2));
    graph->setName(tr("k-distance (k = %1)").arg(m_curve->minSamples));
    if (m_curve->kneeIndex) {
        auto* knee = m_plot->addGraph();
        knee->setLineStyle(QCPGraph::lsNone);
        knee->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(0xE6, 0x9F, 0x00),
                                              QColor(0xE6, 0x9F, 0x00), 10));
        knee->addData(100.0 * double(*m_curve->kneeIndex) /
                          double(std::max<std::int64_t>(1, n - 1)),
                      *m_curve->suggestedEps);
        knee->setName(tr("Knee: suggested eps %1").arg(formatNumber(*m_curve->suggestedEps, 4)));
    }
    m_plot->xAxis->setLabel(tr("Customers, sorted by that distance (%)"));
    m_plot->yAxis->setLabel(
        tr("Distance to the k-th nearest customer (k = %1)").arg(m_curve->minSamples));
    m_plot->xAxis->setRange(0, 100);
    m_plot->yAxis->setRange(0, d.back() * 1.05);
    m_plot->legend->setVisible(true);
    placeLegendOutside(m_plot);
    title->setText(tr("k-distance curve of all %L1 customers (min samples %2). Drag the red line "
                      "to choose eps.")
                       .arg(n)
                       .arg(m_curve->minSamples));
    m_line = new QCPItemStraightLine(m_plot);
    m_line->setPen(QPen(kLineColor, 2, Qt::DashLine));
    m_label = new QCPItemText(m_plot);
    m_label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_label->setColor(kLineColor);
    placeLine();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void KDistanceChart::placeLine() {
    if (!m_line || !m_curve) {
        return;
    }
    m_line->point1->setCoords(0, m_eps);
    m_line->point2->setCoords(1, m_eps);
    m_label->position->setCoords(0.98, m_eps);
    const std::int64_t core = coreCount(m_eps);
    const double share = double(core) / double(std::max<std::size_t>(1, m_curve->distances.size()));
    m_label->setText(tr("eps = %1: %2 of customers are core (%L3)")
                         .arg(formatNumber(m_eps, 4), formatPercent(share))
                         .arg(core));
}

} // namespace gugus::ui
