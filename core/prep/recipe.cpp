#include "prep/recipe.h"

#include "common/error.h"
#include "common/parallel.h"
#include "data/csv_writer.h"
#include "numeric/moments.h"
#include "numeric/quantile.h"
#include "prep/recipe_internal.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <limits>
#include <string>

namespace gugus::core {

namespace {

using detail::applyTransform;
using detail::clipped;
using detail::clipsOf;
using detail::dropColumnsOf;

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

bool containsAny(const std::string& haystack, std::initializer_list<const char*> needles) {
    return std::any_of(needles.begin(), needles.end(),
                       [&](const char* n) { return haystack.find(n) != std::string::npos; });
}

/// A first guess of a column's group from its name (Indonesian and English bank vocabularies);
/// the user can change it. Order matters: "total_kepemilikan_produk" is a product count.
std::string guessGroup(const std::string& name) {
    const std::string n = lower(name);
    if (containsAny(n, {"produk", "product", "tabungan", "deposit", "kredit", "loan", "mortgage",
                        "saving", "kepemilikan"})) {
        return "Products";
    }
    if (containsAny(n, {"purchase", "payment", "cash_advance", "frequency", "trx", "transaksi"})) {
        return "Behaviour";
    }
    if (containsAny(n, {"pendapatan", "income", "balance", "saldo", "debt", "hutang", "limit",
                        "gaji", "salary", "ratio", "defaulted"})) {
        return "Money";
    }
    if (containsAny(n, {"usia",    "age",     "umur",     "kelamin", "sex",        "gender",
                        "kawin",   "marital", "anak",     "child",   "pendidikan", "edu",
                        "area",    "kota",    "city",     "region",  "jalur",      "channel",
                        "vintage", "tenure",  "employed", "address"})) {
        return "Demographics";
    }
    return "Other";
}

/// Fits centre/scale of one output feature from its training values (already imputed and
/// transformed). Zero spread gives scale 1, as scikit-learn does, so a constant column becomes 0.
void fitScaling(Scaling scaling, std::vector<double> values, double& centre, double& scale,
                bool& constant) {
    centre = 0.0;
    scale = 1.0;
    constant = false;
    if (values.empty()) {
        return;
    }
    const Moments moments = populationMoments(values);
    const double mean = moments.mean;
    const double var = moments.variance;
    constant = var == 0.0;
    switch (scaling) {
    case Scaling::Standard:
        centre = mean;
        scale = var > 0.0 ? std::sqrt(var) : 1.0;
        break;
    case Scaling::MinMax: {
        const auto [mn, mx] = std::minmax_element(values.begin(), values.end());
        centre = *mn;
        scale = *mx > *mn ? *mx - *mn : 1.0;
        break;
    }
    case Scaling::Robust: {
        std::sort(values.begin(), values.end());
        centre = quantileSorted(values, 0.5);
        const double iqr = quantileSorted(values, 0.75) - quantileSorted(values, 0.25);
        scale = iqr > 0.0 ? iqr : 1.0;
        break;
    }
    case Scaling::None:
        break;
    }
}

double numericFill(const ColumnSpec& spec, const std::vector<double>& present) {
    switch (spec.imputation) {
    case Imputation::Mean: {
        double s = 0.0;
        for (double v : present) {
            s += v;
        }
        return s / double(present.size());
    }
    case Imputation::Median: {
        std::vector<double> values = present;
        return quantileInPlace(values, 0.5);
    }
    case Imputation::MostFrequent: {
        // Lowest value among the most frequent, as scikit-learn's SimpleImputer.
        std::vector<double> sorted = present;
        std::sort(sorted.begin(), sorted.end());
        double best = sorted.front();
        std::size_t bestCount = 0;
        for (std::size_t i = 0; i < sorted.size();) {
            std::size_t j = i;
            while (j < sorted.size() && sorted[j] == sorted[i]) {
                ++j;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = sorted[i];
            }
            i = j;
        }
        return best;
    }
    case Imputation::Constant:
        return spec.constant;
    case Imputation::DropRows:
        return 0.0; // never used: rows with missing values are dropped
    }
    return 0.0;
}

/// True when `rows` is 0, 1, ..., size - 1 (no filter left a row out).
bool everyRow(const std::vector<std::int64_t>& rows, std::int64_t size) {
    if (std::int64_t(rows.size()) != size) {
        return false;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] != std::int64_t(i)) {
            return false;
        }
    }
    return true;
}

