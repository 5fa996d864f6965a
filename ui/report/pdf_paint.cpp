#include "report/chart.h"
#include "report/pdf_pages.h"
#include "report/report_theme.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace gugus::report::detail {

namespace {

/// White or ink, whichever reads better on `background`.
QColor onColor(const QColor& background) {
    const double luma =
        0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luma > 0.62 ? theme::kInk : QColor(Qt::white);
}

QColor tint(const QColor& c, double amount) {
    return QColor::fromRgbF(float(1.0 - amount * (1.0 - c.redF())),
                            float(1.0 - amount * (1.0 - c.greenF())),
                            float(1.0 - amount * (1.0 - c.blueF())));
}

} // namespace

void PdfPages::paintPage(QPainter& p, int index) const {
    if (index == 0) {
        paintCover(p);
        return;
    }
    paintFrame(p, index + 1);
    for (const Piece& piece : m_pages[std::size_t(index - 1)]) {
        paintPiece(p, piece);
    }
}

void PdfPages::paintText(QPainter& p, const QString& text, const QFont& font, const QColor& color,
                         const QRectF& r) const {
    p.setFont(font);
    p.setPen(color);
    p.drawText(r, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
}

void PdfPages::paintCover(QPainter& p) const {
    const double u = m_u;
    const ReportCover& c = m_doc.cover;
    const double left = m_content.left();
    const double width = m_content.width();
    const QRectF band(0, 0, m_page.width(), 360 * u);
    p.fillRect(band, theme::kAccent);
    // The segments' colours as a strip along the band's foot: the report's palette at a glance.
    if (!c.colors.isEmpty()) {
        const double w = m_page.width() / c.colors.size();
        for (int i = 0; i < c.colors.size(); ++i) {
            p.fillRect(QRectF(w * i, band.bottom(), w + 0.5 * u, 7 * u), c.colors[i]);
        }
    }
    const QFont kicker = theme::font(9.5, true);
    QFont title = theme::font(30, true);
    const QFont subtitle = theme::font(13);
    paintText(p, c.kicker.toUpper(), kicker, tint(QColor(Qt::white), 0.7).lighter(110),
              QRectF(left, 96 * u, width, 20 * u));
    const double titleHeight =
        QFontMetricsF(title, &m_device)
            .boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, c.title)
            .height();
    paintText(p, c.title, title, Qt::white, QRectF(left, 122 * u, width, titleHeight));
    p.fillRect(QRectF(left, 122 * u + titleHeight + 12 * u, 44 * u, 3 * u),
               QColor(0xE6, 0x9F, 0x00));
    paintText(p, c.subtitle, subtitle, QColor(0xdd, 0xe6, 0xf0),
              QRectF(left, 122 * u + titleHeight + 26 * u, width, 60 * u));

    double y = band.bottom() + 48 * u;
    const QFont label = theme::font(7.5, true);
    const QFont value = theme::font(11);
    for (const auto& [name, text] : c.facts) {
        paintText(p, name.toUpper(), label, theme::kMuted, QRectF(left, y, width, 12 * u));
        const double h = QFontMetricsF(value, &m_device)
                             .boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text)
                             .height();
        paintText(p, text, value, theme::kInk, QRectF(left, y + 12 * u, width, h));
        y += 12 * u + h + 14 * u;
    }
    p.setPen(QPen(theme::kRule, 0.8 * u));
    p.drawLine(QPointF(left, m_page.bottom() - 56 * u),
               QPointF(left + width, m_page.bottom() - 56 * u));
    paintText(p, QStringLiteral("Gugus"), theme::font(9, true), theme::kAccent,
              QRectF(left, m_page.bottom() - 48 * u, width, 14 * u));
}

void PdfPages::paintFrame(QPainter& p, int page) const {
    const double u = m_u;
    const QFont font = theme::font(7.5);
    const QFontMetricsF fm(font, &m_device);
    p.setFont(font);
    p.setPen(theme::kMuted);
    const QRectF header(m_content.left(), 30 * u, m_content.width(), fm.height());
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_doc.runningHeader, Qt::ElideRight, m_content.width() * 0.8));
    p.setPen(QPen(theme::kRule, 0.7 * u));
    p.drawLine(QPointF(m_content.left(), header.bottom() + 5 * u),
               QPointF(m_content.right(), header.bottom() + 5 * u));
    p.fillRect(QRectF(m_content.left(), header.bottom() + 4.2 * u, 28 * u, 1.6 * u),
               theme::kAccent);
    const QRectF footer(m_content.left(), m_page.bottom() - 36 * u, m_content.width(), fm.height());
    p.setPen(theme::kMuted);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, m_doc.pageOf.arg(page).arg(pageCount()));
    p.setPen(theme::kAccent);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Gugus"));
}

