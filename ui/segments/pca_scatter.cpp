#include "segments/pca_scatter.h"

#include "controllers/selection_controller.h"
#include "plots/plot_tools.h"
#include "plots/point_image.h"
#include "state/document.h"
#include "support/format.h"
#include "support/live_update.h"
#include "support/slot_timing.h"
#include "support/when_shown.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace gugus::ui {

namespace {

/// The opacity band of a largest membership probability p (see PcaScatter::pointCount).
std::size_t certaintyBand(double p) {
    return p >= 0.95 ? 0 : p >= 0.8 ? 1 : p >= 0.6 ? 2 : 3;
}

} // namespace

PcaScatter::PcaScatter(Document* document, SelectionController* selection, QWidget* parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_plot(new QCustomPlot(this)),
      m_caption(new QLabel(this)), m_navigate(new QToolButton(this)),
      m_rectangle(new QToolButton(this)), m_lasso(new QToolButton(this)),
      m_clear(new QToolButton(this)) {
    for (QToolButton* b : {m_navigate, m_rectangle, m_lasso}) {
        b->setCheckable(true);
        b->setAutoExclusive(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_navigate->setChecked(true);
    connect(m_navigate, &QToolButton::clicked, this, [this] { setMode(Mode::Navigate); });
    connect(m_rectangle, &QToolButton::clicked, this, [this] { setMode(Mode::Rectangle); });
    connect(m_lasso, &QToolButton::clicked, this, [this] { setMode(Mode::Lasso); });
    connect(m_clear, &QToolButton::clicked, m_selection, &SelectionController::clear);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_navigate);
    bar->addWidget(m_rectangle);
    bar->addWidget(m_lasso);
    bar->addWidget(m_clear);
    bar->addSpacing(12);
    bar->addWidget(m_caption, 1);
    m_caption->setWordWrap(true);
    // Its text never widens the map: a long caption wraps in the width the buttons leave.
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);

    setUpPlot(m_plot, QStringLiteral("pca_scatter"));
    // Made before any graph, so that it sits under them all on the plot's main layer.
    m_pointImage = new PointImage(m_plot, m_plot->axisRect());
    m_plot->setMinimumSize(400, 300);
    m_plot->legend->setVisible(true);
    placeLegendOutside(m_plot);
    m_plot->setMouseTracking(true);
    m_plot->selectionRect()->setPen(QPen(QColor(0x30, 0x30, 0x30), 1, Qt::DashLine));
    m_plot->selectionRect()->setBrush(QColor(0, 0, 0, 25));
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this,
            [this](const QRect& rect, QMouseEvent*) {
                const QCPRange x(m_plot->xAxis->pixelToCoord(rect.left()),
                                 m_plot->xAxis->pixelToCoord(rect.right()));
                const QCPRange y(m_plot->yAxis->pixelToCoord(rect.bottom()),
                                 m_plot->yAxis->pixelToCoord(rect.top()));
                selectInside(
                    QRectF(QPointF(x.lower, y.lower), QPointF(x.upper, y.upper)).normalized());
            });
    // Pixel positions are known only once the plot is laid out (size, zoom): the labels are
    // placed then, right before every drawing.
    connect(m_plot, &QCustomPlot::afterLayout, this, &PcaScatter::layoutCentreLabels);
    connect(m_plot, &QCustomPlot::mouseMove, this, &PcaScatter::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &PcaScatter::onMousePress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &PcaScatter::onMouseRelease);
    // Hidden behind another page, the map rebuilds (or recolours) when it is next shown.
    m_rebuildLater =
        new WhenShown(this, timedSlot(this, "shown, was stale", [this] { rebuild(); }));
    auto* recolourLater =
        new WhenShown(this, timedSlot(this, "shown, was stale", [this] { recolour(); }));
    connect(document, &Document::segmentationChanged, this,
            timedSlot(this, "segmentationChanged", [this] {
                // The caption at once, hidden or not: shown later with a caption of another
                // length, the map would be laid out, and drawn, twice.
                const Segmentation* seg = m_document->segmentation();
                if (seg && seg->pca.scores.cols() >= 2 &&
                    seg->map.size() == std::size_t(seg->pca.scores.rows())) {
                    m_caption->setText(captionOf(*seg, seg->map));
                }
                m_rebuildLater->request();
            }));
    connect(document, &Document::segmentStyleChanged, this,
            timedSlot(this, "segmentStyleChanged", [this, recolourLater] {
                // A rebuild on its way recolours too.
                if (!m_rebuildLater->stale()) {
                    recolourLater->request();
                }
            }));
    connect(document, &Document::selectionChanged, this, &PcaScatter::drawSelection);
    setMode(Mode::Navigate);
    onLanguageChange(this, [this] {
        retranslate();
        rebuild();
    });
    retranslate();
    rebuild();
}

