#pragma once

// Internal to core/data: the stages of readCsvText(), one .cpp each.
//
//   decodeText      BOM, UTF-8 check, Windows-1252 fallback               csv_text.cpp
//   sniff*          delimiter and decimal separator                       csv_text.cpp
//   indexRecords    quote-aware scan, in parallel pieces: record starts   csv_records.cpp
//   parseBlocks     records -> per-block, per-column cells (parallel)     csv_blocks.cpp
//   buildColumn     blocks -> one typed Column (parallel over columns)    csv_columns.cpp
//   readCsvText     orchestration, header, notices                         csv_reader.cpp

#include "common/error.h"
#include "common/progress.h"
#include "data/csv_reader.h"
#include "data/csv_syntax.h"
#include "data/string_interner.h"

#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace gugus::core::csv {

// ---- file -----------------------------------------------------------------------------------

/// A file's bytes (uninitialised, huge pages: no time spent zeroing or faulting in 150 MB page by
/// page).
struct FileBytes {
    std::unique_ptr<char[]> data;
    std::size_t size = 0;
    std::string_view view() const { return {data.get(), size}; }
};

/// All of a file, a pipe or stdin (read to its end in chunks), up to `maxBytes` (FileTooLarge).
/// Reports the bytes of a regular file as the first half of "csv.read".
FileBytes readWholeFile(const std::string& path, std::int64_t maxBytes, Progress& progress);

/// The head of a file (or pipe): read until `enough(bytes so far)` holds or the file ends, up to
/// `maxBytes`. `enough` is asked each time the bytes read double from 1 MiB on.
FileBytes readFileHead(const std::string& path, std::int64_t maxBytes,
                       const std::function<bool(std::string_view)>& enough, Progress& progress);

// ---- text -------------------------------------------------------------------------------------

/// The text to parse: a view into the caller's bytes (valid UTF-8) or into `storage` (decoded).
struct DecodedText {
    std::string_view text;
    std::string storage;
    bool latin1 = false;
    /// "UTF-16LE" or "UTF-16BE" when the bytes were UTF-16 behind a byte-order mark, else empty.
    std::string utf16;
};
/// Strips a UTF-8 BOM and makes sure the text is UTF-8: Auto decodes invalid UTF-8 as
/// Windows-1252, Utf8 throws Error(InvalidEncoding) with the line of the first bad byte. Text
/// behind a UTF-16 BOM (LE or BE) is transcoded to UTF-8 unless Latin-1 is forced.
DecodedText decodeText(std::string_view bytes, TextEncoding encoding);

/// firstInvalidUtf8(s), checked in lineAlignedPieces() on all threads.
std::size_t firstInvalidUtf8InPieces(std::string_view s, std::size_t pieceBytes);

/// True when decodeText() would transcode `bytes` from UTF-16 (a byte-order mark, not Latin-1).
bool isUtf16(std::string_view bytes, TextEncoding encoding);

/// 1-based line of a byte offset; CRLF, LF and a lone CR each end a line.
std::int64_t lineAt(std::string_view text, std::size_t offset);

/// The most consistent of , ; \t | over the first lines (',' when nothing fits).
char sniffDelimiter(std::string_view text);
/// ',' when the sampled records hold more "1,5"-style numbers than "1.5"-style ones.
char sniffDecimal(std::string_view text, const std::size_t* starts, std::int64_t count,
                  char delimiter);

// ---- records ----------------------------------------------------------------------------------

/// Byte offsets of the non-blank records, found by one sequential pass.
struct RecordIndex {
    std::vector<std::size_t> starts;
    std::int64_t blankLines = 0;
    std::size_t firstBlank = kNoOffset;
    bool truncated = false;       ///< stopped at maxRecords with more records left
    std::size_t stop = kNoOffset; ///< when truncated: where the first record left out begins
    /// A quote that is never closed: its offset and its record's (not in `starts`); the records
    /// before it are indexed so an earlier error can be reported first.
    std::size_t unterminatedQuote = kNoOffset;
    std::size_t unterminatedRecord = kNoOffset;
};

/// Reports "csv.read" as `offset + bytes scanned` of `total`.
struct ScanProgress {
    Progress& progress;
    std::int64_t offset;
    std::int64_t total;
};

/// @param maxRecords  stop after this many records (-1 = all)
/// All records of a large text are found by indexRecordsInPieces() on all threads.
RecordIndex indexRecords(std::string_view text, char delimiter, std::int64_t maxRecords,
                         const ScanProgress& progress);

/// Boundaries 0 = b0 < b1 < ... < bn = text.size() of pieces of at least `pieceBytes` (the last
/// may be shorter), each but the first starting right after a '\n'.
std::vector<std::size_t> lineAlignedPieces(std::string_view text, std::size_t pieceBytes);

/// indexRecords(text, delimiter, -1, progress), bit for bit, with the text scanned in
/// lineAlignedPieces() in parallel and the pieces joined where a record runs across them.
RecordIndex indexRecordsInPieces(std::string_view text, char delimiter, std::size_t pieceBytes,
                                 const ScanProgress& progress);

