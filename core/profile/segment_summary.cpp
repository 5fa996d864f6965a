#include "profile/segment_summary.h"

#include <algorithm>
#include <cmath>

namespace gugus::core {

std::vector<ProductOffer> offersByReach(const SegmentOffers& offers, int max, double minLift) {
    std::vector<ProductOffer> out;
    for (const ProductOffer& p : offers.products) {
        // NaN lift (nobody owns it overall) fails the comparison and is left out.
        if (p.gap > 0 && p.lift >= minLift) {
            out.push_back(p);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ProductOffer& a, const ProductOffer& b) {
        const double ra = double(a.gap) * a.lift;
        const double rb = double(b.gap) * b.lift;
        return ra != rb ? ra > rb : a.gap > b.gap;
    });
    if (int(out.size()) > max) {
        out.resize(std::size_t(std::max(0, max)));
    }
    return out;
}

std::optional<DominantCategory> dominantCategory(const ProfileResult& profile,
                                                 const SegmentProfile& segment) {
    std::optional<DominantCategory> best;
    double bestDiff = -1.0;
    for (std::size_t c = 0; c < segment.columns.size() && c < profile.overall.size(); ++c) {
        const ColumnProfile& col = segment.columns[c];
        if (col.type != ColumnType::Categorical || col.count == 0 || col.categories.empty()) {
            continue;
        }
        double diff = 0.0;
        const CategoryStat* top = &col.categories.front();
        for (const CategoryStat& cat : col.categories) {
            if (std::isfinite(cat.stdDiff)) {
                diff = std::max(diff, std::abs(cat.stdDiff));
            }
            if (cat.share > top->share) {
                top = &cat;
            }
        }
        if (diff > bestDiff) {
            bestDiff = diff;
            best = DominantCategory{col.column, top->category, top->share, top->overallShare};
        }
    }
    return best;
}

} // namespace gugus::core
