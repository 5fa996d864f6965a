#include "profile/offers.h"

#include "data/csv_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gugus::core {

namespace {

std::int64_t columnIndex(const ProfileResult& profile, const std::string& name) {
    const auto it = std::find(profile.columns.begin(), profile.columns.end(), name);
    return it == profile.columns.end() ? -1 : std::int64_t(it - profile.columns.begin());
}

std::string percent(double share) {
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", 100.0 * share);
    return text;
}

} // namespace

std::vector<std::string> productColumns(const ProfileResult& profile) {
    std::vector<std::string> grouped;
    std::vector<std::string> binary;
    for (const ColumnProfile& c : profile.overall) {
        if (c.type != ColumnType::Binary) {
            continue;
        }
        binary.push_back(c.column);
        if (c.group == "Products") {
            grouped.push_back(c.column);
        }
    }
    return grouped.empty() ? binary : grouped;
}

std::vector<SegmentOffers> rankOffers(const ProfileResult& profile,
                                      const std::vector<std::string>& products, double minSupport) {
    std::vector<SegmentOffers> out;
    for (const SegmentProfile& seg : profile.segments) {
        if (seg.segment < 0) {
            continue;
        }
        SegmentOffers offers;
        offers.segment = seg.segment;
        offers.size = seg.size;
        for (const std::string& product : products) {
            const std::int64_t c = columnIndex(profile, product);
            if (c < 0) {
                continue;
            }
            const ColumnProfile& p = seg.columns[std::size_t(c)];
            if (p.count == 0 || p.rate < minSupport) {
                continue;
            }
            offers.products.push_back(
                {product, p.count, p.owners, p.count - p.owners, p.rate, p.overallRate, p.lift});
        }
        std::stable_sort(offers.products.begin(), offers.products.end(),
                         [](const ProductOffer& a, const ProductOffer& b) {
                             const double la = std::isnan(a.lift) ? 0.0 : a.lift;
                             const double lb = std::isnan(b.lift) ? 0.0 : b.lift;
                             return la != lb ? la > lb : a.gap > b.gap;
                         });
        out.push_back(std::move(offers));
    }
    return out;
}

std::vector<CrossSell> crossSell(const Table& table, const Labels& tableLabels,
                                 const ProfileResult& profile,
                                 const std::vector<std::string>& products, double threshold) {
    // Per segment, the products at or above the threshold, most owned first.
    const auto offers = rankOffers(profile, products, threshold);
    std::vector<std::vector<ProductOffer>> bySegment;
    for (const SegmentOffers& s : offers) {
        if (std::size_t(s.segment) >= bySegment.size()) {
            bySegment.resize(std::size_t(s.segment) + 1);
        }
        auto list = s.products;
        std::stable_sort(
            list.begin(), list.end(),
            [](const ProductOffer& a, const ProductOffer& b) { return a.rate > b.rate; });
        bySegment[std::size_t(s.segment)] = std::move(list);
    }
    std::vector<CrossSell> out;
    for (std::int64_t r = 0; r < table.rowCount(); ++r) {
        const int s = tableLabels[std::size_t(r)];
        if (s < 0 || std::size_t(s) >= bySegment.size()) {
            continue;
        }
        CrossSell row;
        row.row = r;
        row.segment = s;
        for (const ProductOffer& p : bySegment[std::size_t(s)]) {
            const double owned = table.column(p.product).values()[std::size_t(r)];
            if (owned == 0.0) {
                row.products.push_back(p.product);
                row.rates.push_back(p.rate);
                row.lifts.push_back(p.lift);
            }
        }
        if (!row.products.empty()) {
            out.push_back(std::move(row));
        }
    }
    return out;
}

void writeCampaignCsv(const std::string& path, const Table& table, const std::string& idColumn,
                      const std::vector<std::string>& segmentNames,
                      const std::vector<CrossSell>& offers, Progress& progress,
                      const ReasonText& reasonText) {
    const ReasonText english = [](const std::string& product, double rate, double lift) {
        char text[64];
        std::snprintf(text, sizeof text, "%.1fx", lift);
        return product + ": owned by " + percent(rate) + " of the segment, " + text +
               " the average";
    };
    const ReasonText& words = reasonText ? reasonText : english;
    const std::size_t n = offers.size();
    std::vector<std::string> id(n), segment(n), name(n), recommended(n), reason(n);
    const Column* ids = idColumn.empty() ? nullptr : &table.column(idColumn);
    for (std::size_t i = 0; i < n; ++i) {
        const CrossSell& o = offers[i];
        id[i] = ids ? ids->toText(o.row) : std::to_string(o.row + 1);
        segment[i] = std::to_string(o.segment);
        name[i] = std::size_t(o.segment) < segmentNames.size()
                      ? segmentNames[std::size_t(o.segment)]
                      : std::string();
        for (std::size_t p = 0; p < o.products.size(); ++p) {
            recommended[i] += (p ? "; " : "") + o.products[p];
            reason[i] += (p ? "; " : "") + words(o.products[p], o.rates[p], o.lifts[p]);
        }
    }
    Table out;
    out.addColumn(Column::id("customer_id", std::move(id)));
    out.addColumn(Column::id("segment", std::move(segment)));
    out.addColumn(Column::id("segment_name", std::move(name)));
    out.addColumn(Column::id("recommended_products", std::move(recommended)));
    out.addColumn(Column::id("reason", std::move(reason)));
    writeCsvFile(path, out, {}, CsvWriteOptions{}, progress);
}

} // namespace gugus::core