/// The imputation value of a numeric column, learnt on `rows`.
double fitFill(const Column& col, const ColumnSpec& spec, const std::vector<std::int64_t>& rows) {
    const auto& values = col.values();
    const ColumnStats& stats = col.stats();
    if (spec.imputation == Imputation::Median && stats.nonFinite == 0 && stats.count > 0 &&
        stats.median != 0.0 && everyRow(rows, col.size())) {
        // The column's statistics hold the median of these very values (the same ranks, the same
        // interpolation): no copy and selection over millions of rows. Their zeros are folded to
        // +0, so a zero median takes the path below, which keeps the sign the values have.
        return stats.median;
    }
    std::vector<double> present;
    present.reserve(rows.size());
    for (std::int64_t r : rows) {
        const double v = values[std::size_t(r)];
        if (std::isinf(v)) {
            throw Error(ErrorCode::NonFiniteValue, col.name(), -1, -1,
                        "row " + std::to_string(r + 1));
        }
        if (!std::isnan(v)) {
            present.push_back(v);
        }
    }
    if (present.empty()) {
        throw Error(ErrorCode::AllMissing, col.name());
    }
    return numericFill(spec, present);
}

/// Imputation from `fillRows` (the filtered rows), scaling from `rows` (those left after the
/// outlier rules, with the column's clip rules applied).
FittedColumn fitNumeric(const Column& col, const ColumnSpec& spec,
                        const std::vector<std::int64_t>& fillRows,
                        const std::vector<std::int64_t>& rows,
                        const std::vector<const FittedOutlier*>& clips,
                        std::vector<std::string>& warnings) {
    FittedColumn fc;
    fc.spec = spec;
    fc.type = col.type();
    const auto& values = col.values();
    fc.fillValue = fitFill(col, spec, fillRows);
    std::vector<double> prepared;
    prepared.reserve(rows.size());
    for (std::int64_t r : rows) {
        double v = values[std::size_t(r)];
        if (std::isnan(v)) {
            v = fc.fillValue;
        }
        v = clipped(v, clips);
        if (spec.transform == Transform::Log1p && !(v > -1.0)) {
            throw Error(ErrorCode::InvalidOption, "log1p", -1, -1,
                        col.name() + " has values <= -1");
        }
        prepared.push_back(applyTransform(spec.transform, v));
    }
    double centre = 0.0;
    double scale = 1.0;
    bool constant = false;
    fitScaling(spec.scaling, std::move(prepared), centre, scale, constant);
    if (constant) {
        warnings.push_back("constant:" + col.name());
    }
    fc.centre = {centre};
    fc.scale = {scale};
    return fc;
}

/// Imputation from `fillRows` (the filtered rows), categories and scaling from `rows`.
FittedColumn fitCategorical(const Column& col, const ColumnSpec& spec,
                            const std::vector<std::int64_t>& fillRows,
                            const std::vector<std::int64_t>& rows,
                            std::vector<std::string>& warnings) {
    FittedColumn fc;
    fc.spec = spec;
    fc.type = ColumnType::Categorical;
    const auto& codes = col.codes();
    const auto& dict = col.categories();
    auto countsOf = [&](const std::vector<std::int64_t>& which) {
        std::vector<std::int64_t> counts(dict.size(), 0);
        for (std::int64_t r : which) {
            const std::int32_t c = codes[std::size_t(r)];
            if (c >= 0) {
                ++counts[std::size_t(c)];
            }
        }
        return counts;
    };
    const std::vector<std::int64_t> fillCounts = countsOf(fillRows);
    const std::vector<std::int64_t> counts = &fillRows == &rows ? fillCounts : countsOf(rows);
    std::int64_t best = -1;
    for (std::size_t c = 0; c < fillCounts.size(); ++c) {
        if (fillCounts[c] > 0 && (best < 0 || fillCounts[c] > fillCounts[std::size_t(best)])) {
            best = std::int64_t(c);
        }
    }
    if (best < 0) {
        throw Error(ErrorCode::AllMissing, col.name());
    }
    fc.fillCategory = spec.imputation == Imputation::Constant && !spec.constantCategory.empty()
                          ? spec.constantCategory
                          : dict[std::size_t(best)];
    if (spec.encoding == Encoding::Ordinal && !spec.order.empty()) {
        fc.categories = spec.order;
        for (std::size_t c = 0; c < dict.size(); ++c) {
            if (counts[c] > 0 &&
                std::find(spec.order.begin(), spec.order.end(), dict[c]) == spec.order.end()) {
                throw Error(ErrorCode::UnseenCategory, col.name(), -1, -1, dict[c]);
            }
        }
    } else {
        for (std::size_t c = 0; c < dict.size(); ++c) {
            if (counts[c] > 0) {
                fc.categories.push_back(dict[c]);
            }
        }
    }
    if (std::find(fc.categories.begin(), fc.categories.end(), fc.fillCategory) ==
        fc.categories.end()) {
        fc.categories.push_back(fc.fillCategory);
    }
    // Training values per output feature, then scaling per feature.
    std::vector<std::int32_t> mapped(dict.size(), -1);
    for (std::size_t c = 0; c < dict.size(); ++c) {
        const auto it = std::find(fc.categories.begin(), fc.categories.end(), dict[c]);
        mapped[c] = it == fc.categories.end() ? -1 : std::int32_t(it - fc.categories.begin());
    }
    const auto fillIndex =
        std::int32_t(std::find(fc.categories.begin(), fc.categories.end(), fc.fillCategory) -
                     fc.categories.begin());
    std::vector<std::int32_t> index(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::int32_t c = codes[std::size_t(rows[i])];
        index[i] = c < 0 ? fillIndex : mapped[std::size_t(c)];
    }
    const std::size_t outputs = spec.encoding == Encoding::Ordinal ? 1 : fc.categories.size();
    for (std::size_t f = 0; f < outputs; ++f) {
        std::vector<double> values(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            values[i] = spec.encoding == Encoding::Ordinal
                            ? double(index[i])
                            : (index[i] == std::int32_t(f) ? 1.0 : 0.0);
        }
        double centre = 0.0;
        double scale = 1.0;
        bool constant = false;
        fitScaling(spec.scaling, std::move(values), centre, scale, constant);
        if (constant && outputs == 1) {
            warnings.push_back("constant:" + col.name());
        }
        fc.centre.push_back(centre);
        fc.scale.push_back(scale);
    }
    return fc;
}

