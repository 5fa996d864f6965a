#include "cli_args.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace gugus::cli {

Args::Args(const std::vector<std::string>& argv, const std::set<std::string>& valued,
           const std::set<std::string>& flags) {
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a.size() < 3 || a.rfind("--", 0) != 0) {
            if (a.size() > 1 && a[0] == '-' && a != "-") {
                throw UsageError("unknown option '" + a + "' (options start with --)");
            }
            m_positional.push_back(a);
            continue;
        }
        std::string name = a.substr(2);
        std::optional<std::string> value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (flags.count(name)) {
            if (value) {
                throw UsageError("option --" + name + " takes no value");
            }
            m_flags.insert(name);
        } else if (valued.count(name)) {
            if (!value) {
                if (i + 1 >= argv.size()) {
                    throw UsageError("option --" + name + " needs a value");
                }
                value = argv[++i];
            }
            m_values[name].push_back(*value);
        } else {
            throw UsageError("unknown option --" + name + " (see --help)");
        }
    }
}

std::optional<std::string> Args::get(const std::string& name) const {
    const auto it = m_values.find(name);
    if (it == m_values.end()) {
        return std::nullopt;
    }
    return it->second.back();
}

std::string Args::get(const std::string& name, const std::string& fallback) const {
    return get(name).value_or(fallback);
}

std::vector<std::string> Args::all(const std::string& name) const {
    const auto it = m_values.find(name);
    return it == m_values.end() ? std::vector<std::string>{} : it->second;
}

long long Args::getInt(const std::string& name, long long fallback) const {
    const auto v = get(name);
    if (!v) {
        return fallback;
    }
    long long out = 0;
    const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
    if (ec != std::errc() || end != v->data() + v->size()) {
        throw UsageError("option --" + name + " needs a whole number, got '" + *v + "'");
    }
    return out;
}

double Args::getDouble(const std::string& name, double fallback) const {
    const auto v = get(name);
    if (!v) {
        return fallback;
    }
    char* end = nullptr;
    const double out = std::strtod(v->c_str(), &end);
    if (v->empty() || end != v->c_str() + v->size()) {
        throw UsageError("option --" + name + " needs a number, got '" + *v + "'");
    }
    if (!std::isfinite(out)) {
        throw UsageError("option --" + name + " needs a finite number, got '" + *v + "'");
    }
    return out;
}

const std::set<std::string> kCommonFlags{"quiet", "no-header", "help"};

std::set<std::string> unite(std::initializer_list<std::set<std::string>> sets) {
    std::set<std::string> out;
    for (const auto& s : sets) {
        out.insert(s.begin(), s.end());
    }
    return out;
}

std::vector<std::string> splitList(const std::string& text, char separator) {
    std::vector<std::string> out;
    std::string item;
    for (char c : text) {
        if (c == separator) {
            if (!item.empty()) {
                out.push_back(item);
            }
            item.clear();
        } else {
            item += c;
        }
    }
    if (!item.empty()) {
        out.push_back(item);
    }
    return out;
}

std::pair<std::string, std::string> splitAssignment(const std::string& text,
                                                    const std::string& option) {
    const auto eq = text.rfind('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == text.size()) {
        throw UsageError("option --" + option + " needs COLUMN=VALUE, got '" + text + "'");
    }
    return {text.substr(0, eq), text.substr(eq + 1)};
}

bool printedHelp(const Args& args, std::ostream& out, std::initializer_list<const char*> sections) {
    if (!args.flag("help")) {
        return false;
    }
    const char* separator = "";
    for (const char* section : sections) {
        out << separator << section;
        separator = "\n";
    }
    return true;
}

const std::string& onlyFile(const Args& args, const std::string& command) {
    if (args.positional().size() != 1) {
        throw UsageError(command + " needs exactly one FILE (see gugus-cli " + command +
                         " --help)");
    }
    return args.positional()[0];
}

} // namespace gugus::cli
