#include "prep/recipe.h"

#include "common/error.h"
#include "common/json_fields.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <limits>
#include <set>

namespace gugus::core {

namespace {

using nlohmann::json;

constexpr int kRecipeFormatVersion = 1;

json specToJson(const ColumnSpec& s) {
    return json{{"name", s.name},
                {"role", roleKey(s.role)},
                {"group", s.group},
                {"imputation", imputationKey(s.imputation)},
                {"constant", s.constant},
                {"constant_category", s.constantCategory},
                {"encoding", encodingKey(s.encoding)},
                {"order", s.order},
                {"transform", transformKey(s.transform)},
                {"scaling", scalingKey(s.scaling)}};
}

using json_fields::Reader;

ColumnSpec specFromJson(const Reader& r) {
    ColumnSpec s;
    s.name = r.text("name");
    if (s.name.empty()) {
        r.fail("name", "must not be empty");
    }
    s.role = r.key("role", roleFromKey);
    s.group = r.has("group") ? r.text("group") : std::string();
    s.imputation = r.key("imputation", imputationFromKey);
    s.constant = r.has("constant") ? r.number("constant") : 0.0;
    s.constantCategory = r.has("constant_category") ? r.text("constant_category") : std::string();
    s.encoding = r.key("encoding", encodingFromKey);
    s.order = r.has("order") ? r.distinctTexts("order") : std::vector<std::string>();
    s.transform = r.key("transform", transformFromKey);
    s.scaling = r.key("scaling", scalingFromKey);
    return s;
}

/// The column specs of `columns`, with distinct names.
std::vector<ColumnSpec> specsFromJson(const Reader& root) {
    std::vector<ColumnSpec> specs;
    std::set<std::string> names;
    const json& columns = root.array("columns");
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const Reader r(columns[i], root.code(), root.pathOf(Reader::indexed("columns", i)));
        specs.push_back(specFromJson(r));
        if (!names.insert(specs.back().name).second) {
            r.fail("name", "repeats column \"" + specs.back().name + "\"");
        }
    }
    return specs;
}

ColumnType typeFromKey(const Reader& r) {
    const auto key = r.text("type");
    for (auto t : {ColumnType::Numeric, ColumnType::Binary, ColumnType::Categorical}) {
        if (key == columnTypeKey(t)) {
            return t;
        }
    }
    r.fail("type", "unknown value \"" + key + "\"");
}

/// One fitted column, checked against the invariants apply() relies on: a numeric column has one
/// output and no categories; a categorical one has distinct categories that include its fill
/// value and one output per category (one-hot) or one (ordinal); every centre is finite and every
/// scale finite and > 0.
FittedColumn fittedFromJson(const Reader& r, const Recipe& recipe) {
    FittedColumn fc;
    const auto name = r.text("name");
    const ColumnSpec* spec = recipe.find(name);
    if (!spec) {
        r.fail("name", "\"" + name + "\" has no column spec");
    }
    if (spec->role != Role::Feature) {
        r.fail("name", "\"" + name + "\" is not a feature");
    }
    fc.spec = *spec;
    fc.type = typeFromKey(r);
    fc.fillValue = r.number("fill_value");
    fc.fillCategory = r.text("fill_category");
    fc.categories = r.distinctTexts("categories");
    fc.centre = r.numbers("centre");
    fc.scale = r.numbers("scale", std::numeric_limits<double>::min());
    std::size_t outputs = 1;
    if (fc.type == ColumnType::Categorical) {
        if (fc.categories.empty()) {
            r.fail("categories", "must not be empty for a categorical column");
        }
        if (std::find(fc.categories.begin(), fc.categories.end(), fc.fillCategory) ==
            fc.categories.end()) {
            r.fail("fill_category", "must be one of the categories");
        }
        outputs = fc.spec.encoding == Encoding::Ordinal ? 1 : fc.categories.size();
    } else if (!fc.categories.empty()) {
        r.fail("categories", "must be empty for a numeric column");
    }
    if (fc.centre.size() != outputs) {
        r.fail("centre", "must have " + std::to_string(outputs) + " value(s)");
    }
    if (fc.scale.size() != outputs) {
        r.fail("scale", "must have " + std::to_string(outputs) + " value(s)");
    }
    return fc;
}

constexpr std::array kFilterOps{
    std::pair{FilterOp::OneOf, "one-of"}, std::pair{FilterOp::NoneOf, "none-of"},
    std::pair{FilterOp::AtLeast, "at-least"}, std::pair{FilterOp::AtMost, "at-most"}};

std::optional<FilterOp> filterOpFromKey(std::string_view key) {
    for (const auto& [op, name] : kFilterOps) {
        if (key == name) {
            return op;
        }
    }
    return std::nullopt;
}

json filterToJson(const RowFilter& f) {
    json j{{"column", f.column}};
    for (const auto& [op, name] : kFilterOps) {
        if (op == f.op) {
            j["op"] = name;
        }
    }
    if (f.op == FilterOp::AtLeast || f.op == FilterOp::AtMost) {
        j["bound"] = f.bound;
    } else {
        j["values"] = f.values;
    }
    return j;
}

RowFilter filterFromJson(const Reader& r) {
    RowFilter f;
    f.column = r.text("column");
    if (f.column.empty()) {
        r.fail("column", "must not be empty");
    }
    f.op = r.key("op", filterOpFromKey);
    if (f.op == FilterOp::AtLeast || f.op == FilterOp::AtMost) {
        f.bound = r.number("bound");
    } else {
        f.values = r.distinctTexts("values");
        if (f.values.empty()) {
            r.fail("values", "must not be empty");
        }
    }
    return f;
}

json outlierToJson(const OutlierRule& o) {
    return json{{"column", o.column},
                {"method", outlierMethodKey(o.method)},
                {"threshold", o.threshold},
                {"action", outlierActionKey(o.action)}};
}

OutlierRule outlierFromJson(const Reader& r) {
    OutlierRule o;
    o.column = r.text("column");
    if (o.column.empty()) {
        r.fail("column", "must not be empty");
    }
    o.method = r.key("method", outlierMethodFromKey);
    o.threshold = r.number("threshold", std::numeric_limits<double>::min());
    o.action = r.key("action", outlierActionFromKey);
    return o;
}

/// Adds the recipe's filters and outlier rules to `j` (the rules with their fitted statistics
/// when `fitted` is given).
void rowRulesToJson(json& j, const Recipe& recipe, const std::vector<FittedOutlier>* fitted) {
    json filters = json::array();
    for (const auto& f : recipe.filters) {
        filters.push_back(filterToJson(f));
    }
    j["filters"] = filters;
    json outliers = json::array();
    for (std::size_t i = 0; i < recipe.outliers.size(); ++i) {
        json o = outlierToJson(recipe.outliers[i]);
        if (fitted) {
            const FittedOutlier& f = (*fitted)[i];
            o["mean"] = f.mean;
            o["sd"] = f.sd;
            o["low"] = f.low;
            o["high"] = f.high;
        }
        outliers.push_back(o);
    }
    j["outliers"] = outliers;
}

/// The filters and outlier rules of `root` (both optional: files from before row rules have
/// none); with `fitted`, each rule's statistics too (low <= high, sd >= 0).
void rowRulesFromJson(const Reader& root, Recipe& recipe, std::vector<FittedOutlier>* fitted) {
    if (root.has("filters")) {
        const json& filters = root.array("filters");
        for (std::size_t i = 0; i < filters.size(); ++i) {
            recipe.filters.push_back(filterFromJson(
                Reader(filters[i], root.code(), root.pathOf(Reader::indexed("filters", i)))));
        }
    }
    if (!root.has("outliers")) {
        return;
    }
    const json& outliers = root.array("outliers");
    for (std::size_t i = 0; i < outliers.size(); ++i) {
        const Reader r(outliers[i], root.code(), root.pathOf(Reader::indexed("outliers", i)));
        recipe.outliers.push_back(outlierFromJson(r));
        if (fitted) {
            FittedOutlier f;
            f.rule = recipe.outliers.back();
            f.mean = r.number("mean");
            f.sd = r.number("sd", 0.0);
            f.low = r.number("low");
            f.high = r.number("high");
            if (f.low > f.high) {
                r.fail("high", "must not be below low");
            }
            fitted->push_back(f);
        }
    }
}

} // namespace