void PdfPages::paintPiece(QPainter& p, const Piece& piece) const {
    const Block& b = m_doc.blocks[piece.block];
    const QRectF r(m_content.left(), piece.y, m_content.width(), piece.height);
    p.save();
    if (const auto* h = as<block::Heading>(b)) {
        paintHeading(p, *h, r);
    } else if (const auto* para = as<block::Paragraph>(b)) {
        using Kind = block::Paragraph::Kind;
        const QFont font = para->kind == Kind::Lead      ? theme::font(pdf::kLead)
                           : para->kind == Kind::Caption ? theme::font(pdf::kCaption)
                                                         : theme::font(pdf::kBody);
        paintText(p, para->text, font,
                  para->kind == Kind::Caption || para->kind == Kind::Note ? theme::kMuted
                                                                          : theme::kInk,
                  r);
    } else if (const auto* list = as<block::Bullets>(b)) {
        paintBullets(p, *list, piece);
    } else if (const auto* facts = as<block::Facts>(b)) {
        paintFacts(p, *facts, r);
    } else if (const auto* table = as<block::Table>(b)) {
        paintTable(p, *table, piece);
    } else if (const auto* figure = as<block::Figure>(b)) {
        paintFigure(p, *figure, piece);
    } else if (const auto* callout = as<block::Callout>(b)) {
        paintCallout(p, *callout, r);
    } else if (const auto* banner = as<block::SegmentBanner>(b)) {
        paintBanner(p, *banner, r);
    }
    p.restore();
}

void PdfPages::paintHeading(QPainter& p, const block::Heading& h, const QRectF& r) const {
    const double u = m_u;
    if (h.level == 1) {
        const QFont font = theme::font(pdf::kH1, true);
        paintText(p, h.text, font, theme::kAccent,
                  QRectF(r.left(), r.top(), r.width(), r.height()));
        p.fillRect(QRectF(r.left(), r.bottom() - 6 * u, 36 * u, 2.4 * u), QColor(0xE6, 0x9F, 0x00));
    } else {
        paintText(p, h.text, theme::font(pdf::kH2, true), theme::kInk, r);
    }
}

void PdfPages::paintBullets(QPainter& p, const block::Bullets& b, const Piece& piece) const {
    const double u = m_u;
    const QFont font = theme::font(pdf::kBody);
    const double line = QFontMetricsF(font, &m_device).height();
    double y = piece.y;
    for (int i = piece.from; i < piece.to; ++i) {
        p.setPen(Qt::NoPen);
        p.setBrush(theme::kAccent);
        p.drawEllipse(QPointF(m_content.left() + 4 * u, y + line * 0.5), 1.9 * u, 1.9 * u);
        const double w = m_content.width() - kBulletIndent * u;
        const double h = QFontMetricsF(font, &m_device)
                             .boundingRect(QRectF(0, 0, w, 1e9), Qt::TextWordWrap, b.items[i])
                             .height();
        paintText(p, b.items[i], font, theme::kInk,
                  QRectF(m_content.left() + kBulletIndent * u, y, w, h));
        y += h + 3.5 * u;
    }
}

void PdfPages::paintFacts(QPainter& p, const block::Facts& f, const QRectF& r) const {
    const double u = m_u;
    const int n = std::max<int>(1, int(f.facts.size()));
    const double gap = 8 * u;
    const double w = (r.width() - gap * (n - 1)) / n;
    for (int i = 0; i < f.facts.size(); ++i) {
        const auto& fact = f.facts[i];
        const QRectF tile(r.left() + i * (w + gap), r.top(), w, r.height() - 4 * u);
        p.fillRect(tile, theme::kAccentSoft);
        p.fillRect(QRectF(tile.left(), tile.top(), 3 * u, tile.height()),
                   fact.color.isValid() ? fact.color : theme::kAccent);
        const QRectF inner = tile.adjusted(10 * u, 6 * u, -6 * u, -4 * u);
        const QFont value = theme::font(17, true);
        const double vh = QFontMetricsF(value, &m_device).height();
        paintText(p, fact.value, value, theme::kAccent,
                  QRectF(inner.topLeft(), QSizeF(inner.width(), vh)));
        const QFont label = theme::font(7.2, false, true);
        p.setFont(label);
        p.setPen(theme::kMuted);
        p.drawText(QRectF(inner.left(), inner.top() + vh, inner.width(), inner.height() - vh),
                   Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, fact.label);
    }
}