void PcaScatter::retranslate() {
    m_navigate->setText(tr("Pan / zoom"));
    m_navigate->setToolTip(tr("Drag to move, wheel to zoom"));
    m_rectangle->setText(tr("Rectangle select"));
    m_lasso->setText(tr("Lasso select"));
    m_clear->setText(tr("Clear selection"));
}

void PcaScatter::setMode(Mode mode) {
    m_mode = mode;
    if (mode == Mode::Navigate) {
        m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        m_plot->setSelectionRectMode(QCP::srmNone);
    } else if (mode == Mode::Rectangle) {
        m_plot->setInteractions(QCP::iRangeZoom);
        m_plot->setSelectionRectMode(QCP::srmCustom);
    } else {
        m_plot->setInteractions(QCP::iRangeZoom);
        m_plot->setSelectionRectMode(QCP::srmNone);
    }
}

int PcaScatter::pointCount(int segment) const {
    return segment >= 0 && segment < m_pointsPerSegment.size() ? m_pointsPerSegment[segment] : 0;
}

QVector<QPointF> PcaScatter::selectedPoints() const {
    QVector<QPointF> points;
    if (m_selected) {
        for (const QCPGraphData& p : *m_selected->data()) {
            points.append(QPointF(p.key, p.value));
        }
    }
    return points;
}

int PcaScatter::pointCount(int segment, int band) const {
    if (segment < 0 || std::size_t(segment) >= m_graphs.size() || band < 0 ||
        band >= kCertaintyBands) {
        return 0;
    }
    if (band == 0) {
        return m_graphs[std::size_t(segment)]->dataCount();
    }
    const auto& bands = std::size_t(segment) < m_bandGraphs.size()
                            ? m_bandGraphs[std::size_t(segment)]
                            : std::vector<QCPGraph*>{};
    return std::size_t(band - 1) < bands.size() ? bands[std::size_t(band - 1)]->dataCount() : 0;
}

int PcaScatter::bandAlpha(int band, int shownPoints) {
    // Denser maps start paler so overlapping points stay readable.
    const double full = shownPoints > kDense ? 110.0 : 170.0;
    constexpr double kShare[kCertaintyBands] = {1.0, 0.6, 0.35, 0.18};
    return int(full * kShare[std::clamp(band, 0, kCertaintyBands - 1)]);
}

QPointF PcaScatter::centroid(int segment) const {
    return segment >= 0 && segment < m_centroids.size() ? m_centroids[segment] : QPointF();
}

bool PcaScatter::drawsPointImage() const {
    return !m_pointImage->graphs().empty();
}

