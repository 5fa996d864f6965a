#pragma once

#include "pipeline/segmentation.h"

#include <string>
#include <vector>

namespace gugus::core {

/// A saved analysis: where the data is, its fingerprint, the recipe, the segmentation settings
/// and the segment names and colours ("gugus-project" version 1 JSON). Opening it re-reads the
/// data and re-runs the segmentation (same seed, same segments), then restores names and colours.
struct ProjectFile {
    static constexpr int kVersion = 1;
    std::string source;      ///< data file path as it was opened
    std::string fingerprint; ///< Table::fingerprint() when saved
    Recipe recipe;
    bool segmented = false;          ///< a segmentation was shown when saved
    SegmentationOptions options;     ///< its settings
    std::vector<std::string> names;  ///< per segment, "" = default name
    std::vector<std::string> colors; ///< per segment "#rrggbb", "" = default colour

    std::string toJson() const;
    /// Throws Error(InvalidProject, what) for malformed files, another format or a newer version.
    static ProjectFile fromJson(std::string_view json);
};

} // namespace gugus::core
