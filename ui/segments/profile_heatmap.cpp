#include "segments/profile_heatmap.h"

#include "plots/plot_tools.h"
#include "state/document.h"
#include "support/format.h"
#include "support/live_update.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::ui {

namespace {

constexpr int kMaxColumns = 40;

QCPColorGradient divergingGradient() {
    QCPColorGradient g;
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    g.setColorStopAt(0.0, QColor(0x21, 0x66, 0xAC));
    g.setColorStopAt(0.25, QColor(0x92, 0xC5, 0xDE));
    g.setColorStopAt(0.5, QColor(0xF7, 0xF7, 0xF7));
    g.setColorStopAt(0.75, QColor(0xF4, 0xA5, 0x82));
    g.setColorStopAt(1.0, QColor(0xB2, 0x18, 0x2B));
    // Missing cells stay uncoloured; markNoData() hatches them.
    g.setNanHandling(QCPColorGradient::nhTransparent);
    return g;
}

} // namespace

ProfileHeatmap::ProfileHeatmap(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_plot(new QCustomPlot(this)),
      m_caption(new QLabel(this)) {
    m_caption->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_plot, 1);
    setUpPlot(m_plot, QStringLiteral("profile_heatmap"));
    m_plot->setMinimumSize(500, 300);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ProfileHeatmap::onMouseMove);
    followSegmentation(this, document, [this] { rebuild(); });
    rebuild();
}

QStringList ProfileHeatmap::columnLabels() const {
    QStringList out;
    for (const auto& c : m_cells) {
        out << c.label;
    }
    return out;
}

double ProfileHeatmap::cellValue(int segment, int column) const {
    if (column < 0 || column >= m_cells.size() || segment < 0 || segment >= m_segments) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return m_cells[column].values[segment];
}

int ProfileHeatmap::columnIndex(const QString& name) const {
    for (int i = 0; i < m_cells.size(); ++i) {
        QString label = m_cells[i].label;
        label.remove(QStringLiteral("● "));
        if (label == name || label.startsWith(name + QLatin1Char(' '))) {
            return i;
        }
    }
    return -1;
}

