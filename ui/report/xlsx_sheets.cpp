#include "report/report_words.h"
#include "report/xlsx_book.h"

#include <QDate>

#include <cmath>

namespace gugus::report::detail {

namespace {

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

void XlsxBook::summarySheet() {
    lxw_worksheet* ws = sheet(m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Summary")));
    worksheet_set_column(ws, 0, 0, 30, nullptr);
    worksheet_set_column(ws, 1, 1, 70, format(Style::Wrap));
    const core::ReportCover& cover = m_c.cover;
    const core::ReportSummary& s = m_c.summary;
    text(ws, 0, 0,
         cover.title.empty() ? m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Customer segments"))
                             : str(cover.title),
         Style::Title);
    text(ws, 1, 0, str(cover.dataset));
    int row = 3;
    const auto label = [&](const char* source) { text(ws, row, 0, m_t.t(source), Style::Label); };
    label(QT_TRANSLATE_NOOP("gugus::report", "Date"));
    lxw_datetime date{cover.date.year, cover.date.month, cover.date.day, 0, 0, 0.0};
    check(worksheet_write_datetime(ws, lxw_row_t(row++), 1, &date, format(Style::Date)));
    if (!cover.author.empty()) {
        label(QT_TRANSLATE_NOOP("gugus::report", "Prepared by"));
        text(ws, row++, 1, str(cover.author));
    }
    label(QT_TRANSLATE_NOOP("gugus::report", "Rows in the data"));
    number(ws, row++, 1, double(cover.tableRows), Style::Integer);
    label(QT_TRANSLATE_NOOP("gugus::report", "Columns in the data"));
    number(ws, row++, 1, double(cover.tableColumns), Style::Integer);
    label(QT_TRANSLATE_NOOP("gugus::report", "Customers segmented"));
    number(ws, row++, 1, double(cover.rowsUsed), Style::Integer);
    label(QT_TRANSLATE_NOOP("gugus::report", "Segments"));
    number(ws, row++, 1, double(s.k), Style::Integer);
    if (s.noise > 0) {
        label(QT_TRANSLATE_NOOP("gugus::report", "Atypical customers"));
        number(ws, row++, 1, double(s.noise), Style::Integer);
    }
    label(QT_TRANSLATE_NOOP("gugus::report", "Silhouette"));
    number(ws, row++, 1, s.silhouetteDefined ? s.silhouette : std::nan(""), Style::Decimal);
    label(QT_TRANSLATE_NOOP("gugus::report", "Separation"));
    text(ws, row++, 1, words::rating(m_t, s.rating));
    text(ws, row++, 1, words::ratingMeaning(m_t, s.rating), Style::Wrap);
    if (s.strongest) {
        label(QT_TRANSLATE_NOOP("gugus::report", "Strongest difference"));
        text(ws, row++, 1,
             QStringLiteral("%1: %2").arg(segmentName(s.strongest->segment),
                                          words::trait(m_t, s.strongest->trait)),
             Style::Wrap);
    }
    for (const core::ReportOffer& o : s.topOffers) {
        label(QT_TRANSLATE_NOOP("gugus::report", "Top offer"));
        text(ws, row++, 1,
             m_t.t(QT_TRANSLATE_NOOP("gugus::report", "%1 to %2 (lift %3; %4 not yet owning)"))
                 .arg(m_t.column(o.offer.product), segmentName(o.segment),
                      m_t.fixed(o.offer.lift, 2), m_t.integer(o.offer.gap)),
             Style::Wrap);
    }
    ++row;
    header(ws, row++,
           {m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Segment")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Name")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Customers")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Share"))});
    worksheet_freeze_panes(ws, 0, 0); // the summary reads top to bottom
    for (const core::ReportSegment& seg : m_c.segments) {
        number(ws, row, 0, seg.segment + 1);
        text(ws, row, 1, segmentName(seg.segment));
        number(ws, row, 2, double(seg.size), Style::Integer);
        number(ws, row++, 3, seg.share, Style::Percent);
    }
}

