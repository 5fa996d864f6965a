#pragma once

#include "data/column_display.h"
#include "data/csv_reader.h"
#include "pipeline/segmentation.h"

#include <string>
#include <vector>

namespace gugus::core {

/// A saved analysis: where the data is, its fingerprint, the recipe, the segmentation settings
/// and the segment names and colours ("gugus-project" version 1 JSON). Opening it re-reads the
/// data and re-runs the segmentation (same seed, same segments), then restores names and colours.
struct ProjectFile {
    static constexpr int kVersion = 1;
    static constexpr int kMaxSegments = 1000; ///< k, k_max, names and colours above it are refused
    std::string source;                       ///< data file path as it was opened
    std::string fingerprint;                  ///< Table::fingerprint() when saved
    /// How the data file was read: delimiter, decimal, encoding, header, max rows and the column
    /// types forced on import or in the Dataset view ("import" in the file; optional, projects
    /// saved before it load with the sniffing defaults). Other CsvOptions fields keep defaults.
    CsvOptions import;
    Recipe recipe;
    bool segmented = false;          ///< a segmentation was shown when saved
    SegmentationOptions options;     ///< its settings
    std::vector<std::string> names;  ///< per segment, "" = default name
    std::vector<std::string> colors; ///< per segment "#rrggbb", "" = default colour
    /// Per segment, the analyst's recommended action for the report, "" = none. Optional in the
    /// file (projects saved before it load with none).
    std::vector<std::string> actions;
    /// Display label, unit and scale per column (optional in the file: none = raw names).
    ColumnDisplays displays;

    std::string toJson() const;
    /// Throws Error(InvalidProject, field path, rule) for malformed files, another format, a newer
    /// version or a setting out of range (k from 1, k_min from 2, k_max >= k_min, n_init >= 1, eps
    /// > 0, cut height >= 0 ...); Error(InvalidRecipe, ...) for its recipe.
    static ProjectFile fromJson(std::string_view json);
};

/// A display file shipped next to data ({"format": "gugus-display", "version": 1, "columns":
/// [{"column", "label", "unit", "scale"}]}), e.g. the bundled sample's labels and units. Throws
/// Error(InvalidProject, field path, rule) as ProjectFile::fromJson does for its "display" list.
ColumnDisplays columnDisplaysFromFile(std::string_view json);
/// The display file of `displays` (the format columnDisplaysFromFile reads; columns shown as
/// they are left out), indented, ending in a newline.
std::string columnDisplaysToFile(const ColumnDisplays& displays);
/// The display file that belongs beside a data file: "NAME.display.json" for "NAME.csv" (the
/// last extension replaced; a name without one gets ".display.json" appended).
std::string displayFilePath(const std::string& dataPath);

} // namespace gugus::core
