#include "display_text.h"

#include "text_format.h"

#include "common/error.h"
#include "data/compact_amount.h"
#include "model/project_file.h"

#include <cmath>
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
        static const char* const kSteps[] = {"", " K", " M", " B", " T"};
        const core::CompactAmount shortAmount = core::compactAmount(amount);
        return d.unit + " " +
               (shortAmount.step == 0
                    ? printfString("%.0f", amount)
                    : printfString("%.1f", shortAmount.value) + kSteps[shortAmount.step]);
    }
    const std::string number = printfString("%.4g", amount);
    return d.unit.empty() ? number : number + " " + d.unit;
}

DisplayText displayTextFrom(const std::string& path) {
    if (path.empty()) {
        return {};
    }
    const std::string text = readText(path); // a missing file says so as for any input
    try {
        return DisplayText(core::columnDisplaysFromFile(text));
    } catch (const core::Error& e) {
        // The display rules are the project file's, but this is not a project: say which field.
        throw std::runtime_error(
            "--display " + path + ": not a usable display file: " +
            (e.subject() == "json" ? std::string("not valid JSON") : "field " + e.subject()) +
            (e.detail().empty() ? std::string() : " (" + e.detail() + ")"));
    }
}

} // namespace gugus::cli