void PdfPages::paintTable(QPainter& p, const block::Table& t, const Piece& piece) const {
    const double u = m_u;
    const TableGeometry g = tableGeometry(t);
    const QFont font = theme::font(t.dense ? pdf::kTableDense : pdf::kTable, false, t.dense);
    const QFont bold = theme::font(t.dense ? pdf::kTableDense : pdf::kTable, true, t.dense);
    const auto align = [&](int c) {
        return (c < t.numeric.size() && t.numeric[c] ? Qt::AlignRight : Qt::AlignLeft) |
               Qt::AlignTop | Qt::TextWordWrap;
    };
    double y = piece.y;
    // The header row, repeated on every page the table runs over.
    p.fillRect(QRectF(m_content.left(), y, m_content.width(), g.header), theme::kAccent);
    p.setFont(bold);
    p.setPen(Qt::white);
    double x = m_content.left();
    for (int c = 0; c < t.header.size(); ++c) {
        const QRectF cell(x, y, g.columns[std::size_t(c)], g.header);
        p.drawText(cell.adjusted(kTablePadX * u, kTablePadY * u, -kTablePadX * u, -kTablePadY * u),
                   align(c), t.header[c]);
        x += g.columns[std::size_t(c)];
    }
    y += g.header;
    p.setFont(font);
    for (int r = piece.from; r < piece.to; ++r) {
        const block::Table::Row& row = t.rows[r];
        const double h = g.rows[std::size_t(r)];
        if (r % 2 == 1) {
            p.fillRect(QRectF(m_content.left(), y, m_content.width(), h), theme::kZebra);
        }
        x = m_content.left();
        for (int c = 0; c < row.cells.size() && c < int(g.columns.size()); ++c) {
            QRectF cell =
                QRectF(x, y, g.columns[std::size_t(c)], h)
                    .adjusted(kTablePadX * u, kTablePadY * u, -kTablePadX * u, -kTablePadY * u);
            if (c == 0 && row.swatch.isValid()) {
                const double side = 7 * u;
                p.fillRect(QRectF(cell.left(), cell.top() + 1.2 * u, side, side), row.swatch);
                cell.setLeft(cell.left() + 11 * u);
            }
            p.setPen(theme::kInk);
            p.drawText(cell, align(c), row.cells[c]);
            x += g.columns[std::size_t(c)];
        }
        y += h;
        p.setPen(QPen(theme::kRule, 0.5 * u));
        p.drawLine(QPointF(m_content.left(), y), QPointF(m_content.right(), y));
    }
}

void PdfPages::paintFigure(QPainter& p, const block::Figure& f, const Piece& piece) const {
    const double u = m_u;
    double chartHeight = 0.0;
    figureHeight(f, &chartHeight);
    chartHeight *= piece.scale;
    const double gap = 16 * u;
    const auto n = double(std::max<qsizetype>(1, f.charts.size()));
    const double width = (m_content.width() - gap * (n - 1)) / n;
    for (int i = 0; i < f.charts.size(); ++i) {
        const QRectF area(m_content.left() + i * (width + gap), piece.y, width, chartHeight);
        p.save();
        f.charts[i]->paint(p, area, u);
        p.restore();
    }
    if (!f.caption.isEmpty()) {
        paintText(p, f.caption, theme::font(pdf::kCaption), theme::kMuted,
                  QRectF(m_content.left(), piece.y + chartHeight + 6 * u, m_content.width(),
                         piece.height - chartHeight));
    }
}

void PdfPages::paintCallout(QPainter& p, const block::Callout& c, const QRectF& r) const {
    const double u = m_u;
    const QColor color = c.color.isValid() ? c.color : theme::kAccent;
    p.fillRect(r, tint(color, 0.1));
    p.fillRect(QRectF(r.left(), r.top(), 4 * u, r.height()), color);
    const QRectF inner =
        r.adjusted(4 * u + kCalloutPad * u, kCalloutPad * u, -kCalloutPad * u, -kCalloutPad * u);
    const QFont title = theme::font(pdf::kBody, true);
    const double th = QFontMetricsF(title, &m_device)
                          .boundingRect(QRectF(0, 0, inner.width(), 1e9), Qt::TextWordWrap, c.title)
                          .height();
    paintText(p, c.title, title, color.darker(130),
              QRectF(inner.topLeft(), QSizeF(inner.width(), th)));
    paintText(
        p, c.text, theme::font(pdf::kBody), theme::kInk,
        QRectF(inner.left(), inner.top() + th + 3 * u, inner.width(), inner.height() - th - 3 * u));
}

void PdfPages::paintBanner(QPainter& p, const block::SegmentBanner& b, const QRectF& r) const {
    const double u = m_u;
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(r, b.color);
    const QColor ink = onColor(b.color);
    const double d = 40 * u;
    const QRectF disc(r.left() + 16 * u, r.center().y() - d / 2, d, d);
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    p.drawEllipse(disc);
    p.setFont(theme::font(16, true));
    p.setPen(b.color);
    p.drawText(disc, Qt::AlignCenter, QString::number(b.number));
    const QRectF text(disc.right() + 14 * u, r.top() + 14 * u, r.right() - disc.right() - 28 * u,
                      r.height() - 28 * u);
    const QFont name = theme::font(18, true);
    const QFontMetricsF fm(name, &m_device);
    paintText(p, fm.elidedText(b.name, Qt::ElideRight, text.width()), name, ink,
              QRectF(text.left(), text.top(), text.width(), fm.height()));
    paintText(p, b.subtitle, theme::font(10), ink,
              QRectF(text.left(), text.top() + fm.height() + 4 * u, text.width(), 20 * u));
}

} // namespace gugus::report::detail