void XlsxBook::segmentsSheet() {
    lxw_worksheet* ws = sheet(m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Segments")));
    header(ws, 0,
           {m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Segment")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Name")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Colour")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Customers")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Share")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "What sets them apart")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Risk indicators")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Recommended action"))});
    worksheet_set_column(ws, 1, 1, 26, nullptr);
    worksheet_set_column(ws, 5, 7, 60, format(Style::Wrap));
    int row = 1;
    for (const core::SegmentPage& page : m_c.pages) {
        const core::ReportSegment& seg = page.segment;
        number(ws, row, 0, seg.segment + 1);
        text(ws, row, 1, segmentName(seg.segment));
        check(worksheet_write_string(ws, lxw_row_t(row), 2, seg.color.c_str(),
                                     fill(QColor(str(seg.color)))));
        number(ws, row, 3, double(seg.size), Style::Integer);
        number(ws, row, 4, seg.share, Style::Percent);
        QStringList traits;
        for (const auto& t : page.traits) {
            traits << words::trait(m_t, t);
        }
        QStringList risks;
        for (const auto& r : page.risks) {
            risks << words::risk(m_t, r);
        }
        text(ws, row, 5, traits.join(QLatin1Char('\n')), Style::Wrap);
        text(ws, row, 6, risks.join(QLatin1Char('\n')), Style::Wrap);
        text(ws, row++, 7, str(page.action), Style::Wrap);
    }
}

void XlsxBook::profilesSheet() {
    lxw_worksheet* ws = sheet(m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Profiles")));
    QStringList labels{m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Column")),
                       m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Category")),
                       m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Measure")),
                       m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Segmented on")),
                       m_t.t(QT_TRANSLATE_NOOP("gugus::report", "All customers"))};
    for (const core::ReportSegment& seg : m_c.segments) {
        labels << QStringLiteral("%1 · %2").arg(seg.segment + 1).arg(segmentName(seg.segment));
    }
    header(ws, 0, labels);
    worksheet_set_column(ws, 0, 1, 22, nullptr);
    worksheet_set_column(ws, 5, lxw_col_t(4 + m_c.segments.size()), 14, nullptr);
    const int k = int(m_c.segments.size());
    int row = 1;
    for (const core::ProfileRow& p : m_c.profiles.rows) {
        const bool share = p.type != core::ColumnType::Numeric;
        text(ws, row, 0, m_t.column(p.column));
        text(ws, row, 1, str(p.category));
        text(ws, row, 2,
             p.type == core::ColumnType::Numeric ? m_t.t(QT_TRANSLATE_NOOP("gugus::report", "mean"))
             : p.type == core::ColumnType::Binary
                 ? m_t.t(QT_TRANSLATE_NOOP("gugus::report", "ownership rate"))
                 : m_t.t(QT_TRANSLATE_NOOP("gugus::report", "share")));
        text(ws, row, 3, words::yesNo(m_t, p.feature));
        // A row is one measure in one unit: its means share their decimals.
        std::vector<double> means = p.values;
        means.push_back(p.overall);
        const NumberColumn decimals(means);
        const auto put = [&](int col, double value) {
            if (share) {
                number(ws, row, col, value, Style::Percent);
            } else {
                number(ws, row, col, value, decimals);
            }
        };
        put(4, p.overall);
        for (int s = 0; s < k && s < int(p.values.size()); ++s) {
            put(5 + s, p.values[std::size_t(s)]);
        }
        if (k > 1) {
            // Colour each row on its own (columns have different units): blue lowest, white
            // middle, red highest, as the heatmap.
            lxw_conditional_format scale{};
            scale.type = LXW_CONDITIONAL_3_COLOR_SCALE;
            scale.min_color = 0x2166AC;
            scale.mid_color = 0xF7F7F7;
            scale.max_color = 0xB2182B;
            check(worksheet_conditional_format_range(ws, lxw_row_t(row), 5, lxw_row_t(row),
                                                     lxw_col_t(4 + k), &scale));
        }
        ++row;
    }
}

void XlsxBook::productsSheet() {
    lxw_worksheet* ws = sheet(m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Products")));
    header(ws, 0,
           {m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Segment")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Name")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Product")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Customers")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Owners")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Not yet owning")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Ownership")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Ownership, all customers")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Lift"))});
    worksheet_set_column(ws, 1, 2, 24, nullptr);
    int row = 1;
    for (const core::ReportOffer& o : m_c.products) {
        number(ws, row, 0, o.segment + 1);
        text(ws, row, 1, segmentName(o.segment));
        text(ws, row, 2, m_t.column(o.offer.product));
        number(ws, row, 3, double(o.offer.members), Style::Integer);
        number(ws, row, 4, double(o.offer.owners), Style::Integer);
        number(ws, row, 5, double(o.offer.gap), Style::Integer);
        number(ws, row, 6, o.offer.rate, Style::Percent);
        number(ws, row, 7, o.offer.overallRate, Style::Percent);
        number(ws, row++, 8, o.offer.lift, Style::Decimal);
    }
}

