// readCsvFile / readCsvText: runs the stages of csv_parts.h in order and collects the notices.
#include "data/csv_reader.h"

#include "common/error.h"
#include "common/parallel.h"
#include "data/big_buffer.h"
#include "data/csv_parts.h"
#include "data/csv_text_columns.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
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

CsvReadResult readText(std::string_view bytes, const CsvOptions& options,
                       const std::vector<std::string>& textColumns, Progress& progress,
                       std::int64_t progressOffset, std::int64_t progressTotal) {
    validate(options);
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
    const char delimiter = options.delimiter ? options.delimiter : csv::sniffDelimiter(text);
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
    bool truncated = false;
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

/// The whole file in memory (uninitialised, huge pages: no time spent zeroing or faulting in
/// 150 MB page by page).
struct FileBytes {
    std::unique_ptr<char[]> data;
    std::size_t size = 0;
};

/// A pipe or stdin (`gugus-cli segment - < data.csv`, `<(zcat data.csv.gz)`): its size is not
/// known beforehand, so it is read to its end in chunks, up to `maxBytes`.
FileBytes readStream(int fd, const std::string& path, std::int64_t maxBytes, Progress& progress) {
    constexpr std::size_t kChunk = std::size_t(1) << 20;
    std::vector<char> buffer;
    while (true) {
        progress.throwIfCancelled();
        const std::size_t used = buffer.size();
        buffer.resize(used + kChunk);
        const ssize_t got = ::read(fd, buffer.data() + used, kChunk);
        if (got < 0 && errno == EINTR) {
            buffer.resize(used);
            continue;
        }
        if (got < 0) {
            throw Error(ErrorCode::FileUnreadable, path, -1, -1, std::strerror(errno));
        }
        buffer.resize(used + std::size_t(got));
        if (got == 0) {
            break;
        }
        if (std::int64_t(buffer.size()) > maxBytes) {
            throw Error(ErrorCode::FileTooLarge, path, -1, -1,
                        "more than " + std::to_string(maxBytes) + " bytes");
        }
    }
    if (buffer.empty()) {
        throw Error(ErrorCode::EmptyFile, path);
    }
    FileBytes bytes;
    bytes.data = std::make_unique<char[]>(buffer.size());
    std::copy(buffer.begin(), buffer.end(), bytes.data.get());
    bytes.size = buffer.size();
    return bytes;
}

FileBytes readWholeFile(const std::string& path, std::int64_t maxBytes, Progress& progress) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        throw Error(error == ENOENT || error == ENOTDIR ? ErrorCode::FileNotFound
                                                        : ErrorCode::FileUnreadable,
                    path, -1, -1, std::strerror(error));
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
        throw Error(ErrorCode::FileUnreadable, path, -1, -1, "not a regular file");
    }
    if (!S_ISREG(info.st_mode)) {
        return readStream(fd, path, maxBytes, progress); // a pipe, stdin, a device
    }
    if (info.st_size > maxBytes) {
        throw Error(ErrorCode::FileTooLarge, path, -1, -1, std::to_string(info.st_size) + " bytes");
    }
    if (info.st_size == 0) {
        throw Error(ErrorCode::EmptyFile, path);
    }
    constexpr std::size_t kChunk = std::size_t(16) << 20;
    FileBytes bytes;
    const auto size = std::size_t(info.st_size);
    bytes.data = makeBigArray<char>(size);
    while (bytes.size < size) {
        progress.report(std::int64_t(bytes.size), 2 * std::int64_t(size), "csv.read");
        progress.throwIfCancelled();
        const ssize_t got =
            ::read(fd, bytes.data.get() + bytes.size, std::min(kChunk, size - bytes.size));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            throw Error(ErrorCode::FileUnreadable, path, -1, -1, std::strerror(errno));
        }
        if (got == 0) {
            break; // the file shrank while we read it: parse what is there
        }
        bytes.size += std::size_t(got);
    }
    return bytes;
}

} // namespace

CsvReadResult readCsvFile(const std::string& path, const CsvOptions& options, Progress& progress) {
    const FileBytes bytes = readWholeFile(path, options.maxBytes, progress);
    try {
        // Reading is the first half of "csv.read", finding the records the second.
        return readText(std::string_view(bytes.data.get(), bytes.size), options, {}, progress,
                        std::int64_t(bytes.size), 2 * std::int64_t(bytes.size));
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