void PcaScatter::rebuild() {
    m_pointImage->setGraphs({});
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_graphs.clear();
    m_bandGraphs.clear();
    m_centres = nullptr;
    m_medoids = nullptr;
    m_noise = nullptr;
    m_selected = nullptr;
    m_lassoCurve = nullptr;
    m_shown.clear();
    m_map = nullptr;
    m_mapOwner.reset();
    m_ownMap.reset();
    m_pointsPerSegment.clear();
    m_centroids.clear();
    m_medoidPoints.clear();
    applyLocale(m_plot);
    const Segmentation* seg = m_document->segmentation();
    if (!seg || seg->pca.scores.cols() < 2) {
        m_plot->xAxis->setLabel(QString());
        m_plot->yAxis->setLabel(QString());
        m_caption->setText(tr("Run a segmentation to see the customers on a map."));
        m_lowVariance = false;
        m_plot->legend->setVisible(false);
        replotSoon(m_plot);
        return;
    }
    const auto& scores = seg->pca.scores;
    const auto& labels = seg->result.partition.labels;
    const auto n = int(scores.rows());
    const int k = seg->result.k;

    // The drawn subset and the search index come with the segmentation (built on its worker);
    // a segmentation made elsewhere gets them here.
    if (seg->map.size() == std::size_t(n)) {
        m_mapOwner = m_document->segmentationPtr(); // kept alive while m_map points into it
        m_map = &seg->map;
    } else {
        m_ownMap = std::make_unique<MapPoints>(mapPointsOf(*seg));
        m_map = m_ownMap.get();
    }
    m_shown = m_map->shown;
    m_caption->setText(captionOf(*seg, *m_map));
    // points[band][segment]; only a Gaussian mixture fills bands other than 0.
    const core::ProbabilityMatrix& probabilities = seg->result.gmm.probabilities;
    const bool banded = seg->result.algorithm == core::Algorithm::Gmm &&
                        probabilities.rows() == n && probabilities.cols() == k;
    std::vector<std::vector<QVector<QCPGraphData>>> points(
        kCertaintyBands, std::vector<QVector<QCPGraphData>>(static_cast<std::size_t>(k)));
    QVector<QCPGraphData> noise;
    for (int row : m_shown) {
        const int l = labels[std::size_t(row)];
        if (l >= 0 && l < k) {
            const std::size_t band = banded ? certaintyBand(probabilities.row(row).maxCoeff()) : 0;
            points[band][std::size_t(l)].append(QCPGraphData(scores(row, 0), scores(row, 1)));
        } else if (l == core::kNoise) {
            noise.append(QCPGraphData(scores(row, 0), scores(row, 1)));
        }
    }
    if (!noise.isEmpty()) { // drawn first, under the segments
        m_noise = m_plot->addGraph();
        m_noise->setLineStyle(QCPGraph::lsNone);
        m_noise->data()->set(noise, false);
    }
    if (banded) { // the less certain points first, under the confident ones
        m_bandGraphs.resize(std::size_t(k));
        for (int b = kCertaintyBands - 1; b >= 1; --b) {
            for (int s = 0; s < k; ++s) {
                QCPGraph* g = m_plot->addGraph();
                g->setLineStyle(QCPGraph::lsNone);
                g->data()->set(points[std::size_t(b)][std::size_t(s)], false);
                g->removeFromLegend();
                m_bandGraphs[std::size_t(s)].insert(m_bandGraphs[std::size_t(s)].begin(), g);
            }
        }
    }
    for (int s = 0; s < k; ++s) {
        QCPGraph* g = m_plot->addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        g->data()->set(points[0][std::size_t(s)], false);
        int count = 0;
        for (const auto& band : points) {
            count += int(band[std::size_t(s)].size());
        }
        m_pointsPerSegment << count;
        m_graphs.push_back(g);
    }
    // Centres projected with the same PCA.
    const core::FeatureMatrix centres = core::projectPca(seg->pca, seg->result.partition.centres);
    m_centres = m_plot->addGraph();
    m_centres->setLineStyle(QCPGraph::lsNone);
    m_centres->removeFromLegend();
    for (int s = 0; s < k; ++s) {
        m_centroids << QPointF(centres(s, 0), centres(s, 1));
        m_centres->addData(centres(s, 0), centres(s, 1));
    }
    // K-Medoids: its segments are represented by real customers, marked where they sit (always
    // drawn, even when the point sample left them out).
    const auto& medoids = seg->result.kmedoids.medoids;
    if (seg->result.algorithm == core::Algorithm::KMedoids && !medoids.empty()) {
        m_medoids = m_plot->addGraph();
        m_medoids->setLineStyle(QCPGraph::lsNone);
        m_medoids->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(Qt::black, 2), Qt::NoBrush, 12));
        for (const std::int64_t row : medoids) {
            if (row >= 0 && row < scores.rows()) {
                m_medoidPoints << QPointF(scores(row, 0), scores(row, 1));
                m_medoids->addData(scores(row, 0), scores(row, 1));
            }
        }
    }
    m_selected = m_plot->addGraph();
    m_selected->setLineStyle(QCPGraph::lsNone);
    m_selected->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 1.2), Qt::NoBrush, 7));
    m_selected->removeFromLegend();
    if (m_map->subset || int(m_shown.size()) > kImagePoints) {
        // The customers' graphs (noise, bands, segments: every graph made before the centres,
        // in drawing order) as one image, and the selection's rings over them (up to
        // kMaxShown: as shapes they cost ~30 ms of every redraw); centres and medoids stay
        // shapes on top.
        std::vector<QCPGraph*> customers;
        for (int i = 0; i < m_plot->graphCount() && m_plot->graph(i) != m_centres; ++i) {
            customers.push_back(m_plot->graph(i));
        }
        customers.push_back(m_selected);
        m_pointImage->setGraphs(std::move(customers));
    }

    const auto& ratio = seg->pca.explainedVarianceRatio;
    m_plot->xAxis->setLabel(tr("PC1 (%1 of variance)").arg(formatPercent(ratio(0))));
    m_plot->yAxis->setLabel(
        tr("PC2 (%1 of variance)").arg(ratio.size() > 1 ? formatPercent(ratio(1)) : QString()));
    m_lowVariance = shownVariance(*seg) < kLowVariance;
    m_plot->legend->setVisible(true);
    recolour();
    m_plot->rescaleAxes();
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->scaleRange(1.08, axis->range().center());
    }
    drawSelection();
}

