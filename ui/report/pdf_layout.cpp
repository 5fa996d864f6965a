#include "report/chart.h"
#include "report/pdf_pages.h"
#include "report/report_theme.h"

#include <QFontMetricsF>
#include <QPaintDevice>

#include <algorithm>
#include <numeric>

namespace gugus::report::detail {

namespace {

constexpr double kFactsHeight = 58.0;
constexpr double kBannerHeight = 78.0;

QFont tableFont(const block::Table& t, bool bold = false) {
    return theme::font(t.dense ? pdf::kTableDense : pdf::kTable, bold, t.dense);
}

} // namespace

PdfPages::PdfPages(const ReportDocument& document, QPaintDevice& device, double u)
    : m_doc(document), m_device(device), m_u(u) {
    // A4 in points, margins chosen for a running header and a footer.
    m_page = QRectF(0, 0, 595.28 * u, 841.89 * u);
    m_content = QRectF(54 * u, 66 * u, m_page.width() - 108 * u, m_page.height() - 66 * u - 58 * u);
    layOut();
}

double PdfPages::textHeight(const QString& text, const QFont& font, double width) const {
    if (text.isEmpty()) {
        return 0.0;
    }
    const QFontMetricsF fm(font, &m_device);
    return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

double PdfPages::headingHeight(const block::Heading& h) const {
    const double u = m_u;
    if (h.level == 1) {
        return textHeight(h.text, theme::font(pdf::kH1, true), m_content.width()) + 12 * u;
    }
    return textHeight(h.text, theme::font(pdf::kH2, true), m_content.width()) + 9 * u;
}

double PdfPages::bulletHeight(const QString& item) const {
    return textHeight(item, theme::font(pdf::kBody), m_content.width() - kBulletIndent * m_u) +
           3.5 * m_u;
}

PdfPages::TableGeometry PdfPages::tableGeometry(const block::Table& t) const {
    const double u = m_u;
    TableGeometry g;
    const auto n = std::size_t(t.header.size());
    std::vector<double> weights(n, 1.0);
    if (std::size_t(t.weights.size()) == n) {
        weights.assign(t.weights.begin(), t.weights.end());
    }
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    for (const double w : weights) {
        g.columns.push_back(m_content.width() * w / total);
    }
    const auto cellHeight = [&](const QString& text, std::size_t c, const QFont& font,
                                bool swatch) {
        const double inner = g.columns[c] - 2 * kTablePadX * u - (swatch ? 11 * u : 0.0);
        return textHeight(text, font, std::max(inner, 4 * u)) + 2 * kTablePadY * u;
    };
    const QFont font = tableFont(t);
    const QFont bold = tableFont(t, true);
    g.header = QFontMetricsF(bold, &m_device).height() + 2 * kTablePadY * u;
    for (std::size_t c = 0; c < n; ++c) {
        g.header = std::max(g.header, cellHeight(t.header[int(c)], c, bold, false));
    }
    for (const block::Table::Row& row : t.rows) {
        double h = QFontMetricsF(font, &m_device).height() + 2 * kTablePadY * u;
        for (std::size_t c = 0; c < n && c < std::size_t(row.cells.size()); ++c) {
            h = std::max(h, cellHeight(row.cells[int(c)], c, font, c == 0 && row.swatch.isValid()));
        }
        g.rows.push_back(h);
    }
    return g;
}

double PdfPages::figureHeight(const block::Figure& f, double* chartHeight) const {
    const double u = m_u;
    const double gap = 16 * u;
    const auto n = double(std::max<qsizetype>(1, f.charts.size()));
    const double width = (m_content.width() - gap * (n - 1)) / n;
    double h = 0.0;
    for (const auto& chart : f.charts) {
        h = std::max(h, chart->heightFor(width / u) * u);
    }
    if (chartHeight) {
        *chartHeight = h;
    }
    return h + (f.caption.isEmpty()
                    ? 0.0
                    : 6 * u + textHeight(f.caption, theme::font(pdf::kCaption), m_content.width()));
}

double PdfPages::measure(std::size_t i) const {
    const double u = m_u;
    const Block& b = m_doc.blocks[i];
    if (const auto* h = as<block::Heading>(b)) {
        return headingHeight(*h);
    }
    if (const auto* p = as<block::Paragraph>(b)) {
        const QFont font = p->kind == block::Paragraph::Kind::Lead      ? theme::font(pdf::kLead)
                           : p->kind == block::Paragraph::Kind::Caption ? theme::font(pdf::kCaption)
                                                                        : theme::font(pdf::kBody);
        return textHeight(p->text, font, m_content.width());
    }
    if (const auto* list = as<block::Bullets>(b)) {
        double h = 0.0;
        for (const QString& item : list->items) {
            h += bulletHeight(item);
        }
        return h;
    }
    if (as<block::Facts>(b)) {
        return kFactsHeight * u;
    }
    if (const auto* t = as<block::Table>(b)) {
        const TableGeometry g = tableGeometry(*t);
        return g.header + std::accumulate(g.rows.begin(), g.rows.end(), 0.0);
    }
    if (const auto* f = as<block::Figure>(b)) {
        return figureHeight(*f, nullptr);
    }
    if (const auto* c = as<block::Callout>(b)) {
        const double inner = m_content.width() - 2 * kCalloutPad * u - 4 * u;
        return textHeight(c->title, theme::font(pdf::kBody, true), inner) + 3 * u +
               textHeight(c->text, theme::font(pdf::kBody), inner) + 2 * kCalloutPad * u;
    }
    return kBannerHeight * u;
}

void PdfPages::newPage() {
    m_pages.emplace_back();
    m_y = m_content.top();
}

void PdfPages::place(std::size_t block, double height, double after, int from, int to,
                     double scale) {
    m_pages.back().push_back({block, m_y, height, from, to, scale});
    m_y += height + after;
}

void PdfPages::layOut() {
    const double u = m_u;
    const double gap = pdf::kGap * u;
    newPage();
    const auto pageEmpty = [&] { return m_pages.back().empty(); };
    for (std::size_t i = 0; i < m_doc.blocks.size(); ++i) {
        const Block& b = m_doc.blocks[i];
        if (const auto* h = as<block::Heading>(b)) {
            const double height = headingHeight(*h);
            // Keep a heading with the start of what follows it.
            const double next =
                i + 1 < m_doc.blocks.size() ? std::min(measure(i + 1), 110 * u) : 0.0;
            if (!pageEmpty() &&
                (h->newPage || room() < height + next + (h->level == 2 ? 8 * u : 0))) {
                newPage();
            }
            if (h->level == 2 && !pageEmpty()) {
                m_y += 8 * u;
            }
            place(i, height, 0.0);
        } else if (as<block::SegmentBanner>(b)) {
            if (!pageEmpty()) {
                newPage();
            }
            place(i, kBannerHeight * u, 14 * u);
        } else if (const auto* list = as<block::Bullets>(b)) {
            for (int item = 0; item < list->items.size(); ++item) {
                const double h = bulletHeight(list->items[item]);
                if (room() < h && !pageEmpty()) {
                    newPage();
                }
                place(i, h, item + 1 == list->items.size() ? gap * 0.6 : 0.0, item, item + 1);
            }
        } else if (const auto* t = as<block::Table>(b)) {
            const TableGeometry g = tableGeometry(*t);
            int row = 0;
            const int rows = int(g.rows.size());
            while (row < rows || (rows == 0 && row == 0)) {
                if (room() < g.header + (rows ? g.rows[std::size_t(row)] : 0.0) && !pageEmpty()) {
                    newPage();
                }
                double h = g.header;
                const int from = row;
                while (row < rows && (row == from || h + g.rows[std::size_t(row)] <= room())) {
                    h += g.rows[std::size_t(row)];
                    ++row;
                }
                place(i, h, row >= rows ? gap : 0.0, from, row);
                if (rows == 0) {
                    break;
                }
            }
        } else if (const auto* f = as<block::Figure>(b)) {
            double h = measure(i);
            double scale = 1.0;
            if (h > m_content.height()) { // shrink the charts, keep the caption's size
                double chart = 0.0;
                figureHeight(*f, &chart);
                scale = (m_content.height() - (h - chart)) / chart;
                h = m_content.height();
            }
            if (room() < h && !pageEmpty()) {
                newPage();
            }
            place(i, h, gap * 1.3, 0, 0, scale);
        } else {
            const double h = measure(i);
            if (room() < h && !pageEmpty()) {
                newPage();
            }
            place(i, h, as<block::Paragraph>(b) ? gap * 0.7 : gap);
        }
    }
    if (m_pages.back().empty() && m_pages.size() > 1) {
        m_pages.pop_back();
    }
}

} // namespace gugus::report::detail
