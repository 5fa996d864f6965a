#pragma once

#include "common/progress.h"
#include "data/table.h"
#include "profile/segment_profile.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace gugus::core {

/// One product (a 0/1 ownership column) in one segment.
struct ProductOffer {
    std::string product;
    std::int64_t members = 0; ///< segment rows with a known value for the product
    std::int64_t owners = 0;  ///< of them, owners
    std::int64_t gap = 0;     ///< members - owners: customers of the segment to offer it to
    double rate = 0.0;        ///< owners / members
    double overallRate = 0.0;
    double lift = 0.0; ///< rate / overallRate
};

struct SegmentOffers {
    int segment = 0; ///< 0..k-1 (noise is not offered to)
    std::int64_t size = 0;
    /// Products owned by at least the minimum support of the segment, highest lift first (ties:
    /// the larger gap first).
    std::vector<ProductOffer> products;
};

/// The product columns of a profile: its binary columns in the group "Products" when there are
/// any, otherwise all its binary columns.
std::vector<std::string> productColumns(const ProfileResult& profile);

/// Per segment, the products whose ownership rate is at least `minSupport`, ranked by lift.
std::vector<SegmentOffers> rankOffers(const ProfileResult& profile,
                                      const std::vector<std::string>& products, double minSupport);

/// A cross-sell suggestion for one customer.
struct CrossSell {
    std::int64_t row = 0; ///< table row
    int segment = 0;
    std::vector<std::string>
        products;              ///< not owned by the customer, most owned in the segment first
    std::vector<double> rates; ///< the segment's ownership rate of each
    std::vector<double> lifts;
};

/// For each customer in a segment (label >= 0): the products owned by at least `threshold` of
/// their segment that they do not own (value 0). Customers with nothing to offer are left out.
std::vector<CrossSell> crossSell(const Table& table, const Labels& tableLabels,
                                 const ProfileResult& profile,
                                 const std::vector<std::string>& products, double threshold);

/// Writes the campaign list atomically as CSV: customer_id (the `idColumn` value, or the 1-based
/// row number when it is empty), segment, segment_name, recommended_products ("A; B"), reason
/// (e.g. "A: owned by 82% of the segment, 2.1x the average"). Formula-like text is neutralised.
/// `reasonText(product, rate, lift)` words one reason (the UI passes a translated one).
using ReasonText = std::function<std::string(const std::string&, double, double)>;
void writeCampaignCsv(const std::string& path, const Table& table, const std::string& idColumn,
                      const std::vector<std::string>& segmentNames,
                      const std::vector<CrossSell>& offers, Progress& progress,
                      const ReasonText& reasonText = {});

} // namespace gugus::core
