// modelSql: a saved K-Means (or hierarchical) model as one standard SQL SELECT.
#include "model/segment_model.h"

#include "common/error.h"

#include <cstdio>
#include <regex>

namespace gugus::core {

namespace {

std::string number(double v) {
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", v);
    return text;
}

std::string identifier(const std::string& name) {
    std::string out = "\"";
    for (const char c : name) {
        out += c == '"' ? "\"\"" : std::string(1, c);
    }
    return out + "\"";
}

std::string literal(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
        out += c == '\'' ? "''" : std::string(1, c);
    }
    return out + "'";
}

/// The scaled feature expressions of one fitted column, in feature order.
std::vector<std::string> featureSql(const FittedColumn& fc) {
    const std::string col = "t." + identifier(fc.spec.name);
    std::vector<std::string> out;
    const auto scaled = [&](const std::string& value, std::size_t f) {
        return "((" + value + " - " + number(fc.centre[f]) + ") / " + number(fc.scale[f]) + ")";
    };
    if (fc.type != ColumnType::Categorical) {
        std::string value =
            "COALESCE(CAST(" + col + " AS DOUBLE PRECISION), " + number(fc.fillValue) + ")";
        if (fc.spec.transform == Transform::Log1p) {
            value = "LN(1 + " + value + ")";
        }
        out.push_back(scaled(value, 0));
        return out;
    }
    const std::string text =
        "COALESCE(CAST(" + col + " AS VARCHAR(255)), " + literal(fc.fillCategory) + ")";
    if (fc.spec.encoding == Encoding::Ordinal) {
        std::string value = "CASE " + text;
        for (std::size_t c = 0; c < fc.categories.size(); ++c) {
            value += " WHEN " + literal(fc.categories[c]) + " THEN " + std::to_string(c);
        }
        value += " ELSE NULL END";
        out.push_back(scaled(value, 0));
        return out;
    }
    for (std::size_t c = 0; c < fc.categories.size(); ++c) {
        out.push_back(scaled(
            "CASE WHEN " + text + " = " + literal(fc.categories[c]) + " THEN 1.0 ELSE 0.0 END", c));
    }
    return out;
}

} // namespace

std::string modelSql(const SegmentModel& model, const std::string& tableName) {
    if (model.algorithm == Algorithm::Dbscan) {
        throw Error(ErrorCode::InvalidModel, "algorithm", -1, -1,
                    "a DBSCAN model needs its core rows; it cannot be written as one SELECT");
    }
    const bool manhattan =
        model.algorithm == Algorithm::KMedoids && model.metric == Dissimilarity::Manhattan;
    if (model.algorithm == Algorithm::KMedoids && model.metric == Dissimilarity::Gower) {
        throw Error(ErrorCode::InvalidModel, "algorithm", -1, -1,
                    "a K-Medoids model with the Gower distance skips missing values and compares "
                    "raw categories; it is not written as SQL (use Euclidean or Manhattan)");
    }
    static const std::regex plain("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?$");
    if (!std::regex_match(tableName, plain)) {
        throw Error(ErrorCode::InvalidOption, "table", -1, -1,
                    "use a plain (optionally schema-qualified) table name: " + tableName);
    }
    std::vector<std::string> features;
    for (const FittedColumn& fc : model.recipe.columns()) {
        for (auto& f : featureSql(fc)) {
            features.push_back(std::move(f));
        }
    }
    // Squared distance to each centre (K-Medoids Manhattan: absolute differences), summed in
    // feature order as the engine does.
    std::vector<std::string> distance(std::size_t(model.k));
    for (int s = 0; s < model.k; ++s) {
        std::string d;
        for (std::size_t f = 0; f < features.size(); ++f) {
            const std::string diff =
                "(" + features[f] + " - " + number(model.centres(s, std::int64_t(f))) + ")";
            d += (f == 0 ? "" : "\n      + ") + (manhattan ? "ABS" + diff : diff + " * " + diff);
        }
        distance[std::size_t(s)] = "(" + d + ")";
    }
    // The nearest centre; ties go to the lowest segment, as in the engine.
    std::string sql = "-- Gugus segment model (" + std::string(algorithmKey(model.algorithm)) +
                      ", k = " + std::to_string(model.k) +
                      "): every column of the table plus segment, the nearest centre.\n"
                      "-- Missing values take the training fill values; unseen categories "
                      "get all-zero dummies.\n"
                      "SELECT t.*,\n  CASE\n    WHEN " +
                      distance[0] + " IS NULL THEN NULL\n";
    for (int s = 0; s + 1 < model.k; ++s) {
        std::string when;
        for (int o = s + 1; o < model.k; ++o) {
            when += (when.empty() ? "" : "\n     AND ") + distance[std::size_t(s)] +
                    " <= " + distance[std::size_t(o)];
        }
        sql += "    WHEN " + when + "\n    THEN " + std::to_string(s) + "\n";
    }
    sql += "    ELSE " + std::to_string(model.k - 1) + "\n  END AS segment\nFROM " + tableName +
           " AS t";
    return sql;
}

} // namespace gugus::core
