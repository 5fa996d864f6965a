#include "profile/segment_flags.h"

#include <algorithm>

namespace gugus::core {

std::vector<SegmentFlag> segmentFlags(const ProfileResult& profile, const SegmentProfile& segment) {
    std::vector<SegmentFlag> flags;
    for (std::size_t c = 0; c < segment.columns.size() && c < profile.overall.size(); ++c) {
        const ColumnProfile& col = segment.columns[c];
        const ColumnProfile& all = profile.overall[c];
        if (col.role != Role::Feature || segment.size == 0) {
            continue; // only what the segments were built on can define them
        }
        const double missing = double(col.missing) / double(segment.size);
        const double overallMissing =
            profile.rows > 0 ? double(all.missing) / double(profile.rows) : 0.0;
        if (missing >= kMostlyImputedShare && overallMissing < kMostlyImputedShare) {
            flags.push_back({SegmentFlagKind::MostlyImputed, col.column, std::string(), missing,
                             overallMissing});
        }
        if (col.type != ColumnType::Categorical) {
            continue;
        }
        for (const CategoryStat& cat : col.categories) {
            if (col.count > 0 && cat.share >= kOneCategoryShare &&
                cat.overallShare <= kOneCategoryOverall) {
                flags.push_back({SegmentFlagKind::OneCategory, col.column, cat.category, cat.share,
                                 cat.overallShare});
            }
        }
    }
    std::stable_sort(flags.begin(), flags.end(),
                     [](const SegmentFlag& a, const SegmentFlag& b) { return a.share > b.share; });
    return flags;
}

} // namespace gugus::core
