#pragma once

// What a reader of typed sources adds to the CSV reader: columns that are text whatever their
// values look like (a database result streamed as CSV), and the reader's type rules for cells that
// arrive already typed (a database's binary result), so both give the same Table. Apart from
// csv_reader.h so the many users of the plain reader do not depend on it.

#include "data/csv_reader.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace gugus::core {

/// True when a column name reads like a customer id ("CUST_ID", "Customer Id", "id"): the rule
/// by which the reader keeps unique integers as ids.
bool columnNameLooksLikeId(std::string_view name);

/// readCsvText, with the columns named in `textColumns` read as text even when every value is a
/// number ("00123" postal codes): Categorical or Id by the usual rule. `options.forcedTypes` wins
/// over this. An unknown name is Error(UnknownColumn).
CsvReadResult readCsvText(std::string_view text, const CsvOptions& options,
                          const std::vector<std::string>& textColumns, Progress& progress);

/// True when the reader takes a cell holding `value` as missing: after trimming spaces and tabs it
/// is one of `missingTokens`, or a spelling of NaN.
bool cellReadsAsMissing(std::string_view value, const std::vector<std::string>& missingTokens);

/// The reader's rule for a column whose cells are all numbers (NaN = missing): Binary when every
/// value is 0 or 1; Id when whole, unique, complete and named like an id (or pandas' unnamed
/// index), its text then `textAsWritten()` (one string per row); else Numeric. Adds the
/// NonFiniteValues notice as the reader does.
Column columnOfNumbers(std::string name, std::vector<double> values,
                       const std::function<std::vector<std::string>()>& textAsWritten,
                       const CsvOptions& options, std::vector<CsvNotice>& notices);

/// The reader's rule for a text column: `labels` are the distinct non-missing labels in first-seen
/// order, `codes` per row an index into them or -1 (missing), `nonMissing` the non-missing cells.
/// Categorical (categories in byte order) with at most options.maxCategories labels and no more
/// than half the non-missing cells; otherwise, or when `id`, an Id column.
Column columnOfLabels(std::string name, const std::vector<std::string>& labels,
                      std::vector<std::int32_t> codes, std::int64_t nonMissing, bool id,
                      const CsvOptions& options);

namespace csv {
/// Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and code points past
/// U+10FFFF included), or std::size_t(-1) when `s` is valid UTF-8. ASCII runs are skipped 32
/// bytes at a time.
std::size_t firstInvalidUtf8(std::string_view s);
} // namespace csv

} // namespace gugus::core
