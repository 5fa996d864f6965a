#pragma once

#include "profile/segment_profile.h"

#include <string>
#include <vector>

namespace gugus::core {

enum class SegmentFlagKind {
    /// Nearly every member has one category that is not that common overall: the segment may
    /// just be that category (e.g. "Area is Jogja for 100 %"), not a type of customer.
    OneCategory,
    /// Most members lack a value of a clustered column: the segment may just be the rows whose
    /// value was imputed (e.g. every widowed customer lacks an age).
    MostlyImputed,
};

/// A reason to read a segment with care, as data: front ends word it (translated).
struct SegmentFlag {
    SegmentFlagKind kind = SegmentFlagKind::OneCategory;
    std::string column;
    std::string category; ///< OneCategory only
    double share = 0.0;   ///< members with the category / with a missing value
    double overall = 0.0; ///< the same over all profiled customers
};

/// The flags of one segment (one of profile.segments), most severe first (highest share).
/// OneCategory: a categorical Feature column where one category holds >= kOneCategoryShare of the
/// members but <= kOneCategoryOverall of all customers. MostlyImputed: a Feature column missing
/// for >= kMostlyImputedShare of the members but < kMostlyImputedShare of all customers.
std::vector<SegmentFlag> segmentFlags(const ProfileResult& profile, const SegmentProfile& segment);

inline constexpr double kOneCategoryShare = 0.95;
inline constexpr double kOneCategoryOverall = 0.6;
inline constexpr double kMostlyImputedShare = 0.5;

} // namespace gugus::core
