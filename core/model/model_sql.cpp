// modelSql: a saved K-Means (or hierarchical) model as one standard SQL SELECT.
#include "model/segment_model.h"

#include "common/error.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
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

std::string asNumber(const std::string& name) {
    return "CAST(t." + identifier(name) + " AS DOUBLE PRECISION)";
}

/// `value` clipped by the column's clip rules, in recipe order as FittedRecipe::apply does.
std::string clippedSql(std::string value, const std::vector<FittedOutlier>& outliers,
                       const std::string& column) {
    for (const FittedOutlier& f : outliers) {
        if (f.rule.action == OutlierAction::Clip && f.rule.column == column) {
            value = "(CASE WHEN " + value + " < " + number(f.low) + " THEN " + number(f.low) +
                    " WHEN " + value + " > " + number(f.high) + " THEN " + number(f.high) +
                    " ELSE " + value + " END)";
        }
    }
    return value;
}

/// A condition true for the rows a filter leaves out (row_rules.cpp's semantics: a missing value
/// matches no value; values compare as numbers when every value of the filter is a number).
std::string filterOutSql(const RowFilter& f) {
    const std::string col = "t." + identifier(f.column);
    if (f.op == FilterOp::AtLeast || f.op == FilterOp::AtMost) {
        return "(" + col + " IS NULL OR " + asNumber(f.column) +
               (f.op == FilterOp::AtLeast ? " < " : " > ") + number(f.bound) + ")";
    }
    bool numeric = true;
    std::string list;
    for (const auto& v : f.values) {
        char* end = nullptr;
        std::strtod(v.c_str(), &end);
        numeric = numeric && !v.empty() && end == v.c_str() + v.size();
    }
    for (const auto& v : f.values) {
        list += (list.empty() ? "" : ", ") +
                (numeric ? number(std::strtod(v.c_str(), nullptr)) : literal(v));
    }
    const std::string value = numeric ? asNumber(f.column) : "CAST(" + col + " AS VARCHAR(255))";
    return f.op == FilterOp::OneOf
               ? "(" + col + " IS NULL OR " + value + " NOT IN (" + list + "))"
               : "(" + col + " IS NOT NULL AND " + value + " IN (" + list + "))";
}

/// A condition true for the rows a "drop" outlier rule flags (a missing value takes the feature's
/// fill value; a column without one is never an outlier when missing: NULL compares false).
std::string outlierSql(const FittedOutlier& f, const FittedRecipe& recipe) {
    std::string value = asNumber(f.rule.column);
    for (const FittedColumn& fc : recipe.columns()) {
        if (fc.spec.name == f.rule.column && fc.type != ColumnType::Categorical &&
            fc.spec.imputation != Imputation::DropRows) {
            value = "COALESCE(" + value + ", " + number(fc.fillValue) + ")";
        }
    }
    if (f.rule.method == OutlierMethod::ZScore) {
        return f.sd > 0.0 ? "ABS((" + value + " - " + number(f.mean) + ") / " + number(f.sd) +
                                ") >= " + number(f.rule.threshold)
                          : std::string();
    }
    return "(" + value + " < " + number(f.low) + " OR " + value + " > " + number(f.high) + ")";
}

/// The scaled feature expressions of one fitted column, in feature order.
std::vector<std::string> featureSql(const FittedColumn& fc,
                                    const std::vector<FittedOutlier>& outliers) {
    const std::string col = "t." + identifier(fc.spec.name);
    std::vector<std::string> out;
    const auto scaled = [&](const std::string& value, std::size_t f) {
        return "((" + value + " - " + number(fc.centre[f]) + ") / " + number(fc.scale[f]) + ")";
    };
    if (fc.type != ColumnType::Categorical) {
        std::string value = clippedSql("COALESCE(CAST(" + col + " AS DOUBLE PRECISION), " +
                                           number(fc.fillValue) + ")",
                                       outliers, fc.spec.name);
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

/// The reduced coordinates as SQL: per kept axis, the centred features weighted by the axis (in
/// feature order, as the engine sums), divided by the axis' standard deviation when whitened.
std::vector<std::string> reducedSql(const Reduction& reduction,
                                    const std::vector<std::string>& features) {
    std::vector<std::string> out;
    for (std::int64_t j = 0; j < reduction.outputDims(); ++j) {
        std::string sum;
        for (std::size_t f = 0; f < features.size(); ++f) {
            const auto fi = std::int64_t(f);
            sum += (f == 0 ? "" : " + ") + std::string("(") + features[f] + " - " +
                   number(reduction.mean[fi]) + ") * " + number(reduction.components(j, fi));
        }
        if (reduction.whiten) {
            sum = "(" + sum + ") / " + number(std::sqrt(reduction.explainedVariance[j]));
        }
        out.push_back("(" + sum + ")");
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
    if (model.algorithm == Algorithm::Gmm) {
        throw Error(ErrorCode::InvalidModel, "algorithm", -1, -1,
                    "a Gaussian mixture assigns by the largest posterior, a log-sum-exp over a "
                    "quadratic form per segment; it is not written as SQL (score it with "
                    "gugus-cli score, or export a K-Means model)");
    }
    if (model.reduction && model.reduction->method == ReductionMethod::Autoencoder) {
        throw Error(ErrorCode::InvalidModel, "reduction", -1, -1,
                    "an autoencoder's codes come from a nonlinear network; it is not written as "
                    "SQL (score with gugus-cli score, or save the model with PCA)");
    }
    static const std::regex plain("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?$");
    if (!std::regex_match(tableName, plain)) {
        throw Error(ErrorCode::InvalidOption, "table", -1, -1,
                    "use a plain (optionally schema-qualified) table name: " + tableName);
    }
    std::vector<std::string> features;
    for (const FittedColumn& fc : model.recipe.columns()) {
        for (auto& f : featureSql(fc, model.recipe.outliers())) {
            features.push_back(std::move(f));
        }
    }
    if (model.reduction) {
        features = reducedSql(*model.reduction, features);
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
    const std::string reduced =
        model.reduction
            ? ", on " + std::to_string(model.reduction->outputDims()) + " principal components"
            : std::string();
    std::string sql = "-- Gugus segment model (" + std::string(algorithmKey(model.algorithm)) +
                      ", k = " + std::to_string(model.k) + reduced +
                      "): every column of the table plus segment, the nearest centre.\n"
                      "-- Missing values take the training fill values; unseen categories "
                      "get all-zero dummies.\n"
                      "SELECT t.*,\n  CASE\n";
    // Rows the row filters or outlier rules leave out get no segment, as in scoreTable.
    std::vector<std::string> excluded;
    for (const RowFilter& f : model.recipe.recipe().filters) {
        excluded.push_back(filterOutSql(f));
    }
    for (const FittedOutlier& f : model.recipe.outliers()) {
        if (f.rule.action == OutlierAction::Drop && !outlierSql(f, model.recipe).empty()) {
            excluded.push_back(outlierSql(f, model.recipe));
        }
    }
    for (const auto& condition : excluded) {
        sql += "    WHEN " + condition + " THEN NULL\n";
    }
    sql += "    WHEN " + distance[0] + " IS NULL THEN NULL\n";
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
