#include "report/heatmap_chart.h"

#include "report/report_theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace gugus::report {

namespace {

constexpr double kLegend = 42.0; ///< points under the cells for the colour legend
constexpr double kChip = 11.0;   ///< segment number chip

} // namespace

QString HeatmapChart::signedText(double v) const {
    // One decimal; a difference that rounds to zero shows as 0.0, not -0.0.
    if (std::abs(v) < 0.05) {
        return m_locale.toString(0.0, 'f', 1);
    }
    return (v > 0 ? QStringLiteral("+") : QString()) + m_locale.toString(v, 'f', 1);
}

HeatmapChart::HeatmapChart(QStringList rows, QVector<Column> columns,
                           std::vector<std::vector<double>> values, Labels labels, QLocale locale)
    : m_rows(std::move(rows)), m_columns(std::move(columns)), m_values(std::move(values)),
      m_labels(std::move(labels)), m_locale(std::move(locale)) {}

double HeatmapChart::maxAbs() const {
    // As the GUI: at least 0.5 so small differences stay pale, at most 3 so one outlier does not
    // wash out the rest.
    double m = 0.5;
    for (const auto& row : m_values) {
        for (const double v : row) {
            if (std::isfinite(v)) {
                m = std::max(m, std::abs(v));
            }
        }
    }
    return std::min(m, 3.0);
}

HeatmapChart::Geometry HeatmapChart::geometry(double width) const {
    Geometry g;
    const int k = std::max(1, int(m_columns.size()));
    const QFont font = theme::font(7.0, false, true);
    double label = 0.0;
    for (const QString& r : m_rows) {
        label = std::max(label, pointWidth(font, r));
    }
    g.label = std::min(label + 6.0, width * 0.34);
    // Few segments get wide columns with their names written across; many get narrow ones
    // with the names turned.
    const double widest = k <= 3 ? 96.0 : k <= 6 ? 64.0 : 54.0;
    g.cell = std::min(widest, (width - g.label) / k);
    g.row = m_rows.size() > 30 ? 10.5 : 13.0;
    g.values = g.cell >= 26.0;
    g.rotated = g.cell < 60.0;
    double name = 0.0;
    for (const Column& c : m_columns) {
        name = std::max(name, pointWidth(font, c.name));
    }
    g.header = kChip + 4.0 + (g.rotated ? std::min(name, 90.0) + 4.0 : pointHeight(font) * 2 + 2);
    return g;
}

double HeatmapChart::heightFor(double width) const {
    const Geometry g = geometry(width);
    return g.header + g.row * double(m_rows.size()) + kLegend;
}

void HeatmapChart::paintHeader(QPainter& p, const Geometry& g, const QPointF& origin,
                               double u) const {
    const QFont font = theme::font(7.0, false, true);
    const QFont chip = theme::font(6.5, true, true);
    const double cell = g.cell * u;
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column& col = m_columns[c];
        const double cx = origin.x() + cell * (c + 0.5);
        const double chipTop = origin.y() + (g.header - kChip - 2) * u;
        const double side = std::min(kChip * u, cell - 1.5 * u);
        const QRectF chipRect(cx - side / 2, chipTop, side, kChip * u);
        p.setPen(Qt::NoPen);
        p.setBrush(col.color);
        p.drawRoundedRect(chipRect, 2 * u, 2 * u);
        p.setFont(chip);
        p.setPen(col.color.lightnessF() > 0.6 ? theme::kInk : QColor(Qt::white));
        p.drawText(chipRect, Qt::AlignCenter, QString::number(col.number));
        p.setFont(font);
        p.setPen(theme::kInk);
        if (g.rotated) {
            const double room = (g.header - kChip - 8) * u;
            p.save();
            p.translate(cx, chipTop - 3 * u);
            p.rotate(-90);
            const double h = QFontMetricsF(font, p.device()).height();
            p.drawText(QRectF(0, -h / 2, room, h), Qt::AlignLeft | Qt::AlignVCenter,
                       elided(p, font, col.name, room));
            p.restore();
        } else {
            p.drawText(
                QRectF(cx - cell / 2 + 2 * u, origin.y(), cell - 4 * u, chipTop - origin.y()),
                Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, col.name);
        }
    }
}

