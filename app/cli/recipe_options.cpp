#include "cli_options.h"

#include "common/error.h"

#include <cstdlib>

namespace gugus::cli {

namespace {

core::ColumnSpec& specOf(core::Recipe& recipe, const std::string& name) {
    core::ColumnSpec* spec = recipe.find(name);
    if (!spec) {
        throw core::Error(core::ErrorCode::UnknownColumn, name);
    }
    return *spec;
}

void applyImputation(core::ColumnSpec& spec, const std::string& value) {
    if (value.rfind("constant:", 0) == 0) {
        spec.imputation = core::Imputation::Constant;
        const std::string constant = value.substr(9);
        if (constant.empty()) {
            throw UsageError("--impute constant:VALUE needs a value");
        }
        char* end = nullptr;
        const double v = std::strtod(constant.c_str(), &end);
        if (!constant.empty() && end == constant.c_str() + constant.size()) {
            spec.constant = v;
        }
        spec.constantCategory = constant;
        return;
    }
    const auto imputation = core::imputationFromKey(value);
    if (!imputation) {
        throw UsageError("unknown imputation '" + value +
                         "' (mean, median, most-frequent, constant:VALUE, drop)");
    }
    spec.imputation = *imputation;
}

core::Scaling parseScaling(const std::string& value) {
    const auto scaling = core::scalingFromKey(value);
    if (!scaling) {
        throw UsageError("unknown scaling '" + value + "' (standard, minmax, robust, none)");
    }
    return *scaling;
}

} // namespace

const std::set<std::string> kRecipeOptions{
    "features",     "profile",       "ignore", "id",     "group", "scale", "scale-col",
    "impute",       "impute-col",    "log1p",  "encode", "order", "where", "outliers",
    "outlier-cols", "outlier-action"};
const char* const kRecipeHelp = R"(Preparing features (the recipe):
  --features A,B,C     columns to cluster on (default: every numeric column that is not an id);
                       the other non-id columns are profiled per segment
  --profile A,B        profile-only columns (default: all non-feature, non-id columns)
  --ignore A,B         columns left out entirely
  --id COL             column that identifies customers
  --group COL=NAME     put a column in a group (e.g. Demographics, Products) (repeatable)
  --impute M           missing values: mean, median (default), most-frequent, constant:V, drop
  --impute-col COL=M   per-column imputation (repeatable)
  --log1p A,B          log(1 + x) transform before scaling (for skewed money columns)
  --encode onehot|ordinal   categorical features (default one-hot)
  --order COL=a|b|c    category order for ordinal encoding (repeatable)
  --scale S            standard (default; population std as scikit-learn), minmax, robust, none
  --scale-col COL=S    per-column scaling (repeatable)
Rows (left-out rows stay in --out with an empty segment and a `reason`):
  --where FILTER       keep rows where COL=VALUE, COL!=VALUE, COL=in:A|B, COL!=in:A|B,
                       COL>=NUMBER or COL<=NUMBER (repeatable; all must hold). A missing value
                       matches no value: = and bounds drop it, != keeps it
  --outliers R         zscore:T (|z| >= T, population std) or iqr:K (outside Q1 - K IQR,
                       Q3 + K IQR), fitted on the rows the filters keep, after imputation
  --outlier-cols A,B   columns the outlier rule applies to (default: every numeric feature)
  --outlier-action A   drop (default) or clip (values clipped to the bounds)
)";

