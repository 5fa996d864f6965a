#include "prep/gower_rows.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace gugus::core {

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

bool isNominal(const FittedColumn& fc) {
    return fc.type == ColumnType::Categorical && fc.spec.encoding == Encoding::OneHot;
}

void fillNumeric(const FittedColumn& fc, const Column& col, const std::vector<std::int64_t>& rows,
                 FeatureMatrix& out, std::int64_t f) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double v = col.values()[std::size_t(rows[i])];
        if (std::isinf(v)) {
            throw Error(ErrorCode::NonFiniteValue, col.name(), -1, -1,
                        "row " + std::to_string(rows[i] + 1));
        }
        out(std::int64_t(i), f) =
            std::isnan(v) || fc.spec.transform != Transform::Log1p ? v : std::log1p(v);
    }
}

void fillCategorical(const FittedColumn& fc, const Column& col,
                     const std::vector<std::int64_t>& rows, FeatureMatrix& out, std::int64_t f) {
    std::unordered_map<std::string, double> code;
    for (std::size_t c = 0; c < fc.categories.size(); ++c) {
        code.emplace(fc.categories[c], double(c));
    }
    double nextUnseen = -1.0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::int64_t r = rows[i];
        if (col.isMissing(r)) {
            out(std::int64_t(i), f) = kMissing;
            continue;
        }
        const auto [it, added] = code.emplace(col.toText(r), nextUnseen);
        if (added) {
            nextUnseen -= 1.0;
        }
        out(std::int64_t(i), f) = it->second;
    }
}

} // namespace

FeatureMatrix gowerValues(const Table& table, const FittedRecipe& recipe,
                          const std::vector<std::int64_t>& rows) {
    const auto& columns = recipe.columns();
    FeatureMatrix out(std::int64_t(rows.size()), std::int64_t(columns.size()));
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const FittedColumn& fc = columns[c];
        const Column& col = table.column(std::string_view(fc.spec.name));
        if (fc.type == ColumnType::Categorical) {
            fillCategorical(fc, col, rows, out, std::int64_t(c));
        } else if (col.isNumericLike()) {
            fillNumeric(fc, col, rows, out, std::int64_t(c));
        } else {
            fillNumeric(fc, col.convertedTo(ColumnType::Numeric), rows, out, std::int64_t(c));
        }
    }
    return out;
}

GowerRows fitGowerRows(const Table& table, const FittedRecipe& recipe,
                       const std::vector<std::int64_t>& rows,
                       const std::map<std::string, double>& weights) {
    GowerRows g;
    g.values = gowerValues(table, recipe, rows);
    for (const auto& weight : weights) {
        // Named copies: clang (C++20 as of 14) cannot capture a structured binding in a lambda.
        const std::string& name = weight.first;
        const double w = weight.second;
        const auto& cols = recipe.columns();
        if (std::none_of(cols.begin(), cols.end(),
                         [&](const FittedColumn& fc) { return fc.spec.name == name; })) {
            throw Error(ErrorCode::UnknownColumn, name);
        }
        if (!(w >= 0.0) || !std::isfinite(w)) {
            throw Error(ErrorCode::InvalidOption, "gower_weight", -1, -1, name);
        }
    }
    for (std::size_t c = 0; c < recipe.columns().size(); ++c) {
        const FittedColumn& fc = recipe.columns()[c];
        GowerColumn col;
        col.name = fc.spec.name;
        col.categorical = isNominal(fc);
        if (const auto it = weights.find(col.name); it != weights.end()) {
            col.weight = it->second;
        }
        if (!col.categorical) {
            double lo = std::numeric_limits<double>::infinity();
            double hi = -lo;
            for (std::int64_t i = 0; i < g.values.rows(); ++i) {
                const double v = g.values(i, std::int64_t(c));
                if (!std::isnan(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
            }
            col.range = hi > lo ? hi - lo : 0.0;
        }
        g.columns.push_back(std::move(col));
    }
    return g;
}

} // namespace gugus::core
