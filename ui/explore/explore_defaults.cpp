#include "explore/explore_defaults.h"

#include <cmath>
#include <functional>

namespace gugus::ui {

namespace {

constexpr std::int64_t kMinCategories = 2;
constexpr std::int64_t kMaxCategories = 12;
constexpr double kMinBands = 3;
constexpr double kMaxBands = 12;

/// Categories a column shows in a bar chart or as box-plot groups; 0 when it is not category-like.
std::int64_t categoryCount(const core::Column& c) {
    switch (c.type()) {
    case core::ColumnType::Categorical:
        return std::int64_t(c.categories().size());
    case core::ColumnType::Binary:
        return 2;
    case core::ColumnType::Numeric:
        return c.suggestCategorical() ? c.stats().distinct : 0;
    case core::ColumnType::Id:
        break;
    }
    return 0;
}

bool fewCategories(std::int64_t n) {
    return n >= kMinCategories && n <= kMaxCategories;
}

bool isCategorical(const core::Column& c) {
    return c.type() == core::ColumnType::Categorical && fewCategories(categoryCount(c));
}

/// Bands of width `width` that the group-by chart cuts the column into.
double bandCount(const core::Column& c, double width) {
    const auto& s = c.stats();
    if (s.count == 0 || width <= 0 || !std::isfinite(s.min) || !std::isfinite(s.max)) {
        return 0;
    }
    return std::floor(s.max / width) - std::floor(s.min / width) + 1;
}

std::string first(const core::Table& table, const std::function<bool(const core::Column&)>& ok) {
    for (const core::Column& c : table.columns()) {
        if (ok(c)) {
            return c.name();
        }
    }
    return {};
}

} // namespace

ExploreColumns defaultExploreColumns(const core::Table& table, double bandWidth) {
    ExploreColumns out;
    out.splitBy = first(table, isCategorical);
    out.categorical = first(table, [&](const core::Column& c) {
        return c.name() != out.splitBy && fewCategories(categoryCount(c));
    });
    if (out.categorical.empty()) {
        out.categorical = out.splitBy;
    }
    out.groupBy = first(table, [&](const core::Column& c) {
        const double bands = bandCount(c, bandWidth);
        return c.type() == core::ColumnType::Numeric && bands >= kMinBands && bands <= kMaxBands;
    });
    if (out.groupBy.empty()) {
        out.groupBy = first(table, [&](const core::Column& c) {
            return c.name() != out.splitBy && isCategorical(c);
        });
    }
    out.numeric = first(table, [&](const core::Column& c) {
        return c.type() == core::ColumnType::Numeric && !c.suggestCategorical() &&
               c.name() != out.groupBy;
    });
    if (out.numeric.empty()) {
        out.numeric = first(table, [&](const core::Column& c) {
            return c.isNumericLike() && c.name() != out.groupBy;
        });
    }
    return out;
}

} // namespace gugus::ui