void XlsxBook::offersSheet() {
    lxw_worksheet* ws = sheet(m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Offers")));
    header(ws, 0,
           {m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Segment")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Name")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Rank")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Product")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Ownership")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Lift")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Not yet owning"))});
    worksheet_set_column(ws, 1, 1, 24, nullptr);
    worksheet_set_column(ws, 3, 3, 24, nullptr);
    int row = 1;
    for (const core::SegmentPage& page : m_c.pages) {
        int rank = 0;
        for (const core::ProductOffer& o : page.offers) {
            number(ws, row, 0, page.segment.segment + 1);
            text(ws, row, 1, segmentName(page.segment.segment));
            number(ws, row, 2, ++rank);
            text(ws, row, 3, m_t.column(o.product));
            number(ws, row, 4, o.rate, Style::Percent);
            number(ws, row, 5, o.lift, Style::Decimal);
            number(ws, row++, 6, double(o.gap), Style::Integer);
        }
    }
}

void XlsxBook::metricsSheet() {
    lxw_worksheet* ws = sheet(m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Metrics by k")));
    header(ws, 0,
           {QStringLiteral("k"), m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Inertia")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Silhouette")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Calinski–Harabasz")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Davies–Bouldin")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Chosen"))});
    worksheet_set_column(ws, 1, 4, 16, nullptr);
    const auto& sweep = m_c.charts.sweep;
    if (!sweep) {
        // No sweep: the run's own k and metrics, and why there is no curve.
        const core::ClusterScores& s = m_c.method.scores;
        number(ws, 1, 0, m_c.summary.k);
        number(ws, 1, 1, s.inertia);
        number(ws, 1, 2, s.defined ? s.silhouette : std::nan(""), Style::Decimal);
        number(ws, 1, 3, s.defined ? s.calinskiHarabasz : std::nan(""));
        number(ws, 1, 4, s.defined ? s.daviesBouldin : std::nan(""), Style::Decimal);
        text(ws, 1, 5, m_t.t(QT_TRANSLATE_NOOP("gugus::report", "chosen")));
        text(ws, 3, 0,
             m_t.t(QT_TRANSLATE_NOOP("gugus::report",
                                     "No sweep over k was run, so there is no curve to show.")));
        return;
    }
    const auto n = int(sweep->k.size());
    // One number format per column, from its values, as the PDF's table.
    const NumberColumn inertia(sweep->inertia, 4);
    const NumberColumn silhouette(sweep->silhouette);
    const NumberColumn calinski(sweep->calinskiHarabasz, 4);
    const NumberColumn davies(sweep->daviesBouldin);
    for (int i = 0; i < n; ++i) {
        const auto at = std::size_t(i);
        number(ws, i + 1, 0, sweep->k[at]);
        number(ws, i + 1, 1, sweep->inertia[at], inertia);
        number(ws, i + 1, 2, sweep->silhouette[at], silhouette);
        number(ws, i + 1, 3, sweep->calinskiHarabasz[at], calinski);
        number(ws, i + 1, 4, sweep->daviesBouldin[at], davies);
        if (sweep->k[at] == sweep->chosenK) {
            text(ws, i + 1, 5, m_t.t(QT_TRANSLATE_NOOP("gugus::report", "chosen")));
        }
    }
    // Native Excel charts over the cells above: the elbow, then the silhouette by k.
    const QByteArray name =
        m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Metrics by k")).left(31).toUtf8();
    const auto addChart = [&](int column, const QString& title, lxw_row_t at) {
        lxw_chart* chart = workbook_add_chart(m_book, LXW_CHART_LINE);
        lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, name.constData(), 1, 0, lxw_row_t(n), 0);
        chart_series_set_values(series, name.constData(), 1, lxw_col_t(column), lxw_row_t(n),
                                lxw_col_t(column));
        chart_series_set_marker_type(series, LXW_CHART_MARKER_CIRCLE);
        const QByteArray t = title.toUtf8();
        chart_title_set_name(chart, t.constData());
        const QByteArray kAxis =
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Number of segments (k)")).toUtf8();
        chart_axis_set_name(chart->x_axis, kAxis.constData());
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
        check(worksheet_insert_chart(ws, at, 7, chart));
    };
    addChart(1, m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Elbow: within-segment spread by k")), 1);
    addChart(2, m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Mean silhouette by k")), 17);
}

void XlsxBook::methodSheet() {
    lxw_worksheet* ws = sheet(m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Method")));
    const core::ReportMethod& m = m_c.method;
    header(ws, 0,
           {m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Setting")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Value"))});
    worksheet_set_column(ws, 0, 0, 36, nullptr);
    worksheet_set_column(ws, 1, 1, 30, nullptr);
    int row = 1;
    const auto put = [&](const char* label, double value, Style style = Style::Plain) {
        text(ws, row, 0, m_t.t(label));
        number(ws, row++, 1, value, style);
    };
    const auto say = [&](const QString& label, const QString& value) {
        text(ws, row, 0, label);
        text(ws, row++, 1, value);
    };
    say(m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Data fingerprint")), str(m.fingerprint));
    put(QT_TRANSLATE_NOOP("gugus::report", "Rows in the data"), double(m.tableRows),
        Style::Integer);
    put(QT_TRANSLATE_NOOP("gugus::report", "Rows segmented"), double(m.rowsUsed), Style::Integer);
    put(QT_TRANSLATE_NOOP("gugus::report", "Rows dropped for missing values"),
        double(m.rowsDropped), Style::Integer);
    if (!m.filters.empty()) {
        say(m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Row filters")),
            words::joinedFilters(m.filters));
        put(QT_TRANSLATE_NOOP("gugus::report", "Rows left out by the filters"),
            double(m.rowsFiltered), Style::Integer);
    }
    if (!m.outlierRules.empty()) {
        say(m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Outlier rules")),
            words::outlierRules(m_t, m.outlierRules));
        put(QT_TRANSLATE_NOOP("gugus::report", "Rows dropped as outliers"), double(m.rowsOutliers),
            Style::Integer);
    }
    put(QT_TRANSLATE_NOOP("gugus::report", "Prepared features"), double(m.features),
        Style::Integer);
    say(m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Algorithm")), words::algorithm(m_t, m.algorithm));
    for (const core::MethodOption& o : m.options) {
        text(ws, row, 0, words::optionLabel(m_t, o.key));
        if (o.text.empty()) {
            number(ws, row++, 1, o.number);
        } else {
            text(ws, row++, 1, words::optionValue(m_t, o));
        }
    }
    for (const auto& [label, value] : words::reductionRows(m_t, m.reduction)) {
        say(label, value);
    }
    say(m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Random seed")), QString::number(m.seed));
    put(QT_TRANSLATE_NOOP("gugus::report", "Inertia"), m.scores.inertia);
    const double nan = std::nan("");
    put(QT_TRANSLATE_NOOP("gugus::report", "Silhouette"),
        m.scores.defined ? m.scores.silhouette : nan);
    say(m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Silhouette computed on")),
        m.scores.silhouetteSampled
            ? m_t.t(QT_TRANSLATE_NOOP("gugus::report", "a random sample"))
            : m_t.t(QT_TRANSLATE_NOOP("gugus::report", "all customers (exact)")));
    put(QT_TRANSLATE_NOOP("gugus::report", "Silhouette sample size"),
        double(m.scores.silhouetteSampleSize), Style::Integer);
    put(QT_TRANSLATE_NOOP("gugus::report", "Calinski–Harabasz"),
        m.scores.defined ? m.scores.calinskiHarabasz : nan);
    put(QT_TRANSLATE_NOOP("gugus::report", "Davies–Bouldin"),
        m.scores.defined ? m.scores.daviesBouldin : nan);
    put(QT_TRANSLATE_NOOP("gugus::report", "Atypical rows left out of the metrics"),
        double(m.noise), Style::Integer);
    put(QT_TRANSLATE_NOOP("gugus::report", "Run time (seconds)"), m.seconds);
    say(m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Gugus version")), str(m.version));
    ++row;
    header(ws, row++,
           {m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Column")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Type")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Use")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Group")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Missing values")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Encoding")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Transform")),
            m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Scaling"))});
    worksheet_freeze_panes(ws, 1, 0); // the settings' header, not the recipe's
    for (const core::MethodColumn& col : m.columns) {
        const core::ColumnSpec& spec = col.spec;
        const bool prepared = spec.role == core::Role::Feature;
        const bool categorical = col.type == core::ColumnType::Categorical;
        text(ws, row, 0, str(spec.name));
        text(ws, row, 1, words::columnType(m_t, col.type));
        text(ws, row, 2, words::role(m_t, spec.role));
        text(ws, row, 3, words::group(m_t, spec.group));
        if (prepared) {
            text(ws, row, 4, words::imputation(m_t, spec.imputation));
            text(ws, row, categorical ? 5 : 6,
                 categorical ? words::encoding(m_t, spec.encoding)
                             : words::transform(m_t, spec.transform));
            text(ws, row, 7, words::scaling(m_t, spec.scaling));
        }
        ++row;
    }
}

} // namespace gugus::report::detail
