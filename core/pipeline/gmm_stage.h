#pragma once

#include "pipeline/segmentation.h"

/// The Gaussian mixture step of runSegmentation (internal to pipeline/).
namespace gugus::core::detail {

/// Fits the mixture on the clustering matrix (the components when a reduction ran; k from
/// options or a sweep): fills result.gmm, result.k, result.sweep and the partition (labels = the
/// component of maximum posterior, centres = the mixture's means, which centresToFeatureSpace
/// turns into segment means like every algorithm's). Progress runs over [from, to) of `scale`.
void runGmm(SegmentationResult& result, const SegmentationOptions& options, Progress& progress,
            std::int64_t from, std::int64_t to, std::int64_t scale);

/// Renumbers the mixture's components as the segments (component s becomes order[s]): labels,
/// sizes, probability columns, weights, means, covariances and precisions.
void renumberGmm(GmmResult& gmm, const std::vector<int>& order);

} // namespace gugus::core::detail
