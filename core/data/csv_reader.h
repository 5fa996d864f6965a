#pragma once

#include "common/progress.h"
#include "data/table.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gugus::core {

enum class DecimalSeparator { Auto, Dot, Comma };
enum class TextEncoding { Auto, Utf8, Latin1 };

/// How to read a delimited text file. Defaults sniff everything.
struct CsvOptions {
    char delimiter = 0;                                ///< 0 = sniff among , ; \t |
    DecimalSeparator decimal = DecimalSeparator::Auto; ///< Auto: comma only if ';' delimits and
                                                       ///< the numbers look like "1,5"
    TextEncoding encoding = TextEncoding::Auto; ///< Auto: UTF-8 if valid, else Windows-1252/Latin-1
    bool hasHeader = true;
    /// Tokens (after trimming spaces) read as missing, compared case-sensitively.
    std::vector<std::string> missingTokens = {"", "NA", "N/A", "NaN", "nan", "null", "NULL", "-"};
    /// A text column with at most this many distinct values (and fewer distinct values than half
    /// its non-missing count) is categorical; otherwise it is an id/free-text column.
    std::int64_t maxCategories = 1000;
    /// Integer columns with at most this many distinct codes are flagged suggestCategorical().
    std::int64_t maxCodeCategories = 10;
    std::int64_t maxRows = -1;                     ///< read at most this many data rows (-1 = all)
    std::int64_t maxBytes = std::int64_t(8) << 30; ///< refuse larger files (FileTooLarge)
    /// Columns to force to a type regardless of inference (name -> type).
    std::vector<std::pair<std::string, ColumnType>> forcedTypes;
};

/// Something the reader did that the user should know about, but that is not an error.
struct CsvNotice {
    enum class Kind {
        HeaderRenamed,     ///< duplicate/empty header made unique: subject = new name, detail = old
        Latin1Decoded,     ///< file was not UTF-8; decoded as Windows-1252
        MixedTypes,        ///< column mostly numbers but some text: subject = column, count,
                           ///< line, detail = the first text value
        NonFiniteValues,   ///< column has inf values: subject = column, count
        BlankLinesSkipped, ///< count
        Truncated,         ///< maxRows reached
        Utf16Transcoded,   ///< file was UTF-16 (byte-order mark), read as UTF-8: detail =
                           ///< "UTF-16LE" or "UTF-16BE"
    };
    Kind kind;
    std::string subject;
    std::string detail;
    std::int64_t count = 0;
    std::int64_t line = -1; ///< first line concerned (1-based), or -1
};

struct CsvReadResult {
    Table table;
    char delimiter = ',';
    char decimal = '.';
    bool latin1 = false;
    std::vector<CsvNotice> notices;
};

/// The notices a summary keeps among its warnings, as warning keys: "utf16:UTF-16LE" for a file
/// that was transcoded (its saved outputs are UTF-8, not what the user's tool wrote).
std::vector<std::string> summaryWarnings(const std::vector<CsvNotice>& notices);

/// Reads a CSV (RFC 4180 quoting: embedded delimiters, doubled quotes, newlines in quotes; UTF-8
/// BOM; CRLF/LF/CR line ends) and infers column types:
///   all values numbers -> Binary if only 0/1, Id if integer, unique and named like an id
///   (e.g. "CUST_ID", "Customer Id"; or an unnamed/"Unnamed: 0" 0..n-1 pandas index), else
///   Numeric; otherwise Categorical if few distinct labels, else Id.
/// Read leniently: a quote opens a quoted field only at the start of a field (5'11" is text),
/// text after a closing quote is kept, empty and all-space lines are skipped, labels and ids are
/// kept as written (only number and missing-token tests trim spaces).
/// Errors (Error with 1-based line and field): unterminated quote, ragged records, empty file.
/// Reports progress as stage "csv.read"/"csv.parse"/"csv.columns" and honours cancel.
/// Parsing of records and conversion of columns run on several threads.
CsvReadResult readCsvFile(const std::string& path, const CsvOptions& options, Progress& progress);
CsvReadResult readCsvText(std::string_view text, const CsvOptions& options, Progress& progress);

} // namespace gugus::core
