#include "report_options.h"

#include <chrono>
#include <filesystem>

namespace gugus::cli {

const std::set<std::string> kReportOptions{"report-lang", "report-title", "report-author"};

const char* const kReportHelp = R"(Report (PDF, HTML or Excel, by the file's extension):
  --report-lang en|id  language of the report (default en), separate from any interface
  --report-title T     title on the cover (default: a title in the report's language)
  --report-author A    author on the cover
)";

namespace {

core::ReportDate today() {
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{days};
    return {int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
}

bool hasReportExtension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext) {
        c = char(std::tolower(static_cast<unsigned char>(c)));
    }
    return ext == ".pdf" || ext == ".html" || ext == ".htm" || ext == ".xlsx";
}

} // namespace

ReportRequest reportRequestFrom(const Args& args, const std::string& path, const Console& console) {
    if (!hasReportExtension(path)) {
        throw UsageError("a report file ends in .pdf, .html or .xlsx, got '" + path + "'");
    }
    if (!console.renderReport) {
        throw UsageError("this gugus-cli was built without the report renderers "
                         "(configure with GUGUS_BUILD_UI=ON)");
    }
    ReportRequest r;
    r.path = path;
    r.language = args.get("report-lang", "en");
    if (r.language != "en" && r.language != "id") {
        throw UsageError("--report-lang must be en or id");
    }
    r.settings.title = args.get("report-title", "");
    r.settings.author = args.get("report-author", "");
    r.settings.date = today();
    return r;
}

void writeReportFile(const ReportRequest& request, const core::Table& table,
                     const core::SegmentationOptions& options,
                     const core::SegmentationResult& result, const Console& console,
                     core::Progress& progress) {
    const core::ReportContent content =
        core::buildReportContent(table, options, result, request.settings, progress);
    console.renderReport(content, request.language, request.path, progress);
}

} // namespace gugus::cli
