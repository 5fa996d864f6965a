// readCsvFile / readCsvText: runs the stages of csv_parts.h in order and collects the notices.
#include "data/csv_reader.h"

#include "common/error.h"
#include "common/parallel.h"
#include "data/csv_parts.h"
#include "data/csv_text_columns.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <unordered_set>
#include <vector>

namespace gugus::core {

namespace {

using csv::kNoOffset;

void validate(const CsvOptions& options) {
    const char d = options.delimiter;
    if (d == '"' || d == '\n' || d == '\r') {
        throw Error(ErrorCode::InvalidOption, "delimiter", -1, -1,
                    "a quote or line break cannot delimit fields");
    }
    if (options.maxCategories < 0 || options.maxCodeCategories < 0) {
        throw Error(ErrorCode::InvalidOption, "maxCategories", -1, -1, "must not be negative");
    }
}

/// The header's fields, unquoted.
std::vector<std::string> recordFields(std::string_view text, std::size_t start, char delimiter) {
    std::vector<std::string> fields;
    std::string scratch;
    csv::splitRecord(text, start, delimiter, scratch,
                     [&](std::int64_t, std::string_view value, std::size_t, bool) {
                         fields.emplace_back(value);
                         return true;
                     });
    return fields;
}

/// Unique column names: an empty header becomes "column_<n>", a repeated one "<name>_2", "_3" ...
/// skipping names that other columns already carry.
std::vector<std::string> uniqueNames(const std::vector<std::string>& header, std::int64_t line,
                                     std::vector<CsvNotice>& notices) {
    const std::unordered_set<std::string> original(header.begin(), header.end());
    std::unordered_set<std::string> used;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string base = header[i].empty() ? "column_" + std::to_string(i + 1) : header[i];
        std::string name = base;
        for (int k = 2; used.count(name) || (name != header[i] && original.count(name)); ++k) {
            name = base + "_" + std::to_string(k);
        }
        used.insert(name);
        if (name != header[i]) {
            notices.push_back({CsvNotice::Kind::HeaderRenamed, name, header[i], 0, line});
        }
        names.push_back(std::move(name));
    }
    return names;
}

std::vector<csv::ColumnRequest> columnRequests(const std::vector<std::string>& header,
                                               std::vector<std::string> names,
                                               const CsvOptions& options,
                                               const std::vector<std::string>& textColumns) {
    std::vector<csv::ColumnRequest> requests(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        requests[i].name = std::move(names[i]);
        requests[i].header = header[i];
    }
    const auto find = [&](const std::string& name) {
        auto match = std::find_if(requests.begin(), requests.end(),
                                  [&](const auto& r) { return r.name == name; });
        if (match == requests.end()) {
            match = std::find_if(requests.begin(), requests.end(),
                                 [&](const auto& r) { return r.header == name; });
        }
        if (match == requests.end()) {
            throw Error(ErrorCode::UnknownColumn, name);
        }
        return match;
    };
    for (const auto& forced : options.forcedTypes) {
        find(forced.first)->forced = forced.second;
    }
    for (const auto& name : textColumns) {
        find(name)->text = true;
    }
    return requests;
}

[[noreturn]] void throwUnterminated(std::string_view text, const csv::RecordIndex& index,
                                    char delimiter) {
    std::int64_t field = 1;
    std::string scratch;
    csv::splitRecord(text, index.unterminatedRecord, delimiter, scratch,
                     [&](std::int64_t j, std::string_view, std::size_t offset, bool) {
                         field = j + 1;
                         return offset < index.unterminatedQuote;
                     });
    throw Error(ErrorCode::UnterminatedQuote, {}, csv::lineAt(text, index.unterminatedQuote),
                field);
}

/// Column names (unique) and requests from the first record, with the renaming notices.
std::vector<csv::ColumnRequest> columnLayout(std::string_view text, std::size_t firstRecord,
                                             char delimiter, const CsvOptions& options,
                                             const std::vector<std::string>& textColumns,
                                             std::vector<CsvNotice>& notices) {
    std::vector<std::string> header = recordFields(text, firstRecord, delimiter);
    std::vector<std::string> names;
    if (options.hasHeader) {
        names = uniqueNames(header, csv::lineAt(text, firstRecord), notices);
    } else {
        header.assign(header.size(), std::string());
        for (std::size_t i = 0; i < header.size(); ++i) {
            names.push_back("column_" + std::to_string(i + 1));
        }
    }
    return columnRequests(header, std::move(names), options, textColumns);
}

char decimalSeparator(const CsvOptions& options, const csv::ParseInput& input) {
    if (options.decimal == DecimalSeparator::Comma) {
        return ',';
    }
    if (options.decimal == DecimalSeparator::Dot || input.delimiter != ';') {
        return '.';
    }
    return csv::sniffDecimal(input.text, input.starts, input.rows, input.delimiter);
}

/// Builds every column (in parallel) and appends them and their notices in column order.
void buildColumns(const csv::ParseInput& input, csv::ParsedCells& parsed,
                  const std::vector<csv::ColumnRequest>& requests, const CsvOptions& options,
                  Progress& progress, CsvReadResult& result) {
    const std::int64_t columns = input.columns;
    progress.report(0, columns, "csv.columns");
    std::vector<std::optional<csv::BuiltColumn>> built(static_cast<std::size_t>(columns));
    parallelBlocks(columns, 1, [&](std::int64_t, std::int64_t j, std::int64_t) {
        built[std::size_t(j)] =
            csv::buildColumn(input, parsed, j, requests[std::size_t(j)], options, progress);
    });
    progress.report(columns, columns, "csv.columns");
    for (auto& column : built) {
        result.table.addColumn(std::move(column->column));
        result.notices.insert(result.notices.end(), column->notices.begin(), column->notices.end());
    }
}

/// The bytes a row limit keeps: the header and the rows asked for, nothing after them, so that
/// what follows (a broken row, bytes that are not UTF-8, the rest of a huge file) plays no part.
struct LimitedBytes {
    std::string_view bytes;
    char delimiter = 0; ///< sniffed on the whole head when not given
    bool moreRows = false;
};

/// Without a limit (or for UTF-16, whose records are only found after transcoding) the bytes
/// as they are. The records are found on the bytes before decoding: UTF-8 and Windows-1252 agree
/// with ASCII on quotes, delimiters and line breaks.
LimitedBytes limitRows(std::string_view bytes, const CsvOptions& options) {
    if (options.maxRows < 0 || csv::isUtf16(bytes, options.encoding)) {
        return {bytes, options.delimiter, false};
    }
    const std::size_t bom = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    const std::string_view text = bytes.substr(bom);
    LimitedBytes limited{bytes, options.delimiter, false};
    if (limited.delimiter == 0) {
        limited.delimiter = csv::sniffDelimiter(text);
    }
    // The first record names the columns even when no row is asked for.
    const std::int64_t records =
        std::max<std::int64_t>(1, options.maxRows + (options.hasHeader ? 1 : 0));
    if (const auto end = csv::headEnd(text, limited.delimiter, records)) {
        limited.bytes = bytes.substr(0, bom + *end);
        limited.moreRows = true;
    }
    return limited;
}

CsvReadResult readText(std::string_view bytes, const CsvOptions& options,
                       const std::vector<std::string>& textColumns, Progress& progress,
                       std::int64_t progressOffset, std::int64_t progressTotal) {
    validate(options);
    const LimitedBytes limited = limitRows(bytes, options);
    bytes = limited.bytes;
    if (std::int64_t(bytes.size()) > options.maxBytes) {
        throw Error(ErrorCode::FileTooLarge, {}, -1, -1, std::to_string(bytes.size()) + " bytes");
    }
    CsvReadResult result;
    const csv::DecodedText decoded = csv::decodeText(bytes, options.encoding);
    const std::string_view text = decoded.text;
    // Text never holds NUL bytes; spreadsheets, archives and images do, early on (as does
    // UTF-16 without a byte-order mark; with one, the decoder has transcoded it).
    // Looking at the start is enough and keeps a large file's cost to one megabyte.
    const std::string_view start = text.substr(0, std::size_t(1) << 20);
    if (start.find('\0') != std::string_view::npos) {
        throw Error(ErrorCode::NotText);
    }
    if (decoded.latin1) {
        result.latin1 = true;
        result.notices.push_back({CsvNotice::Kind::Latin1Decoded, {}, {}, 0, -1});
    }
    if (!decoded.utf16.empty()) {
        result.notices.push_back({CsvNotice::Kind::Utf16Transcoded, {}, decoded.utf16, 0, -1});
    }
    const char delimiter = limited.delimiter ? limited.delimiter : csv::sniffDelimiter(text);
    const std::int64_t headerRecords = options.hasHeader ? 1 : 0;
    // One record more than asked for tells whether the file was cut short.
    const std::int64_t maxRecords = options.maxRows < 0 ? -1 : options.maxRows + headerRecords + 1;
    const csv::RecordIndex index =
        csv::indexRecords(text, delimiter, maxRecords, {progress, progressOffset, progressTotal});
    if (index.starts.empty()) {
        if (index.unterminatedQuote != kNoOffset) {
            throwUnterminated(text, index, delimiter);
        }
        throw Error(ErrorCode::EmptyFile);
    }
    const auto requests =
        columnLayout(text, index.starts[0], delimiter, options, textColumns, result.notices);

    std::int64_t rows = std::int64_t(index.starts.size()) - headerRecords;
    bool unterminated = index.unterminatedQuote != kNoOffset;
    bool truncated = limited.moreRows;
    if (options.maxRows >= 0 && rows >= options.maxRows &&
        (rows > options.maxRows || unterminated)) {
        // More records follow the last one asked for (even a broken one): they are not read.
        truncated = true;
        unterminated = false;
        rows = options.maxRows;
    }
    const csv::MissingTokens missing(options.missingTokens);
    std::vector<std::int64_t> labelLimit;
    labelLimit.reserve(requests.size());
    for (const auto& request : requests) {
        labelLimit.push_back(request.forced == ColumnType::Categorical
                                 ? std::numeric_limits<std::int64_t>::max()
                                 : options.maxCategories);
    }
    csv::ParseInput input;
    input.text = text;
    input.starts = index.starts.data() + headerRecords;
    input.rows = rows;
    input.columns = std::int64_t(requests.size());
    input.delimiter = delimiter;
    input.missing = &missing;
    input.labelLimit = labelLimit.data();
    input.decimal = decimalSeparator(options, input);

    csv::ParsedCells parsed = csv::parseBlocks(input, progress);
    if (unterminated) {
        throwUnterminated(text, index, delimiter);
    }
    if (index.blankLines > 0) {
        result.notices.push_back({CsvNotice::Kind::BlankLinesSkipped,
                                  {},
                                  {},
                                  index.blankLines,
                                  csv::lineAt(text, index.firstBlank)});
    }
    buildColumns(input, parsed, requests, options, progress, result);
    if (truncated) {
        result.notices.push_back({CsvNotice::Kind::Truncated, {}, {}, rows, -1});
    }
    result.delimiter = delimiter;
    result.decimal = input.decimal;
    return result;
}

} // namespace

