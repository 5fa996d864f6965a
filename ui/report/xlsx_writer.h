#pragma once

#include "common/progress.h"
#include "report/report_content.h"

#include <cstdint>
#include <string>

namespace gugus::report {

class ReportText;

struct XlsxOptions {
    /// Rows per sheet, header included: Excel's limit. A member list longer than this continues
    /// on "Members 2", "Members 3" ... (lowered by tests).
    std::int64_t maxRowsPerSheet = 1048576;
};

/// The report as an Excel workbook (libxlsxwriter, constant-memory mode: rows are streamed to
/// disk, so a million members need little memory). Sheets, named in the report's language:
/// Summary, Segments, Profiles (means per segment and overall, 3-colour scale per row),
/// Products, Offers, Metrics by k (a native line chart of the elbow when a sweep exists),
/// Method and Members (customer id or row, segment, name). Numbers are written as numbers;
/// text is always written as a string, never as a formula, whatever it starts with.
/// Writes `path` directly (writeReport renames it into place). Progress stage "report.xlsx";
/// throws core::Error(WriteFailed, path, ..., detail) and core::Cancelled.
void writeXlsx(const core::ReportContent& content, const ReportText& text, const std::string& path,
               core::Progress& progress, const XlsxOptions& options = {});

} // namespace gugus::report
