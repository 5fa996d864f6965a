#pragma once

#include "common/progress.h"
#include "data/table.h"

#include <string>
#include <string_view>
#include <vector>

namespace gugus::core {

/// Options of the writer.
struct CsvWriteOptions {
    char delimiter = ',';
    /// Prefix text cells that start with = + - @ (or tab/CR) with a single quote so spreadsheets
    /// do not run them as formulas. Numbers are never touched.
    bool neutraliseFormulas = true;
    /// End records with CRLF (as RFC 4180 writes them) instead of LF.
    bool crlf = false;
};

/// A column appended after the table's own when writing (e.g. "segment"): one text per row.
struct CsvExtraColumn {
    std::string name;
    std::vector<std::string> values;
};

/// Writes every row of `table` (all columns, input order) plus `extra` columns appended last (a
/// table column with the name of an extra column is replaced by it, so a labelled file segmented
/// again keeps one `segment` column: the new one),
/// atomically: a temporary file next to `path` is renamed over it at the end. Numbers are written
/// in shortest round-trip form, missing values as empty fields; fields are quoted when needed.
/// Throws Error(WriteFailed).
void writeCsvFile(const std::string& path, const Table& table,
                  const std::vector<CsvExtraColumn>& extra, const CsvWriteOptions& options,
                  Progress& progress);

/// True for the names of the columns Gugus appends to its outputs ("segment", "segment_name",
/// "segment_note", any case): in an input they are an earlier result, never a default feature.
bool isOutputColumnName(std::string_view name);

/// Writes `content` to `path` atomically (temp file + rename). Throws Error(WriteFailed).
void writeFileAtomically(const std::string& path, std::string_view content);

} // namespace gugus::core
