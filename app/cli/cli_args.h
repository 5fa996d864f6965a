#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gugus::cli {

/// A command-line mistake: printed as one line, exit code 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Parsed arguments of one subcommand: `--name value`, `--name=value`, `--flag`, positionals.
/// Options that may repeat keep every value in order.
class Args {
public:
    /// @param valued  option names that take a value; @param flags  names that take none
    Args(const std::vector<std::string>& argv, const std::set<std::string>& valued,
         const std::set<std::string>& flags);

    bool has(const std::string& name) const { return m_values.count(name) > 0; }
    bool flag(const std::string& name) const { return m_flags.count(name) > 0; }
    std::optional<std::string> get(const std::string& name) const;
    std::string get(const std::string& name, const std::string& fallback) const;
    std::vector<std::string> all(const std::string& name) const;
    long long getInt(const std::string& name, long long fallback) const;
    double getDouble(const std::string& name, double fallback) const;
    const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::map<std::string, std::vector<std::string>> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
};

/// Flags every subcommand accepts: --quiet --no-header --help.
extern const std::set<std::string> kCommonFlags;
/// The union of option-name groups.
std::set<std::string> unite(std::initializer_list<std::set<std::string>> sets);

/// Splits "a,b,c" on commas (no empty items).
std::vector<std::string> splitList(const std::string& text, char separator = ',');

/// "COLUMN=VALUE" of a repeatable --option as {COLUMN, VALUE} (split at the last '='); a
/// UsageError naming the option when either side is empty.
std::pair<std::string, std::string> splitAssignment(const std::string& text,
                                                    const std::string& option);

/// The value that --NAME spells among `keys` (several spellings may give one value); nullopt when
/// the option is absent, a UsageError "--NAME must be ALLOWED" for any other spelling.
template <class T>
std::optional<T> choice(const Args& args, const std::string& name,
                        std::initializer_list<std::pair<std::string_view, T>> keys,
                        const char* allowed) {
    const auto value = args.get(name);
    if (!value) {
        return std::nullopt;
    }
    for (const auto& [key, chosen] : keys) {
        if (*value == key) {
            return chosen;
        }
    }
    throw UsageError("--" + name + " must be " + allowed);
}

/// With --help: writes the help sections to `out`, joined by a newline, and returns true.
bool printedHelp(const Args& args, std::ostream& out, std::initializer_list<const char*> sections);

/// The one FILE of `command`; a UsageError pointing at the command's help otherwise.
const std::string& onlyFile(const Args& args, const std::string& command);

} // namespace gugus::cli