std::string FittedRecipe::toJson() const {
    json j;
    j["format"] = "gugus-recipe";
    j["version"] = kRecipeFormatVersion;
    json specs = json::array();
    for (const auto& s : m_recipe.columns) {
        specs.push_back(specToJson(s));
    }
    j["columns"] = specs;
    json fitted = json::array();
    for (const auto& fc : m_columns) {
        fitted.push_back(json{{"name", fc.spec.name},
                              {"type", columnTypeKey(fc.type)},
                              {"fill_value", fc.fillValue},
                              {"fill_category", fc.fillCategory},
                              {"categories", fc.categories},
                              {"centre", fc.centre},
                              {"scale", fc.scale}});
    }
    j["fitted"] = fitted;
    rowRulesToJson(j, m_recipe, &m_outliers);
    return j.dump(2);
}

FittedRecipe FittedRecipe::fromJson(std::string_view text) {
    try {
        const json j = json::parse(text);
        const Reader root(j, ErrorCode::InvalidRecipe, "recipe");
        if (!root.has("format") || root.text("format") != "gugus-recipe") {
            root.fail("format", "is not \"gugus-recipe\"");
        }
        root.version(kRecipeFormatVersion);
        FittedRecipe r;
        r.m_recipe.columns = specsFromJson(root);
        std::set<std::string> fittedNames;
        const json& fitted = root.array("fitted");
        for (std::size_t i = 0; i < fitted.size(); ++i) {
            const Reader f(fitted[i], root.code(), root.pathOf(Reader::indexed("fitted", i)));
            r.m_columns.push_back(fittedFromJson(f, r.m_recipe));
            if (!fittedNames.insert(r.m_columns.back().spec.name).second) {
                f.fail("name", "repeats column \"" + r.m_columns.back().spec.name + "\"");
            }
        }
        for (const auto& name : r.m_recipe.featureColumns()) {
            if (!fittedNames.count(name)) {
                root.fail("fitted", "has no entry for the feature \"" + name + "\"");
            }
        }
        if (r.m_columns.empty()) {
            root.fail("fitted", "must not be empty");
        }
        rowRulesFromJson(root, r.m_recipe, &r.m_outliers);
        return r;
    } catch (const json::exception& e) {
        throw Error(ErrorCode::InvalidRecipe, "json", -1, -1, e.what());
    }
}

std::string recipeToJson(const Recipe& recipe) {
    json specs = json::array();
    for (const auto& s : recipe.columns) {
        specs.push_back(specToJson(s));
    }
    json j{{"format", "gugus-recipe-spec"}, {"version", kRecipeFormatVersion}, {"columns", specs}};
    rowRulesToJson(j, recipe, nullptr);
    return j.dump();
}

Recipe recipeFromJson(std::string_view text) {
    try {
        const json j = json::parse(text);
        const Reader root(j, ErrorCode::InvalidRecipe, "recipe");
        if (!root.has("format") || root.text("format") != "gugus-recipe-spec") {
            root.fail("format", "is not \"gugus-recipe-spec\"");
        }
        if (root.has("version")) {
            root.version(kRecipeFormatVersion);
        }
        Recipe r;
        r.columns = specsFromJson(root);
        rowRulesFromJson(root, r, nullptr);
        return r;
    } catch (const json::exception& e) {
        throw Error(ErrorCode::InvalidRecipe, "json", -1, -1, e.what());
    }
}

} // namespace gugus::core
