#include "report/dendrogram_chart.h"
#include "report/diverging_bar_chart.h"
#include "report/line_chart.h"
#include "report/report_builder.h"
#include "report/report_theme.h"
#include "report/report_words.h"
#include "report/scatter_chart.h"

#include <algorithm>
#include <cmath>

namespace gugus::report::detail {

namespace {

/// Bars in a segment page's "at a glance" chart.
constexpr int kGlanceBars = 10;

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

void DocumentBuilder::segmentPages() {
    for (const core::SegmentPage& page : c.pages) {
        segmentPage(page);
    }
}

void DocumentBuilder::segmentPage(const core::SegmentPage& page) {
    const int s = page.segment.segment;
    add(block::SegmentBanner{s + 1, name(s),
                             t.t(QT_TRANSLATE_NOOP("gugus::report", "%1 customers · %2 of all"))
                                 .arg(t.integer(page.segment.size), t.percent(page.segment.share)),
                             color(s)});
    add(block::Heading{
        2, t.t(QT_TRANSLATE_NOOP("gugus::report", "What sets them apart")), {}, false});
    QStringList traits;
    for (const core::SegmentTrait& trait : page.traits) {
        traits << words::trait(t, trait);
    }
    if (traits.isEmpty()) {
        traits << t.t(
            QT_TRANSLATE_NOOP("gugus::report", "close to the average customer on every column"));
    }
    add(block::Bullets{traits});
    glance(s);
    if (!page.offers.empty()) {
        add(block::Heading{
            2, t.t(QT_TRANSLATE_NOOP("gugus::report", "Products to offer")), {}, false});
        block::Table table;
        table.header << t.t(QT_TRANSLATE_NOOP("gugus::report", "Product"))
                     << t.t(QT_TRANSLATE_NOOP("gugus::report", "Owned in the segment"))
                     << t.t(QT_TRANSLATE_NOOP("gugus::report", "Owned by all customers"))
                     << t.t(QT_TRANSLATE_NOOP("gugus::report", "Lift"))
                     << t.t(QT_TRANSLATE_NOOP("gugus::report", "Not yet owning"));
        table.numeric = {false, true, true, true, true};
        table.weights = {3.0, 1.6, 1.6, 1.0, 1.5};
        for (const core::ProductOffer& o : page.offers) {
            table.rows << block::Table::Row{{t.column(o.product), t.percent(o.rate),
                                             t.percent(o.overallRate), t.fixed(o.lift, 2),
                                             t.integer(o.gap)},
                                            {}};
        }
        add(table);
        add(block::Paragraph{
            t.t(QT_TRANSLATE_NOOP("gugus::report",
                                  "Products owned by at least %1 of the segment, by lift (how "
                                  "many times more often the segment owns it than all "
                                  "customers). Not yet owning: customers of the segment to "
                                  "offer it to."))
                .arg(t.percent(c.offerSupport, 0)),
            block::Paragraph::Kind::Caption});
    }
    if (!page.risks.empty()) {
        add(block::Heading{
            2, t.t(QT_TRANSLATE_NOOP("gugus::report", "Risk indicators")), {}, false});
        QStringList risks;
        for (const core::RiskIndicator& r : page.risks) {
            risks << words::risk(t, r);
        }
        add(block::Bullets{risks});
    }
    if (!page.action.empty()) {
        add(block::Callout{t.t(QT_TRANSLATE_NOOP("gugus::report", "Recommended action")),
                           str(page.action), color(s)});
    }
}

void DocumentBuilder::glance(int s) {
    // The segment's strongest differences on the heatmap's scale, strongest first.
    std::vector<const core::ProfileRow*> rows;
    for (const core::ProfileRow& row : c.profiles.rows) {
        if (std::size_t(s) < row.stdDiff.size() && std::isfinite(row.stdDiff[std::size_t(s)])) {
            rows.push_back(&row);
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [s](const auto* a, const auto* b) {
        return std::abs(a->stdDiff[std::size_t(s)]) > std::abs(b->stdDiff[std::size_t(s)]);
    });
    if (rows.size() > std::size_t(kGlanceBars)) {
        rows.resize(kGlanceBars);
    }
    if (rows.empty()) {
        return;
    }
    QVector<DivergingBarChart::Bar> bars;
    for (const core::ProfileRow* row : rows) {
        bars << DivergingBarChart::Bar{words::profileRow(t, *row), row->stdDiff[std::size_t(s)]};
    }
    add(block::Heading{2, t.t(QT_TRANSLATE_NOOP("gugus::report", "At a glance")), {}, false});
    add(block::Figure{
        {std::make_shared<DivergingBarChart>(
            bars, t.t(QT_TRANSLATE_NOOP("gugus::report", "lower than all customers")),
            t.t(QT_TRANSLATE_NOOP("gugus::report", "higher than all customers")), t.locale())},
        t.t(QT_TRANSLATE_NOOP("gugus::report",
                              "The segment's largest differences from all customers, in "
                              "standard deviations (for a category, its share), as in the "
                              "heatmap."))});
}

void DocumentBuilder::map() {
    const core::MapChart& m = *c.charts.map;
    add(block::Heading{1, t.t(QT_TRANSLATE_NOOP("gugus::report", "The customer map")), {}, true});
    add(block::Paragraph{
        t.t(QT_TRANSLATE_NOOP("gugus::report",
                              "Every customer placed on the two directions along which the "
                              "customers differ most (principal components of the prepared "
                              "data). Customers close together are alike; the numbered discs are "
                              "the segments' centres. Together the two axes show %1 of the "
                              "differences between customers."))
            .arg(t.percent(m.varianceX + m.varianceY)),
        block::Paragraph::Kind::Body});
    std::vector<ScatterChart::Group> groups;
    if (std::find(m.label.begin(), m.label.end(), core::kNoise) != m.label.end()) {
        groups.push_back({0, name(core::kNoise), color(core::kNoise), {}, std::nullopt});
    }
    for (const core::ReportSegment& s : c.segments) {
        ScatterChart::Group g{s.segment + 1, numbered(s.segment), color(s.segment), {}, {}};
        if (std::size_t(s.segment) < m.centreX.size()) {
            g.centre =
                QPointF(m.centreX[std::size_t(s.segment)], m.centreY[std::size_t(s.segment)]);
        }
        groups.push_back(std::move(g));
    }
    const std::size_t offset = groups.size() - c.segments.size();
    for (std::size_t i = 0; i < m.x.size(); ++i) {
        const int label = m.label[i];
        if (label == core::kNoise && offset == 1) {
            groups[0].points.emplace_back(m.x[i], m.y[i]);
        } else if (label >= 0 && std::size_t(label) < c.segments.size()) {
            groups[offset + std::size_t(label)].points.emplace_back(m.x[i], m.y[i]);
        }
    }
    const QString axis = t.t(QT_TRANSLATE_NOOP("gugus::report", "Component %1 (%2 of the "
                                                                "differences)"));
    auto chart =
        std::make_shared<ScatterChart>(std::move(groups), axis.arg(1).arg(t.percent(m.varianceX)),
                                       axis.arg(2).arg(t.percent(m.varianceY)), t.locale());
    const QString caption =
        m.sampled
            ? t.t(QT_TRANSLATE_NOOP("gugus::report",
                                    "Showing a random sample of %1 of the %2 customers "
                                    "(seeded, so the same map every time); the centres "
                                    "are computed from all of them."))
                  .arg(t.integer(std::int64_t(m.x.size())), t.integer(m.total))
            : t.t(QT_TRANSLATE_NOOP("gugus::report", "All %1 customers.")).arg(t.integer(m.total));
    add(block::Figure{{chart}, caption});
}

void DocumentBuilder::selection() {
    add(block::Heading{
        1,
        t.t(QT_TRANSLATE_NOOP("gugus::report", "How the number of segments was chosen")),
        {},
        true});
    if (c.charts.sweep) {
        sweep(*c.charts.sweep);
    }
    if (c.charts.tree) {
        const core::TreeChart& tree = *c.charts.tree;
        QVector<QColor> colors;
        for (const core::ReportSegment& s : c.segments) {
            colors << color(s.segment);
        }
        const core::MethodOption linkage{"linkage", 0.0, core::linkageKey(tree.linkage)};
        auto chart = std::make_shared<DendrogramChart>(
            tree, colors,
            t.t(QT_TRANSLATE_NOOP("gugus::report",
                                  "Groups of customers under the top merges (their size)")),
            t.t(QT_TRANSLATE_NOOP("gugus::report", "Merge height (%1 linkage)"))
                .arg(words::optionValue(t, linkage)),
            t.t(QT_TRANSLATE_NOOP("gugus::report", "cut into %1 segments"))
                .arg(t.integer(std::int64_t(c.segments.size()))),
            t.locale());
        add(block::Heading{
            2, t.t(QT_TRANSLATE_NOOP("gugus::report", "The hierarchical tree")), {}, false});
        add(block::Figure{
            {chart},
            t.t(QT_TRANSLATE_NOOP("gugus::report",
                                  "The top %1 merges of the tree of %2 customers: groups joined "
                                  "low are alike, a long vertical line is a large difference. "
                                  "Cutting at the dashed line gives the segments, coloured as "
                                  "elsewhere in this report."))
                .arg(t.integer(std::int64_t(tree.links.size())), t.integer(tree.rows))});
    }
    if (c.charts.kdistance) {
        const core::KDistanceChart& kd = *c.charts.kdistance;
        std::vector<QPointF> points;
        for (std::size_t i = 0; i < kd.percent.size(); ++i) {
            points.emplace_back(kd.percent[i], kd.distance[i]);
        }
        auto chart = std::make_shared<LineChart>(
            std::move(points),
            t.t(QT_TRANSLATE_NOOP("gugus::report", "Customers, sorted by that distance (%)")),
            t.t(QT_TRANSLATE_NOOP("gugus::report",
                                  "Distance to the k-th nearest customer (k = %1)"))
                .arg(kd.minSamples),
            t.locale(), false, false);
        chart->includeZero();
        chart->addRule(
            {false, kd.eps,
             t.t(QT_TRANSLATE_NOOP("gugus::report", "eps used: %1")).arg(t.number(kd.eps)),
             theme::kMark, true});
        if (kd.kneePercent && kd.suggestedEps) {
            chart->addPoint({QPointF(*kd.kneePercent, *kd.suggestedEps),
                             t.t(QT_TRANSLATE_NOOP("gugus::report", "knee: eps %1"))
                                 .arg(t.number(*kd.suggestedEps)),
                             QColor(0xE6, 0x9F, 0x00)});
        }
        add(block::Heading{
            2, t.t(QT_TRANSLATE_NOOP("gugus::report", "The k-distance curve")), {}, false});
        add(block::Figure{
            {chart},
            t.t(QT_TRANSLATE_NOOP(
                    "gugus::report",
                    "Each customer's distance to its k-th nearest neighbour "
                    "(k = %1), sorted. Customers below the eps line lie in dense regions "
                    "and form segments; the steep rise at the right are the "
                    "atypical customers."))
                .arg(kd.minSamples)});
    }
}

void DocumentBuilder::sweep(const core::SweepChart& sw) {
    add(block::Paragraph{
        t.t(QT_TRANSLATE_NOOP("gugus::report",
                              "Gugus segmented the customers for every k from %1 to %2 and "
                              "scored each result. The chosen k = %3 is %4."))
            .arg(sw.k.front())
            .arg(sw.k.back())
            .arg(sw.chosenK)
            .arg(words::optionValue(t, {"k_reason", 0.0, core::suggestionReasonKey(sw.reason)})),
        block::Paragraph::Kind::Body});
    std::vector<QPointF> inertia;
    std::vector<QPointF> silhouette;
    for (std::size_t i = 0; i < sw.k.size(); ++i) {
        inertia.emplace_back(sw.k[i], sw.inertia[i]);
        silhouette.emplace_back(sw.k[i], sw.silhouette[i]);
    }
    const QString kAxis = t.t(QT_TRANSLATE_NOOP("gugus::report", "Number of segments (k)"));
    const QString chosen = t.t(QT_TRANSLATE_NOOP("gugus::report", "chosen k = %1")).arg(sw.chosenK);
    auto elbow = std::make_shared<LineChart>(
        std::move(inertia), kAxis,
        t.t(QT_TRANSLATE_NOOP("gugus::report", "Within-segment spread (inertia)")), t.locale(),
        true, true);
    elbow->addRule({true, double(sw.chosenK), chosen, theme::kMark, true});
    auto sil = std::make_shared<LineChart>(
        std::move(silhouette), kAxis, t.t(QT_TRANSLATE_NOOP("gugus::report", "Mean silhouette")),
        t.locale(), true, true);
    sil->addRule({true, double(sw.chosenK), chosen, theme::kMark, true});
    for (const double line : {0.25, 0.50, 0.70}) {
        sil->addRule({false, line, words::rating(t, core::silhouetteRating(line + 1e-9)),
                      theme::kMuted, false});
    }
    add(block::Figure{{elbow, sil},
                      t.t(QT_TRANSLATE_NOOP("gugus::report",
                                            "Left: the spread within segments falls as k grows; "
                                            "the bend (elbow) is where more segments stop paying "
                                            "off. Right: the silhouette, higher is better "
                                            "separated, with the rating bands."))});
    block::Table table;
    table.header << QStringLiteral("k") << t.t(QT_TRANSLATE_NOOP("gugus::report", "Inertia"))
                 << t.t(QT_TRANSLATE_NOOP("gugus::report", "Silhouette"))
                 << t.t(QT_TRANSLATE_NOOP("gugus::report", "Calinski–Harabasz"))
                 << t.t(QT_TRANSLATE_NOOP("gugus::report", "Davies–Bouldin")) << QString();
    table.numeric = {true, true, true, true, true, false};
    table.weights = {0.6, 1.6, 1.2, 1.6, 1.4, 1.6};
    // Each column's decimals from its own values, so the column lines up (the XLSX as well).
    const NumberColumn inertiaColumn(sw.inertia, 4);
    const NumberColumn silhouetteColumn(sw.silhouette);
    const NumberColumn calinski(sw.calinskiHarabasz, 4);
    const NumberColumn davies(sw.daviesBouldin);
    for (std::size_t i = 0; i < sw.k.size(); ++i) {
        QStringList marks;
        if (sw.k[i] == sw.chosenK) {
            marks << t.t(QT_TRANSLATE_NOOP("gugus::report", "chosen"));
        }
        if (sw.kneeK && *sw.kneeK == sw.k[i]) {
            marks << t.t(QT_TRANSLATE_NOOP("gugus::report", "elbow"));
        }
        table.rows << block::Table::Row{
            {QString::number(sw.k[i]), t.fixed(sw.inertia[i], inertiaColumn),
             t.fixed(sw.silhouette[i], silhouetteColumn), t.fixed(sw.calinskiHarabasz[i], calinski),
             t.fixed(sw.daviesBouldin[i], davies), marks.join(QStringLiteral(", "))},
            {}};
    }
    add(table);
}

void DocumentBuilder::method() {
    const core::ReportMethod& m = c.method;
    add(block::Heading{1, t.t(QT_TRANSLATE_NOOP("gugus::report", "Method")), {}, true});
    add(block::Paragraph{
        t.t(QT_TRANSLATE_NOOP("gugus::report",
                              "Everything needed to repeat this segmentation: the same data "
                              "(same fingerprint), preparation, algorithm, options and seed give "
                              "the same segments.")),
        block::Paragraph::Kind::Body});
    block::Table table;
    table.header << t.t(QT_TRANSLATE_NOOP("gugus::report", "Setting"))
                 << t.t(QT_TRANSLATE_NOOP("gugus::report", "Value"));
    table.weights = {2.0, 3.0};
    const auto row = [&](const QString& label, const QString& value) {
        table.rows << block::Table::Row{{label, value}, {}};
    };
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Data fingerprint")), str(m.fingerprint));
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Rows in the data")), t.integer(m.tableRows));
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Rows segmented")), t.integer(m.rowsUsed));
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Rows dropped for missing values")),
        t.integer(m.rowsDropped));
    if (!m.filters.empty()) {
        row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Row filters")),
            words::joinedFilters(m.filters));
        row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Rows left out by the filters")),
            t.integer(m.rowsFiltered));
    }
    if (!m.outlierRules.empty()) {
        row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Outlier rules")),
            words::outlierRules(t, m.outlierRules));
        row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Rows dropped as outliers")),
            t.integer(m.rowsOutliers));
    }
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Prepared features")), t.integer(m.features));
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Algorithm")), words::algorithm(t, m.algorithm));
    for (const core::MethodOption& o : m.options) {
        row(words::optionLabel(t, o.key), words::optionValue(t, o));
    }
    for (const auto& [label, value] : words::reductionRows(t, m.reduction)) {
        row(label, value);
    }
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Random seed")), QString::number(m.seed));
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Inertia")), t.number(m.scores.inertia, 8));
    const bool defined = m.scores.defined;
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Silhouette")),
        defined ? t.fixed(m.scores.silhouette, 4) : QStringLiteral("–"));
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Silhouette computed on")),
        m.scores.silhouetteSampled
            ? t.t(QT_TRANSLATE_NOOP("gugus::report", "a random sample of %1 customers"))
                  .arg(t.integer(m.scores.silhouetteSampleSize))
            : t.t(QT_TRANSLATE_NOOP("gugus::report", "all %1 customers (exact)"))
                  .arg(t.integer(m.scores.silhouetteSampleSize)));
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Calinski–Harabasz")),
        defined ? t.number(m.scores.calinskiHarabasz, 6) : QStringLiteral("–"));
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Davies–Bouldin")),
        defined ? t.fixed(m.scores.daviesBouldin, 4) : QStringLiteral("–"));
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Atypical rows left out of the metrics")),
        t.integer(m.noise));
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Run time")),
        t.t(QT_TRANSLATE_NOOP("gugus::report", "%1 s")).arg(t.number(m.seconds, 3)));
    row(t.t(QT_TRANSLATE_NOOP("gugus::report", "Gugus version")), str(m.version));
    add(table);
    preparation();
}

