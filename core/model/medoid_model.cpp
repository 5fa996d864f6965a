#include "model/medoid_model.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::core::detail {

namespace {

using nlohmann::json;

/// A Gower value as the file holds it: the category text for categorical columns (the codes are
/// positions in the recipe's categories, which a reader should not have to count), the number
/// otherwise, null when missing.
json valueToJson(const FittedColumn& fc, double v) {
    if (std::isnan(v)) {
        return nullptr;
    }
    if (fc.type == ColumnType::Categorical) {
        return fc.categories.at(std::size_t(v));
    }
    return v;
}

double valueFromJson(const json_fields::Reader& r, const std::string& field, const FittedColumn& fc,
                     const json& v) {
    if (v.is_null()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (fc.type == ColumnType::Categorical) {
        if (!v.is_string()) {
            r.fail(field, "must be a category of " + fc.spec.name + " or null");
        }
        const auto it = std::find(fc.categories.begin(), fc.categories.end(), v.get<std::string>());
        if (it == fc.categories.end()) {
            r.fail(field, "is not a category of " + fc.spec.name);
        }
        return double(it - fc.categories.begin());
    }
    if (!v.is_number() || !std::isfinite(v.get<double>())) {
        r.fail(field, "must be a finite number or null");
    }
    return v.get<double>();
}

void gowerFromJson(const json_fields::Reader& g, SegmentModel& m) {
    using json_fields::Reader;
    const auto& fitted = m.recipe.columns();
    const json& columns = g.array("columns");
    if (columns.size() != fitted.size()) {
        g.fail("columns",
               "must have one entry per recipe feature (" + std::to_string(fitted.size()) + ")");
    }
    GowerRows rows;
    double weights = 0.0;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const Reader c(columns[i], ErrorCode::InvalidModel,
                       g.pathOf(Reader::indexed("columns", i)));
        GowerColumn col;
        col.name = c.text("name");
        if (col.name != fitted[i].spec.name) {
            c.fail("name", "must be \"" + fitted[i].spec.name + "\" (the recipe's feature here)");
        }
        col.categorical = c.flag("categorical");
        const bool nominal = fitted[i].type == ColumnType::Categorical &&
                             fitted[i].spec.encoding == Encoding::OneHot;
        if (col.categorical != nominal) {
            c.fail("categorical", "disagrees with the recipe's column type and encoding");
        }
        col.range = c.number("range", 0.0);
        col.weight = c.number("weight", 0.0);
        weights += col.weight;
        rows.columns.push_back(std::move(col));
    }
    if (!(weights > 0.0)) {
        g.fail("columns", "must give some column a weight > 0");
    }
    const json& medoids = g.array("medoids");
    if (std::int64_t(medoids.size()) != m.k) {
        g.fail("medoids", "must have k = " + std::to_string(m.k) + " rows");
    }
    rows.values.resize(m.k, std::int64_t(fitted.size()));
    for (std::size_t s = 0; s < medoids.size(); ++s) {
        const std::string row = Reader::indexed("medoids", s);
        if (!medoids[s].is_array() || medoids[s].size() != fitted.size()) {
            g.fail(row, "must be a list of " + std::to_string(fitted.size()) + " values");
        }
        for (std::size_t f = 0; f < fitted.size(); ++f) {
            rows.values(std::int64_t(s), std::int64_t(f)) =
                valueFromJson(g, Reader::indexed(row, f), fitted[f], medoids[s][f]);
        }
    }
    m.gower = std::move(rows);
}

} // namespace

void medoidsFromSegmentation(SegmentModel& m, const SegmentationResult& result) {
    m.metric = result.metric;
    m.medoidRows = medoidTableRows(result);
    const auto& medoids = result.kmedoids.medoids;
    m.centres.resize(std::int64_t(medoids.size()), result.data.x.cols());
    for (std::size_t s = 0; s < medoids.size(); ++s) {
        m.centres.row(std::int64_t(s)) = result.data.x.row(medoids[s]);
    }
    if (result.metric == Dissimilarity::Gower && result.gower) {
        GowerRows g;
        g.columns = result.gower->columns;
        g.values.resize(std::int64_t(medoids.size()), result.gower->values.cols());
        for (std::size_t s = 0; s < medoids.size(); ++s) {
            g.values.row(std::int64_t(s)) = result.gower->values.row(medoids[s]);
        }
        m.gower = std::move(g);
    }
}

nlohmann::json medoidsToJson(const SegmentModel& m) {
    json j{{"metric", dissimilarityKey(m.metric)}, {"medoid_rows", m.medoidRows}};
    if (m.gower) {
        json columns = json::array();
        for (const auto& c : m.gower->columns) {
            columns.push_back(json{{"name", c.name},
                                   {"categorical", c.categorical},
                                   {"range", c.range},
                                   {"weight", c.weight}});
        }
        json medoids = json::array();
        for (std::int64_t s = 0; s < m.gower->values.rows(); ++s) {
            json row = json::array();
            for (std::int64_t f = 0; f < m.gower->values.cols(); ++f) {
                row.push_back(
                    valueToJson(m.recipe.columns()[std::size_t(f)], m.gower->values(s, f)));
            }
            medoids.push_back(std::move(row));
        }
        j["gower"] = json{{"columns", columns}, {"medoids", medoids}};
    }
    return j;
}

void medoidsFromJson(const json_fields::Reader& r, SegmentModel& m) {
    m.metric = r.key("metric", dissimilarityFromKey);
    m.medoidRows = r.integers("medoid_rows", 0, INT64_MAX);
    if (std::int64_t(m.medoidRows.size()) != m.k) {
        r.fail("medoid_rows", "must have k = " + std::to_string(m.k) + " rows");
    }
    if (m.metric == Dissimilarity::Gower) {
        gowerFromJson(r.object("gower"), m);
    } else if (r.has("gower")) {
        r.fail("gower", "belongs to the Gower distance only");
    }
}

} // namespace gugus::core::detail
