#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
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

/// Splits "a,b,c" on commas (no empty items).
std::vector<std::string> splitList(const std::string& text, char separator = ',');

} // namespace gugus::cli
