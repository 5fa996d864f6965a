// From per-block cells to one typed Column, and the type inference rules:
//   only numbers -> Binary if every value is 0 or 1; Id if whole, unique, complete and named like
//                   an id (or an unnamed 0..n-1 index column); else Numeric
//   some text    -> Categorical if few distinct labels (<= maxCategories and <= half of the
//                   non-missing cells), else Id; MixedTypes notice if numbers are the majority.
#include "common/error.h"
#include "data/big_buffer.h"
#include "data/csv_parts.h"
#include "data/csv_text_columns.h"
#include "data/number_text.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>

namespace gugus::core::csv {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Tally {
    std::int64_t numbers = 0;
    std::int64_t texts = 0;
    std::size_t firstText = kNoOffset;
};

Tally tally(const std::vector<Block>& blocks, std::int64_t column) {
    Tally t;
    for (const auto& block : blocks) {
        const BlockColumn& c = block.columns[std::size_t(column)];
        t.numbers += c.numbers;
        t.texts += c.texts;
        if (t.firstText == kNoOffset) {
            t.firstText = c.firstText;
        }
    }
    return t;
}

bool onlyZeroOne(const std::vector<double>& values) {
    // Branch-free within a chunk: on random 0/1 flags a short-circuit test mispredicts half the
    // time. Between chunks it stops at the first value that is not 0 or 1 (any other numeric
    // column, within its first chunk).
    constexpr std::size_t kChunk = 1024;
    bool all = true;
    bool any = false;
    for (std::size_t from = 0; all && from < values.size(); from += kChunk) {
        const std::size_t to = std::min(values.size(), from + kChunk);
        for (std::size_t i = from; i < to; ++i) {
            const double v = values[i];
            all &= (v == 0.0) | (v == 1.0) | (v != v);
            any |= v == v;
        }
    }
    return all && any;
}

/// pandas writes its index as an unnamed first column ("" or "Unnamed: 0") holding 0..n-1.
bool looksLikeIndex(std::string_view header, const ColumnStats& s, std::int64_t rows) {
    return (header.empty() || header == "Unnamed: 0") && s.min == 0.0 && s.max == double(rows - 1);
}

/// The labels (in first-seen order) as categories in byte order; returns each label's code among
/// them.
template <class Labels>
std::vector<std::int32_t> sortLabels(const Labels& labels, std::vector<std::string>& categories) {
    std::vector<std::int32_t> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
        return std::string_view(labels[std::size_t(a)]) < std::string_view(labels[std::size_t(b)]);
    });
    std::vector<std::int32_t> sortedCode(labels.size());
    categories.clear();
    categories.reserve(labels.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        sortedCode[std::size_t(order[i])] = std::int32_t(i);
        categories.emplace_back(labels[std::size_t(order[i])]);
    }
    return sortedCode;
}

/// A categorical column from first-seen label codes (-1 = missing).
Column sortedCategorical(std::string name, const std::vector<std::string>& labels,
                         std::vector<std::int32_t> codes) {
    std::vector<std::string> categories;
    const std::vector<std::int32_t> sortedCode = sortLabels(labels, categories);
    for (std::int32_t& code : codes) {
        code = code < 0 ? -1 : sortedCode[std::size_t(code)];
    }
    return Column::categorical(std::move(name), std::move(codes), std::move(categories));
}

/// Whole, unique and complete numbers under an id's name (or pandas' unnamed index) are ids.
bool numbersReadAsId(std::string_view header, const ColumnStats& s, std::int64_t rows) {
    return s.count > 0 && s.integral && s.missing == 0 && s.distinct == s.count &&
           (looksLikeIdName(header) || looksLikeIndex(header, s, rows));
}

/// The column as numbers; labels of text blocks (only when the type is forced) are parsed and
/// become missing when they are not numbers.
std::vector<double> numericValues(const ParseInput& in, ParsedCells& parsed, std::int64_t column) {
    ColumnCells& cells = *parsed.columns[std::size_t(column)];
    double* values = cells.values();
    for (const auto& block : parsed.blocks) {
        const BlockColumn& c = block.columns[std::size_t(column)];
        if (!c.text) {
            continue;
        }
        auto number = [&](std::string_view label) {
            double v = kNaN;
            return parseNumber(trimSpaces(label), in.decimal, v) ? v : kNaN;
        };
        if (c.raw) {
            const TextRef* refs = cells.refs();
            for (auto r = std::size_t(block.begin); r < std::size_t(block.end); ++r) {
                const TextRef ref = refs[r];
                values[r] = ref.data ? number({ref.data, ref.size}) : kNaN;
            }
            continue;
        }
        std::vector<double> labelValue;
        for (const auto label : c.labels.entries()) {
            labelValue.push_back(number(label));
        }
        const std::int32_t* codes = cells.codes();
        for (auto r = std::size_t(block.begin); r < std::size_t(block.end); ++r) {
            values[r] = codes[r] < 0 ? kNaN : labelValue[std::size_t(codes[r])];
        }
    }
    return cells.takeValues();
}

