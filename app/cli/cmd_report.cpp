// gugus-cli report: re-runs a saved project (.gugus) and writes the managers' report.
#include "cli.h"
#include "cli_options.h"
#include "console_progress.h"
#include "report_options.h"
#include "text_format.h"

#include "common/error.h"
#include "common/small_file.h"
#include "data/csv_reader.h"
#include "data/output_paths.h"
#include "model/project_file.h"
#include "source/xlsx_reader.h"

#include <filesystem>

namespace gugus::cli {

namespace {

constexpr const char* kHelp = R"(Usage: gugus-cli report PROJECT.gugus --out FILE [options]

Re-reads the project's data, re-runs its segmentation (same recipe, settings and seed, so the
same segments) and writes the report with the project's segment names, colours and recommended
actions. The format follows FILE's extension: .pdf, .html or .xlsx.
  --out FILE           the report file
  --threads N --quiet
)";

} // namespace

int runReport(const std::vector<std::string>& argv, const Console& console) {
    const Args args(argv, unite({kReportOptions, {"out", "threads"}}), kCommonFlags);
    if (printedHelp(args, console.out, {kHelp, kReportHelp})) {
        return 0;
    }
    if (args.positional().size() != 1) {
        throw UsageError("report needs PROJECT.gugus (see gugus-cli report --help)");
    }
    const auto out = args.get("out");
    if (!out) {
        throw UsageError("report needs --out FILE.pdf|html|xlsx");
    }
    ReportRequest request = reportRequestFrom(args, *out, console);
    applyThreads(args);
    const std::string& projectPath = args.positional()[0];
    const core::ProjectFile project =
        core::ProjectFile::fromJson(core::readSmallFile(projectPath, core::kMaxSettingsFileBytes));
    if (!project.segmented) {
        throw core::Error(core::ErrorCode::InvalidProject, "segmented", -1, -1,
                          "the project holds no segmentation to report on");
    }
    core::checkOutputPaths({projectPath, project.source}, {*out});
    ConsoleProgress progress(console, args.flag("quiet"));
    const core::Table table =
        core::readDataFile(project.source, project.sheet, project.import, progress).table;
    if (table.fingerprint() != project.fingerprint && !args.flag("quiet")) {
        console.err << "gugus-cli: warning: " << project.source
                    << " has changed since the project was saved; the segments may differ\n";
    }
    const core::SegmentationResult result =
        core::runSegmentation(table, project.recipe, project.options, progress);
    request.settings.dataset = std::filesystem::path(project.source).filename().string();
    request.settings.names = project.names;
    request.settings.colors = project.colors;
    request.settings.actions = project.actions;
    request.settings.displays = project.displays;
    writeReportFile(request, table, project.options, result, console, progress);
    console.out << "report written to " << *out << "\n";
    return 0;
}

} // namespace gugus::cli
