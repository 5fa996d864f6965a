#include "report/report_content.h"

#include "common/error.h"
#include "report/report_parts.h"

#include <algorithm>
#include <cmath>

namespace gugus::core {

namespace {

std::string at(const std::vector<std::string>& list, int i) {
    return i >= 0 && std::size_t(i) < list.size() ? list[std::size_t(i)] : std::string();
}

std::vector<ReportSegment> reportSegments(const SegmentationResult& result,
                                          const ReportSettings& settings) {
    std::vector<ReportSegment> out(std::size_t(std::max(0, result.k)));
    for (int s = 0; s < result.k; ++s) {
        ReportSegment& seg = out[std::size_t(s)];
        seg.segment = s;
        seg.name = at(settings.names, s);
        seg.color = at(settings.colors, s);
        if (seg.color.empty()) {
            seg.color = defaultSegmentColor(s);
        }
    }
    for (const SegmentProfile& p : result.profile.segments) {
        if (p.segment >= 0 && p.segment < result.k) {
            out[std::size_t(p.segment)].size = p.size;
            out[std::size_t(p.segment)].share = p.share;
        }
    }
    return out;
}

ReportSummary reportSummary(const SegmentationResult& result,
                            const std::vector<ReportSegment>& segments,
                            const std::vector<SegmentOffers>& offers, int topOffers) {
    ReportSummary s;
    s.k = result.k;
    s.rows = result.profile.rows;
    s.noise = result.partition.noise;
    s.silhouetteDefined = result.scores.defined && std::isfinite(result.scores.silhouette);
    s.silhouette = result.scores.silhouette;
    s.rating = silhouetteRating(s.silhouetteDefined ? s.silhouette : std::nan(""));
    s.silhouetteSampled = result.scores.silhouetteSampled;
    s.silhouetteSampleSize = result.scores.silhouetteSampleSize;
    for (const ReportSegment& seg : segments) {
        if (seg.size > segments[std::size_t(s.largest)].size) {
            s.largest = seg.segment;
        }
        if (seg.size < segments[std::size_t(s.smallest)].size) {
            s.smallest = seg.segment;
        }
    }
    for (const SegmentProfile& p : result.profile.segments) {
        if (p.segment < 0) {
            continue;
        }
        const auto best = distinctiveTraits(result.profile, p, 1, 0.0);
        if (!best.empty() && (!s.strongest || best[0].weight > s.strongest->trait.weight)) {
            s.strongest = ReportTrait{p.segment, best[0]};
        }
    }
    for (const SegmentOffers& o : offers) {
        for (const ProductOffer& p : o.products) {
            if (std::isfinite(p.lift) && p.lift > 1.0) {
                s.topOffers.push_back({o.segment, p});
            }
        }
    }
    std::stable_sort(s.topOffers.begin(), s.topOffers.end(),
                     [](const ReportOffer& a, const ReportOffer& b) {
                         return a.offer.lift != b.offer.lift ? a.offer.lift > b.offer.lift
                                                             : a.offer.gap > b.offer.gap;
                     });
    if (s.topOffers.size() > std::size_t(std::max(0, topOffers))) {
        s.topOffers.resize(std::size_t(std::max(0, topOffers)));
    }
    return s;
}

std::vector<RiskIndicator> risksOf(const ProfileResult& profile, const SegmentProfile& segment) {
    std::vector<RiskIndicator> out;
    for (const std::string& risk : riskColumns(profile)) {
        const auto it = std::find(profile.columns.begin(), profile.columns.end(), risk);
        const std::size_t c = std::size_t(it - profile.columns.begin());
        const ColumnProfile& p = segment.columns[c];
        const ColumnProfile& all = profile.overall[c];
        if (p.count == 0) {
            continue; // nothing known about it in this segment: left out, not printed as blank
        }
        const bool flag = p.type == ColumnType::Binary;
        out.push_back({risk, flag, flag ? p.rate : p.mean, flag ? all.rate : all.mean});
    }
    return out;
}

ReportMembers reportMembers(const Table& table, const SegmentationResult& result,
                            const std::string& requestedId) {
    ReportMembers m;
    m.idColumn = requestedId;
    if (m.idColumn.empty()) {
        for (const ColumnSpec& spec : result.recipe.recipe().columns) {
            if (spec.role == Role::Id && table.indexOf(spec.name)) {
                m.idColumn = spec.name;
                break;
            }
        }
    }
    m.labels = result.tableLabels;
    if (!m.idColumn.empty()) {
        const Column& ids = table.column(m.idColumn); // throws UnknownColumn
        m.ids.resize(std::size_t(table.rowCount()));
        for (std::int64_t r = 0; r < table.rowCount(); ++r) {
            m.ids[std::size_t(r)] = ids.toText(r);
        }
    }
    return m;
}

} // namespace

std::string defaultSegmentColor(int segment) {
    // Okabe-Ito plus Tableau and Tol tones: distinguishable for colour-blind readers and readable
    // on white. No grey among them: grey means "other" (past the palette) and noise.
    static const char* const kPalette[] = {"#0072b2", "#e69f00", "#009e73", "#cc79a7",
                                           "#d55e00", "#56b4e9", "#8c564b", "#332288",
                                           "#bcbd22", "#17becf", "#9467bd", "#f0e442"};
    static_assert(std::size(kPalette) == kDistinctSegmentColors);
    if (segment < 0) {
        return "#404040";
    }
    if (segment >= kDistinctSegmentColors) {
        // A 13th hue would look like one of the twelve: two "other" greys, so neighbours differ.
        return segment % 2 == 0 ? "#9a9a9a" : "#b8b8b8";
    }
    return kPalette[std::size_t(segment)];
}

ReportContent buildReportContent(const Table& table, const SegmentationOptions& options,
                                 const SegmentationResult& result, const ReportSettings& settings,
                                 Progress& progress) {
    ReportContent c;
    c.sections = settings.sections;
    c.cover.title = settings.title;
    c.cover.author = settings.author;
    c.cover.dataset = settings.dataset;
    c.cover.version = GUGUS_VERSION;
    c.cover.date = settings.date;
    c.cover.tableRows = table.rowCount();
    c.cover.tableColumns = table.columnCount();
    c.cover.rowsUsed = result.data.x.rows();
    c.cover.featureColumns = std::int64_t(result.recipe.recipe().featureColumns().size());

    c.segments = reportSegments(result, settings);
    c.noiseColor = defaultSegmentColor(kNoise);
    const ProfileResult& profile = result.profile;
    c.offerSupport = settings.offerSupport;
    c.displays = settings.displays;
    const auto products = productColumns(profile);
    const auto offers = rankOffers(profile, products, settings.offerSupport);
    c.summary = reportSummary(result, c.segments, offers, settings.topOffers);
    c.profiles = detail::reportProfiles(result, settings.heatmapColumns);
    for (const SegmentOffers& o : rankOffers(profile, products, 0.0)) {
        for (const ProductOffer& p : o.products) {
            c.products.push_back({o.segment, p});
        }
    }

    for (const SegmentProfile& p : profile.segments) {
        if (p.segment < 0 || p.segment >= result.k) {
            continue;
        }
        SegmentPage page;
        page.segment = c.segments[std::size_t(p.segment)];
        page.traits = distinctiveTraits(profile, p, settings.traitsPerSegment);
        for (const SegmentOffers& o : offers) {
            if (o.segment == p.segment) {
                page.offers = o.products;
            }
        }
        page.risks = risksOf(profile, p);
        page.action = at(settings.actions, p.segment);
        c.pages.push_back(std::move(page));
    }

    if (settings.sections.map && result.data.x.rows() >= 2 && result.data.x.cols() >= 1) {
        c.charts.map = detail::mapChart(result, settings.mapPoints, options.kmeans.seed, progress);
    }
    if (settings.sections.selection) {
        if (result.sweep && !result.sweep->points.empty()) {
            c.charts.sweep = detail::sweepChart(*result.sweep, result.k);
        }
        if (result.tree && !result.tree->merges.empty()) {
            c.charts.tree =
                detail::treeChart(result, settings.treeMerges, options.hierarchical.linkage);
        }
        if (result.algorithm == Algorithm::Dbscan &&
            result.data.x.rows() >= options.dbscan.minSamples) {
            c.charts.kdistance = detail::kDistanceChart(result, options.dbscan, progress);
        }
    }
    c.method = detail::reportMethod(table, options, result);
    if (settings.sections.members) {
        c.members = reportMembers(table, result, settings.idColumn);
    }
    return c;
}

} // namespace gugus::core
