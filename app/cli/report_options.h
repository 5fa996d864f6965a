#pragma once

// The report options shared by `segment --report` and `report`: where, in which language, titled
// and signed how; checked before any work, rendered through Console::renderReport.

#include "cli.h"
#include "cli_args.h"

#include "pipeline/segmentation.h"
#include "report/report_content.h"

#include <optional>
#include <set>
#include <string>

namespace gugus::cli {

extern const std::set<std::string> kReportOptions; ///< --report-lang --report-title ...
extern const char* const kReportHelp;

/// What the user asked of the report.
struct ReportRequest {
    std::string path;
    std::string language = "en";
    core::ReportSettings settings;
};

/// The report request for output `path` (from --report or --out), or a UsageError: unknown
/// extension or language, or a gugus-cli built without report support.
ReportRequest reportRequestFrom(const Args& args, const std::string& path, const Console& console);

/// Builds the report of a finished segmentation of `table` and renders it to request.path.
void writeReportFile(const ReportRequest& request, const core::Table& table,
                     const core::SegmentationOptions& options,
                     const core::SegmentationResult& result, const Console& console,
                     core::Progress& progress);

} // namespace gugus::cli