/// Where the first `records` records of `bytes` end, when another record starts after them: the
/// offset of that record's line (so [0, offset) holds the records and the blank lines among
/// them). None when `bytes` ends first (a file read in part: read more, or it has no more rows).
/// A quote left open at the end of `bytes` also gives none: the rest of the file may close it.
std::optional<std::size_t> headEnd(std::string_view bytes, char delimiter, std::int64_t records);

// ---- blocks -----------------------------------------------------------------------------------

/// What every block parser reads.
struct ParseInput {
    std::string_view text;
    const std::size_t* starts = nullptr; ///< data records only (header excluded)
    std::int64_t rows = 0;
    std::int64_t columns = 0;
    char delimiter = ',';
    char decimal = '.';
    const MissingTokens* missing = nullptr;
    /// Per column: distinct labels a block collects before it stops building a dictionary (the
    /// column can then only be an id). maxCategories, or unlimited for a forced categorical.
    const std::int64_t* labelLimit = nullptr;
};

/// A cell's text kept as is: a view into the CSV text or a block arena; data == nullptr = missing.
/// Trivial on purpose, so that an array of them costs nothing until written.
struct TextRef {
    const char* data;
    std::size_t size;
};

/// The cells of one column for all rows, written in place by the blocks (no per-block copies, no
/// concatenation). A block writes values, codes or text references for its rows, by its mode.
/// Each array is allocated by the first block that needs it: a text column never pays for
/// values, and the zero-filled vectors become the final column storage without a copy.
class ColumnCells {
public:
    explicit ColumnCells(std::int64_t rows);

    /// Thread-safe; the first call allocates. NaN = missing.
    double* values();
    /// Thread-safe; the first call allocates. Block-local label codes, -1 = missing.
    std::int32_t* codes();
    /// Thread-safe; the first call allocates (uninitialised, committed only where written).
    TextRef* refs();

    std::vector<double> takeValues();
    std::vector<std::int32_t> takeCodes();
    /// Gives values back after takeValues() (the column is re-read as text after all).
    void restoreValues(std::vector<double> values) { m_values = std::move(values); }
    void release();

private:
    std::size_t m_rows;
    std::vector<double> m_values;
    std::vector<std::int32_t> m_codes;
    std::unique_ptr<TextRef[]> m_refs;
    std::once_flag m_valuesOnce;
    std::once_flag m_codesOnce;
    std::once_flag m_refsOnce;
};

/// One column within one block of rows. Starts numeric; switches to text at the first cell that
/// is not a number, re-reading the block's earlier numbers as text; switches to raw text once it
/// has seen more labels than any categorical column may have (ids, names): hashing a million
/// distinct ids into dictionaries would cost more than the rest of the parse.
struct BlockColumn {
    bool text = false;
    bool raw = false;
    double* values = nullptr;      ///< ColumnCells::values(), fetched once per block
    std::int32_t* codes = nullptr; ///< ColumnCells::codes(), fetched once per block
    TextRef* refs = nullptr;       ///< ColumnCells::refs(), fetched once per block
    StringInterner labels;         ///< views into the CSV text or into `arena`
    std::deque<std::string> arena; ///< labels that needed unescaping
    std::int64_t numbers = 0;      ///< cells that read as numbers
    std::int64_t texts = 0;        ///< non-missing cells that do not
    std::size_t firstText = kNoOffset;
};

struct Block {
    std::int64_t begin = 0; ///< first data row
    std::int64_t end = 0;   ///< one past the last data row
    std::vector<BlockColumn> columns;
    /// The first ragged record of the block, if any (the block stops there).
    ErrorCode error = ErrorCode::TooManyFields;
    std::size_t errorOffset = kNoOffset;
    std::int64_t errorField = -1;
};

struct ParsedCells {
    std::vector<Block> blocks;
    std::vector<std::unique_ptr<ColumnCells>> columns;
};

/// The columns whose cell in the first data record reads as a number or missing (none without
/// rows). In csv_columns.cpp, not beside the block parser: a second caller of the number reader
/// in that file would change how the compiler inlines it in the parser's inner loop.
std::vector<std::int64_t> numericFirstCells(const ParseInput& input);

/// Parses all data records in parallel blocks; throws Error for the first ragged record in file
/// order, Cancelled when asked. Reports "csv.parse" in rows.
ParsedCells parseBlocks(const ParseInput& input, Progress& progress);
/// Re-reads the block's cells of `column` as text if they are still numeric.
void ensureTextMode(const ParseInput& input, Block& block, ColumnCells& cells, std::int64_t column);

// ---- columns ----------------------------------------------------------------------------------

struct ColumnRequest {
    std::string name;   ///< final, de-duplicated
    std::string header; ///< as written in the file (used to recognise id columns)
    std::optional<ColumnType> forced;
    bool text = false; ///< never numbers (CsvOptions::textColumns)
};

struct BuiltColumn {
    Column column;
    std::vector<CsvNotice> notices;
};

/// Merges column `index` of every block into one typed Column and frees its cells.
BuiltColumn buildColumn(const ParseInput& input, ParsedCells& cells, std::int64_t index,
                        const ColumnRequest& request, const CsvOptions& options,
                        const Progress& progress);

/// True for names such as "id", "CUST_ID", "Customer Id", "client_id", "custid".
bool looksLikeIdName(std::string_view name);

} // namespace gugus::core::csv
