#pragma once

#include "data/column_display.h"

#include <ostream>
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

class Args;

/// The displays of --display FILE (a gugus-display file, as written by the desktop program
/// beside the data), or none without the option. Throws an error naming the file and the field
/// for a file that cannot be used.
DisplayText displayTextFrom(const std::string& path);

/// Where a run's column labels come from: --display FILE, else NAME.display.json beside the
/// data file `dataFile` when it exists (as the desktop program reads it), none with
/// --no-display, for standard input ("-") or a database (`dataFile` empty or --db).
struct DisplaySource {
    std::string path;        ///< empty: none
    bool besideData = false; ///< found beside the data rather than named by --display
};
DisplaySource displaySourceFrom(const Args& args, const std::string& dataFile);

/// The displays of `source`. A file named by --display must be usable (else the error of
/// displayTextFrom); a file found beside the data that cannot be used is only a warning on
/// `err` unless `quiet` (the desktop program shows it too), and the run goes on with raw column
/// names.
DisplayText displayTextFrom(const DisplaySource& source, std::ostream& err, bool quiet);

} // namespace gugus::cli
