#include "report/diverging_bar_chart.h"

#include "report/report_theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace gugus::report {

namespace {

constexpr double kRow = 15.0;
constexpr double kAxis = 16.0; ///< points under the bars for the captions

} // namespace

DivergingBarChart::DivergingBarChart(QVector<Bar> bars, QString lower, QString higher,
                                     QLocale locale)
    : m_bars(std::move(bars)), m_lower(std::move(lower)), m_higher(std::move(higher)),
      m_locale(std::move(locale)) {}

double DivergingBarChart::heightFor(double) const {
    return kRow * double(m_bars.size()) + kAxis;
}

void DivergingBarChart::paint(QPainter& p, const QRectF& rect, double u) const {
    const QFont font = theme::font(7.5, false, true);
    const QFont bold = theme::font(7.5, true, true);
    const QFontMetricsF fm(font, p.device());
    double labelWidth = 0.0;
    double maxAbs = 0.5;
    for (const Bar& b : m_bars) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(b.label));
        maxAbs = std::max(maxAbs, std::abs(b.value));
    }
    maxAbs = std::min(maxAbs, 3.0);
    labelWidth = std::min(labelWidth + 8 * u, rect.width() * 0.36);
    const double valueRoom = fm.horizontalAdvance(QStringLiteral("+0.0")) + 6 * u;
    const double left = rect.left() + labelWidth + valueRoom;
    const double right = rect.right() - valueRoom;
    const double zero = 0.5 * (left + right);
    const double half = 0.5 * (right - left);
    const double row = kRow * u;
    const double bottom = rect.top() + row * m_bars.size();
    p.save();
    p.setPen(QPen(theme::kGrid, 0.6 * u));
    for (const double f : {-1.0, -0.5, 0.5, 1.0}) {
        const double x = zero + f * half;
        p.drawLine(QPointF(x, rect.top()), QPointF(x, bottom));
    }
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar& b = m_bars[i];
        const double top = rect.top() + row * i;
        const double v = std::clamp(b.value, -maxAbs, maxAbs);
        const double end = zero + v / maxAbs * half;
        p.setPen(Qt::NoPen);
        p.setBrush(theme::diverging(v / maxAbs * 0.85 + (v >= 0 ? 0.15 : -0.15)));
        p.drawRect(QRectF(QPointF(std::min(zero, end), top + row * 0.2),
                          QPointF(std::max(zero, end), top + row * 0.8)));
        p.setFont(font);
        p.setPen(theme::kInk);
        p.drawText(QRectF(rect.left(), top, labelWidth - 8 * u, row),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideRight, labelWidth - 8 * u));
        p.setFont(bold);
        const QString value = std::abs(b.value) < 0.05
                                  ? m_locale.toString(0.0, 'f', 1)
                                  : (b.value > 0 ? QStringLiteral("+") : QString()) +
                                        m_locale.toString(b.value, 'f', 1);
        const bool up = b.value >= 0;
        p.drawText(QRectF(up ? end + 3 * u : end - valueRoom - 3 * u, top, valueRoom, row),
                   (up ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, value);
    }
    p.setPen(QPen(theme::kMuted, 0.9 * u));
    p.drawLine(QPointF(zero, rect.top()), QPointF(zero, bottom));
    p.setFont(font);
    p.setPen(theme::kMuted);
    p.drawText(QRectF(left, bottom + 3 * u, half - 6 * u, fm.height()),
               Qt::AlignRight | Qt::AlignTop, QStringLiteral("← ") + m_lower);
    p.drawText(QRectF(zero + 6 * u, bottom + 3 * u, half - 6 * u, fm.height()),
               Qt::AlignLeft | Qt::AlignTop, m_higher + QStringLiteral(" →"));
    p.restore();
}

} // namespace gugus::report
