#pragma once

#include "data/column_display.h"
#include "data/csv_reader.h"
#include "pipeline/segmentation.h"
#include "source/db_source.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gugus::core {

/// Where a project's data came from when it is a database query ("database" in the file): the
/// connection and the query, never a password (DbSource::password is neither written nor read).
struct ProjectDatabase {
    DbSource source;
    /// Rows of the query's result when the project was saved, for the warning when it changed.
    std::int64_t rows = 0;
};

/// A saved analysis: where the data is, its fingerprint, the recipe, the segmentation settings
/// and the segment names and colours ("gugus-project" version 1 JSON). Opening it re-reads the
/// data and re-runs the segmentation (same seed, same segments), then restores names and colours.
struct ProjectFile {
    static constexpr int kVersion = 1;
    static constexpr int kMaxSegments = 1000; ///< k, k_max, names and colours above it are refused
    /// Mini-batch K-Means: rows per batch above it are refused.
    static constexpr std::int64_t kMaxBatchSize = 100000000;
    std::string source; ///< data file path as it was opened (a URL for a database)
    /// Table::fingerprint() when saved: a hash of the column names, their types, the row count
    /// and every value, so reopening can tell whether the data (or a query's result) changed.
    std::string fingerprint;
    /// The data came from a database query (optional in the file; absent for files): reopening
    /// runs the query again instead of reading `source`.
    std::optional<ProjectDatabase> database;
    /// How the data file was read: delimiter, decimal, encoding, header, max rows and the column
    /// types forced on import or in the Dataset view ("import" in the file; optional, projects
    /// saved before it load with the sniffing defaults). Other CsvOptions fields keep defaults.
    CsvOptions import;
    /// The worksheet read when the source is an Excel workbook: its name ("import.sheet" in the
    /// file, optional); "" = the first worksheet, or a text file.
    std::string sheet;
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

/// Display files are a few kilobytes; a file far larger is not one (refused before reading).
inline constexpr std::int64_t kMaxDisplayFileBytes = 4 << 20;

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