CsvReadResult readCsvFile(const std::string& path, const CsvOptions& options, Progress& progress) {
    // With a row limit only the head of the file is read: as far as the first record after the
    // rows asked for (which tells that the file was cut short).
    const csv::FileBytes bytes =
        options.maxRows < 0
            ? csv::readWholeFile(path, options.maxBytes, progress)
            : csv::readFileHead(
                  path, options.maxBytes,
                  [&](std::string_view head) { return limitRows(head, options).moreRows; },
                  progress);
    try {
        // Reading is the first half of "csv.read", finding the records the second.
        return readText(bytes.view(), options, {}, progress, std::int64_t(bytes.size),
                        2 * std::int64_t(bytes.size));
    } catch (const Error& e) {
        if ((e.code() == ErrorCode::EmptyFile || e.code() == ErrorCode::NotText) &&
            e.subject().empty()) {
            throw Error(e.code(), path);
        }
        throw;
    }
}

CsvReadResult readCsvText(std::string_view text, const CsvOptions& options, Progress& progress) {
    return readCsvText(text, options, {}, progress);
}

CsvReadResult readCsvText(std::string_view text, const CsvOptions& options,
                          const std::vector<std::string>& textColumns, Progress& progress) {
    if (text.empty()) {
        throw Error(ErrorCode::EmptyFile);
    }
    return readText(text, options, textColumns, progress, 0, std::int64_t(text.size()));
}

std::vector<std::string> summaryWarnings(const std::vector<CsvNotice>& notices) {
    std::vector<std::string> keys;
    for (const CsvNotice& n : notices) {
        if (n.kind == CsvNotice::Kind::Utf16Transcoded) {
            keys.push_back("utf16:" + n.detail);
        }
    }
    return keys;
}

} // namespace gugus::core
