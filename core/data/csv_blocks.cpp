// The parallel part of the reader: records are split into fixed blocks of rows; each block splits
// its records into fields and converts every cell at once (number, missing or text label), writing
// it in place into its column's buffers. Numbers never become strings on the way.
#include "common/error.h"
#include "common/parallel.h"
#include "data/big_buffer.h"
#include "data/csv_parts.h"
#include "data/number_text.h"

#include <cmath>
#include <limits>

namespace gugus::core::csv {

namespace {

/// Rows per block: big enough to amortise per-block setup, small enough that the blocks balance
/// over the threads and each block checks for cancel well within 64k records. The blocking does
/// not depend on the thread count, and neither do the results.
constexpr std::int64_t kBlockRows = 16384;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::int32_t internLabel(BlockColumn& c, std::string_view value, bool inScratch) {
    const std::uint64_t h = fastHash(value);
    const std::int32_t e = c.labels.find(value, h);
    if (e != StringInterner::kAbsent) {
        return e;
    }
    if (inScratch) { // the view dies with the scratch buffer: keep a copy
        value = c.arena.emplace_back(value);
    }
    return c.labels.insert(value, h);
}

double* valuesOf(BlockColumn& c, ColumnCells& cells) {
    if (c.values == nullptr) {
        c.values = cells.values();
    }
    return c.values;
}

std::int32_t* codesOf(BlockColumn& c, ColumnCells& cells) {
    if (c.codes == nullptr) {
        c.codes = cells.codes();
    }
    return c.codes;
}

TextRef* refsOf(BlockColumn& c, ColumnCells& cells) {
    if (c.refs == nullptr) {
        c.refs = cells.refs();
    }
    return c.refs;
}

void storeMissing(BlockColumn& c, ColumnCells& cells, std::size_t r) {
    if (c.raw) {
        refsOf(c, cells)[r] = TextRef{nullptr, 0};
    } else if (c.text) {
        codesOf(c, cells)[r] = -1;
    } else {
        valuesOf(c, cells)[r] = kNaN;
    }
}

/// Stops building the block's dictionary: rows [block.begin, rowEnd) get text references.
void switchToRaw(const Block& block, BlockColumn& c, ColumnCells& cells, std::int64_t rowEnd) {
    const auto& labels = c.labels.entries();
    const std::int32_t* codes = codesOf(c, cells);
    TextRef* refs = refsOf(c, cells);
    for (auto r = std::size_t(block.begin); r < std::size_t(rowEnd); ++r) {
        const std::int32_t code = codes[r];
        refs[r] = code < 0
                      ? TextRef{nullptr, 0}
                      : TextRef{labels[std::size_t(code)].data(), labels[std::size_t(code)].size()};
    }
    c.labels = StringInterner{}; // the views point into the text or the arena, which stay
    c.raw = true;
}

void storeText(const ParseInput& in, const Block& block, BlockColumn& c, ColumnCells& cells,
               std::int64_t column, std::int64_t row, std::string_view value, bool inScratch) {
    const auto r = std::size_t(row);
    if (c.raw) {
        if (inScratch) { // the view dies with the scratch buffer: keep a copy
            value = c.arena.emplace_back(value);
        }
        refsOf(c, cells)[r] = TextRef{value.data(), value.size()};
        return;
    }
    codesOf(c, cells)[r] = internLabel(c, value, inScratch);
    if (c.labels.size() > in.labelLimit[column]) {
        switchToRaw(block, c, cells, row + 1);
    }
}

/// Turns the block's rows [block.begin, rowEnd) of a numeric column into text, re-reading the
/// text of their numbers from the records.
void switchToText(const ParseInput& in, const Block& block, BlockColumn& c, ColumnCells& cells,
                  std::int64_t column, std::int64_t rowEnd) {
    c.text = true;
    std::string scratch;
    for (std::int64_t r = block.begin; r < rowEnd; ++r) {
        if (std::isnan(valuesOf(c, cells)[std::size_t(r)])) {
            storeMissing(c, cells, std::size_t(r));
            continue;
        }
        bool inScratch = false;
        const std::string_view value =
            extractField(in.text, in.starts[r], in.delimiter, column, scratch, inScratch);
        storeText(in, block, c, cells, column, r, value, inScratch);
    }
}

void addCell(const ParseInput& in, Block& block, ColumnCells& cells, std::int64_t column,
             std::int64_t row, std::string_view value, std::size_t offset, bool inScratch) {
    BlockColumn& c = block.columns[std::size_t(column)];
    const std::string_view token = trimSpaces(value);
    double v = kNaN;
    const bool missing = in.missing->contains(token);
    const bool number = !missing && parseNumber(token, in.decimal, v);
    if (missing || (number && std::isnan(v))) { // "NaN" spelled otherwise is missing too
        storeMissing(c, cells, std::size_t(row));
        return;
    }
    if (number) {
        ++c.numbers;
        if (!c.text) {
            valuesOf(c, cells)[std::size_t(row)] = v;
            return;
        }
    } else {
        ++c.texts;
        if (c.firstText == kNoOffset) {
            c.firstText = offset;
        }
        if (!c.text) {
            switchToText(in, block, c, cells, column, row);
        }
    }
    storeText(in, block, c, cells, column, row, value, inScratch);
}

void parseBlock(const ParseInput& in, Block& block,
                std::vector<std::unique_ptr<ColumnCells>>& cells, const Progress& progress) {
    progress.throwIfCancelled();
    block.columns.resize(std::size_t(in.columns));
    std::string scratch;
    for (std::int64_t r = block.begin; r < block.end; ++r) {
        const std::size_t start = in.starts[r];
        const RecordEnd record = splitRecord(
            in.text, start, in.delimiter, scratch,
            [&](std::int64_t j, std::string_view value, std::size_t offset, bool inScratch) {
                if (j >= in.columns) {
                    block.error = ErrorCode::TooManyFields;
                    block.errorOffset = offset;
                    block.errorField = j + 1;
                    return false;
                }
                addCell(in, block, *cells[std::size_t(j)], j, r, value, offset, inScratch);
                return true;
            });
        if (block.errorOffset != kNoOffset) {
            return;
        }
        if (record.fields < in.columns) {
            block.error = ErrorCode::TooFewFields;
            block.errorOffset = start;
            block.errorField = record.fields + 1;
            return;
        }
    }
}

/// Allocates, in parallel, the values of the columns whose first cell is a number or missing:
/// the first block would otherwise allocate and zero them one after the other while the blocks
/// on the other threads wait for each (call_once), a serial tenth of the parse. A column that
/// turns out to be text keeps the allocation until it is built, as when the first block
/// allocated it.
void allocateNumericCells(const ParseInput& in, std::vector<std::unique_ptr<ColumnCells>>& cells) {
    const std::vector<std::int64_t> numeric = numericFirstCells(in);
    parallelBlocks(std::int64_t(numeric.size()), 1,
                   [&](std::int64_t, std::int64_t j, std::int64_t) {
                       cells[std::size_t(numeric[std::size_t(j)])]->values();
                   });
}

} // namespace

ParsedCells parseBlocks(const ParseInput& input, Progress& progress) {
    const std::int64_t count = blockCount(input.rows, kBlockRows);
    ParsedCells parsed;
    parsed.blocks.resize(std::size_t(count));
    for (std::int64_t b = 0; b < count; ++b) {
        parsed.blocks[std::size_t(b)].begin = b * kBlockRows;
        parsed.blocks[std::size_t(b)].end = std::min(input.rows, (b + 1) * kBlockRows);
    }
    for (std::int64_t j = 0; j < input.columns; ++j) {
        parsed.columns.push_back(std::make_unique<ColumnCells>(input.rows));
    }
    allocateNumericCells(input, parsed.columns);
    // Blocks run in waves so progress can be reported between them (report() is only called
    // outside parallel regions). A wave does not change the results, only when they appear.
    const std::int64_t wave = std::max<std::int64_t>(8, 2 * std::int64_t(threadCount()));
    progress.report(0, input.rows, "csv.parse");
    for (std::int64_t first = 0; first < count; first += wave) {
        const std::int64_t n = std::min(wave, count - first);
        parallelBlocks(n, 1, [&](std::int64_t b, std::int64_t, std::int64_t) {
            parseBlock(input, parsed.blocks[std::size_t(first + b)], parsed.columns, progress);
        });
        for (std::int64_t b = first; b < first + n; ++b) { // the first error in file order
            const Block& block = parsed.blocks[std::size_t(b)];
            if (block.errorOffset != kNoOffset) {
                throw Error(block.error, {}, lineAt(input.text, block.errorOffset),
                            block.errorField,
                            "expected " + std::to_string(input.columns) + " fields");
            }
        }
        progress.report(parsed.blocks[std::size_t(first + n - 1)].end, input.rows, "csv.parse");
    }
    return parsed;
}

ColumnCells::ColumnCells(std::int64_t rows) : m_rows(std::size_t(rows)) {}

double* ColumnCells::values() {
    std::call_once(m_valuesOnce, [&] {
        reserveBig(m_values, m_rows);
        m_values.resize(m_rows);
    });
    return m_values.data();
}

std::int32_t* ColumnCells::codes() {
    std::call_once(m_codesOnce, [&] {
        reserveBig(m_codes, m_rows);
        m_codes.resize(m_rows);
    });
    return m_codes.data();
}

TextRef* ColumnCells::refs() {
    std::call_once(m_refsOnce, [&] { m_refs = makeBigArray<TextRef>(m_rows); });
    return m_refs.get();
}

std::vector<double> ColumnCells::takeValues() {
    values();
    return std::move(m_values);
}

std::vector<std::int32_t> ColumnCells::takeCodes() {
    codes();
    return std::move(m_codes);
}

void ColumnCells::release() {
    std::vector<double>().swap(m_values);
    std::vector<std::int32_t>().swap(m_codes);
    m_refs.reset();
}

void ensureTextMode(const ParseInput& input, Block& block, ColumnCells& cells,
                    std::int64_t column) {
    BlockColumn& c = block.columns[std::size_t(column)];
    c.values = nullptr; // the arrays may have moved since the parse (restoreValues)
    c.codes = nullptr;
    c.refs = nullptr;
    if (!c.text) {
        switchToText(input, block, c, cells, column, block.end);
    }
}

} // namespace gugus::core::csv
