#include "report/dendrogram_chart.h"

#include "report/report_theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace gugus::report {

DendrogramChart::DendrogramChart(core::TreeChart tree, QVector<QColor> colors, QString xTitle,
                                 QString yTitle, QString cutLabel, QLocale locale)
    : m_tree(std::move(tree)), m_colors(std::move(colors)), m_xTitle(std::move(xTitle)),
      m_yTitle(std::move(yTitle)), m_cutLabel(std::move(cutLabel)), m_locale(std::move(locale)) {}

double DendrogramChart::heightFor(double width) const {
    return std::clamp(width * 0.55, 150.0, 300.0);
}

void DendrogramChart::paint(QPainter& p, const QRectF& rect, double u) const {
    const auto leaves = double(m_tree.leaves.size());
    const QFont font = theme::font(6.5, false, true);
    const QFontMetricsF fm(font, p.device());
    // Leaf labels (group sizes) under the axis, turned when they would collide.
    double widest = 0.0;
    for (const auto& leaf : m_tree.leaves) {
        widest = std::max(widest, fm.horizontalAdvance(m_locale.toString(qint64(leaf.size))));
    }
    const double slot = rect.width() * 0.85 / std::max(1.0, leaves);
    const bool turned = widest + 2 * u > slot;
    const double labelBand = (turned ? widest : fm.height()) + 4 * u;
    const QFont title = theme::font(7.5);
    const double titleHeight = QFontMetricsF(title, p.device()).height();

    const QRectF frameRect(rect.left(), rect.top(), rect.width(),
                           rect.height() - labelBand - titleHeight - 3 * u);
    Scale xs;
    xs.lo = -0.7;
    xs.hi = leaves - 0.3;
    XYFrame frame(p, frameRect, u, xs, niceScale(0.0, m_tree.maxHeight * 1.05, 5), QString(),
                  m_yTitle, m_locale);
    frame.draw(p);
    p.save();
    for (const auto& link : m_tree.links) {
        QPainterPath path(frame.map(link.xa, link.ha));
        path.lineTo(frame.map(link.xa, link.height));
        path.lineTo(frame.map(link.xb, link.height));
        path.lineTo(frame.map(link.xb, link.hb));
        const bool inside = link.segment >= 0 && link.segment < m_colors.size();
        p.setPen(QPen(inside ? m_colors[link.segment] : theme::kMuted, (inside ? 1.6 : 1.1) * u,
                      Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    // Collapsed groups: a short stub in their segment's colour, the size underneath.
    p.setFont(font);
    const QRectF area = frame.plotArea();
    for (const auto& leaf : m_tree.leaves) {
        const QPointF at = frame.map(leaf.x, 0.0);
        const QColor c = leaf.segment >= 0 && leaf.segment < m_colors.size()
                             ? m_colors[leaf.segment]
                             : theme::kMuted;
        // The group's own (collapsed) subtree: a faint stem from its merge down to the axis.
        if (leaf.height > 0.0) {
            QColor stem = c;
            stem.setAlphaF(0.45f);
            p.setPen(QPen(stem, 0.8 * u, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(frame.map(leaf.x, leaf.height), at);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(at, 2.2 * u, 2.2 * u);
        p.setPen(theme::kMuted);
        const QString text = m_locale.toString(qint64(leaf.size));
        if (turned) {
            p.save();
            p.translate(at.x(), area.bottom() + 4 * u);
            p.rotate(-90);
            p.drawText(QRectF(-widest, -fm.height() / 2, widest, fm.height()),
                       Qt::AlignRight | Qt::AlignVCenter, text);
            p.restore();
        } else {
            p.drawText(QRectF(at.x() - slot / 2, area.bottom() + 3 * u, slot, fm.height()),
                       Qt::AlignHCenter | Qt::AlignTop, text);
        }
    }
    p.setFont(title);
    p.setPen(theme::kMuted);
    p.drawText(QRectF(area.left(), rect.bottom() - titleHeight, area.width(), titleHeight),
               Qt::AlignHCenter | Qt::AlignBottom, m_xTitle);
    const double cut = frame.map(0, m_tree.cutHeight).y();
    p.setPen(QPen(theme::kMark, 1.2 * u, Qt::DashLine));
    p.drawLine(QPointF(area.left(), cut), QPointF(area.right(), cut));
    p.setFont(font);
    const double labelWidth = fm.horizontalAdvance(m_cutLabel) + 6 * u;
    const QRectF label(area.right() - labelWidth, cut - fm.height() - 2 * u, labelWidth,
                       fm.height());
    p.fillRect(label, Qt::white); // readable over the tree's lines
    p.setPen(theme::kMark);
    p.drawText(label, Qt::AlignCenter, m_cutLabel);
    p.restore();
}

} // namespace gugus::report
