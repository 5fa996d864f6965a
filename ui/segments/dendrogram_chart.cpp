#include "segments/dendrogram_chart.h"

#include "plots/plot_tools.h"
#include "state/document.h"
#include "support/format.h"
#include "support/live_update.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace gugus::ui {

namespace {

constexpr int kTopMerges = 60;
constexpr int kMaxSegments = 50;

const core::Dendrogram* treeOf(const Segmentation* seg) {
    return seg && seg->result.tree ? &*seg->result.tree : nullptr;
}

/// Height between the merges that a cut into k segments falls between.
double heightForK(const core::Dendrogram& tree, int k) {
    const auto& m = tree.merges;
    const std::int64_t n = tree.leaves;
    if (k <= 1) {
        return m.back().height * 1.02;
    }
    const std::int64_t below = n - k - 1; // last merge applied
    const double lo = below >= 0 ? m[std::size_t(below)].height : 0.0;
    return 0.5 * (lo + m[std::size_t(n - k)].height);
}

} // namespace

DendrogramChart::DendrogramChart(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document),
      m_plot(addTitledPlot(this, QStringLiteral("dendrogram"))),
      m_cut(std::numeric_limits<double>::quiet_NaN()) {
    connect(m_plot, &QCustomPlot::mousePress, this, &DendrogramChart::onPress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &DendrogramChart::onMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &DendrogramChart::onRelease);
    followSegmentation(this, document, [this] { redraw(); });
    redraw();
}