void PcaScatter::recolour() {
    const Segmentation* seg = m_document->segmentation();
    if (!seg) {
        return;
    }
    // A subset of a larger map is drawn as densely as a map of that many points.
    const int n =
        m_map && m_map->subset ? std::max(int(m_shown.size()), kDense + 1) : int(m_shown.size());
    const double size = n > kDense ? 2.5 : n > 5000 ? 4.0 : 5.5;
    for (int s = 0; s < int(m_graphs.size()); ++s) {
        QColor c = m_document->segmentColor(s);
        QColor fill = c;
        fill.setAlpha(bandAlpha(0, n));
        m_graphs[std::size_t(s)]->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, fill, size));
        m_graphs[std::size_t(s)]->setName(m_document->segmentName(s));
        if (std::size_t(s) < m_bandGraphs.size()) {
            for (std::size_t b = 0; b < m_bandGraphs[std::size_t(s)].size(); ++b) {
                fill.setAlpha(bandAlpha(int(b) + 1, n));
                m_bandGraphs[std::size_t(s)][b]->setScatterStyle(
                    QCPScatterStyle(QCPScatterStyle::ssDisc, fill, size));
            }
        }
    }
    if (m_medoids) {
        m_medoids->setName(tr("medoid (typical customer)"));
    }
    if (m_noise) {
        m_noise->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross,
                                                 m_document->segmentColor(core::kNoise), size));
        m_noise->setName(m_document->segmentName(core::kNoise));
    }
    m_plot->clearItems();
    m_lassoCurve = nullptr;
    m_centreLabels.clear();
    m_leaders.clear();
    m_labelRects.clear();
    if (m_centres) {
        m_centres->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::black, 1.5), Qt::white, 13));
        for (int s = 0; s < m_centroids.size(); ++s) {
            auto* leader = new QCPItemLine(m_plot);
            leader->start->setCoords(m_centroids[s]);
            leader->setPen(QPen(m_document->segmentColor(s).darker(140), 1));
            leader->setVisible(false);
            m_leaders << leader;
            auto* label = new QCPItemText(m_plot);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
            label->setPadding(QMargins(2, 0, 2, 0));
            label->setText(m_document->segmentName(s));
            label->setColor(m_document->segmentColor(s).darker(140));
            label->setBrush(QColor(255, 255, 255, 200));
            QFont f = label->font();
            f.setBold(true);
            label->setFont(f);
            m_centreLabels << label;
        }
    }
    replotSoon(m_plot); // labels are laid out after its layout step
}

