#include "report/bar_chart.h"

#include "report/report_theme.h"

#include <QPainter>

#include <algorithm>

namespace gugus::report {

namespace {

double fontSize(int bars) {
    return bars > 16 ? 7.0 : 8.0;
}

} // namespace

BarChart::BarChart(QVector<Bar> bars) : m_bars(std::move(bars)) {}

double BarChart::rowHeight() const {
    // Thirty segments still fit on a page; a handful get generous bars.
    return m_bars.size() > 16 ? 12.0 : m_bars.size() > 8 ? 15.0 : 20.0;
}

double BarChart::heightFor(double) const {
    return rowHeight() * double(m_bars.size()) + 6.0;
}

void BarChart::paint(QPainter& p, const QRectF& rect, double u) const {
    if (m_bars.isEmpty()) {
        return;
    }
    const QFont font = theme::font(fontSize(int(m_bars.size())), false, m_bars.size() > 16);
    const QFont bold = theme::font(fontSize(int(m_bars.size())), true, m_bars.size() > 16);
    double labelWidth = 0.0;
    double valueWidth = 0.0;
    double maxValue = 0.0;
    for (const Bar& b : m_bars) {
        labelWidth = std::max(labelWidth, textWidth(p, font, b.label));
        valueWidth = std::max(valueWidth, textWidth(p, bold, b.valueText));
        maxValue = std::max(maxValue, b.value);
    }
    labelWidth = std::min(labelWidth, rect.width() * 0.38) + 8 * u;
    const double barLeft = rect.left() + labelWidth;
    const double barSpan = std::max(1.0, rect.width() - labelWidth - valueWidth - 8 * u);
    const double row = rowHeight() * u;
    p.save();
    p.setPen(QPen(theme::kRule, 0.8 * u));
    p.drawLine(QPointF(barLeft, rect.top()), QPointF(barLeft, rect.top() + row * m_bars.size()));
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar& b = m_bars[i];
        const double top = rect.top() + row * i;
        const double length = maxValue > 0 ? b.value / maxValue * barSpan : 0.0;
        const QRectF bar(barLeft, top + row * 0.18, std::max(length, 0.8 * u), row * 0.64);
        p.setPen(Qt::NoPen);
        p.setBrush(b.color);
        p.drawRect(bar);
        p.setFont(font);
        p.setPen(theme::kInk);
        p.drawText(QRectF(rect.left(), top, labelWidth - 8 * u, row),
                   Qt::AlignRight | Qt::AlignVCenter, elided(p, font, b.label, labelWidth - 8 * u));
        p.setFont(bold);
        p.drawText(QRectF(bar.right() + 5 * u, top, valueWidth + 4 * u, row),
                   Qt::AlignLeft | Qt::AlignVCenter, b.valueText);
    }
    p.restore();
}

} // namespace gugus::report
