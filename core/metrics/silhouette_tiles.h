#pragma once

#include "metrics/cluster_metrics.h"
#include "numeric/lane_ops.h"

#include <cstdint>
#include <vector>

/// The Euclidean silhouette's distance-sum kernel, shared by the exact pass (every pair once, block
/// pairs) and the sampled estimate (sampled rows against a stratified reference). Internal to
/// metrics/.
///
/// Distances: |x|^2 - 2 x.y + |y|^2 in float64, clamped at 0, square-rooted, and exactly 0 for a
/// row with itself: scikit-learn's euclidean_distances. The dot products come from a 4 x 8
/// register tile of FMAs over packed copies (groups of 8 rows stored dimension-major), and the
/// square roots, sums and masks are done on the tile while it is still in registers: the square
/// roots run on the divider while the next tile's FMAs run, so no distance is ever written out.
namespace gugus::core::detail {

constexpr std::int64_t kGroup = 8;    // rows per packed group: the tile's columns, the padding
constexpr std::int64_t kTileRows = 4; // rows of a register tile
static_assert(kGroup % kTileRows == 0);

/// Rows packed in groups of kGroup, padded with zero rows of weight 0.
struct PackedRows {
    std::int64_t dims = 0;
    std::int64_t rows = 0;              ///< padded row count, a multiple of kGroup
    std::vector<double> packed;         ///< group g, dimension q, lane l at (g * dims + q) * 8 + l
    std::vector<double> norms;          ///< squared norm per padded row (0 for padding)
    std::vector<double> weights;        ///< 1 per real row, 0 per padding row
    std::vector<char> padded;           ///< per group of kGroup rows: holds padding
    std::vector<int> clusters;          ///< cluster per padded row (0 for ungrouped rows)
    std::vector<std::int64_t> original; ///< original row per padded row, -1 for padding
};

/// Packs the rows with keep[i] != 0 (every clustered row when `keep` is empty) grouped by cluster,
/// in row order within a cluster, each cluster's run padded to a multiple of kGroup; so every
/// 8-column tile lies in one cluster.
PackedRows packByCluster(const FeatureMatrix& x, const Labels& labels, int k,
                         const std::vector<char>& keep);

/// Packs the rows `rows` in that order, padded at the end to a multiple of kGroup.
PackedRows packInOrder(const FeatureMatrix& x, const std::vector<std::int64_t>& rows);

/// Columns of a row tile whose distance is a row's distance to itself (exactly 0), ascending.
struct SelfColumns {
    std::int64_t column[kTileRows] = {};
    int row[kTileRows] = {};
    int count = 0;
};

/// Distance sums of rows i..i+3 of `rows` (i a multiple of 4) against columns [j0, j1) of `cols`
/// (multiples of 8): row r's sums go to sums[(i + r) * k + the columns' cluster]; when columnAcc is
/// not null (rows i..i+3 in one cluster), the column sums weighted by the rows' weights are added
/// to columnAcc (one vector per 4 columns from j0). The pairs of `self` are exactly 0.
void rowTileSums(const PackedRows& rows, const PackedRows& cols, std::int64_t k, std::int64_t i,
                 std::int64_t j0, std::int64_t j1, const SelfColumns& self, double* sums,
                 Vec4* columnAcc);

} // namespace gugus::core::detail
