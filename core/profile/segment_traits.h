#pragma once

#include "profile/segment_profile.h"

#include <string>
#include <vector>

namespace gugus::core {

enum class TraitKind {
    High,     ///< numeric column: segment mean above the overall mean
    Low,      ///< numeric column: below
    Category, ///< a category over-represented in the segment
    Owns,     ///< a 0/1 product owned more often than overall
    Lacks,    ///< owned less often
};

/// One distinctive characteristic of a segment, as data: front ends word it (translated).
struct SegmentTrait {
    TraitKind kind = TraitKind::High;
    std::string column;
    std::string category; ///< Category only
    double value = 0.0;   ///< segment mean (numeric) or share / ownership rate
    double overall = 0.0; ///< the same over all profiled customers
    double weight = 0.0;  ///< |standardized difference|, the ranking key
};

/// The segment's most distinctive traits, strongest first: numeric and 0/1 columns by
/// |standardized difference of the mean|, categories by the standardized difference of their
/// share (over-represented ones only). At most `max`, and only those with weight >= minWeight.
/// `segment` is one of profile.segments.
std::vector<SegmentTrait> distinctiveTraits(const ProfileResult& profile,
                                            const SegmentProfile& segment, int max = 5,
                                            double minWeight = 0.2);

/// Risk columns of a profile, found by name (debt-to-income, default, arrears, overdue,
/// delinquency, NPL...): numeric or 0/1 columns the cards show per segment when present.
std::vector<std::string> riskColumns(const ProfileResult& profile);

} // namespace gugus::core
