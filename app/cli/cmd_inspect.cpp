#include "cli.h"
#include "cli_options.h"
#include "console_progress.h"
#include "text_format.h"

#include "data/column.h"
#include "source/xlsx_reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>

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
    return printfString("%.6g", v);
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

/// The worksheet a workbook FILE was read from (as readXlsxFile picks it: --sheet's name, else
/// its number, else the first sheet); "" for text files, standard input and databases.
std::string sheetRead(const Args& args, const InputSource& source) {
    if (args.has("db") || source.file.empty() || source.file == "-" ||
        core::sniffFileFormat(source.file) == core::FileFormat::Text) {
        return {};
    }
    const std::vector<std::string> names = core::xlsxSheetNames(source.file);
    const std::string asked = args.get("sheet", "");
    if (asked.empty() || std::find(names.begin(), names.end(), asked) != names.end()) {
        return asked.empty() && !names.empty() ? names.front() : asked;
    }
    std::size_t number = 0;
    const auto [end, ec] = std::from_chars(asked.data(), asked.data() + asked.size(), number);
    return ec == std::errc() && end == asked.data() + asked.size() && number >= 1 &&
                   number <= names.size()
               ? names[number - 1]
               : asked;
}

/// The schema as JSON: file, size, reader settings, fingerprint and one object per column.
void printJson(std::ostream& out, const std::string& path, const core::CsvReadResult& loaded,
               const std::string& sheet) {
    const core::Table& table = loaded.table;
    nlohmann::json j{{"file", path},
                     {"rows", table.rowCount()},
                     {"columns", table.columnCount()},
                     {"delimiter", std::string(1, loaded.delimiter)},
                     {"decimal", std::string(1, loaded.decimal)},
                     {"fingerprint", table.fingerprint()}};
    if (!sheet.empty()) {
        j["sheet"] = sheet;
    }
    nlohmann::json cols = nlohmann::json::array();
    for (const auto& col : table.columns()) {
        cols.push_back(columnJson(col));
    }
    j["schema"] = cols;
    out << j.dump(2) << "\n";
}

/// The schema as a table: one line per column with its statistics or its first categories.
void printTable(std::ostream& out, const std::string& path, const core::CsvReadResult& loaded,
                const std::string& sheet) {
    const core::Table& table = loaded.table;
    // A workbook has no delimiter or decimal separator of its own: say which sheet was read.
    const std::string format =
        sheet.empty()
            ? printfString("delimiter '%s', decimal '%c'",
                           loaded.delimiter == '\t' ? "tab"
                                                    : std::string(1, loaded.delimiter).c_str(),
                           loaded.decimal)
            : "sheet '" + sheet + "'";
    out << printfString("%s: %lld rows x %lld columns, %s, fingerprint %s\n\n", path.c_str(),
                        static_cast<long long>(table.rowCount()),
                        static_cast<long long>(table.columnCount()), format.c_str(),
                        table.fingerprint().c_str());
    out << printfString("%-28s %-11s %8s %8s %12s %12s %12s %12s %12s\n", "column", "type",
                        "missing", "distinct", "mean", "std", "min", "median", "max");
    for (const auto& col : table.columns()) {
        const auto& s = col.stats();
        out << printfString("%-28s %-11s %8lld %8lld", col.name().c_str(),
                            core::columnTypeKey(col.type()), static_cast<long long>(s.missing),
                            static_cast<long long>(s.distinct));
        if (col.isNumericLike() && s.count > 0) {
            out << printfString(" %12s %12s %12s %12s %12s", num(s.mean).c_str(),
                                num(s.std).c_str(), num(s.min).c_str(), num(s.median).c_str(),
                                num(s.max).c_str());
            if (col.suggestCategorical()) {
                out << "  (few whole-number codes: categorical?)";
            }
        } else if (col.type() == core::ColumnType::Categorical) {
            std::string cats;
            for (std::size_t c = 0; c < col.categories().size() && c < 6; ++c) {
                cats += (c ? ", " : "") + col.categories()[c];
            }
            if (col.categories().size() > 6) {
                cats += ", ...";
            }
            out << "  " << cats;
        }
        out << "\n";
    }
}

} // namespace

int runInspect(const std::vector<std::string>& argv, const Console& console) {
    const Args args(argv, kCsvOptions, unite({kCommonFlags, {"json"}}));
    if (printedHelp(args, console.out, {kHelp, kCsvHelp, kDbHelp})) {
        return 0;
    }
    const InputSource source = inputSource(args, "inspect");
    const std::string& path = source.name;
    ConsoleProgress progress(console, args.flag("quiet"));
    const auto loaded = loadTable(path, args, console.err, progress);
    const std::string sheet = sheetRead(args, source);
    if (args.flag("json")) {
        printJson(console.out, path, loaded, sheet);
    } else {
        printTable(console.out, path, loaded, sheet);
    }
    return 0;
}

} // namespace gugus::cli
