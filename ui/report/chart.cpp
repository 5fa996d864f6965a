#include "report/chart.h"

#include "report/report_theme.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace gugus::report {

namespace {

constexpr double kTickFont = 7.0;
constexpr double kTitleFont = 7.5;

/// A 72 dpi device: one unit is one point. Per thread, as paint devices are not shared.
QImage& pointDevice() {
    thread_local QImage image = [] {
        QImage i(1, 1, QImage::Format_ARGB32);
        i.setDotsPerMeterX(2835); // 72 dpi
        i.setDotsPerMeterY(2835);
        return i;
    }();
    return image;
}

} // namespace

Scale niceScale(double lo, double hi, int ticks, bool integer) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0.0;
        hi = 1.0;
    }
    if (hi < lo) {
        std::swap(lo, hi);
    }
    if (hi - lo < 1e-12) {
        const double pad = std::abs(lo) > 0 ? std::abs(lo) * 0.1 : 1.0;
        lo -= pad;
        hi += pad;
    }
    const double raw = (hi - lo) / std::max(1, ticks);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * mag >= raw) {
            step = m * mag;
            break;
        }
    }
    if (integer) {
        step = std::max(1.0, std::round(step));
    }
    Scale s;
    s.step = step;
    s.lo = std::floor(lo / step + 1e-9) * step;
    s.hi = std::ceil(hi / step - 1e-9) * step;
    for (double v = s.lo; v <= s.hi + step * 1e-6; v += step) {
        s.ticks << (std::abs(v) < step * 1e-9 ? 0.0 : v);
    }
    return s;
}

QString tickLabel(double value, double step, const QLocale& locale) {
    const double magnitude = std::max(std::abs(value), std::abs(step));
    if (magnitude >= 1e6) {
        // Large axes (inertia): 1.2e6 reads better than seven digits.
        return locale.toString(value, 'g', 3);
    }
    int decimals = 0;
    while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) -
                                    std::round(step * std::pow(10.0, decimals))) > 1e-6) {
        ++decimals;
    }
    return locale.toString(value, 'f', decimals);
}

XYFrame::XYFrame(QPainter& painter, const QRectF& rect, double u, Scale x, Scale y, QString xTitle,
                 QString yTitle, QLocale locale)
    : m_u(u), m_x(std::move(x)), m_y(std::move(y)), m_xTitle(std::move(xTitle)),
      m_yTitle(std::move(yTitle)), m_locale(std::move(locale)) {
    const QFont tick = theme::font(kTickFont);
    const QFont title = theme::font(kTitleFont);
    const QFontMetricsF tm(tick, painter.device());
    const QFontMetricsF hm(title, painter.device());
    double labelWidth = 0.0;
    for (const double v : m_y.ticks) {
        labelWidth = std::max(labelWidth, tm.horizontalAdvance(tickLabel(v, m_y.step, m_locale)));
    }
    const double left = (m_yTitle.isEmpty() ? 0.0 : hm.height() + 4 * u) + labelWidth + 5 * u;
    const double bottom = tm.height() + 4 * u + (m_xTitle.isEmpty() ? 0.0 : hm.height() + 3 * u);
    m_area = QRectF(rect.left() + left, rect.top() + tm.height() * 0.5,
                    rect.width() - left - tm.height(), rect.height() - bottom - tm.height() * 0.5);
}

QPointF XYFrame::map(double x, double y) const {
    return {m_x.map(x, m_area.left(), m_area.right()), m_y.map(y, m_area.bottom(), m_area.top())};
}

void XYFrame::draw(QPainter& p) const {
    const double u = m_u;
    const QFont tick = theme::font(kTickFont);
    const QFont title = theme::font(kTitleFont);
    const QFontMetricsF tm(tick, p.device());
    const QFontMetricsF hm(title, p.device());
    p.save();
    p.setPen(QPen(theme::kGrid, 0.6 * u));
    for (const double v : m_y.ticks) {
        const double y = map(m_x.lo, v).y();
        p.drawLine(QPointF(m_area.left(), y), QPointF(m_area.right(), y));
    }
    for (const double v : m_x.ticks) {
        const double x = map(v, m_y.lo).x();
        p.drawLine(QPointF(x, m_area.top()), QPointF(x, m_area.bottom()));
    }
    p.setPen(QPen(theme::kRule.darker(130), 0.8 * u));
    p.drawLine(m_area.bottomLeft(), m_area.bottomRight());
    p.drawLine(m_area.bottomLeft(), m_area.topLeft());
    p.setFont(tick);
    p.setPen(theme::kMuted);
    for (const double v : m_y.ticks) {
        const double y = map(m_x.lo, v).y();
        const QString label = tickLabel(v, m_y.step, m_locale);
        p.drawText(
            QRectF(m_area.left() - 200 * u, y - tm.height() / 2, 200 * u - 4 * u, tm.height()),
            Qt::AlignRight | Qt::AlignVCenter, label);
    }
    for (const double v : m_x.ticks) {
        const double x = map(v, m_y.lo).x();
        p.drawText(QRectF(x - 40 * u, m_area.bottom() + 3 * u, 80 * u, tm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, tickLabel(v, m_x.step, m_locale));
    }
    p.setFont(title);
    if (!m_xTitle.isEmpty()) {
        p.drawText(QRectF(m_area.left(), m_area.bottom() + tm.height() + 6 * u, m_area.width(),
                          hm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, m_xTitle);
    }
    p.restore();
    if (!m_yTitle.isEmpty()) {
        // Rotated a quarter turn, read bottom to top, centred on the plot area.
        p.save();
        double labelWidth = 0.0;
        for (const double v : m_y.ticks) {
            labelWidth =
                std::max(labelWidth, tm.horizontalAdvance(tickLabel(v, m_y.step, m_locale)));
        }
        const double x = m_area.left() - labelWidth - 6 * u - hm.height();
        p.translate(x, m_area.center().y());
        p.rotate(-90);
        p.setFont(title);
        p.setPen(theme::kMuted);
        p.drawText(QRectF(-m_area.height() / 2, 0, m_area.height(), hm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, elided(p, title, m_yTitle, m_area.height()));
        p.restore();
    }
}

double pointWidth(const QFont& font, const QString& text) {
    return QFontMetricsF(font, &pointDevice()).horizontalAdvance(text);
}

double pointHeight(const QFont& font) {
    return QFontMetricsF(font, &pointDevice()).height();
}

double textWidth(QPainter& painter, const QFont& font, const QString& text) {
    return QFontMetricsF(font, painter.device()).horizontalAdvance(text);
}

QString elided(QPainter& painter, const QFont& font, const QString& text, double width) {
    return QFontMetricsF(font, painter.device()).elidedText(text, Qt::ElideRight, width);
}

} // namespace gugus::report