core::Recipe recipeFrom(const core::Table& table, const Args& args) {
    core::Recipe recipe = core::Recipe::defaults(table);
    const auto features = args.get("features");
    for (auto& spec : recipe.columns) {
        if (spec.role == core::Role::Id || spec.role == core::Role::Ignore) {
            continue; // ids, and an earlier run's segment columns (see Recipe::defaults)
        }
        const core::Column& col = table.column(spec.name);
        if (features) {
            spec.role = core::Role::ProfileOnly;
        } else {
            spec.role = col.isNumericLike() ? core::Role::Feature : core::Role::ProfileOnly;
        }
    }
    if (features) {
        for (const auto& name : splitList(*features)) {
            specOf(recipe, name).role = core::Role::Feature;
        }
    }
    if (const auto p = args.get("profile")) {
        for (auto& spec : recipe.columns) {
            if (spec.role == core::Role::ProfileOnly) {
                spec.role = core::Role::Ignore;
            }
        }
        for (const auto& name : splitList(*p)) {
            specOf(recipe, name).role = core::Role::ProfileOnly;
        }
    }
    for (const auto& name : splitList(args.get("ignore", ""))) {
        specOf(recipe, name).role = core::Role::Ignore;
    }
    if (const auto id = args.get("id")) {
        specOf(recipe, *id).role = core::Role::Id;
    }
    for (const auto& g : args.all("group")) {
        const auto [col, group] = splitAssignment(g, "group");
        specOf(recipe, col).group = group;
    }
    const core::Scaling scaling = parseScaling(args.get("scale", "standard"));
    for (auto& spec : recipe.columns) {
        spec.scaling = scaling;
    }
    if (const auto imp = args.get("impute")) {
        for (auto& spec : recipe.columns) {
            applyImputation(spec, *imp);
            // Mean/median make no sense for text categories: they fall back to the most frequent.
            if (table.column(spec.name).type() == core::ColumnType::Categorical &&
                (spec.imputation == core::Imputation::Mean ||
                 spec.imputation == core::Imputation::Median)) {
                spec.imputation = core::Imputation::MostFrequent;
            }
        }
    }
    for (const auto& item : args.all("impute-col")) {
        const auto [col, value] = splitAssignment(item, "impute-col");
        applyImputation(specOf(recipe, col), value);
    }
    for (const auto& item : args.all("scale-col")) {
        const auto [col, value] = splitAssignment(item, "scale-col");
        specOf(recipe, col).scaling = parseScaling(value);
    }
    for (const auto& name : splitList(args.get("log1p", ""))) {
        specOf(recipe, name).transform = core::Transform::Log1p;
    }
    if (const auto enc = args.get("encode")) {
        const auto encoding = core::encodingFromKey(*enc == "onehot" ? "one-hot" : *enc);
        if (!encoding) {
            throw UsageError("--encode must be onehot or ordinal");
        }
        for (auto& spec : recipe.columns) {
            spec.encoding = *encoding;
        }
    }
    for (const auto& item : args.all("order")) {
        const auto [col, order] = splitAssignment(item, "order");
        auto& spec = specOf(recipe, col);
        spec.encoding = core::Encoding::Ordinal;
        spec.order = splitList(order, '|');
    }
    applyRowRules(table, args, recipe);
    return recipe;
}

void checkRecipeOptionValues(const Args& args) {
    core::ColumnSpec scratch;
    if (const auto imp = args.get("impute")) {
        applyImputation(scratch, *imp);
    }
    for (const auto& item : args.all("impute-col")) {
        applyImputation(scratch, splitAssignment(item, "impute-col").second);
    }
    parseScaling(args.get("scale", "standard"));
    for (const auto& item : args.all("scale-col")) {
        parseScaling(splitAssignment(item, "scale-col").second);
    }
    for (const char* option : {"group", "order"}) {
        for (const auto& item : args.all(option)) {
            splitAssignment(item, option);
        }
    }
    if (const auto enc = args.get("encode")) {
        if (!core::encodingFromKey(*enc == "onehot" ? "one-hot" : *enc)) {
            throw UsageError("--encode must be onehot or ordinal");
        }
    }
    checkRowRuleOptionValues(args);
}

Input loadInput(const std::string& path, const Args& args, std::ostream& err,
                core::Progress& progress) {
    checkRecipeOptionValues(args);
    core::CsvReadResult loaded = loadTable(path, args, err, progress);
    core::Recipe recipe = recipeFrom(loaded.table, args);
    return {std::move(loaded), std::move(recipe)};
}

core::PreparedData loadFeatures(const std::string& path, const Args& args, std::ostream& err,
                                core::Progress& progress) {
    const Input input = loadInput(path, args, err, progress);
    return core::prepareFeatures(input.loaded.table, input.recipe, progress);
}

} // namespace gugus::cli
