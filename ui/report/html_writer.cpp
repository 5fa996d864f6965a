#include "report/html_writer.h"

#include "report/chart.h"
#include "report/report_theme.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace gugus::report {

namespace {

/// Width in points of the HTML's text column (the PDF's content width).
constexpr double kColumn = 487.0;

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString css(const QColor& c) {
    return c.name(QColor::HexRgb);
}

QString styleSheet() {
    return QStringLiteral(R"(
:root { --ink: %1; --muted: %2; --rule: %3; --zebra: %4; --accent: %5; --soft: %6; --mark: %7; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
       font: 10.5pt/1.45 "DejaVu Sans", Verdana, Arial, sans-serif; }
main { max-width: 720px; margin: 0 auto; padding: 0 24px 48px; }
.cover { background: var(--accent); color: #fff; padding: 72px 0 40px; }
.cover .inner { max-width: 720px; margin: 0 auto; padding: 0 24px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-weight: bold; font-size: 9pt;
          color: #c9d6e6; margin: 0 0 10px; }
.cover h1 { font-size: 28pt; line-height: 1.15; margin: 0 0 16px; }
.cover .sub { font-size: 13pt; color: #dde6f0; margin: 0; }
.strip { display: flex; height: 7px; }
.strip span { flex: 1; }
.coverfacts { max-width: 720px; margin: 32px auto 8px; padding: 0 24px; }
.coverfacts dt { text-transform: uppercase; font-size: 7.5pt; font-weight: bold; color: var(--muted);
                 letter-spacing: .06em; }
.coverfacts dd { margin: 0 0 14px; font-size: 11pt; }
h2 { color: var(--accent); font-size: 19pt; margin: 40px 0 14px; padding-bottom: 8px;
     background: linear-gradient(#e69f00, #e69f00) left bottom / 36px 2.5px no-repeat; }
h3 { font-size: 11.5pt; margin: 22px 0 8px; }
p { margin: 0 0 10px; }
p.lead { font-size: 12pt; }
p.caption, figcaption { font-size: 8pt; color: var(--muted); }
ul { padding-left: 18px; margin: 0 0 12px; }
li { margin-bottom: 4px; }
li::marker { color: var(--accent); }
.facts { display: flex; gap: 8px; margin: 0 0 14px; }
.fact { flex: 1; background: var(--soft); border-left: 3px solid var(--accent); padding: 6px 8px 8px 10px; }
.fact b { display: block; font-size: 17pt; color: var(--accent); }
.fact span { font-size: 8pt; color: var(--muted); }
table { width: 100%; border-collapse: collapse; margin: 0 0 14px; font-size: 8.5pt; }
table.dense { font-size: 7.5pt; }
th { background: var(--accent); color: #fff; text-align: left; padding: 4px 5px; }
td { padding: 3px 5px; border-bottom: 0.5pt solid var(--rule); vertical-align: top; }
tbody tr:nth-child(even) { background: var(--zebra); }
.num { text-align: right; }
.swatch { display: inline-block; width: 8px; height: 8px; margin-right: 5px; }
figure { margin: 0 0 16px; }
figure .charts { display: flex; gap: 16px; }
figure .charts > div { flex: 1; min-width: 0; }
figure svg { display: block; width: 100%; height: auto; }
.callout { padding: 9px 12px; border-left: 4px solid var(--accent); background: var(--soft);
           margin: 0 0 14px; }
.callout b { display: block; margin-bottom: 3px; }
.banner { display: flex; align-items: center; gap: 14px; padding: 16px; margin: 40px 0 14px; }
.banner .disc { width: 40px; height: 40px; border-radius: 50%; font-size: 16pt; font-weight: bold;
                display: flex; align-items: center; justify-content: center; flex: none; }
.banner .name { font-size: 18pt; font-weight: bold; }
footer { color: var(--muted); font-size: 8pt; border-top: 0.7pt solid var(--rule); padding-top: 6px;
         margin-top: 32px; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { font-size: 9.5pt; }
  .cover { break-after: page; padding-top: 120px; -webkit-print-color-adjust: exact;
           print-color-adjust: exact; }
  .newpage { break-before: page; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, figure, .callout, .facts, .banner { break-inside: avoid; }
  th, .fact, .banner, .strip span, .swatch, .callout { -webkit-print-color-adjust: exact;
                                                       print-color-adjust: exact; }
}
)")
        .arg(css(theme::kInk), css(theme::kMuted), css(theme::kRule), css(theme::kZebra),
             css(theme::kAccent), css(theme::kAccentSoft), css(theme::kMark));
}

class HtmlBuilder {
public:
    explicit HtmlBuilder(const ReportDocument& doc) : m_doc(doc) {}

    QByteArray build(core::Progress& progress);

private:
    void cover();
    void block(const Block& b);
    void table(const block::Table& t);
    void figure(const block::Figure& f);
    void line(const QString& text) { m_out += text.toUtf8() + '\n'; }

    const ReportDocument& m_doc;
    QByteArray m_out;
};

QByteArray HtmlBuilder::build(core::Progress& progress) {
    line(QStringLiteral("<!DOCTYPE html>"));
    line(QStringLiteral("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\">")
             .arg(esc(m_doc.language)));
    line(QStringLiteral("<head><meta charset=\"utf-8\"/>"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                        "<meta name=\"generator\" content=\"Gugus\"/>"));
    line(QStringLiteral("<title>%1</title>").arg(esc(m_doc.title)));
    line(QStringLiteral("<style>%1</style></head><body>").arg(styleSheet()));
    cover();
    line(QStringLiteral("<main>"));
    const auto total = std::int64_t(m_doc.blocks.size());
    for (std::size_t i = 0; i < m_doc.blocks.size(); ++i) {
        progress.throwIfCancelled();
        block(m_doc.blocks[i]);
        progress.report(std::int64_t(i) + 1, total, "report.html");
    }
    line(QStringLiteral("<footer>%1</footer>").arg(esc(m_doc.runningHeader)));
    line(QStringLiteral("</main></body></html>"));
    return m_out;
}

void HtmlBuilder::cover() {
    const ReportCover& c = m_doc.cover;
    line(QStringLiteral("<header class=\"cover\"><div class=\"inner\">"));
    line(QStringLiteral("<p class=\"kicker\">%1</p>").arg(esc(c.kicker)));
    line(QStringLiteral("<h1>%1</h1>").arg(esc(c.title)));
    if (!c.subtitle.isEmpty()) {
        line(QStringLiteral("<p class=\"sub\">%1</p>").arg(esc(c.subtitle)));
    }
    line(QStringLiteral("</div></header>"));
    QString strip = QStringLiteral("<div class=\"strip\">");
    for (const QColor& color : c.colors) {
        strip += QStringLiteral("<span style=\"background:%1\"></span>").arg(css(color));
    }
    line(strip + QStringLiteral("</div>"));
    line(QStringLiteral("<dl class=\"coverfacts\">"));
    for (const auto& [label, value] : c.facts) {
        line(QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(esc(label), esc(value)));
    }
    line(QStringLiteral("</dl>"));
}

void HtmlBuilder::block(const Block& b) {
    if (const auto* h = std::get_if<block::Heading>(&b)) {
        const int level = h->level + 1; // h1 is the cover's title
        line(QStringLiteral("<h%1%2>%3</h%1>")
                 .arg(level)
                 .arg(h->newPage ? QStringLiteral(" class=\"newpage\"") : QString(), esc(h->text)));
    } else if (const auto* p = std::get_if<block::Paragraph>(&b)) {
        using Kind = block::Paragraph::Kind;
        const char* kind = p->kind == Kind::Lead      ? "lead"
                           : p->kind == Kind::Caption ? "caption"
                           : p->kind == Kind::Note    ? "caption"
                                                      : "body";
        line(QStringLiteral("<p class=\"%1\">%2</p>").arg(QLatin1String(kind), esc(p->text)));
    } else if (const auto* list = std::get_if<block::Bullets>(&b)) {
        QString html = QStringLiteral("<ul>");
        for (const QString& item : list->items) {
            html += QStringLiteral("<li>%1</li>").arg(esc(item));
        }
        line(html + QStringLiteral("</ul>"));
    } else if (const auto* facts = std::get_if<block::Facts>(&b)) {
        QString html = QStringLiteral("<div class=\"facts\">");
        for (const auto& f : facts->facts) {
            const QString border =
                f.color.isValid()
                    ? QStringLiteral(" style=\"border-left-color:%1\"").arg(css(f.color))
                    : QString();
            html += QStringLiteral("<div class=\"fact\"%1><b>%2</b><span>%3</span></div>")
                        .arg(border, esc(f.value), esc(f.label));
        }
        line(html + QStringLiteral("</div>"));
    } else if (const auto* t = std::get_if<block::Table>(&b)) {
        table(*t);
    } else if (const auto* f = std::get_if<block::Figure>(&b)) {
        figure(*f);
    } else if (const auto* c = std::get_if<block::Callout>(&b)) {
        const QColor color = c->color.isValid() ? c->color : theme::kAccent;
        line(
            QStringLiteral("<div class=\"callout\" style=\"border-left-color:%1\"><b style=\"color:"
                           "%2\">%3</b>%4</div>")
                .arg(css(color), css(color.darker(130)), esc(c->title), esc(c->text)));
    } else if (const auto* s = std::get_if<block::SegmentBanner>(&b)) {
        const double luma =
            0.299 * s->color.redF() + 0.587 * s->color.greenF() + 0.114 * s->color.blueF();
        const QString ink = luma > 0.62 ? css(theme::kInk) : QStringLiteral("#ffffff");
        line(QStringLiteral("<section class=\"banner newpage\" style=\"background:%1;color:%2\">"
                            "<div class=\"disc\" style=\"background:%2;color:%1\">%3</div>"
                            "<div><div class=\"name\">%4</div><div>%5</div></div></section>")
                 .arg(css(s->color), ink)
                 .arg(s->number)
                 .arg(esc(s->name), esc(s->subtitle)));
    }
}

void HtmlBuilder::table(const block::Table& t) {
    const auto cls = [&](int c) {
        return c < t.numeric.size() && t.numeric[c] ? QStringLiteral(" class=\"num\"") : QString();
    };
    QString html = t.dense ? QStringLiteral("<table class=\"dense\">") : QStringLiteral("<table>");
    html += QStringLiteral("<thead><tr>");
    for (int c = 0; c < t.header.size(); ++c) {
        html += QStringLiteral("<th%1>%2</th>").arg(cls(c), esc(t.header[c]));
    }
    html += QStringLiteral("</tr></thead><tbody>");
    line(html);
    for (const block::Table::Row& row : t.rows) {
        QString tr = QStringLiteral("<tr>");
        for (int c = 0; c < row.cells.size(); ++c) {
            const QString swatch =
                c == 0 && row.swatch.isValid()
                    ? QStringLiteral("<span class=\"swatch\" style=\"background:%1\"></span>")
                          .arg(css(row.swatch))
                    : QString();
            tr += QStringLiteral("<td%1>%2%3</td>").arg(cls(c), swatch, esc(row.cells[c]));
        }
        line(tr + QStringLiteral("</tr>"));
    }
    line(QStringLiteral("</tbody></table>"));
}

void HtmlBuilder::figure(const block::Figure& f) {
    const auto n = double(std::max<qsizetype>(1, f.charts.size()));
    const double width = (kColumn - 16.0 * (n - 1)) / n;
    line(QStringLiteral("<figure><div class=\"charts\">"));
    for (const auto& chart : f.charts) {
        m_out += "<div>" + chartSvg(*chart, width, f.caption) + "</div>\n";
    }
    line(QStringLiteral("</div>"));
    if (!f.caption.isEmpty()) {
        line(QStringLiteral("<figcaption>%1</figcaption>").arg(esc(f.caption)));
    }
    line(QStringLiteral("</figure>"));
}

} // namespace

QByteArray chartSvg(const Chart& chart, double width, const QString& label) {
    const double height = chart.heightFor(width);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    // 72 dpi: one SVG unit is one point, so the chart's point sizes need no conversion.
    svg.setResolution(72);
    svg.setSize(QSize(int(std::ceil(width)), int(std::ceil(height))));
    svg.setViewBox(QRectF(0, 0, width, height));
    {
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        chart.paint(painter, QRectF(0, 0, width, height), 1.0);
    }
    QString text = QString::fromUtf8(buffer.data());
    // An element inside the page, not a document: no XML prolog, Qt's placeholder title and
    // description replaced by the chart's label, the size given by the page's width.
    text.remove(QRegularExpression(QStringLiteral("^<\\?xml[^>]*\\?>\\s*")));
    text.replace(QRegularExpression(QStringLiteral("<title>[^<]*</title>\\s*<desc>[^<]*</desc>")),
                 QStringLiteral("<title>%1</title>").arg(label.toHtmlEscaped()));
    text.replace(QRegularExpression(QStringLiteral("<svg width=\"[^\"]*\" height=\"[^\"]*\"")),
                 QStringLiteral("<svg role=\"img\""));
    // Readers without DejaVu get a font of the same width class rather than a serif.
    text.replace(QStringLiteral("font-family=\"DejaVu Sans Condensed\""),
                 QStringLiteral("font-family=\"DejaVu Sans Condensed, Arial Narrow, sans-serif\""));
    text.replace(QStringLiteral("font-family=\"DejaVu Sans\""),
                 QStringLiteral("font-family=\"DejaVu Sans, Verdana, sans-serif\""));
    return text.toUtf8();
}

QByteArray htmlReport(const ReportDocument& document, core::Progress& progress) {
    return HtmlBuilder(document).build(progress);
}

} // namespace gugus::report