void ProfileHeatmap::rebuild() {
    m_plot->clearPlottables();
    m_plot->clearItems();
    if (m_scale) {
        m_plot->plotLayout()->remove(m_scale);
        m_scale = nullptr;
    }
    m_plot->plotLayout()->simplify();
    m_map = nullptr;
    m_cells.clear();
    m_segments = 0;
    applyLocale(m_plot);
    const Segmentation* seg = m_document->segmentation();
    if (!seg || seg->result.profile.segments.empty()) {
        m_caption->setText(tr("Run a segmentation to see how each segment differs from all "
                              "customers."));
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const auto& profile = seg->result.profile;
    std::vector<const core::SegmentProfile*> segments;
    for (const auto& s : profile.segments) {
        if (s.segment >= 0) {
            segments.push_back(&s);
        }
    }
    m_segments = int(segments.size());
    const auto features = seg->result.recipe.recipe().featureColumns();
    const ColumnLabels& labels = m_document->columnLabels();
    for (std::size_t c = 0; c < profile.columns.size(); ++c) {
        const auto& overall = profile.overall[c];
        const QString name = labels.label(profile.columns[c]);
        const bool feature =
            std::find(features.begin(), features.end(), profile.columns[c]) != features.end();
        // Columns rank by how strongly the whole column separates the segments (eta squared or
        // Cramér's V); categories of one column by their own largest difference.
        const double association =
            c < profile.separation.size() ? profile.separation[c].association : 0.0;
        if (overall.type == core::ColumnType::Categorical) {
            for (std::size_t cat = 0; cat < overall.categories.size(); ++cat) {
                Cell cell;
                cell.label = QStringLiteral("%1 = %2").arg(
                    name, QString::fromStdString(overall.categories[cat].category));
                cell.feature = feature;
                for (const auto* s : segments) {
                    const auto& stat = s->columns[c].categories[cat];
                    cell.values << stat.stdDiff;
                    cell.details << tr("share %1 vs %2 overall")
                                        .arg(formatPercent(stat.share),
                                             formatPercent(stat.overallShare));
                    cell.within = std::max(cell.within, std::abs(stat.stdDiff));
                }
                cell.strength = association;
                m_cells << cell;
            }
        } else if (overall.type != core::ColumnType::Id) {
            Cell cell;
            cell.label = name;
            cell.feature = feature;
            const bool binary = overall.type == core::ColumnType::Binary;
            for (const auto* s : segments) {
                const auto& col = s->columns[c];
                cell.values << col.stdDiff;
                cell.details << (binary ? tr("owned by %1 vs %2 overall (lift %3)")
                                              .arg(formatPercent(col.rate),
                                                   formatPercent(col.overallRate),
                                                   report::formatFixed(col.lift, 2, QLocale()))
                                        : tr("mean %1 vs %2 overall")
                                              .arg(labels.value(profile.columns[c], col.mean),
                                                   labels.value(profile.columns[c], overall.mean)));
                cell.within = std::max(cell.within, std::abs(col.stdDiff));
            }
            cell.strength = association;
            m_cells << cell;
        }
    }
    std::stable_sort(m_cells.begin(), m_cells.end(), [](const Cell& a, const Cell& b) {
        return a.strength != b.strength ? a.strength > b.strength : a.within > b.within;
    });
    const int total = int(m_cells.size());
    if (m_cells.size() > kMaxColumns) {
        m_cells.resize(kMaxColumns);
    }
    const int columns = int(m_cells.size());
    double maxAbs = 0.5;
    for (const auto& c : m_cells) {
        for (double v : c.values) {
            if (std::isfinite(v)) {
                maxAbs = std::max(maxAbs, std::abs(v));
            }
        }
    }
    maxAbs = std::min(maxAbs, 3.0);

    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->data()->setSize(columns, m_segments);
    m_map->data()->setRange(QCPRange(0, std::max(1, columns - 1)),
                            QCPRange(0, std::max(1, m_segments - 1)));
    auto xTicks = QSharedPointer<QCPAxisTickerText>::create();
    auto yTicks = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < columns; ++c) {
        if (m_cells[c].feature) {
            m_cells[c].label = QStringLiteral("● ") + m_cells[c].label;
        }
        xTicks->addTick(c, m_cells[c].label);
        for (int s = 0; s < m_segments; ++s) {
            // Row 0 at the top: the y axis is reversed below.
            m_map->data()->setCell(c, s, m_cells[c].values[s]);
        }
    }
    for (int s = 0; s < m_segments; ++s) {
        yTicks->addTick(s, m_document->segmentName(segments[std::size_t(s)]->segment));
    }
    m_map->setInterpolate(false);
    markNoData();
    m_map->setGradient(divergingGradient());
    m_map->setDataRange(QCPRange(-maxAbs, maxAbs));
    m_plot->xAxis->setTicker(xTicks);
    m_plot->xAxis->setTickLabelRotation(90);
    m_plot->xAxis->setSubTicks(false);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->setTicker(yTicks);
    m_plot->yAxis->setSubTicks(false);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setRangeReversed(true);
    m_plot->xAxis->setRange(-0.5, columns - 0.5);
    m_plot->yAxis->setRange(-0.5, m_segments - 0.5);
    m_plot->xAxis->setLabel(QString());
    m_plot->yAxis->setLabel(QString());

    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setGradient(divergingGradient());
    m_scale->setDataRange(QCPRange(-maxAbs, maxAbs));
    m_scale->axis()->setLabel(tr("Standardized difference from all customers"));
    m_scale->axis()->setNumberFormat(QStringLiteral("gb"));
    m_map->setColorScale(m_scale);
    auto* margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    QString caption = tr("Red: higher than all customers; blue: lower. ● marks the columns the "
                         "segments were built on; the others are read against them.");
    if (total > columns) {
        caption += QLatin1Char(' ') +
                   tr("Showing the %1 most distinctive of %2 columns.").arg(columns).arg(total);
    }
    m_caption->setText(caption);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ProfileHeatmap::markNoData() {
    const QBrush hatch(QColor(0x9E, 0x9E, 0x9E), Qt::BDiagPattern);
    for (int c = 0; c < m_cells.size(); ++c) {
        for (int s = 0; s < m_segments; ++s) {
            if (std::isfinite(m_cells[c].values[s])) {
                continue;
            }
            auto* rect = new QCPItemRect(m_plot);
            rect->setObjectName(QStringLiteral("no_data"));
            rect->topLeft->setCoords(c - 0.5, s - 0.5);
            rect->bottomRight->setCoords(c + 0.5, s + 0.5);
            rect->setPen(Qt::NoPen);
            rect->setBrush(hatch);
            rect->setSelectable(false);
        }
    }
}

QVector<QPoint> ProfileHeatmap::noDataCells() const {
    QVector<QPoint> cells;
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        auto* rect = qobject_cast<QCPItemRect*>(m_plot->item(i));
        if (rect && rect->objectName() == QLatin1String("no_data")) {
            const QPointF centre = (rect->topLeft->coords() + rect->bottomRight->coords()) / 2.0;
            cells << QPoint(int(std::lround(centre.x())), int(std::lround(centre.y())));
        }
    }
    return cells;
}

QString ProfileHeatmap::cellToolTip(int s, int c) const {
    if (c < 0 || c >= m_cells.size() || s < 0 || s >= m_segments) {
        return QString();
    }
    const Segmentation* seg = m_document->segmentation();
    QString segmentName;
    int index = 0;
    for (const auto& p : seg->result.profile.segments) {
        if (p.segment >= 0 && index++ == s) {
            segmentName = m_document->segmentName(p.segment);
        }
    }
    if (!std::isfinite(m_cells[c].values[s])) {
        return tr("<b>%1</b> — %2<br>no data: no customer of this segment has a value here")
            .arg(segmentName.toHtmlEscaped(), m_cells[c].label.toHtmlEscaped());
    }
    return tr("<b>%1</b> — %2<br>%3<br>standardized difference %4")
        .arg(segmentName.toHtmlEscaped(), m_cells[c].label.toHtmlEscaped(),
             m_cells[c].details[s].toHtmlEscaped(),
             report::formatFixed(m_cells[c].values[s], 2, QLocale()));
}

void ProfileHeatmap::onMouseMove(QMouseEvent* event) {
    if (!m_map || m_cells.isEmpty()) {
        return;
    }
    const int c = int(std::lround(m_plot->xAxis->pixelToCoord(event->position().x())));
    const int s = int(std::lround(m_plot->yAxis->pixelToCoord(event->position().y())));
    if (c < 0 || c >= m_cells.size() || s < 0 || s >= m_segments ||
        !m_plot->axisRect()->rect().contains(event->position().toPoint())) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), cellToolTip(s, c), m_plot);
}

} // namespace gugus::ui
