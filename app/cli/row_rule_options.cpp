// --where, --outliers, --outlier-cols, --outlier-action: the recipe's row filters and outlier
// rules (core/prep/row_rules.h), shared by every command that takes the recipe options.
#include "cli_options.h"

#include <charconv>
#include <cmath>

namespace gugus::cli {

namespace {

core::RowFilter parseWhere(const std::string& text) {
    const auto filter = core::parseRowFilter(text);
    if (!filter) {
        throw UsageError("--where '" + text +
                         "' must be COL=VALUE, COL!=VALUE, COL=in:A|B, COL!=in:A|B, COL>=NUMBER "
                         "or COL<=NUMBER");
    }
    return *filter;
}

/// --outliers zscore:T | iqr:K (T, K > 0).
std::pair<core::OutlierMethod, double> parseOutliers(const std::string& text) {
    const auto colon = text.find(':');
    const auto method = core::outlierMethodFromKey(text.substr(0, colon));
    double threshold = 0.0;
    if (method && colon != std::string::npos) {
        const char* first = text.data() + colon + 1;
        const char* last = text.data() + text.size();
        const auto [end, ec] = std::from_chars(first, last, threshold);
        if (ec == std::errc() && end == last && std::isfinite(threshold) && threshold > 0.0) {
            return {*method, threshold};
        }
    }
    throw UsageError("--outliers must be zscore:T or iqr:K with a number > 0 (e.g. zscore:3, "
                     "iqr:1.5)");
}

core::OutlierAction parseAction(const Args& args) {
    return choice<core::OutlierAction>(
               args, "outlier-action",
               {{"drop", core::OutlierAction::Drop}, {"clip", core::OutlierAction::Clip}},
               "drop or clip")
        .value_or(core::OutlierAction::Drop);
}

} // namespace

void checkRowRuleOptionValues(const Args& args) {
    for (const auto& where : args.all("where")) {
        parseWhere(where);
    }
    if (const auto o = args.get("outliers")) {
        parseOutliers(*o);
    }
    parseAction(args);
    if (!args.has("outliers") && (args.has("outlier-cols") || args.has("outlier-action"))) {
        throw UsageError("--outlier-cols and --outlier-action need --outliers");
    }
}

void applyRowRules(const core::Table& table, const Args& args, core::Recipe& recipe) {
    for (const auto& where : args.all("where")) {
        core::RowFilter filter = parseWhere(where);
        const core::Column& col = table.column(filter.column); // throws UnknownColumn
        if ((filter.op == core::FilterOp::AtLeast || filter.op == core::FilterOp::AtMost) &&
            !col.isNumericLike()) {
            throw UsageError("--where " + where + ": " + filter.column +
                             " is not numeric, so it has no >= or <=");
        }
        recipe.filters.push_back(std::move(filter));
    }
    const auto outliers = args.get("outliers");
    if (!outliers) {
        return;
    }
    const auto [method, threshold] = parseOutliers(*outliers);
    const core::OutlierAction action = parseAction(args);
    std::vector<std::string> columns = splitList(args.get("outlier-cols", ""));
    if (columns.empty()) { // default: every numeric feature
        for (const auto& name : recipe.featureColumns()) {
            if (table.column(name).isNumericLike()) {
                columns.push_back(name);
            }
        }
    }
    for (const auto& name : columns) {
        if (!table.column(name).isNumericLike()) { // throws UnknownColumn
            throw UsageError("--outlier-cols: " + name + " is not numeric");
        }
        recipe.outliers.push_back({name, method, threshold, action});
    }
}

} // namespace gugus::cli
