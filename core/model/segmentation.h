#pragma once

#include "cluster/kmeans.h"
#include "common/progress.h"
#include "data/table.h"
#include "prep/recipe.h"
#include "profile/segment_profile.h"
#include "select/k_sweep.h"

#include <optional>
#include <string>

namespace gugus::core {

/// Everything that decides a segmentation run besides the data and the recipe.
struct SegmentationOptions {
    std::optional<int> k; ///< nothing = choose k by a sweep (runKSweep's suggestion)
    int kMin = 2;         ///< sweep range when k is chosen automatically
    int kMax = 10;
    KMeansOptions kmeans; ///< algorithm options; k is set from `k` or the sweep
    SilhouetteOptions silhouette;
};

/// The outcome of one run: data -> recipe -> features -> (sweep) -> K-Means -> metrics -> profiles.
struct SegmentationResult {
    std::string fingerprint; ///< Table::fingerprint() of the input
    FittedRecipe recipe;
    PreparedData data;                ///< feature matrix and the table rows it holds
    std::optional<SweepResult> sweep; ///< present when k was chosen automatically
    int k = 0;
    KMeansResult kmeans;
    ClusterScores scores;
    Labels tableLabels; ///< one per table row: segment, or kUnassigned for dropped rows
    ProfileResult profile;
    double seconds = 0.0; ///< wall time of the whole run
};

/// Runs the whole pipeline on worker-free, synchronous code (callers choose the thread).
/// Progress stages: "recipe.fit", "recipe.apply", "sweep", "kmeans", "silhouette", "profile".
/// Throws Error for bad input (e.g. k > rows as TooFewRows) and Cancelled.
SegmentationResult runSegmentation(const Table& table, const Recipe& recipe,
                                   const SegmentationOptions& options, Progress& progress);

} // namespace gugus::core
