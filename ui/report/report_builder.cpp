#include "report/report_builder.h"

#include "report/bar_chart.h"
#include "report/heatmap_chart.h"
#include "report/report_theme.h"
#include "report/report_words.h"

#include <cmath>

namespace gugus::report {

namespace detail {

namespace {

/// The executive summary names every segment up to this many, else the largest three.
constexpr int kNamedInSummary = 8;

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

ReportDocument DocumentBuilder::build() {
    m_doc.language = t.language();
    m_doc.title = c.cover.title.empty()
                      ? t.t(QT_TRANSLATE_NOOP("gugus::report", "Customer segments"))
                      : str(c.cover.title);
    m_doc.runningHeader = c.cover.dataset.empty()
                              ? m_doc.title
                              : QStringLiteral("%1 · %2").arg(m_doc.title, str(c.cover.dataset));
    m_doc.pageOf = t.t(QT_TRANSLATE_NOOP("gugus::report", "Page %1 of %2"));
    cover();
    if (c.sections.summary) {
        summary();
    }
    if (c.sections.sizes) {
        sizes();
    }
    if (c.sections.profiles && c.profiles.heatmapRows > 0) {
        profiles();
    }
    if (c.sections.segments) {
        segmentPages();
    }
    if (c.sections.map && c.charts.map) {
        map();
    }
    if (c.sections.selection && (c.charts.sweep || c.charts.tree || c.charts.kdistance)) {
        selection();
    }
    if (c.sections.method) {
        method();
    }
    return std::move(m_doc);
}

QColor DocumentBuilder::color(int segment) const {
    if (segment < 0 || std::size_t(segment) >= c.segments.size()) {
        return QColor(str(c.noiseColor));
    }
    return QColor(str(c.segments[std::size_t(segment)].color));
}

QString DocumentBuilder::numbered(int segment) const {
    return QStringLiteral("%1 · %2").arg(segment + 1).arg(name(segment));
}

QString DocumentBuilder::list(const QStringList& items) const {
    if (items.size() <= 1) {
        return items.value(0);
    }
    return t.t(QT_TRANSLATE_NOOP("gugus::report", "%1 and %2"))
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.back());
}

void DocumentBuilder::cover() {
    ReportCover& cover = m_doc.cover;
    cover.kicker = t.t(QT_TRANSLATE_NOOP("gugus::report", "Customer segmentation report"));
    cover.title = m_doc.title;
    cover.subtitle = str(c.cover.dataset);
    cover.facts << qMakePair(t.t(QT_TRANSLATE_NOOP("gugus::report", "Date")), t.date(c.cover.date));
    if (!c.cover.author.empty()) {
        cover.facts << qMakePair(t.t(QT_TRANSLATE_NOOP("gugus::report", "Prepared by")),
                                 str(c.cover.author));
    }
    cover.facts << qMakePair(
        t.t(QT_TRANSLATE_NOOP("gugus::report", "Data")),
        t.t(QT_TRANSLATE_NOOP("gugus::report", "%1 rows × %2 columns; %3 customers segmented on "
                                               "%4 columns"))
            .arg(t.integer(c.cover.tableRows), t.integer(c.cover.tableColumns),
                 t.integer(c.cover.rowsUsed), t.integer(c.cover.featureColumns)));
    cover.facts << qMakePair(t.t(QT_TRANSLATE_NOOP("gugus::report", "Segments")),
                             t.integer(std::int64_t(c.segments.size())));
    cover.facts << qMakePair(t.t(QT_TRANSLATE_NOOP("gugus::report", "Made with")),
                             QStringLiteral("Gugus %1").arg(str(c.cover.version)));
    for (const core::ReportSegment& s : c.segments) {
        cover.colors << color(s.segment);
    }
}

void DocumentBuilder::summary() {
    const core::ReportSummary& s = c.summary;
    add(block::Heading{1, t.t(QT_TRANSLATE_NOOP("gugus::report", "Executive summary")), {}, true});
    block::Facts facts;
    facts.facts << block::Facts::Fact{
        t.integer(s.k), t.t(QT_TRANSLATE_NOOP("gugus::report", "segments")), {}};
    facts.facts << block::Facts::Fact{
        t.integer(s.rows), t.t(QT_TRANSLATE_NOOP("gugus::report", "customers")), {}};
    if (s.silhouetteDefined) {
        facts.facts << block::Facts::Fact{t.fixed(s.silhouette, 2),
                                          t.t(QT_TRANSLATE_NOOP("gugus::report", "silhouette: %1"))
                                              .arg(words::rating(t, s.rating)),
                                          {}};
    }
    if (!c.segments.empty()) {
        const auto& largest = c.segments[std::size_t(s.largest)];
        facts.facts << block::Facts::Fact{
            t.percent(largest.share, 0),
            t.t(QT_TRANSLATE_NOOP("gugus::report", "in the largest segment, %1"))
                .arg(name(s.largest)),
            color(s.largest)};
    }
    add(facts);

    // Who the customers are: every segment with its share, or the largest three.
    QStringList named;
    std::vector<const core::ReportSegment*> order;
    for (const auto& seg : c.segments) {
        order.push_back(&seg);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto* a, const auto* b) { return a->size > b->size; });
    const bool all = int(order.size()) <= kNamedInSummary;
    for (std::size_t i = 0; i < order.size() && (all || i < 3); ++i) {
        named << QStringLiteral("%1 (%2)").arg(name(order[i]->segment), t.percent(order[i]->share));
    }
    QString lead =
        t.t(QT_TRANSLATE_NOOP("gugus::report", "The %1 customers fall into %2 segments."))
            .arg(t.integer(s.rows), t.integer(s.k));
    lead += QLatin1Char(' ');
    lead += all ? t.t(QT_TRANSLATE_NOOP("gugus::report", "By size: %1.")).arg(list(named))
                : t.t(QT_TRANSLATE_NOOP("gugus::report",
                                        "The largest are %1; the sizes table lists all %2."))
                      .arg(list(named), t.integer(s.k));
    if (s.noise > 0) {
        lead += QLatin1Char(' ') +
                t.t(QT_TRANSLATE_NOOP("gugus::report",
                                      "%1 customers (%2) fit no segment: the density-based "
                                      "method marks them as atypical and leaves them out."))
                    .arg(t.integer(s.noise), t.percent(double(s.noise) / double(s.rows)));
    }
    add(block::Paragraph{lead, block::Paragraph::Kind::Lead});