/// The rows a recipe fits on (order of operations: row_rules.h).
struct RowsToFit {
    RowSelection selection;              ///< after filters, DropRows and outlier rules
    std::vector<std::int64_t> fillRows;  ///< after filters and DropRows: imputation is fitted here
    std::vector<FittedOutlier> outliers; ///< the recipe's rules fitted on fillRows
};

RowsToFit chooseRows(const Table& table, const Recipe& recipe,
                     const std::vector<const Column*>& columns,
                     const std::vector<const ColumnSpec*>& specs) {
    RowsToFit out;
    out.selection = selectFilteredRows(table, recipe.filters, dropColumnsOf(columns, specs));
    if (out.selection.rows.empty()) {
        throw Error(ErrorCode::TooFewRows, "", -1, -1,
                    recipe.filters.empty() ? "no row is complete"
                                           : "no row passes the row filters");
    }
    out.fillRows = out.selection.rows;
    std::vector<double> fills(recipe.outliers.size(), std::numeric_limits<double>::quiet_NaN());
    for (std::size_t i = 0; i < recipe.outliers.size(); ++i) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (specs[c]->name == recipe.outliers[i].column && columns[c]->isNumericLike() &&
                specs[c]->imputation != Imputation::DropRows) {
                fills[i] = fitFill(*columns[c], *specs[c], out.fillRows);
            }
        }
    }
    out.outliers = fitOutliers(table, recipe.outliers, out.fillRows, fills);
    dropOutliers(table, out.outliers, fills, out.selection);
    if (out.selection.rows.empty()) {
        throw Error(ErrorCode::TooFewRows, "", -1, -1, "every row is an outlier");
    }
    return out;
}

/// The feature columns of `recipe` in `table`, with their specs. Throws as FittedRecipe::fit.
void featureColumnsOf(const Table& table, const Recipe& recipe, std::vector<const Column*>& columns,
                      std::vector<const ColumnSpec*>& specs) {
    for (const auto& spec : recipe.columns) {
        if (spec.role != Role::Feature) {
            continue;
        }
        const Column& col = table.column(spec.name); // throws UnknownColumn
        if (col.type() == ColumnType::Id) {
            throw Error(ErrorCode::ColumnNotNumeric, spec.name);
        }
        columns.push_back(&col);
        specs.push_back(&spec);
    }
    if (columns.empty()) {
        throw Error(ErrorCode::NoFeatures);
    }
}

} // namespace

namespace detail {

std::vector<const Column*> dropColumnsOf(const std::vector<const Column*>& columns,
                                         const std::vector<const ColumnSpec*>& specs) {
    std::vector<const Column*> out;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (specs[c]->imputation == Imputation::DropRows) {
            out.push_back(columns[c]);
        }
    }
    return out;
}