void DendrogramChart::redraw() {
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_cutLine = nullptr;
    m_cutLabel = nullptr;
    m_leafSizes.clear();
    m_merges = 0;
    m_cut = std::numeric_limits<double>::quiet_NaN();
    applyLocale(m_plot);
    auto* title = plotTitle(m_plot);
    const Segmentation* seg = m_document->segmentation();
    const core::Dendrogram* tree = treeOf(seg);
    if (!tree || tree->merges.empty()) {
        title->setText(tr("Choose the Hierarchical algorithm and segment to see the tree."));
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const std::int64_t n = tree->leaves;
    const auto& merges = tree->merges;
    const std::int64_t total = std::int64_t(merges.size());
    m_merges = int(std::min<std::int64_t>(kTopMerges, total));
    const std::int64_t firstShown = total - m_merges; // merges [firstShown, total) are drawn
    const auto isShown = [&](std::int64_t node) { return node >= n + firstShown; };
    const auto sizeOf = [&](std::int64_t node) {
        return node < n ? std::int64_t(1) : merges[std::size_t(node - n)].size;
    };
    const auto heightOf = [&](std::int64_t node) {
        return node < n ? 0.0 : merges[std::size_t(node - n)].height;
    };
    // A row under each node, to read the segment a collapsed subtree belongs to.
    std::vector<std::int64_t> row(std::size_t(n + total));
    for (std::int64_t i = 0; i < n; ++i) {
        row[std::size_t(i)] = i;
    }
    for (std::int64_t m = 0; m < total; ++m) {
        row[std::size_t(n + m)] = row[std::size_t(merges[std::size_t(m)].a)];
    }
    const auto& labels = seg->result.partition.labels;
    const auto segmentOf = [&](std::int64_t node) {
        return labels[std::size_t(row[std::size_t(node)])];
    };

    // Leaf order and x positions by a depth-first walk from the root.
    std::vector<double> x(std::size_t(n + total), 0.0);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    std::vector<std::int64_t> stack{n + total - 1};
    std::vector<std::int64_t> postOrder;
    while (!stack.empty()) {
        const std::int64_t node = stack.back();
        stack.pop_back();
        if (!isShown(node)) {
            const double pos = double(m_leafSizes.size());
            x[std::size_t(node)] = pos;
            m_leafSizes << sizeOf(node);
            ticker->addTick(pos, QLocale().toString(qint64(sizeOf(node))));
            continue;
        }
        postOrder.push_back(node);
        const core::Merge& m = merges[std::size_t(node - n)];
        stack.push_back(m.b); // a is drawn left of b
        stack.push_back(m.a);
    }
    // Children first: walk the pre-order list backwards.
    for (auto it = postOrder.rbegin(); it != postOrder.rend(); ++it) {
        const core::Merge& m = merges[std::size_t(*it - n)];
        x[std::size_t(*it)] = 0.5 * (x[std::size_t(m.a)] + x[std::size_t(m.b)]);
    }

    const int k = seg->result.k;
    m_cut = heightForK(*tree, k);
    m_minCut = total >= kMaxSegments ? merges[std::size_t(total - kMaxSegments)].height : 0.0;
    const QPen grey(QColor(0x55, 0x55, 0x55), 1.2);
    for (const std::int64_t node : postOrder) {
        const core::Merge& m = merges[std::size_t(node - n)];
        auto* curve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
        const double h = m.height;
        curve->setData(
            {0, 1, 2, 3},
            {x[std::size_t(m.a)], x[std::size_t(m.a)], x[std::size_t(m.b)], x[std::size_t(m.b)]},
            {heightOf(m.a), h, h, heightOf(m.b)});
        const int sa = segmentOf(m.a);
        // Below the cut a merge joins rows of one segment: draw it in that segment's colour.
        curve->setPen(h <= m_cut && sa == segmentOf(m.b) ? QPen(m_document->segmentColor(sa), 1.8)
                                                         : grey);
        curve->setSelectable(QCP::stNone);
    }
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(90);
    m_plot->xAxis->setLabel(tr("Groups of customers (size) under the top %1 merges").arg(m_merges));
    m_plot->yAxis->setLabel(
        tr("Merge height (%1 linkage)")
            .arg(QString::fromLatin1(core::linkageKey(seg->options.hierarchical.linkage))));
    m_plot->xAxis->setRange(-0.7, double(m_leafSizes.size()) - 0.3);
    m_plot->yAxis->setRange(0.0, merges.back().height * 1.08);
    title->setText(tr("Hierarchical tree of %L1 customers: top %2 merges. Drag the red line to "
                      "cut it into another number of segments.")
                       .arg(n)
                       .arg(m_merges));

    m_cutLine = new QCPItemStraightLine(m_plot);
    m_cutLine->setPen(QPen(QColor(0xC0, 0x20, 0x20), 2, Qt::DashLine));
    m_cutLabel = new QCPItemText(m_plot);
    m_cutLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_cutLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_cutLabel->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_cutLabel->setColor(QColor(0xC0, 0x20, 0x20));
    placeCut(m_cut);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void DendrogramChart::placeCut(double height) {
    const core::Dendrogram* tree = treeOf(m_document->segmentation());
    if (!tree || !m_cutLine) {
        return;
    }
    height = std::clamp(height, m_minCut, tree->merges.back().height * 1.05);
    m_cut = height;
    m_cutLine->point1->setCoords(0, height);
    m_cutLine->point2->setCoords(1, height);
    m_cutLabel->position->setCoords(0.99, height);
    m_cutLabel->setText(tr("cut: %1 segments").arg(core::clustersAtHeight(*tree, height)));
}

void DendrogramChart::dragCutTo(double height) {
    const core::Dendrogram* tree = treeOf(m_document->segmentation());
    if (!tree) {
        return;
    }
    placeCut(height);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (core::clustersAtHeight(*tree, m_cut) != m_document->segmentCount()) {
        emit cutRequested(m_cut);
    }
}

void DendrogramChart::onPress(QMouseEvent* event) {
    if (!m_cutLine || event->button() != Qt::LeftButton) {
        return;
    }
    const double y = m_plot->yAxis->coordToPixel(m_cut);
    if (std::abs(event->position().y() - y) <= 6) {
        m_dragging = true;
    }
}

void DendrogramChart::onMove(QMouseEvent* event) {
    if (m_dragging) {
        placeCut(m_plot->yAxis->pixelToCoord(event->position().y()));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    } else if (m_cutLine) {
        const double y = m_plot->yAxis->coordToPixel(m_cut);
        m_plot->setCursor(std::abs(event->position().y() - y) <= 6 ? Qt::SizeVerCursor
                                                                   : Qt::ArrowCursor);
    }
}

void DendrogramChart::onRelease(QMouseEvent*) {
    if (!m_dragging) {
        return;
    }
    m_dragging = false;
    dragCutTo(m_cut);
}

} // namespace gugus::ui