void HeatmapChart::paintLegend(QPainter& p, const QRectF& r, double u) const {
    const QFont font = theme::font(7.0);
    const double m = maxAbs();
    const double barWidth = std::min(160 * u, r.width() * 0.4);
    const QRectF bar(r.left() + (r.width() - barWidth) / 2, r.top() + 8 * u, barWidth, 7 * u);
    const int steps = 60;
    p.setPen(Qt::NoPen);
    for (int i = 0; i < steps; ++i) {
        p.setBrush(theme::diverging(-1.0 + 2.0 * (i + 0.5) / steps));
        p.drawRect(QRectF(bar.left() + bar.width() * i / steps, bar.top(),
                          bar.width() / steps + 0.3 * u, bar.height()));
    }
    p.setFont(font);
    p.setPen(theme::kMuted);
    const double h = QFontMetricsF(font, p.device()).height();
    p.drawText(
        QRectF(r.left(), bar.top() - h / 2 + bar.height() / 2, bar.left() - r.left() - 5 * u, h),
        Qt::AlignRight | Qt::AlignVCenter, m_labels.lower);
    p.drawText(QRectF(bar.right() + 5 * u, bar.top() - h / 2 + bar.height() / 2,
                      r.right() - bar.right() - 5 * u, h),
               Qt::AlignLeft | Qt::AlignVCenter, m_labels.higher);
    for (const double v : {-m, 0.0, m}) {
        const double x = bar.left() + (v + m) / (2 * m) * bar.width();
        p.drawText(QRectF(x - 30 * u, bar.bottom() + 1.5 * u, 60 * u, h), Qt::AlignHCenter,
                   signedText(v));
    }
    const bool missing = std::any_of(m_values.begin(), m_values.end(), [](const auto& row) {
        return std::any_of(row.begin(), row.end(), [](double v) { return !std::isfinite(v); });
    });
    if (missing) { // the crossed cell, explained under the scale
        const QRectF box(r.left() + (r.width() - barWidth) / 2, bar.bottom() + h + 4 * u, 7 * u,
                         7 * u);
        p.setPen(QPen(theme::kRule, 0.6 * u));
        p.setBrush(Qt::white);
        p.drawRect(box);
        p.drawLine(box.bottomLeft(), box.topRight());
        p.setPen(theme::kMuted);
        p.drawText(QRectF(box.right() + 4 * u, box.center().y() - h / 2, barWidth, h),
                   Qt::AlignLeft | Qt::AlignVCenter, m_labels.noData);
    }
}

void HeatmapChart::paint(QPainter& p, const QRectF& rect, double u) const {
    const Geometry g = geometry(rect.width() / u);
    const double cell = g.cell * u;
    const double row = g.row * u;
    const double gridWidth = cell * m_columns.size();
    const QPointF origin(rect.left() + g.label * u, rect.top());
    p.save();
    paintHeader(p, g, origin, u);
    const QFont label = theme::font(7.0, false, true);
    const QFont value = theme::font(6.5, false, true);
    const double m = maxAbs();
    const double top = rect.top() + g.header * u;
    for (int r = 0; r < m_rows.size(); ++r) {
        const double y = top + row * r;
        p.setFont(label);
        p.setPen(theme::kInk);
        p.drawText(QRectF(rect.left(), y, g.label * u - 5 * u, row),
                   Qt::AlignRight | Qt::AlignVCenter,
                   elided(p, label, m_rows[r], g.label * u - 5 * u));
        for (int c = 0; c < m_columns.size(); ++c) {
            const double v = m_values[std::size_t(r)][std::size_t(c)];
            const QRectF box(origin.x() + cell * c, y, cell, row);
            p.setPen(QPen(Qt::white, 0.8 * u));
            p.setBrush(std::isfinite(v) ? theme::diverging(v / m) : QColor(Qt::white));
            p.drawRect(box);
            if (g.values && std::isfinite(v)) {
                p.setFont(value);
                p.setPen(std::abs(v / m) > 0.6 ? QColor(Qt::white) : theme::kInk);
                p.drawText(box, Qt::AlignCenter, signedText(v));
            } else if (!std::isfinite(v)) {
                p.setPen(QPen(theme::kRule, 0.6 * u));
                p.drawLine(box.bottomLeft(), box.topRight());
            }
        }
    }
    p.setPen(QPen(theme::kRule, 0.6 * u));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(origin.x(), top, gridWidth, row * m_rows.size()));
    paintLegend(p, QRectF(rect.left(), top + row * m_rows.size(), rect.width(), kLegend * u), u);
    p.restore();
}

} // namespace gugus::report