std::vector<const FittedOutlier*> clipsOf(const std::vector<FittedOutlier>& outliers,
                                          const std::string& column) {
    std::vector<const FittedOutlier*> out;
    for (const auto& f : outliers) {
        if (f.rule.action == OutlierAction::Clip && f.rule.column == column) {
            out.push_back(&f);
        }
    }
    return out;
}

} // namespace detail

Recipe Recipe::defaults(const Table& table) {
    Recipe recipe;
    for (const Column& col : table.columns()) {
        ColumnSpec spec;
        spec.name = col.name();
        spec.group = guessGroup(col.name());
        if (col.type() == ColumnType::Id) {
            spec.role = Role::Id;
            spec.group = "Id";
        }
        if (col.type() == ColumnType::Categorical) {
            spec.imputation = Imputation::MostFrequent;
        }
        if (isOutputColumnName(col.name())) {
            spec.role = Role::Ignore; // an earlier run's labels: clustering on them is circular
        }
        recipe.columns.push_back(std::move(spec));
    }
    return recipe;
}

ColumnSpec* Recipe::find(std::string_view name) {
    for (auto& spec : columns) {
        if (spec.name == name) {
            return &spec;
        }
    }
    return nullptr;
}

const ColumnSpec* Recipe::find(std::string_view name) const {
    return const_cast<Recipe*>(this)->find(name);
}

std::vector<std::string> Recipe::featureColumns() const {
    std::vector<std::string> names;
    for (const auto& spec : columns) {
        if (spec.role == Role::Feature) {
            names.push_back(spec.name);
        }
    }
    return names;
}

RowSelection selectRows(const Table& table, const Recipe& recipe) {
    std::vector<const Column*> columns;
    std::vector<const ColumnSpec*> specs;
    featureColumnsOf(table, recipe, columns, specs);
    return chooseRows(table, recipe, columns, specs).selection;
}

FittedRecipe FittedRecipe::fit(const Table& table, const Recipe& recipe, Progress& progress) {
    std::vector<const Column*> columns;
    std::vector<const ColumnSpec*> specs;
    featureColumnsOf(table, recipe, columns, specs);
    FittedRecipe fitted;
    fitted.m_recipe = recipe;
    RowsToFit chosen = chooseRows(table, recipe, columns, specs);
    fitted.m_outliers = std::move(chosen.outliers);
    const std::vector<std::int64_t>& fillRows = chosen.fillRows;
    const std::vector<std::int64_t>& rows = chosen.selection.rows;
    fitted.m_columns.resize(columns.size());
    std::vector<std::vector<std::string>> warnings(columns.size());
    // One column per task: fitting a column reads only its own data, so this is race-free and
    // the result does not depend on the thread count.
    parallelBlocks(
        std::int64_t(columns.size()), 1, [&](std::int64_t c, std::int64_t, std::int64_t) {
            progress.throwIfCancelled();
            const auto i = std::size_t(c);
            fitted.m_columns[i] =
                columns[i]->type() == ColumnType::Categorical
                    ? fitCategorical(*columns[i], *specs[i], fillRows, rows, warnings[i])
                    : fitNumeric(*columns[i], *specs[i], fillRows, rows,
                                 clipsOf(fitted.m_outliers, specs[i]->name), warnings[i]);
        });
    for (auto& w : warnings) {
        fitted.m_warnings.insert(fitted.m_warnings.end(), w.begin(), w.end());
    }
    progress.report(1, 1, "recipe.fit");
    return fitted;
}

std::vector<FeatureInfo> FittedRecipe::features() const {
    std::vector<FeatureInfo> out;
    for (const auto& fc : m_columns) {
        if (fc.type == ColumnType::Categorical && fc.spec.encoding == Encoding::OneHot) {
            for (const auto& cat : fc.categories) {
                out.push_back({fc.spec.name + "=" + cat, fc.spec.name, cat});
            }
        } else {
            out.push_back({fc.spec.name, fc.spec.name, {}});
        }
    }
    return out;
}

std::int64_t FittedRecipe::featureCount() const {
    std::int64_t n = 0;
    for (const auto& fc : m_columns) {
        n += std::int64_t(fc.centre.size());
    }
    return n;
}

RowCounts rowCounts(const PreparedData& data) {
    return rowCounts(data.selection);
}

PreparedData prepareFeatures(const Table& table, const Recipe& recipe, Progress& progress) {
    return FittedRecipe::fit(table, recipe, progress).apply(table, progress);
}

} // namespace gugus::core
