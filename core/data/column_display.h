#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace gugus::core {

/// What one stored value of a column stands for: the values themselves, or thousands, millions
/// or billions of its unit (an income column kept "in juta" holds 274 for Rp 274,000,000).
enum class ValueScale { Units, Thousands, Millions, Billions };

/// How people see a column: the label views and reports show instead of the raw column name,
/// its unit and the scale of its stored values. Nothing here changes the analysis.
struct ColumnDisplay {
    static constexpr std::size_t kMaxLabel = 200; ///< longer labels are refused on load
    static constexpr std::size_t kMaxUnit = 20;
    std::string label; ///< "" = the column name
    std::string unit;  ///< "" = none; a three-letter upper-case code (IDR, USD) is a currency
    ValueScale scale = ValueScale::Units;

    /// Money: the unit is a currency code. Money columns are summed per segment.
    bool isCurrency() const;
    /// Stored value × factor() = the value in units (1, 1e3, 1e6 or 1e9).
    double factor() const;
    bool isDefault() const { return label.empty() && unit.empty() && scale == ValueScale::Units; }
    bool operator==(const ColumnDisplay&) const = default;
};

/// Per column name. Columns without an entry show their name and plain numbers.
using ColumnDisplays = std::map<std::string, ColumnDisplay>;

std::string_view valueScaleKey(ValueScale scale); ///< "units", "thousands", ...
std::optional<ValueScale> valueScaleFromKey(std::string_view key);

} // namespace gugus::core