    // How well the segments are separated, with the rating and what it means.
    block::Callout quality;
    quality.color = theme::kAccent;
    if (s.silhouetteDefined) {
        quality.title = t.t(QT_TRANSLATE_NOOP("gugus::report", "Separation: %1"))
                            .arg(words::rating(t, s.rating));
        const QString basis =
            s.silhouetteSampled
                ? t.t(QT_TRANSLATE_NOOP("gugus::report",
                                        "estimated on a random sample of %1 customers"))
                      .arg(t.integer(s.silhouetteSampleSize))
                : t.t(QT_TRANSLATE_NOOP("gugus::report", "computed on all %1 customers"))
                      .arg(t.integer(s.silhouetteSampleSize));
        quality.text = t.t(QT_TRANSLATE_NOOP("gugus::report",
                                             "The mean silhouette is %1 (%2), which reads as %3. "
                                             "%4"))
                           .arg(t.fixed(s.silhouette, 3), basis, words::rating(t, s.rating),
                                words::ratingMeaning(t, s.rating));
        quality.text += QLatin1Char(' ') +
                        t.t(QT_TRANSLATE_NOOP("gugus::report",
                                              "Scale: above %1 strong, %2 to %1 reasonable, %3 "
                                              "to %2 weak, below %3 no substantial structure."))
                            .arg(t.fixed(0.70, 2), t.fixed(0.50, 2), t.fixed(0.25, 2));
    } else {
        quality.title = t.t(QT_TRANSLATE_NOOP("gugus::report", "Separation"));
        quality.text = t.t(QT_TRANSLATE_NOOP("gugus::report",
                                             "The silhouette is not defined for fewer than two "
                                             "segments."));
    }
    add(quality);

