#include "model/offers_json.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::core::detail {

using nlohmann::json;

json offersToJson(const ModelOffers& offers) {
    json segments = json::array();
    for (const SegmentOffers& s : offers.segments) {
        json products = json::array();
        for (const ProductOffer& p : s.products) {
            products.push_back(json{{"product", p.product},
                                    {"members", p.members},
                                    {"owners", p.owners},
                                    {"rate", p.rate},
                                    {"overall_rate", p.overallRate},
                                    {"lift", std::isfinite(p.lift) ? json(p.lift) : json()}});
        }
        segments.push_back(std::move(products));
    }
    return json{{"products", offers.products}, {"segments", std::move(segments)}};
}

namespace {

ProductOffer productFromJson(const json_fields::Reader& p,
                             const std::vector<std::string>& products) {
    ProductOffer o;
    o.product = p.text("product");
    if (std::find(products.begin(), products.end(), o.product) == products.end()) {
        p.fail("product", "must be one of the offers' products");
    }
    o.members = p.integer("members", 0, INT64_MAX);
    o.owners = p.integer("owners", 0, o.members);
    o.gap = o.members - o.owners;
    o.rate = p.number("rate", 0.0, 1.0);
    if (o.members > 0 && std::abs(o.rate - double(o.owners) / double(o.members)) > 1e-9) {
        p.fail("rate", "must equal owners / members");
    }
    o.overallRate = p.number("overall_rate", 0.0, 1.0);
    o.lift =
        p.at("lift").is_null() ? std::numeric_limits<double>::quiet_NaN() : p.number("lift", 0.0);
    return o;
}

} // namespace

ModelOffers offersFromJson(const json_fields::Reader& r, int k) {
    using json_fields::Reader;
    ModelOffers offers;
    offers.products = r.distinctTexts("products");
    const json& segments = r.array("segments");
    if (std::int64_t(segments.size()) != k) {
        r.fail("segments", "must have k = " + std::to_string(k) + " lists");
    }
    for (std::size_t s = 0; s < segments.size(); ++s) {
        const std::string field = Reader::indexed("segments", s);
        if (!segments[s].is_array()) {
            r.fail(field, "must be a list");
        }
        SegmentOffers seg;
        seg.segment = int(s);
        for (std::size_t i = 0; i < segments[s].size(); ++i) {
            const Reader p(segments[s][i], ErrorCode::InvalidModel,
                           r.pathOf(Reader::indexed(field, i)));
            ProductOffer o = productFromJson(p, offers.products);
            for (const ProductOffer& before : seg.products) {
                if (before.product == o.product) {
                    p.fail("product", "repeats \"" + o.product + "\"");
                }
            }
            seg.products.push_back(std::move(o));
        }
        offers.segments.push_back(std::move(seg));
    }
    return offers;
}

} // namespace gugus::core::detail
