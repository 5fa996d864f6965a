#pragma once

#include "report/report_content.h"

/// The pieces buildReportContent assembles, one file each. Internal to report/.
namespace gugus::core::detail {

/// Profile rows ranked as the GUI's heatmap, over segments 0..k-1 (noise left out).
ReportProfiles reportProfiles(const SegmentationResult& result, int heatmapColumns);

/// The customer map: PCA of the feature matrix, at most `points` customers (seeded sample).
MapChart mapChart(const SegmentationResult& result, int points, std::uint64_t seed,
                  Progress& progress);
SweepChart sweepChart(const SweepResult& sweep, int chosenK);
/// The top `merges` merges of the tree (at least enough to show the cut into k).
TreeChart treeChart(const SegmentationResult& result, int merges, Linkage linkage);
KDistanceChart kDistanceChart(const SegmentationResult& result, const DbscanOptions& options,
                              Progress& progress);

ReportMethod reportMethod(const Table& table, const SegmentationOptions& options,
                          const SegmentationResult& result);

} // namespace gugus::core::detail
