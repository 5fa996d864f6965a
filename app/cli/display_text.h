#pragma once

#include "data/column_display.h"

#include <string>

namespace gugus::cli {

/// Columns as gugus-cli's English text names them when --display gave a display file: the label
/// instead of the raw column name, and values with their unit ("IDR 341.8 M", "53.2 years").
/// Without displays, raw names and plain numbers, as before.
class DisplayText {
public:
    DisplayText() = default;
    explicit DisplayText(core::ColumnDisplays displays) : m_displays(std::move(displays)) {}

    const core::ColumnDisplays& displays() const { return m_displays; }
    /// The label, or the column name when the column has none.
    std::string label(const std::string& column) const;
    /// A stored value in words: scaled to units; money compacted with the currency code
    /// ("IDR 341.8 M"); another unit after the number ("53.2 years"); else "%.4g".
    std::string value(const std::string& column, double stored) const;

private:
    core::ColumnDisplays m_displays;
};

/// The displays of --display FILE (a gugus-display file, as written by the desktop program
/// beside the data), or none without the option. Throws an error naming the file and the field
/// for a file that cannot be used.
DisplayText displayTextFrom(const std::string& path);

} // namespace gugus::cli