void PcaScatter::layoutCentreLabels() {
    if (m_centreLabels.isEmpty()) {
        return;
    }
    // Greedy, from the lowest centre up: each label sits up and to the right of its centre and
    // moves up past any label already placed that it would cover.
    QVector<int> order(m_centreLabels.size());
    std::iota(order.begin(), order.end(), 0);
    std::vector<QPointF> anchors;
    for (const QPointF& c : m_centroids) {
        anchors.push_back(
            QPointF(m_plot->xAxis->coordToPixel(c.x()), m_plot->yAxis->coordToPixel(c.y())));
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return anchors[std::size_t(a)].y() > anchors[std::size_t(b)].y();
    });
    QVector<QRectF> placed;
    for (int s : order) {
        QCPItemText* label = m_centreLabels[s];
        const QFontMetricsF metrics(label->font());
        const QSizeF size(metrics.horizontalAdvance(label->text()) + 4, metrics.height());
        const QPointF anchor = anchors[std::size_t(s)];
        QRectF rect(QPointF(anchor.x() + 8, anchor.y() - 6 - size.height()), size);
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRectF& other : placed) {
                if (rect.intersects(other)) {
                    rect.moveBottom(other.top() - 2);
                    moved = true;
                }
            }
        }
        placed << rect;
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(m_plot->xAxis->pixelToCoord(rect.left()),
                                   m_plot->yAxis->pixelToCoord(rect.bottom()));
        // A leader line when the label left its usual place.
        const bool away = rect.bottom() < anchor.y() - 6 - 0.5;
        m_leaders[s]->setVisible(away);
        m_leaders[s]->end->setCoords(m_plot->xAxis->pixelToCoord(rect.left()),
                                     m_plot->yAxis->pixelToCoord(rect.bottom()));
    }
    m_labelRects = placed;
}

double PcaScatter::shownVariance(const Segmentation& seg) {
    const auto& ratio = seg.pca.explainedVarianceRatio;
    return ratio.size() > 1 ? ratio(0) + ratio(1) : ratio.size() == 1 ? ratio(0) : 0.0;
}

QString PcaScatter::captionOf(const Segmentation& seg, const MapPoints& map) {
    const auto n = qint64(seg.pca.scores.rows());
    QString text = map.subset ? tr("Showing %L1 of %L2 customers (a random sample from every "
                                   "segment); hovering and selections use all.")
                                    .arg(qint64(map.shown.size()))
                                    .arg(n)
                              : tr("%L1 customers. Hover a point to see the customer.").arg(n);
    if (seg.result.algorithm == core::Algorithm::Gmm) {
        text += QLatin1Char(' ') + tr("Paler points belong less surely to their segment (largest "
                                      "membership probability below 95 %, 80 %, 60 %).");
    }
    if (const double shown = shownVariance(seg); shown < kLowVariance) {
        text += QLatin1Char(' ') +
                tr("The map shows only %1 of the differences between customers: segments that "
                   "overlap here may be apart on other columns.")
                    .arg(formatPercent(shown, 0));
    }
    return text;
}

QVector<QRectF> PcaScatter::centreLabelRects() const {
    return m_labelRects;
}

void PcaScatter::drawSelection() {
    // While a rebuild waits, the map's rows are the old segmentation's; the rebuild draws it.
    if (!m_selected || m_rebuildLater->stale()) {
        return;
    }
    const Segmentation* seg = m_document->segmentation();
    // The matrix row of a table row, found in the matrix's table rows (ascending, recipe.h)
    // rather than in a table-long index built with every map: at a million rows that index cost
    // the map's first showing ~10 ms of the GUI thread.
    const std::vector<std::int64_t>& tableRows = seg->result.data.rows;
    QVector<QCPGraphData> points;
    for (qint64 tableRow : m_document->selectedRows()) {
        if (points.size() >= MapPoints::kMaxShown) {
            break;
        }
        const auto it = std::lower_bound(tableRows.begin(), tableRows.end(), tableRow);
        if (it != tableRows.end() && *it == tableRow) {
            const auto row = it - tableRows.begin();
            points.append(QCPGraphData(seg->pca.scores(row, 0), seg->pca.scores(row, 1)));
        }
    }
    m_selected->data()->set(points, false);
    replotSoon(m_plot);
}

QFuture<Outcome> PcaScatter::selectInside(const QRectF& rect) {
    return m_selection->selectInside(rect);
}

QFuture<Outcome> PcaScatter::selectInside(const QPolygonF& polygon) {
    return m_selection->selectInside(polygon);
}

