#pragma once

#include "common/matrix.h"
#include "common/progress.h"
#include "numeric/row_distance.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace gugus::core {

enum class KMedoidsInit {
    Build,          ///< PAM's greedy BUILD (Kaufman & Rousseeuw): deterministic, k passes over n^2
    KMeansPlusPlus, ///< seeded: first medoid uniform, then rows drawn with probability ~ D(x)^2
};
/// "build" or "k-means++" (summary JSON, report, logs) and back.
const char* kmedoidsInitKey(KMedoidsInit init) noexcept;
std::optional<KMedoidsInit> kmedoidsInitFromKey(std::string_view key);

struct KMedoidsOptions {
    int k = 5;
    Dissimilarity metric = Dissimilarity::Gower;
    KMedoidsInit init = KMedoidsInit::Build;
    int maxIter = 100; ///< passes over the candidate rows (FasterPAM stops earlier when one full
                       ///< pass finds no improving swap)
    std::uint64_t seed = 0; ///< k-means++ init only
    /// Rows up to which the n x n distances are computed once and stored (8 n^2 bytes: 128 MB at
    /// 4000 rows); above it every distance is computed when needed, in parallel.
    std::int64_t matrixLimit = 4000;
};

struct KMedoidsResult {
    std::vector<std::int64_t> medoids; ///< k row numbers of the data, one per segment
    Labels labels;                     ///< per row: index of its nearest medoid (ties -> lowest)
    double totalDeviation = 0.0;       ///< sum over rows of the distance to their medoid
    int iterations = 0;                ///< passes over the candidates
    std::int64_t swaps = 0;            ///< medoid swaps performed
    bool converged = false;            ///< a full pass found no improving swap (not maxIter)
    bool storedMatrix = false;         ///< distances were held in an n x n matrix
    std::vector<std::int64_t> sizes;   ///< rows per segment
};

/// K-Medoids by FasterPAM (Schubert & Rousseeuw 2021, "Fast and eager k-medoids clustering"):
/// the candidates are visited in row order and the best swap for each is applied at once when it
/// lowers the total deviation (eager swapping), with PAM's removal-loss bookkeeping so one
/// candidate costs O(n) distances. Stops when a whole pass over the rows since the last swap
/// finds no improvement.
///
/// Deterministic: each candidate's O(n) scan is split into fixed blocks whose partial sums are
/// added in block order, so the result is the same bits for 1 or N threads, with the matrix or
/// without it. Throws Error(InvalidOption, "k" / "max_iter") , TooFewRows (k > rows), Cancelled
/// (checked per candidate block). Progress stage "kmedoids".
KMedoidsResult kmedoids(const RowDistance& distance, const KMedoidsOptions& options,
                        Progress& progress);

/// Index of the nearest of `medoidRows` (ties -> lowest) for a row laid out as the data set of
/// `distance`; used to score new customers with a saved model.
int nearestMedoid(const RowDistance& distance, const double* row,
                  const std::vector<const double*>& medoidRows);

/// Plain PAM reference (BUILD, then the single best swap per step until none improves), every
/// swap cost computed from scratch: O(k n^2) per candidate swap. For differential tests on small
/// data only.
KMedoidsResult referencePam(const RowDistance& distance, int k);

} // namespace gugus::core
