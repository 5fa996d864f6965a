#pragma once

#include "profile/offers.h"
#include "profile/segment_profile.h"

#include <optional>
#include <string>
#include <vector>

namespace gugus::core {

/// Below this lift a product is owned about as often in the segment as by all customers: not a
/// clear offer for it.
inline constexpr double kClearOfferLift = 1.1;

/// The offers worth making to one segment, best first: products that some members do not own yet
/// (gap > 0: never a product everyone in the segment already owns) with a lift of at least
/// `minLift`, ranked by reachable customers × lift (gap × lift; ties: the larger gap, then the
/// earlier product). At most `max`. Empty means "no clear offer".
std::vector<ProductOffer> offersByReach(const SegmentOffers& offers, int max = 3,
                                        double minLift = kClearOfferLift);

/// The most common category of a segment in its most distinctive categorical column.
struct DominantCategory {
    std::string column;
    std::string category;
    double share = 0.0;        ///< of the segment's rows with a value in the column
    double overallShare = 0.0; ///< the same over all profiled rows
};

/// The segment's most distinctive categorical column is the one where some category's share
/// differs most from all customers (largest |standardized difference|; ties: the earlier
/// column); returns its most common category in the segment (ties: dictionary order). Nothing
/// when the profile has no categorical column with values in the segment. `segment` is one of
/// profile.segments.
std::optional<DominantCategory> dominantCategory(const ProfileResult& profile,
                                                 const SegmentProfile& segment);

} // namespace gugus::core
