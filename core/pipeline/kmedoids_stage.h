#pragma once

#include "pipeline/segmentation.h"

/// The K-Medoids step of runSegmentation (internal to pipeline/).
namespace gugus::core::detail {

/// Throws InvalidOption (field "reduce") for K-Medoids with a reduction: K-Medoids keeps its own
/// distance over the prepared (or, for Gower, raw) columns and its medoids are real customers in
/// those columns; a reduced space is not wired for it. Segmentation and sweep refuse alike.
void refuseKMedoidsWithReduction(const SegmentationOptions& options);

/// Fits K-Medoids on `result.data` (k from options or a sweep scored with the same distance):
/// fills result.gower (Gower), result.kmedoids, result.metric, result.k, result.sweep and the
/// partition (centres = segment means of the prepared features, for profiles and maps).
/// Progress runs over [from, to) of `scale`.
void runKMedoids(SegmentationResult& result, const Table& table, const SegmentationOptions& options,
                 Progress& progress, std::int64_t from, std::int64_t to, std::int64_t scale);

} // namespace gugus::core::detail
