#include "segments/silhouette_chart.h"

#include "plots/plot_tools.h"
#include "state/document.h"
#include "support/format.h"
#include "support/live_update.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace gugus::ui {

namespace {

constexpr int kMaxBarsPerSegment = 2000;

} // namespace

SilhouetteChart::SilhouetteChart(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document),
      m_plot(addTitledPlot(this, QStringLiteral("silhouette"))),
      m_average(std::numeric_limits<double>::quiet_NaN()) {
    followSegmentation(this, document, [this] { redraw(); });
    redraw();
}

int SilhouetteChart::barCount(int segment) const {
    return segment >= 0 && segment < m_barCounts.size() ? m_barCounts[segment] : 0;
}

void SilhouetteChart::redraw() {
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_barCounts.clear();
    m_average = std::numeric_limits<double>::quiet_NaN();
    applyLocale(m_plot);
    auto* title = plotTitle(m_plot);
    const Segmentation* seg = m_document->segmentation();
    if (!seg || seg->result.silhouette.samples.empty()) {
        title->setText(tr("Run a segmentation to see how well each customer fits its segment."));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const auto& sil = seg->result.silhouette;
    const auto& labels = seg->result.partition.labels;
    const int k = seg->result.k;
    std::vector<std::vector<double>> values(static_cast<std::size_t>(k));
    for (std::size_t i = 0; i < sil.samples.size(); ++i) {
        const int l = labels[i];
        if (l >= 0 && l < k && !std::isnan(sil.samples[i])) {
            values[std::size_t(l)].push_back(sil.samples[i]);
        }
    }
    std::int64_t scored = 0;
    for (const auto& v : values) {
        scored += std::int64_t(v.size());
    }
    // Each segment gets a band of height proportional to its share (with a gap), so the plot
    // reads like scikit-learn's silhouette figure whatever the number of rows.
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const double gap = 0.02 * double(k);
    double base = 0.0;
    double minValue = 0.0;
    for (int s = k - 1; s >= 0; --s) { // segment 0 on top
        auto& v = values[std::size_t(s)];
        std::sort(v.begin(), v.end(), std::greater<>());
        const int bars = int(std::min<std::size_t>(v.size(), kMaxBarsPerSegment));
        const double height = scored > 0 ? double(v.size()) / double(scored) : 0.0;
        auto* b = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        b->setPen(Qt::NoPen);
        b->setBrush(m_document->segmentColor(s));
        b->setName(m_document->segmentName(s));
        QVector<QCPBarsData> data;
        data.reserve(bars);
        const double step = bars > 0 ? height / bars : 0.0;
        b->setWidth(step * 1.02);
        for (int j = 0; j < bars; ++j) {
            // Evenly spaced quantiles when downsampling keep the curve's shape.
            const std::size_t at = bars == int(v.size())
                                       ? std::size_t(j)
                                       : std::size_t(std::llround(double(j) * double(v.size() - 1) /
                                                                  double(std::max(1, bars - 1))));
            const double value = v[at];
            minValue = std::min(minValue, value);
            data.append(QCPBarsData(base + height - (j + 0.5) * step, value));
        }
        b->data()->set(data, true);
        m_barCounts.prepend(bars);
        ticker->addTick(base + height / 2, m_document->segmentName(s));
        base += height + gap;
    }
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(-gap, base);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setLabel(QString());
    m_plot->xAxis->setLabel(tr("Silhouette coefficient"));
    m_plot->xAxis->setRange(std::min(-0.1, minValue - 0.05), 1.0);

    m_average = sil.mean;
    auto* line = new QCPItemStraightLine(m_plot);
    line->point1->setCoords(m_average, 0);
    line->point2->setCoords(m_average, 1);
    line->setPen(QPen(QColor(0xC0, 0x39, 0x2B), 1.6, Qt::DashLine));
    auto* label = new QCPItemText(m_plot);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(m_average, 0.0);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setPadding(QMargins(5, 4, 0, 0));
    label->setColor(QColor(0xC0, 0x39, 0x2B));
    label->setBrush(QColor(255, 255, 255, 210));
    label->setText(tr("average %1").arg(formatNumber(m_average, 3)));
    title->setText(
        sil.sampled
            ? tr("Silhouette per segment (estimated on %L1 sampled customers)").arg(sil.sampleSize)
            : tr("Silhouette per segment (%L1 customers)").arg(scored));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace gugus::ui