Column textColumn(const ParseInput& in, ParsedCells& parsed, std::int64_t column,
                  const ColumnRequest& request, const CsvOptions& options,
                  const Progress& progress) {
    const auto j = std::size_t(column);
    ColumnCells& cells = *parsed.columns[j];
    auto& blocks = parsed.blocks;
    for (auto& block : blocks) {
        progress.throwIfCancelled();
        ensureTextMode(in, block, cells, column);
    }
    // Union of the block dictionaries in block order; stops once there are too many labels for a
    // categorical column, so million-row id columns never build a global dictionary.
    const std::int64_t limit =
        request.forced == ColumnType::Categorical
            ? std::numeric_limits<std::int64_t>::max()
            : (request.forced == ColumnType::Id ? -1 : options.maxCategories);
    // A raw block has more labels than a categorical column may have.
    bool categorical = limit >= 0 && std::none_of(blocks.begin(), blocks.end(),
                                                  [&](const Block& b) { return b.columns[j].raw; });
    std::int64_t nonMissing = 0;
    StringInterner global;
    std::vector<std::vector<std::int32_t>> toGlobal(blocks.size());
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const BlockColumn& c = blocks[b].columns[j];
        nonMissing += c.numbers + c.texts;
        for (std::size_t e = 0; categorical && e < c.labels.entries().size(); ++e) {
            toGlobal[b].push_back(global.intern(c.labels.entries()[e]));
            categorical = global.size() <= limit;
        }
    }
    if (categorical && !request.forced && global.size() * 2 > nonMissing) {
        categorical = false;
    }
    if (categorical) {
        std::vector<std::string> categories;
        const std::vector<std::int32_t> sortedCode = sortLabels(global.entries(), categories);
        // Block-local codes become dictionary codes in place: the cells are the column.
        std::vector<std::int32_t> codes = cells.takeCodes();
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            for (auto r = std::size_t(blocks[b].begin); r < std::size_t(blocks[b].end); ++r) {
                const std::int32_t code = codes[r];
                codes[r] = code < 0 ? -1 : sortedCode[std::size_t(toGlobal[b][code])];
            }
        }
        return Column::categorical(request.name, std::move(codes), std::move(categories));
    }
    std::vector<std::string> text;
    reserveBig(text, std::size_t(in.rows));
    for (const auto& block : blocks) {
        const BlockColumn& c = block.columns[j];
        const TextRef* refs = c.raw ? cells.refs() : nullptr;
        const std::int32_t* codes = c.raw ? nullptr : cells.codes();
        for (auto r = std::size_t(block.begin); r < std::size_t(block.end); ++r) {
            if (c.raw) {
                text.emplace_back(refs[r].data ? std::string_view(refs[r].data, refs[r].size)
                                               : std::string_view());
            } else {
                text.emplace_back(codes[r] < 0 ? std::string_view()
                                               : c.labels.entries()[std::size_t(codes[r])]);
            }
        }
    }
    return Column::id(request.name, std::move(text));
}

} // namespace

