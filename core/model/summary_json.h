#pragma once

#include "data/column_display.h"
#include "pipeline/segmentation.h"

#include <string>
#include <vector>

namespace gugus::core {

/// Facts about where the data came from, for the summary.
struct RunSource {
    std::string file;    ///< path or name as the user gave it
    std::string command; ///< e.g. the CLI command line, may be empty
    /// Column labels, units and scales: written as the "display" list (as in project files:
    /// {"column", "label", "unit", "scale"}) when there are any.
    ColumnDisplays displays = {};
    /// The load's warning keys (summaryWarnings of its notices, e.g. "utf16:UTF-16LE"), listed
    /// before the run's in `warnings`.
    std::vector<std::string> loadWarnings = {};
};

/// The JSON summary of a segmentation run (format "gugus-summary", version 1): source and
/// fingerprint, options, seed, fitted recipe, metrics, segment sizes and centres, the k sweep when
/// there was one, and per-segment profiles. NaN values are written as null. Top-level keys `k`,
/// `seed`, `n_rows`, `features` and `metrics.{inertia,silhouette,calinski_harabasz,
/// davies_bouldin}` are a contract scripts rely on.
std::string summaryJson(const Table& table, const SegmentationOptions& options,
                        const SegmentationResult& result, const RunSource& source);

/// JSON of one sweep (used by `gugus-cli sweep --json`).
std::string sweepJson(const SweepResult& sweep);

} // namespace gugus::core
