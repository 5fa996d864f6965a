#include "report/report_parts.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::core::detail {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The largest |standardized difference| of a row: ties in association rank by it.
double within(const ProfileRow& row) {
    double m = 0.0;
    for (const double v : row.stdDiff) {
        if (std::isfinite(v)) {
            m = std::max(m, std::abs(v));
        }
    }
    return m;
}

} // namespace

ReportProfiles reportProfiles(const SegmentationResult& result, int heatmapColumns) {
    const ProfileResult& profile = result.profile;
    std::vector<const SegmentProfile*> segments;
    for (const SegmentProfile& s : profile.segments) {
        if (s.segment >= 0) {
            segments.push_back(&s);
        }
    }
    const auto features = result.recipe.recipe().featureColumns();
    ReportProfiles out;
    for (std::size_t c = 0; c < profile.columns.size(); ++c) {
        const ColumnProfile& overall = profile.overall[c];
        if (overall.type == ColumnType::Id) {
            continue;
        }
        ProfileRow base;
        base.column = profile.columns[c];
        base.type = overall.type;
        base.feature = std::find(features.begin(), features.end(), base.column) != features.end();
        base.association = c < profile.separation.size() ? profile.separation[c].association : 0.0;
        if (overall.type == ColumnType::Categorical) {
            for (std::size_t cat = 0; cat < overall.categories.size(); ++cat) {
                ProfileRow row = base;
                row.category = overall.categories[cat].category;
                row.overall = overall.categories[cat].share;
                for (const SegmentProfile* s : segments) {
                    const ColumnProfile& col = s->columns[c];
                    const bool known = col.count > 0 && cat < col.categories.size();
                    row.values.push_back(known ? col.categories[cat].share : kNaN);
                    row.stdDiff.push_back(known ? col.categories[cat].stdDiff : kNaN);
                }
                out.rows.push_back(std::move(row));
            }
            continue;
        }
        const bool binary = overall.type == ColumnType::Binary;
        ProfileRow row = base;
        row.overall = binary ? overall.rate : overall.mean;
        for (const SegmentProfile* s : segments) {
            const ColumnProfile& col = s->columns[c];
            const bool known = col.count > 0;
            row.values.push_back(known ? (binary ? col.rate : col.mean) : kNaN);
            row.stdDiff.push_back(known ? col.stdDiff : kNaN);
        }
        out.rows.push_back(std::move(row));
    }
    // The GUI's heatmap order: the whole column's association first, then the row's own largest
    // difference (so the categories of one column sort among themselves).
    std::stable_sort(out.rows.begin(), out.rows.end(),
                     [](const ProfileRow& a, const ProfileRow& b) {
                         return a.association != b.association ? a.association > b.association
                                                               : within(a) > within(b);
                     });
    out.heatmapRows =
        int(std::min<std::size_t>(out.rows.size(), std::size_t(std::max(0, heatmapColumns))));
    return out;
}

} // namespace gugus::core::detail
