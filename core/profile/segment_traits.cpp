#include "profile/segment_traits.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace gugus::core {

std::vector<SegmentTrait> distinctiveTraits(const ProfileResult& profile,
                                            const SegmentProfile& segment, int max,
                                            double minWeight) {
    std::vector<SegmentTrait> traits;
    for (std::size_t i = 0; i < segment.columns.size(); ++i) {
        const ColumnProfile& c = segment.columns[i];
        if (c.type == ColumnType::Categorical) {
            for (const CategoryStat& cat : c.categories) {
                if (cat.stdDiff > 0.0 && std::isfinite(cat.stdDiff)) {
                    traits.push_back({TraitKind::Category, c.column, cat.category, cat.share,
                                      cat.overallShare, cat.stdDiff});
                }
            }
        } else if (c.type == ColumnType::Binary) {
            if (std::isfinite(c.stdDiff) && c.count > 0) {
                traits.push_back({c.stdDiff >= 0 ? TraitKind::Owns : TraitKind::Lacks,
                                  c.column,
                                  {},
                                  c.rate,
                                  c.overallRate,
                                  std::abs(c.stdDiff)});
            }
        } else if (std::isfinite(c.stdDiff) && c.count > 0) {
            traits.push_back({c.stdDiff >= 0 ? TraitKind::High : TraitKind::Low,
                              c.column,
                              {},
                              c.mean,
                              profile.overall[i].mean,
                              std::abs(c.stdDiff)});
        }
    }
    std::stable_sort(
        traits.begin(), traits.end(),
        [](const SegmentTrait& a, const SegmentTrait& b) { return a.weight > b.weight; });
    traits.erase(std::remove_if(traits.begin(), traits.end(),
                                [&](const SegmentTrait& t) { return t.weight < minWeight; }),
                 traits.end());
    if (int(traits.size()) > max) {
        traits.resize(std::size_t(std::max(0, max)));
    }
    return traits;
}

std::vector<std::string> riskColumns(const ProfileResult& profile) {
    static const char* const kWords[] = {"debtincome", "debt_income", "dti",           "default",
                                         "arrears",    "overdue",     "delinq",        "npl",
                                         "macet",      "tunggakan",   "kolektibilitas"};
    std::vector<std::string> out;
    for (const ColumnProfile& c : profile.overall) {
        if (c.type == ColumnType::Categorical) {
            continue;
        }
        std::string lower;
        for (const char ch : c.column) {
            if (ch != ' ') {
                lower += char(std::tolower(static_cast<unsigned char>(ch)));
            }
        }
        for (const char* w : kWords) {
            if (lower.find(w) != std::string::npos) {
                out.push_back(c.column);
                break;
            }
        }
    }
    return out;
}

} // namespace gugus::core
