#include "cli_options.h"

#include "common/error.h"
#include "source/xlsx_reader.h"

#include <filesystem>

namespace gugus::cli {

namespace {

core::ColumnType parseType(const std::string& key) {
    for (auto t : {core::ColumnType::Numeric, core::ColumnType::Binary,
                   core::ColumnType::Categorical, core::ColumnType::Id}) {
        if (key == core::columnTypeKey(t)) {
            return t;
        }
    }
    throw UsageError("unknown column type '" + key + "' (numeric, binary, categorical, id)");
}

} // namespace

const std::set<std::string> kCsvOptions{"delimiter", "decimal", "encoding",   "max-rows", "type",
                                        "db",        "query",   "query-file", "sheet"};

const char* const kCsvHelp = R"(Reading the file:
  --delimiter C        field separator: , ; tab | (default: sniffed)
  --decimal dot|comma  decimal separator (default: comma only for ';' files that use it)
  --encoding utf8|latin1   text encoding (default: UTF-8, else Windows-1252)
  --no-header          the first line is data; columns are named column_1, column_2 ...
  --max-rows N         read at most N data rows
  --type COL=TYPE      force a column's type: numeric, binary, categorical, id (repeatable)
  --sheet NAME|N       the worksheet of an Excel workbook: its name, or its number from 1
                       (default: the first)
FILE may be an Excel workbook (.xlsx, known by its content, not its name): the first row with a
value is the header; numbers, text and booleans (-> 0/1) as stored, formulas by their cached value,
empty and error cells (#N/A ...) missing; dates and times become ISO text (2024-01-31,
2024-01-31 08:30:00, 08:30:00), not day numbers. Columns are then typed as for a CSV file, except
that a column of text cells stays text ("00123"). --delimiter, --decimal, --encoding and
--no-header do not apply to workbooks. Old .xls and password-protected workbooks must be saved as
.xlsx first.
)";

core::CsvOptions csvOptionsFrom(const Args& args) {
    core::CsvOptions o;
    if (const auto d = args.get("delimiter")) {
        if (*d == "tab" || *d == "\\t") {
            o.delimiter = '\t';
        } else if (d->size() == 1 && std::string(",;|\t").find((*d)[0]) != std::string::npos) {
            o.delimiter = (*d)[0];
        } else {
            throw UsageError("--delimiter must be one of , ; tab |");
        }
    }
    if (const auto decimal =
            choice<core::DecimalSeparator>(args, "decimal",
                                           {{"dot", core::DecimalSeparator::Dot},
                                            {".", core::DecimalSeparator::Dot},
                                            {"comma", core::DecimalSeparator::Comma},
                                            {",", core::DecimalSeparator::Comma}},
                                           "dot or comma")) {
        o.decimal = *decimal;
    }
    if (const auto encoding = choice<core::TextEncoding>(args, "encoding",
                                                         {{"utf8", core::TextEncoding::Utf8},
                                                          {"utf-8", core::TextEncoding::Utf8},
                                                          {"latin1", core::TextEncoding::Latin1},
                                                          {"cp1252", core::TextEncoding::Latin1}},
                                                         "utf8 or latin1")) {
        o.encoding = *encoding;
    }
    o.hasHeader = !args.flag("no-header");
    o.maxRows = args.getInt("max-rows", -1);
    if (args.has("max-rows") && o.maxRows < 1) {
        throw UsageError("--max-rows must be a whole number >= 1");
    }
    for (const auto& t : args.all("type")) {
        const auto [col, type] = splitAssignment(t, "type");
        o.forcedTypes.emplace_back(col, parseType(type));
    }
    return o;
}

std::string describeNotice(const core::CsvNotice& n) {
    using K = core::CsvNotice::Kind;
    switch (n.kind) {
    case K::HeaderRenamed:
        return "header '" + n.detail + "' renamed to '" + n.subject + "'";
    case K::Latin1Decoded:
        return "file is not UTF-8; read as Windows-1252/Latin-1";
    case K::MixedTypes:
        return "column '" + n.subject + "' is mostly numbers but has " + std::to_string(n.count) +
               " text values (first on line " + std::to_string(n.line) +
               "); read as text, use --type " + n.subject + "=numeric to read it as numbers";
    case K::NonFiniteValues:
        return "column '" + n.subject + "' has " + std::to_string(n.count) + " infinite values";
    case K::BlankLinesSkipped:
        return std::to_string(n.count) + " blank lines skipped";
    case K::Truncated:
        return "stopped after " + std::to_string(n.count) + " rows (--max-rows)";
    case K::Utf16Transcoded:
        return "file is " + n.detail + " text (byte-order mark); read as UTF-8, and files " +
               "written from it are UTF-8";
    }
    return n.subject;
}

core::CsvReadResult loadTable(const std::string& path, const Args& args, std::ostream& err,
                              core::Progress& progress) {
    // "-" is standard input (a pipe or a redirected file), read to its end like any pipe.
    // Standard input is read once, as text: looking at its first bytes would consume them.
    const std::string sheet = args.get("sheet", "");
    if (args.has("sheet") && (args.has("db") || path == "-")) {
        throw UsageError("--sheet chooses a worksheet of an Excel FILE, not of --db or stdin");
    }
    if (args.has("sheet") && sheet.empty()) {
        throw UsageError("--sheet needs a sheet's name or number");
    }
    std::error_code ec;
    if (args.has("sheet") && std::filesystem::is_regular_file(path, ec) &&
        core::sniffFileFormat(path) == core::FileFormat::Text) {
        throw UsageError("--sheet chooses a worksheet of an Excel workbook, and " + path +
                         " is a text file");
    }
    core::CsvReadResult result =
        args.has("db") ? readDatabase(args, progress)
        : path == "-"  ? core::readCsvFile("/dev/stdin", csvOptionsFrom(args), progress)
                       : core::readDataFile(path, sheet, csvOptionsFrom(args), progress);
    if (!args.flag("quiet")) {
        for (const auto& n : result.notices) {
            err << "note: " << describeNotice(n) << "\n";
        }
    }
    return result;
}

} // namespace gugus::cli
