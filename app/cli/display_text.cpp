#include "display_text.h"

#include "cli_args.h"
#include "text_format.h"

#include "common/error.h"
#include "common/small_file.h"
#include "data/compact_amount.h"
#include "model/project_file.h"

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <stdexcept>

namespace gugus::cli {

std::string DisplayText::label(const std::string& column) const {
    const auto it = m_displays.find(column);
    return it == m_displays.end() || it->second.label.empty() ? column : it->second.label;
}

std::string DisplayText::value(const std::string& column, double stored) const {
    if (std::isnan(stored)) {
        return "n/a";
    }
    const auto it = m_displays.find(column);
    if (it == m_displays.end()) {
        return printfString("%.4g", stored);
    }
    const core::ColumnDisplay& d = it->second;
    const double amount = stored * d.factor();
    if (d.isCurrency()) {
        const core::CompactAmount shortAmount = core::compactAmount(amount);
        return d.unit + " " +
               (shortAmount.step == 0 ? printfString("%.0f", amount)
                                      : printfString("%.1f", shortAmount.value) + " " +
                                            std::string(core::kCompactStepWords[shortAmount.step]));
    }
    const std::string number = printfString("%.4g", amount);
    return d.unit.empty() ? number : number + " " + d.unit;
}

namespace {

/// Why a display file cannot be used, e.g. "field columns[0].scale (...)"; throws for a file
/// that cannot be read.
std::string problemOf(const std::string& path, core::ColumnDisplays& displays) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size > std::uintmax_t(core::kMaxDisplayFileBytes)) {
        return "larger than a display file can be";
    }
    // A missing file says so as for any input.
    const std::string text = core::readSmallFile(path, core::kMaxDisplayFileBytes);
    try {
        displays = core::columnDisplaysFromFile(text);
        return {};
    } catch (const core::Error& e) {
        // The display rules are the project file's, but this is not a project: say which field.
        return (e.subject() == "json" ? std::string("not valid JSON") : "field " + e.subject()) +
               (e.detail().empty() ? std::string() : " (" + e.detail() + ")");
    }
}

} // namespace

DisplayText displayTextFrom(const std::string& path) {
    if (path.empty()) {
        return {};
    }
    core::ColumnDisplays displays;
    const std::string problem = problemOf(path, displays);
    if (!problem.empty()) {
        throw std::runtime_error("--display " + path + ": not a usable display file: " + problem);
    }
    return DisplayText(std::move(displays));
}

DisplaySource displaySourceFrom(const Args& args, const std::string& dataFile) {
    if (args.flag("no-display")) {
        if (args.has("display")) {
            throw UsageError("--display and --no-display: give one or the other");
        }
        return {};
    }
    if (const auto path = args.get("display")) {
        return {*path, false};
    }
    if (dataFile.empty() || dataFile == "-" || args.has("db")) {
        return {};
    }
    const std::string beside = core::displayFilePath(dataFile);
    std::error_code error;
    return std::filesystem::is_regular_file(beside, error) ? DisplaySource{beside, true}
                                                           : DisplaySource{};
}

DisplayText displayTextFrom(const DisplaySource& source, std::ostream& err, bool quiet) {
    if (!source.besideData) {
        return displayTextFrom(source.path);
    }
    core::ColumnDisplays displays;
    std::string problem;
    try {
        problem = problemOf(source.path, displays);
    } catch (const std::exception& e) { // unreadable: as unusable, the data still is
        problem = e.what();
    }
    if (!problem.empty()) {
        if (quiet) {
            return {};
        }
        err << "gugus-cli: warning: " << source.path << " (found beside the data) is not a usable "
            << "display file: " << problem
            << "; columns keep their names (--no-display skips it)\n";
        return {};
    }
    return DisplayText(std::move(displays));
}

} // namespace gugus::cli
