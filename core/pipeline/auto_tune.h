#pragma once

#include "pipeline/segmentation.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gugus::core {

struct AutoTuneOptions {
    int kMin = 2;
    int kMax = 8;
    /// Solutions with a segment smaller than this share of the customers are not kept.
    double minSegmentShare = 0.05;
    bool tryHierarchical = true; ///< also Ward on the best feature subsets (K-Means always)
    int bootstraps = 5;          ///< stability: refits on 80 % subsamples
    int keep = 5;                ///< solutions reported
    double target = 0.7;         ///< the silhouette the brief asks for
    std::uint64_t seed = 0;
    int nInit = 4; ///< K-Means restarts during the search (the final fit can use more)
    SilhouetteOptions silhouette{SilhouetteOptions::Mode::Auto, 5000, 3000};
};

struct TuneCandidate {
    Algorithm algorithm = Algorithm::KMeans;
    int k = 0;
    std::vector<std::string> columns; ///< feature columns used (a subset of the recipe's)
    double silhouette = 0.0;
    double smallestShare = 0.0; ///< the smallest segment's share of the customers
    double stability = 0.0;     ///< mean ARI of subsample refits against the full solution
};

struct AutoTuneResult {
    std::vector<TuneCandidate> best; ///< highest silhouette first, min size respected
    int evaluated = 0;               ///< solutions scored (subset x algorithm x k)
    bool targetReached = false;      ///< best silhouette >= options.target
    /// Machine-readable notes on the trade-off, e.g. "dropped:Area", "min-size-excluded:12".
    std::vector<std::string> notes;
};

/// Searches, within the recipe's Feature columns (a perspective), for segmentations with a high
/// silhouette: k = kMin..kMax with K-Means for every feature subset visited by a backward
/// elimination (drop the column whose removal most improves the best silhouette, while it
/// improves and at least 2 columns remain), then Ward on the best subsets. Solutions with a
/// segment under minSegmentShare are excluded. The best `keep` get a stability score (mean
/// adjusted Rand index of `bootstraps` refits on seeded 80 % subsamples against the full
/// solution). Reproducible for a seed, independent of the thread count. Progress stage "tune".
/// Throws what runSegmentation throws for the full recipe, and Cancelled.
AutoTuneResult autoTune(const Table& table, const Recipe& recipe, const AutoTuneOptions& options,
                        Progress& progress);

} // namespace gugus::core
