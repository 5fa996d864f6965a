#pragma once

#include "common/matrix.h"
#include "common/progress.h"

#include <Eigen/Core>

namespace gugus::core {

struct PcaResult {
    Eigen::VectorXd mean;                   ///< d, column means removed before projecting
    Eigen::MatrixXd components;             ///< m x d, one principal axis per row (unit length),
                                            ///< sign fixed as scikit-learn's svd_flip
    Eigen::VectorXd explainedVariance;      ///< m, variance along each axis (ddof = 1)
    Eigen::VectorXd explainedVarianceRatio; ///< m, share of total variance
    Eigen::MatrixXd loadings;               ///< d x m, components^T * sqrt(explained variance)
    FeatureMatrix scores;                   ///< n x m, projection of the rows
};

/// Principal component analysis of the rows of x, keeping m = min(nComponents, d, n) axes.
/// Agrees with sklearn.decomposition.PCA (full solver) on variance ratios and axes up to sign.
/// Progress stage "pca".
PcaResult fitPca(const FeatureMatrix& x, int nComponents, Progress& progress);

/// Projects new rows with a fitted PCA.
FeatureMatrix projectPca(const PcaResult& pca, const FeatureMatrix& x);

} // namespace gugus::core
