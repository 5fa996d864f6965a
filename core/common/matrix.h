#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace gugus::core {

/// The one convention for data handed to algorithms: rows = customers (samples), columns =
/// features, row-major so that one customer's features are contiguous (distance kernels walk rows).
using FeatureMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Cluster centres: one row per cluster, same column order as the FeatureMatrix.
using CentreMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Segment label per row: 0..k-1, or kNoise for points no cluster owns (DBSCAN noise), or
/// kUnassigned for table rows that were not clustered (e.g. dropped for missing values).
using Labels = std::vector<int>;
inline constexpr int kNoise = -1;
inline constexpr int kUnassigned = -2;

} // namespace gugus::core
