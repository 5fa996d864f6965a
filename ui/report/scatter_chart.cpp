#include "report/scatter_chart.h"

#include "report/report_theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::report {

namespace {

constexpr double kLegendFont = 7.0;
constexpr double kLegendRow = 11.0;

} // namespace

ScatterChart::ScatterChart(std::vector<Group> groups, QString xTitle, QString yTitle,
                           QLocale locale)
    : m_groups(std::move(groups)), m_xTitle(std::move(xTitle)), m_yTitle(std::move(yTitle)),
      m_locale(std::move(locale)) {}

int ScatterChart::legendRows(double width, double* entryWidth) const {
    const QFont font = theme::font(kLegendFont, false, true);
    double widest = 0.0;
    for (const Group& g : m_groups) {
        widest = std::max(widest, pointWidth(font, g.name));
    }
    const double entry = std::min(widest + 16.0, width);
    const int perRow = std::max(1, int(width / entry));
    if (entryWidth) {
        *entryWidth = std::max(entry, width / perRow);
    }
    return (int(m_groups.size()) + perRow - 1) / perRow;
}

double ScatterChart::heightFor(double width) const {
    return width * 0.72 + legendRows(width) * kLegendRow + 8.0;
}

void ScatterChart::paint(QPainter& p, const QRectF& rect, double u) const {
    double entry = 0.0;
    const int rows = legendRows(rect.width() / u, &entry);
    const double legendHeight = (rows * kLegendRow + 8.0) * u;
    double x0 = std::numeric_limits<double>::max(), x1 = -x0, y0 = x0, y1 = -x0;
    for (const Group& g : m_groups) {
        for (const QPointF& pt : g.points) {
            x0 = std::min(x0, pt.x());
            x1 = std::max(x1, pt.x());
            y0 = std::min(y0, pt.y());
            y1 = std::max(y1, pt.y());
        }
    }
    const QRectF plotRect(rect.left(), rect.top(), rect.width(), rect.height() - legendHeight);
    XYFrame frame(p, plotRect, u, niceScale(x0, x1, 6), niceScale(y0, y1, 5), m_xTitle, m_yTitle,
                  m_locale);
    frame.draw(p);
    p.save();
    p.setClipRect(frame.plotArea().adjusted(-2 * u, -2 * u, 2 * u, 2 * u));
    // Many dots overlap: small, translucent, no outline. Noise first so segments lie on top.
    const double r = 1.5 * u;
    for (const Group& g : m_groups) {
        QColor c = g.color;
        c.setAlphaF(g.number == 0 ? 0.35f : 0.55f);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        for (const QPointF& pt : g.points) {
            p.drawEllipse(frame.map(pt.x(), pt.y()), r, r);
        }
    }
    p.setClipping(false);
    const QFont number = theme::font(7.0, true);
    for (const Group& g : m_groups) {
        if (!g.centre) {
            continue;
        }
        const QPointF at = frame.map(g.centre->x(), g.centre->y());
        const double radius = 6.5 * u;
        p.setPen(QPen(Qt::white, 1.4 * u));
        p.setBrush(g.color.darker(115));
        p.drawEllipse(at, radius, radius);
        p.setFont(number);
        p.setPen(Qt::white);
        p.drawText(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius),
                   Qt::AlignCenter, QString::number(g.number));
    }
    // Legend: entries in rows under the plot.
    const QFont font = theme::font(kLegendFont, false, true);
    const double top = rect.bottom() - legendHeight + 8 * u;
    const int perRow = std::max(1, int(rect.width() / (entry * u)));
    p.setFont(font);
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        const Group& g = m_groups[i];
        const double x = rect.left() + entry * u * double(int(i) % perRow);
        const double y = top + kLegendRow * u * double(int(i) / perRow);
        p.setPen(Qt::NoPen);
        p.setBrush(g.color);
        p.drawEllipse(QPointF(x + 4 * u, y + kLegendRow * u / 2), 3.2 * u, 3.2 * u);
        p.setPen(theme::kInk);
        p.drawText(QRectF(x + 10 * u, y, entry * u - 12 * u, kLegendRow * u),
                   Qt::AlignLeft | Qt::AlignVCenter, elided(p, font, g.name, entry * u - 12 * u));
    }
    p.restore();
}

} // namespace gugus::report
