#include "cli_common.h"
#include "commands.h"

#include "data/column.h"

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

namespace gugus::cli {

namespace {

constexpr const char* kHelp = R"(Usage: gugus-cli inspect FILE [options]

Shows the columns of a CSV file: inferred type, missing values, distinct values and summary
statistics (numbers: mean, std, min, quartiles, max; categories: the most frequent ones).

Options:
  --json               print the schema as JSON instead of a table
  --quiet              no progress or notes on stderr
)";

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

nlohmann::json columnJson(const core::Column& col) {
    const auto& s = col.stats();
    nlohmann::json j{{"name", col.name()},
                     {"type", core::columnTypeKey(col.type())},
                     {"count", s.count},
                     {"missing", s.missing},
                     {"distinct", s.distinct}};
    if (col.isNumericLike()) {
        j["mean"] = s.mean;
        j["std"] = s.std;
        j["min"] = s.min;
        j["q1"] = s.q1;
        j["median"] = s.median;
        j["q3"] = s.q3;
        j["max"] = s.max;
        j["non_finite"] = s.nonFinite;
        j["suggest_categorical"] = col.suggestCategorical();
    } else if (col.type() == core::ColumnType::Categorical) {
        std::vector<std::int64_t> counts(col.categories().size(), 0);
        for (auto c : col.codes()) {
            if (c >= 0) {
                ++counts[std::size_t(c)];
            }
        }
        nlohmann::json cats = nlohmann::json::array();
        for (std::size_t c = 0; c < counts.size(); ++c) {
            cats.push_back({{"category", col.categories()[c]}, {"count", counts[c]}});
        }
        j["categories"] = cats;
    }
    return j;
}

} // namespace

int runInspect(const std::vector<std::string>& argv) {
    const Args args(argv, kCsvOptions, unite({kCommonFlags, {"json"}}));
    if (args.flag("help")) {
        std::cout << kHelp << "\n" << kCsvHelp;
        return 0;
    }
    if (args.positional().size() != 1) {
        throw UsageError("inspect needs exactly one FILE (see gugus-cli inspect --help)");
    }
    StderrProgress progress(args.flag("quiet"));
    const auto loaded = loadTable(args.positional()[0], args, progress);
    const core::Table& table = loaded.table;

    if (args.flag("json")) {
        nlohmann::json j{{"file", args.positional()[0]},
                         {"rows", table.rowCount()},
                         {"columns", table.columnCount()},
                         {"delimiter", std::string(1, loaded.delimiter)},
                         {"decimal", std::string(1, loaded.decimal)},
                         {"fingerprint", table.fingerprint()}};
        nlohmann::json cols = nlohmann::json::array();
        for (const auto& col : table.columns()) {
            cols.push_back(columnJson(col));
        }
        j["schema"] = cols;
        std::cout << j.dump(2) << "\n";
        return 0;
    }

    std::printf("%s: %lld rows x %lld columns, delimiter '%s', decimal '%c', fingerprint %s\n\n",
                args.positional()[0].c_str(), static_cast<long long>(table.rowCount()),
                static_cast<long long>(table.columnCount()),
                loaded.delimiter == '\t' ? "tab" : std::string(1, loaded.delimiter).c_str(),
                loaded.decimal, table.fingerprint().c_str());
    std::printf("%-28s %-11s %8s %8s %12s %12s %12s %12s %12s\n", "column", "type", "missing",
                "distinct", "mean", "std", "min", "median", "max");
    for (const auto& col : table.columns()) {
        const auto& s = col.stats();
        std::printf("%-28s %-11s %8lld %8lld", col.name().c_str(), core::columnTypeKey(col.type()),
                    static_cast<long long>(s.missing), static_cast<long long>(s.distinct));
        if (col.isNumericLike() && s.count > 0) {
            std::printf(" %12s %12s %12s %12s %12s", num(s.mean).c_str(), num(s.std).c_str(),
                        num(s.min).c_str(), num(s.median).c_str(), num(s.max).c_str());
            if (col.suggestCategorical()) {
                std::printf("  (few whole-number codes: categorical?)");
            }
        } else if (col.type() == core::ColumnType::Categorical) {
            std::string cats;
            for (std::size_t c = 0; c < col.categories().size() && c < 6; ++c) {
                cats += (c ? ", " : "") + col.categories()[c];
            }
            if (col.categories().size() > 6) {
                cats += ", ...";
            }
            std::printf("  %s", cats.c_str());
        }
        std::printf("\n");
    }
    return 0;
}

} // namespace gugus::cli
