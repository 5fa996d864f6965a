#include "segments/loss_plot.h"

#include "plots/plot_tools.h"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <algorithm>

namespace gugus::ui {

namespace {

/// The loss chart's translation context.
class LossPlot {
    Q_DECLARE_TR_FUNCTIONS(LossPlot)
};

const QColor kLossColour(0x00, 0x72, 0xB2);
const QColor kPcaColour(0xE6, 0x9F, 0x00);

} // namespace

void drawLossCurve(QCustomPlot* plot, const std::vector<double>& losses, double pcaMse,
                   bool compact) {
    plot->clearPlottables();
    plot->clearItems();
    applyLocale(plot);
    const auto n = int(losses.size());
    // Compact (the settings box): too small for a legend; the text under it names both lines.
    plot->legend->setVisible(n > 0 && !compact);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignTop);
    if (n == 0) {
        plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    QVector<double> xs;
    QVector<double> ys;
    for (int i = 0; i < n; ++i) {
        xs << double(i + 1);
        ys << losses[std::size_t(i)];
    }
    auto* line = plot->addGraph();
    line->setData(xs, ys, true);
    line->setPen(QPen(kLossColour, 2));
    line->setName(LossPlot::tr("Training loss (MSE)"));
    double top = *std::max_element(losses.begin(), losses.end());
    if (pcaMse > 0.0) {
        auto* level = plot->addGraph();
        level->setData({0.5, double(n) + 0.5}, {pcaMse, pcaMse}, true);
        level->setPen(QPen(kPcaColour, 2, Qt::DashLine));
        level->setName(LossPlot::tr("PCA with as many components"));
        top = std::max(top, pcaMse);
    }
    plot->xAxis->setRange(0.5, double(std::max(n, 2)) + 0.5);
    plot->yAxis->setRange(0.0, top * 1.1);
    plot->xAxis->setLabel(compact ? QString() : LossPlot::tr("Epoch"));
    plot->yAxis->setLabel(compact ? QString() : LossPlot::tr("Mean squared error (scaled)"));
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace gugus::ui