void DocumentBuilder::preparation() {
    const core::ReportMethod& m = c.method;
    add(block::Heading{2, t.t(QT_TRANSLATE_NOOP("gugus::report", "Data preparation")), {}, false});
    block::Table table;
    table.header << t.t(QT_TRANSLATE_NOOP("gugus::report", "Column"))
                 << t.t(QT_TRANSLATE_NOOP("gugus::report", "Type"))
                 << t.t(QT_TRANSLATE_NOOP("gugus::report", "Use"))
                 << t.t(QT_TRANSLATE_NOOP("gugus::report", "Group"))
                 << t.t(QT_TRANSLATE_NOOP("gugus::report", "Missing values"))
                 << t.t(QT_TRANSLATE_NOOP("gugus::report", "Encoding"))
                 << t.t(QT_TRANSLATE_NOOP("gugus::report", "Transform"))
                 << t.t(QT_TRANSLATE_NOOP("gugus::report", "Scaling"));
    table.weights = {2.5, 1.1, 1.5, 1.4, 1.4, 1.0, 1.0, 2.0};
    table.dense = true;
    for (const core::MethodColumn& col : m.columns) {
        const core::ColumnSpec& spec = col.spec;
        const bool prepared = spec.role == core::Role::Feature;
        const bool categorical = col.type == core::ColumnType::Categorical;
        const QString dash = QStringLiteral("–");
        table.rows << block::Table::Row{
            {str(spec.name), words::columnType(t, col.type), words::role(t, spec.role),
             spec.group.empty() ? dash : words::group(t, spec.group),
             prepared ? words::imputation(t, spec.imputation) : dash,
             prepared && categorical ? words::encoding(t, spec.encoding) : dash,
             prepared && !categorical ? words::transform(t, spec.transform) : dash,
             prepared ? words::scaling(t, spec.scaling) : dash},
            {}};
    }
    add(table);
    if (!m.warnings.empty()) {
        QStringList notes;
        for (const std::string& w : m.warnings) {
            notes << words::warning(t, w);
        }
        add(block::Bullets{notes});
    }
}

} // namespace gugus::report::detail