    QStringList points;
    if (s.strongest) {
        points << t.t(QT_TRANSLATE_NOOP("gugus::report", "Strongest difference: in %1, %2."))
                      .arg(name(s.strongest->segment), words::trait(t, s.strongest->trait));
    }
    for (const core::ReportOffer& o : s.topOffers) {
        points << t.t(QT_TRANSLATE_NOOP("gugus::report",
                                        "Offer %1 to %2: %3 of the segment own it, %4 times the "
                                        "average; %5 customers there do not have it yet."))
                      .arg(t.column(o.offer.product), name(o.segment), t.percent(o.offer.rate),
                           t.fixed(o.offer.lift, 1), t.integer(o.offer.gap));
    }
    if (!points.isEmpty()) {
        add(block::Heading{2, t.t(QT_TRANSLATE_NOOP("gugus::report", "Key findings")), {}, false});
        add(block::Bullets{points});
    }
    QStringList actions;
    for (const core::SegmentPage& page : c.pages) {
        if (!page.action.empty()) {
            actions << QStringLiteral("%1: %2").arg(name(page.segment.segment), str(page.action));
        }
    }
    if (!actions.isEmpty()) {
        add(block::Heading{
            2, t.t(QT_TRANSLATE_NOOP("gugus::report", "Recommended actions")), {}, false});
        add(block::Bullets{actions});
    }
}

void DocumentBuilder::sizes() {
    add(block::Heading{1, t.t(QT_TRANSLATE_NOOP("gugus::report", "Segment sizes")), {}, true});
    QVector<BarChart::Bar> bars;
    block::Table table;
    table.header << QStringLiteral("#") << t.t(QT_TRANSLATE_NOOP("gugus::report", "Segment"))
                 << t.t(QT_TRANSLATE_NOOP("gugus::report", "Customers"))
                 << t.t(QT_TRANSLATE_NOOP("gugus::report", "Share"))
                 << t.t(QT_TRANSLATE_NOOP("gugus::report", "Most distinctive"));
    table.numeric = {true, false, true, true, false};
    table.weights = {0.6, 3.0, 1.3, 1.0, 5.0};
    table.dense = c.segments.size() > 12;
    for (const core::ReportSegment& s : c.segments) {
        bars << BarChart::Bar{numbered(s.segment), double(s.size),
                              QStringLiteral("%1 · %2").arg(t.integer(s.size), t.percent(s.share)),
                              color(s.segment)};
        QString trait;
        if (std::size_t(s.segment) < c.pages.size() &&
            !c.pages[std::size_t(s.segment)].traits.empty()) {
            trait = words::trait(t, c.pages[std::size_t(s.segment)].traits.front());
        }
        table.rows << block::Table::Row{{QString::number(s.segment + 1), name(s.segment),
                                         t.integer(s.size), t.percent(s.share), trait},
                                        color(s.segment)};
    }
    if (c.summary.noise > 0) {
        const double share =
            double(c.summary.noise) / double(std::max<std::int64_t>(1, c.summary.rows));
        bars << BarChart::Bar{
            name(core::kNoise), double(c.summary.noise),
            QStringLiteral("%1 · %2").arg(t.integer(c.summary.noise), t.percent(share)),
            color(core::kNoise)};
        table.rows << block::Table::Row{{QStringLiteral("–"), name(core::kNoise),
                                         t.integer(c.summary.noise), t.percent(share), QString()},
                                        color(core::kNoise)};
    }
    add(block::Figure{
        {std::make_shared<BarChart>(bars)},
        t.t(QT_TRANSLATE_NOOP("gugus::report", "Customers per segment and their share of all "
                                               "customers."))});
    add(table);
}

void DocumentBuilder::profiles() {
    const core::ReportProfiles& p = c.profiles;
    add(block::Heading{
        1, t.t(QT_TRANSLATE_NOOP("gugus::report", "How the segments differ")), {}, true});
    add(block::Paragraph{
        t.t(QT_TRANSLATE_NOOP("gugus::report",
                              "Each cell compares a segment with all customers: red where the "
                              "segment is higher, blue where it is lower, in standard deviations "
                              "of all customers (for a category, its share). Rows are ordered by "
                              "how strongly they separate the segments; ● marks the columns the "
                              "segments were built on.")),
        block::Paragraph::Kind::Body});
    QStringList rows;
    std::vector<std::vector<double>> values;
    for (int r = 0; r < p.heatmapRows; ++r) {
        const core::ProfileRow& row = p.rows[std::size_t(r)];
        rows << (row.feature ? QStringLiteral("● ") : QString()) + words::profileRow(t, row);
        values.push_back(row.stdDiff);
    }
    QVector<HeatmapChart::Column> columns;
    for (const core::ReportSegment& s : c.segments) {
        columns << HeatmapChart::Column{s.segment + 1, name(s.segment), color(s.segment)};
    }
    HeatmapChart::Labels labels{
        t.t(QT_TRANSLATE_NOOP("gugus::report", "lower than all customers")),
        t.t(QT_TRANSLATE_NOOP("gugus::report", "higher than all customers")),
        t.t(QT_TRANSLATE_NOOP("gugus::report", "no data"))};
    QString caption =
        t.t(QT_TRANSLATE_NOOP("gugus::report", "Standardized difference from all customers."));
    if (int(p.rows.size()) > p.heatmapRows) {
        caption +=
            QLatin1Char(' ') +
            t.t(QT_TRANSLATE_NOOP("gugus::report", "Showing the %1 most distinctive of %2 rows."))
                .arg(t.integer(p.heatmapRows), t.integer(std::int64_t(p.rows.size())));
    }
    add(block::Figure{
        {std::make_shared<HeatmapChart>(rows, columns, std::move(values), labels, t.locale())},
        caption});
}

} // namespace detail

ReportDocument buildReportDocument(const core::ReportContent& content, const ReportText& text) {
    return detail::DocumentBuilder(content, text).build();
}

} // namespace gugus::report