QString PcaScatter::describeRow(int row) const {
    const Segmentation* seg = m_document->segmentation();
    const core::Table& table = m_document->table();
    const auto tableRow = seg->result.data.rows[std::size_t(row)];
    QString id = tr("row %L1").arg(tableRow + 1);
    for (const auto& spec : m_document->recipe().columns) {
        if (spec.role == core::Role::Id) {
            if (const auto index = table.indexOf(spec.name)) {
                id = QString::fromStdString(table.column(*index).toText(tableRow));
                break;
            }
        }
    }
    const int label = seg->result.partition.labels[std::size_t(row)];
    QString text = tr("<b>%1</b> — %2")
                       .arg(id.toHtmlEscaped(), m_document->segmentName(label).toHtmlEscaped());
    int shown = 0;
    for (const auto& name : seg->result.recipe.recipe().featureColumns()) {
        const auto index = table.indexOf(name);
        if (!index || ++shown > 12) {
            continue;
        }
        const core::Column& column = table.column(*index);
        QString value;
        if (column.isMissing(tableRow)) {
            value = tr("missing");
        } else if (column.isNumericLike()) {
            value =
                m_document->columnLabels().value(name, column.values()[std::size_t(tableRow)], 6);
        } else {
            value = QString::fromStdString(column.toText(tableRow));
        }
        text +=
            QStringLiteral("<br>%1: %2")
                .arg(m_document->columnLabels().label(name).toHtmlEscaped(), value.toHtmlEscaped());
    }
    return text;
}

void PcaScatter::onMouseMove(QMouseEvent* event) {
    const Segmentation* seg = m_document->segmentation();
    if (!seg || m_shown.empty()) {
        return;
    }
    if (m_mode == Mode::Lasso && (event->buttons() & Qt::LeftButton) && m_lassoCurve) {
        const QPointF p(m_plot->xAxis->pixelToCoord(event->position().x()),
                        m_plot->yAxis->pixelToCoord(event->position().y()));
        m_lassoPath << p;
        m_lassoCurve->addData(p.x(), p.y());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const int bestRow = customerAt(event->position());
    if (bestRow >= 0) {
        QToolTip::showText(event->globalPosition().toPoint(), describeRow(bestRow), m_plot);
    } else {
        QToolTip::hideText();
    }
}

int PcaScatter::customerAt(const QPointF& pixel) const {
    if (!m_map || !m_document->segmentation() || m_rebuildLater->stale()) {
        return -1;
    }
    // Within 8 pixels, searched among all customers (drawn or not) in the index.
    constexpr double kRadius = 8.0;
    const double x = m_plot->xAxis->pixelToCoord(pixel.x());
    const double y = m_plot->yAxis->pixelToCoord(pixel.y());
    const double rx = std::abs(m_plot->xAxis->pixelToCoord(pixel.x() + kRadius) - x);
    const double ry = std::abs(m_plot->yAxis->pixelToCoord(pixel.y() + kRadius) - y);
    return m_map->nearest(x, y, rx, ry);
}

void PcaScatter::onMousePress(QMouseEvent* event) {
    if (m_mode != Mode::Lasso || event->button() != Qt::LeftButton || !m_document->segmentation()) {
        return;
    }
    m_lassoPath.clear();
    if (m_lassoCurve) {
        m_plot->removePlottable(m_lassoCurve);
    }
    m_lassoCurve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_lassoCurve->setPen(QPen(QColor(0x30, 0x30, 0x30), 1.2, Qt::DashLine));
    m_lassoCurve->removeFromLegend();
    const QPointF p(m_plot->xAxis->pixelToCoord(event->position().x()),
                    m_plot->yAxis->pixelToCoord(event->position().y()));
    m_lassoPath << p;
    m_lassoCurve->addData(p.x(), p.y());
}

void PcaScatter::onMouseRelease(QMouseEvent* event) {
    if (m_mode != Mode::Lasso || event->button() != Qt::LeftButton || !m_lassoCurve) {
        return;
    }
    m_plot->removePlottable(m_lassoCurve);
    m_lassoCurve = nullptr;
    if (m_lassoPath.size() >= 3) {
        selectInside(m_lassoPath);
    }
    m_lassoPath.clear();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace gugus::ui
