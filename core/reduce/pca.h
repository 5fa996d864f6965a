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
    Eigen::VectorXd spectrumRatio; ///< min(n, d): the share of every axis, kept or not (scree)
    Eigen::MatrixXd loadings;      ///< d x m, components^T * sqrt(explained variance)
    FeatureMatrix scores;          ///< n x m, projection of the rows
};

/// Principal component analysis of the rows of x, keeping m = min(nComponents, d, n) axes.
/// Agrees with sklearn.decomposition.PCA (full solver) on variance ratios and axes up to sign.
/// Progress stage "pca". Throws Error(InvalidOption, "n_components") when nComponents < 1,
/// Error(TooFewRows) when n < 2, Error(NonFiniteValue) for NaN/infinite values, Cancelled.
/// All-constant data give ratios of 0 (scikit-learn: 0/0). Same bits for 1 or N threads.
PcaResult fitPca(const FeatureMatrix& x, int nComponents, Progress& progress);

/// Projects new rows with a fitted PCA: (x - mean) * components^T, n x m. Throws
/// Error(InvalidOption, "columns") when x has another number of columns than the fit.
FeatureMatrix projectPca(const PcaResult& pca, const FeatureMatrix& x);

} // namespace gugus::core