bool looksLikeIdName(std::string_view name) {
    // The rule of the CSV header: /(^|[^a-z])id$|^id|_id|cust.?id|customer.?id/i
    std::string s(name);
    std::transform(s.begin(), s.end(), s.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    const auto n = s.size();
    auto isLetter = [](char c) { return c >= 'a' && c <= 'z'; };
    if (n >= 2 && s.compare(n - 2, 2, "id") == 0 && (n == 2 || !isLetter(s[n - 3]))) {
        return true;
    }
    if (s.rfind("id", 0) == 0 || s.find("_id") != std::string::npos) {
        return true;
    }
    for (const std::string_view prefix : {"cust", "customer"}) {
        for (auto at = s.find(prefix); at != std::string::npos; at = s.find(prefix, at + 1)) {
            const auto after = at + prefix.size();
            if (s.compare(after, 2, "id") == 0 ||
                (after < n && s.compare(after + 1, 2, "id") == 0)) {
                return true;
            }
        }
    }
    return false;
}

std::vector<std::int64_t> numericFirstCells(const ParseInput& in) {
    std::vector<std::int64_t> numeric;
    if (in.rows == 0) {
        return numeric;
    }
    std::string scratch;
    splitRecord(in.text, in.starts[0], in.delimiter, scratch,
                [&](std::int64_t j, std::string_view value, std::size_t, bool) {
                    if (j >= in.columns) {
                        return false;
                    }
                    const std::string_view token = trimSpaces(value);
                    double v = 0.0;
                    if (in.missing->contains(token) || parseNumber(token, in.decimal, v)) {
                        numeric.push_back(j);
                    }
                    return true;
                });
    return numeric;
}

BuiltColumn buildColumn(const ParseInput& input, ParsedCells& parsed, std::int64_t index,
                        const ColumnRequest& request, const CsvOptions& options,
                        const Progress& progress) {
    progress.throwIfCancelled();
    const Tally t = tally(parsed.blocks, index);
    const auto forced = request.forced;
    std::vector<CsvNotice> notices;
    const bool numeric = forced ? (*forced == ColumnType::Numeric || *forced == ColumnType::Binary)
                                : t.texts == 0 && !request.text;
    std::optional<Column> column;
    if (numeric) {
        std::vector<double> values = numericValues(input, parsed, index);
        if (forced && t.texts > 0 &&
            std::none_of(values.begin(), values.end(), [](double v) { return !std::isnan(v); })) {
            // Forced numeric, yet not one cell reads as a number: say which value, not later
            // that the column "has no values".
            std::string scratch;
            bool inScratch = false;
            const std::string_view first =
                extractField(input.text, t.firstText, input.delimiter, 0, scratch, inScratch);
            throw Error(ErrorCode::NotANumber, request.name, lineAt(input.text, t.firstText), -1,
                        std::string(first));
        }
        if (forced == ColumnType::Binary || (!forced && onlyZeroOne(values))) {
            column = Column::binary(request.name, std::move(values));
        } else {
            column = Column::numeric(request.name, std::move(values));
            if (!forced && numbersReadAsId(request.header, column->stats(), input.rows)) {
                ColumnRequest asId = request;
                asId.forced = ColumnType::Id;
                // The id keeps its text as written ("007"), re-read from the records; the
                // values (moved into the numeric column) tell which cells are missing.
                parsed.columns[std::size_t(index)]->restoreValues(column->values());
                column = textColumn(input, parsed, index, asId, options, progress);
            }
        }
        if (column->isNumericLike() && column->stats().nonFinite > 0) {
            notices.push_back({CsvNotice::Kind::NonFiniteValues,
                               request.name,
                               {},
                               column->stats().nonFinite,
                               -1});
        }
    } else {
        if (!forced && !request.text && t.numbers > t.texts) {
            std::string scratch;
            bool inScratch = false;
            const std::string_view first =
                extractField(input.text, t.firstText, input.delimiter, 0, scratch, inScratch);
            notices.push_back({CsvNotice::Kind::MixedTypes, request.name, std::string(first),
                               t.texts, lineAt(input.text, t.firstText)});
        }
        column = textColumn(input, parsed, index, request, options, progress);
    }
    column->setMaxCodeCategories(options.maxCodeCategories);
    // Free the cells as soon as the column owns its data.
    parsed.columns[std::size_t(index)]->release();
    for (auto& block : parsed.blocks) {
        block.columns[std::size_t(index)] = BlockColumn{};
    }
    return {std::move(*column), std::move(notices)};
}

} // namespace gugus::core::csv

namespace gugus::core {

bool columnNameLooksLikeId(std::string_view name) {
    return csv::looksLikeIdName(name);
}

bool cellReadsAsMissing(std::string_view value, const std::vector<std::string>& missingTokens) {
    const std::string_view token = trimSpaces(value);
    if (std::find(missingTokens.begin(), missingTokens.end(), token) != missingTokens.end()) {
        return true;
    }
    double v = 0.0;
    return parseNumber(token, '.', v) && std::isnan(v); // as csv_blocks.cpp's addCell
}

Column columnOfNumbers(std::string name, std::vector<double> values,
                       const std::function<std::vector<std::string>()>& textAsWritten,
                       const CsvOptions& options, std::vector<CsvNotice>& notices) {
    const auto rows = std::int64_t(values.size());
    std::optional<Column> column;
    if (csv::onlyZeroOne(values)) {
        column = Column::binary(name, std::move(values));
    } else {
        column = Column::numeric(name, std::move(values));
        if (csv::numbersReadAsId(name, column->stats(), rows)) {
            column = Column::id(name, textAsWritten());
        }
    }
    if (column->isNumericLike() && column->stats().nonFinite > 0) {
        notices.push_back(
            {CsvNotice::Kind::NonFiniteValues, name, {}, column->stats().nonFinite, -1});
    }
    column->setMaxCodeCategories(options.maxCodeCategories);
    return std::move(*column);
}

Column columnOfLabels(std::string name, const std::vector<std::string>& labels,
                      std::vector<std::int32_t> codes, std::int64_t nonMissing, bool id,
                      const CsvOptions& options) {
    const auto count = std::int64_t(labels.size());
    std::optional<Column> column;
    if (!id && count <= options.maxCategories && count * 2 <= nonMissing) {
        column = csv::sortedCategorical(std::move(name), labels, std::move(codes));
    } else {
        std::vector<std::string> text;
        reserveBig(text, codes.size());
        for (const std::int32_t code : codes) {
            text.push_back(code < 0 ? std::string() : labels[std::size_t(code)]);
        }
        column = Column::id(std::move(name), std::move(text));
    }
    column->setMaxCodeCategories(options.maxCodeCategories);
    return std::move(*column);
}

} // namespace gugus::core
