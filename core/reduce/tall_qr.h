#pragma once

#include "common/matrix.h"
#include "common/progress.h"

#include <Eigen/Core>

#include <cstdint>
#include <vector>

/// QR of tall matrices for PCA. Internal to project/.
namespace gugus::core::detail {

/// Householder QR in place of a column-major rows x d matrix (column j at a + j * rows); returns
/// R, min(rows, d) x d, upper triangular. The dot products use fixed lane order (laneDot), so the
/// result is the same bits for the same input.
Eigen::MatrixXd householderR(std::vector<double>& a, std::int64_t rows, std::int64_t d);

/// R factor of the QR decomposition of the centred rows (x - mean^T), by TSQR: every row block is
/// reduced to its own R in parallel, then the stacked block Rs (in block order) are reduced once
/// more. R^T R = Xc^T Xc, and R carries the singular values and right singular vectors of Xc with
/// the accuracy of an SVD of Xc itself (no squaring of the condition number as with Xc^T Xc).
/// Checks `progress` for cancellation in every block.
Eigen::MatrixXd centredRFactor(const FeatureMatrix& x, const Eigen::VectorXd& mean,
                               const Progress& progress);

} // namespace gugus::core::detail
