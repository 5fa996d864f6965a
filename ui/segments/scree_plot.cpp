#include "segments/scree_plot.h"

#include "plots/plot_tools.h"
#include "support/format.h"

#include <qcustomplot.h>

#include <QCoreApplication>

namespace gugus::ui {

namespace {

/// The scree's translation context.
class ScreePlot {
    Q_DECLARE_TR_FUNCTIONS(ScreePlot)
};

const QColor kBarColour(0x00, 0x72, 0xB2);
const QColor kCumulativeColour(0xE6, 0x9F, 0x00);
const QColor kCutColour(0xC0, 0x20, 0x20);

} // namespace

void drawScree(QCustomPlot* plot, const Eigen::VectorXd& spectrum, std::int64_t kept,
               bool compact) {
    plot->clearPlottables();
    plot->clearItems();
    applyLocale(plot);
    const auto n = std::int64_t(spectrum.size());
    plot->legend->setVisible(n > 0 && !compact);
    // Middle right: the cumulative line is near the top there and the bars near the bottom.
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    if (n == 0) {
        plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    QVector<double> xs;
    QVector<double> shares;
    QVector<double> cumulative;
    double sum = 0.0;
    for (std::int64_t i = 0; i < n; ++i) {
        sum += spectrum[i];
        xs << double(i + 1);
        shares << 100.0 * spectrum[i];
        cumulative << 100.0 * sum;
    }
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setData(xs, shares, true);
    bars->setWidth(0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(kBarColour);
    bars->setName(ScreePlot::tr("Share of the variance per component"));
    auto* line = plot->addGraph();
    line->setData(xs, cumulative, true);
    line->setPen(QPen(kCumulativeColour, 2));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    line->setName(ScreePlot::tr("Cumulative share"));
    plot->xAxis->setRange(0.4, double(n) + 0.6);
    plot->yAxis->setRange(0, 105);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(n > 20 ? 5.0 : 1.0);
    plot->xAxis->setTicker(ticker);
    if (!compact) {
        plot->xAxis->setLabel(ScreePlot::tr("Principal component"));
        plot->yAxis->setLabel(ScreePlot::tr("Variance explained (%)"));
    } else {
        plot->xAxis->setLabel(QString());
        plot->yAxis->setLabel(QString());
    }
    if (kept > 0 && kept <= n) {
        auto* cut = new QCPItemStraightLine(plot);
        cut->setPen(QPen(kCutColour, 2, Qt::DashLine));
        cut->point1->setCoords(double(kept) + 0.5, 0);
        cut->point2->setCoords(double(kept) + 0.5, 1);
        auto* label = new QCPItemText(plot);
        label->setColor(kCutColour);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(double(kept) + 0.6, 4);
        label->setText(ScreePlot::tr("keep %1: %2")
                           .arg(kept)
                           .arg(formatPercent(cumulative[int(kept - 1)] / 100.0)));
        if (kept * 2 > n) { // near the right edge: the label goes left of the cut
            label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
            label->position->setCoords(double(kept) + 0.4, 4);
        }
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace gugus::ui
