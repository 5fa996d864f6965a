#pragma once

// What a reader of typed sources (a database result streamed as CSV) adds to the CSV reader:
// columns that are text whatever their values look like. Apart from csv_reader.h so the many users
// of the plain reader do not depend on it.

#include "data/csv_reader.h"

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

} // namespace gugus::core
