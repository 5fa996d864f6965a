#pragma once

#include "common/matrix.h"
#include "common/progress.h"
#include "reduce/autoencoder.h"

#include <Eigen/Core>

#include <optional>
#include <string>

namespace gugus::core {

/// The optional step between scaling and clustering.
enum class ReductionMethod { None, Pca, Autoencoder };
/// "none", "pca", "autoencoder" and back.
const char* reductionKey(ReductionMethod method) noexcept;
std::optional<ReductionMethod> reductionFromKey(const std::string& key);

struct ReductionOptions {
    ReductionMethod method = ReductionMethod::None;
    /// PCA: keep this many axes (capped at min(rows, features)); 0 = keep the fewest axes whose
    /// cumulative variance share exceeds varianceShare, as sklearn's PCA(n_components=0.95).
    int components = 0;
    double varianceShare = 0.95; ///< in (0, 1), used when components == 0
    bool whiten = false;         ///< PCA: divide each score by its axis' standard deviation
    /// Autoencoder: the network and its training; autoencoder.bottleneck is the code width.
    AutoencoderOptions autoencoder;
};

/// "none", "pca:N", "pca:0.95" (optionally ":whiten" after either), "autoencoder:L1,...,B"
/// (hidden widths then the bottleneck, optionally followed by ":epochs=E", ":batch=S",
/// ":seed=R" in that order): the CLI's --reduce text. Nothing for anything else (N < 1, a share
/// outside (0, 1), widths < 1, unknown words).
std::optional<ReductionOptions> reductionFromText(const std::string& text);
std::string reductionText(const ReductionOptions& options);

/// A fitted reduction, re-applicable to new rows of the same scaled features.
struct Reduction {
    ReductionMethod method = ReductionMethod::None;
    bool whiten = false;
    /// Autoencoder: the trained network (PCA's fields below are then empty, spectrumRatio too).
    Autoencoder autoencoder;
    /// Autoencoder: the reconstruction error of PCA with as many components as the bottleneck on
    /// the same rows, to show whether the network earned its cost (0 for PCA).
    double pcaReconstructionMse = 0.0;
    Eigen::VectorXd mean;                   ///< d, column means of the training rows
    Eigen::MatrixXd components;             ///< m x d, unit axes (sign as sklearn's svd_flip)
    Eigen::VectorXd explainedVariance;      ///< m, variance along each kept axis (ddof = 1)
    Eigen::VectorXd explainedVarianceRatio; ///< m, share of the total variance
    /// Share of every axis PCA found (min(rows, features) values, descending): the scree curve,
    /// of which the first m are kept.
    Eigen::VectorXd spectrumRatio;
    /// Mean squared reconstruction error over all training values in the scaled feature space:
    /// sum over rows and features of (x - x^)^2 / (rows * features).
    double reconstructionMse = 0.0;

    std::int64_t inputDims() const {
        return method == ReductionMethod::Autoencoder ? autoencoder.inputs : mean.size();
    }
    std::int64_t outputDims() const {
        return method == ReductionMethod::Autoencoder ? autoencoder.bottleneck : components.rows();
    }
    /// Rows of scaled features (n x d) to the reduced space (n x m): (x - mean) * components^T,
    /// divided per axis by sqrt(explained variance) when whitening; the autoencoder's codes. The
    /// same bits as the training rows got. Throws Error(InvalidOption, "columns") for another d.
    FeatureMatrix transform(const FeatureMatrix& x) const;
    /// Columns (d x m) saying how much each scaled feature drives each kept axis:
    /// components^T * sqrt(explained variance), as PcaResult::loadings.
    Eigen::MatrixXd loadings() const;
};

/// A reduction fitted to x, and the reduced training rows.
struct ReductionFit {
    Reduction reduction;
    FeatureMatrix x; ///< n x m
};

/// Axes PCA keeps under `options` given the shares of all axes (descending): options.components
/// capped at their number, or the fewest whose cumulative share exceeds options.varianceShare
/// (sklearn: searchsorted(cumsum(ratios), share, side="right") + 1), at most all of them.
std::int64_t componentsToKeep(const ReductionOptions& options, const Eigen::VectorXd& spectrum);

/// Fits options.method to the rows of x (progress stage "reduce"; "reduce.autoencoder" per
/// epoch while a network trains, see trainAutoencoder). Throws
/// Error(InvalidOption, "reduce") for a bad component count or share, or for whitening an axis
/// without variance; PCA's errors (TooFewRows, NonFiniteValue, NoFeatures); Cancelled.
/// Same bits for 1 or N threads. Not for ReductionMethod::None.
ReductionFit fitReduction(const FeatureMatrix& x, const ReductionOptions& options,
                          Progress& progress);

/// Mean squared difference between x and the reduction's reconstruction of x, in x's space.
double reconstructionMse(const Reduction& reduction, const FeatureMatrix& x);

} // namespace gugus::core
