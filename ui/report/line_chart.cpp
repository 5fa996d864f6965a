#include "report/line_chart.h"

#include "report/report_theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::report {

LineChart::LineChart(std::vector<QPointF> points, QString xTitle, QString yTitle, QLocale locale,
                     bool integerX, bool markers)
    : m_curve(std::move(points)), m_xTitle(std::move(xTitle)), m_yTitle(std::move(yTitle)),
      m_locale(std::move(locale)), m_integerX(integerX), m_markers(markers) {}

double LineChart::heightFor(double width) const {
    return std::clamp(width * 0.62, 120.0, 260.0);
}

void LineChart::paint(QPainter& p, const QRectF& rect, double u) const {
    double x0 = std::numeric_limits<double>::max(), x1 = -x0, y0 = x0, y1 = -x0;
    for (const QPointF& pt : m_curve) {
        x0 = std::min(x0, pt.x());
        x1 = std::max(x1, pt.x());
        if (std::isfinite(pt.y())) {
            y0 = std::min(y0, pt.y());
            y1 = std::max(y1, pt.y());
        }
    }
    for (const Rule& r : m_rules) {
        if (!r.vertical && r.strong) {
            y0 = std::min(y0, r.at);
            y1 = std::max(y1, r.at);
        }
    }
    if (m_includeZero) {
        y0 = std::min(y0, 0.0);
        y1 = std::max(y1, 0.0);
    }
    if (y0 > y1) { // nothing defined
        y0 = 0.0;
        y1 = 1.0;
    }
    const double pad = (x1 - x0) * 0.04;
    Scale xs = niceScale(x0, x1, std::min(8, std::max(2, int(x1 - x0))), m_integerX);
    if (m_integerX) { // k axes: exactly the swept range, half a step of room on each side
        xs.lo = x0 - 0.4;
        xs.hi = x1 + 0.4;
        xs.ticks.clear();
        const int every = int(std::ceil((x1 - x0 + 1) / 12.0));
        for (double k = x0; k <= x1; k += every) {
            xs.ticks << k;
        }
    } else {
        xs.lo = std::min(xs.lo, x0 - pad);
    }
    XYFrame frame(p, rect, u, xs, niceScale(y0, y1, 5), m_xTitle, m_yTitle, m_locale);
    frame.draw(p);
    const QRectF area = frame.plotArea();
    const QFont font = theme::font(7.0);
    const double h = QFontMetricsF(font, p.device()).height();
    p.save();
    p.setFont(font);
    for (const Rule& r : m_rules) {
        if (!r.vertical && (r.at < frame.y().lo || r.at > frame.y().hi)) {
            continue;
        }
        QPen pen(r.strong ? r.color : r.color.lighter(150), (r.strong ? 1.1 : 0.7) * u,
                 Qt::DashLine);
        p.setPen(pen);
        if (r.vertical) {
            const double x = frame.map(r.at, 0).x();
            p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
            p.setPen(r.color);
            const bool right = x < area.center().x();
            p.drawText(QRectF(right ? x + 3 * u : x - 153 * u, area.top(), 150 * u, h),
                       (right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop, r.label);
        } else {
            const double y = frame.map(0, r.at).y();
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
            p.setPen(r.strong ? r.color : theme::kMuted);
            p.drawText(QRectF(area.left() + 3 * u, y - h - 1 * u, area.width() - 6 * u, h),
                       Qt::AlignRight | Qt::AlignBottom, r.label);
        }
    }
    // The curve, broken where y is undefined.
    QPainterPath path;
    bool pen = false;
    for (const QPointF& pt : m_curve) {
        if (!std::isfinite(pt.y())) {
            pen = false;
            continue;
        }
        const QPointF at = frame.map(pt.x(), pt.y());
        if (pen) {
            path.lineTo(at);
        } else {
            path.moveTo(at);
        }
        pen = true;
    }
    p.setPen(QPen(theme::kAccent, 1.6 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    if (m_markers) {
        p.setBrush(Qt::white);
        p.setPen(QPen(theme::kAccent, 1.2 * u));
        for (const QPointF& pt : m_curve) {
            if (std::isfinite(pt.y())) {
                p.drawEllipse(frame.map(pt.x(), pt.y()), 2.4 * u, 2.4 * u);
            }
        }
    }
    for (const Point& pt : m_points) {
        const QPointF at = frame.map(pt.at.x(), pt.at.y());
        p.setPen(QPen(Qt::white, 1.0 * u));
        p.setBrush(pt.color);
        p.drawEllipse(at, 4.0 * u, 4.0 * u);
        p.setPen(pt.color.darker(120));
        const bool right = at.x() < area.center().x();
        p.drawText(
            QRectF(right ? at.x() + 7 * u : at.x() - 157 * u, at.y() - h - 2 * u, 150 * u, h),
            (right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom, pt.label);
    }
    p.restore();
}

} // namespace gugus::report
