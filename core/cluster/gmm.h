#pragma once

#include "common/matrix.h"
#include "common/progress.h"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace gugus::core {

/// Membership probabilities or log-probabilities: rows = customers, one column per component.
using ProbabilityMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// The shape of each component's covariance, as scikit-learn's `covariance_type`.
enum class CovarianceType {
    Full,      ///< each component its own d x d matrix
    Diag,      ///< each component its own diagonal
    Spherical, ///< each component one variance for every feature
    Tied,      ///< one d x d matrix shared by all components
};
/// "full", "diag", "spherical", "tied" and back.
const char* covarianceKey(CovarianceType type) noexcept;
std::optional<CovarianceType> covarianceFromKey(std::string_view key);

enum class GmmInit {
    KMeans,         ///< responsibilities from one seeded K-Means run (scikit-learn's default)
    KMeansPlusPlus, ///< one-hot responsibilities at k rows chosen by greedy k-means++
    Given,          ///< K-Means from GmmOptions::initialCentres (n_init is then 1)
};
/// "kmeans", "k-means++", "given" and back.
const char* gmmInitKey(GmmInit init) noexcept;
std::optional<GmmInit> gmmInitFromKey(std::string_view key);

struct GmmOptions {
    int k = 5;
    CovarianceType covariance = CovarianceType::Full;
    GmmInit init = GmmInit::KMeans;
    double regCovar = 1e-6; ///< added to every covariance diagonal (>= 0)
    int nInit = 1;          ///< restarts; the highest lower bound wins
    int maxIter = 100;
    /// Stop when the mean log-likelihood per row (the lower bound) changes by less than tol.
    double tol = 1e-3;
    std::uint64_t seed = 0;
    CentreMatrix initialCentres; ///< k x d, init == Given: K-Means starts here
};

/// A fitted mixture. Precisions are stored as scikit-learn's `precisions_cholesky_`: for full
/// and tied the upper-triangular U with U U^T = inverse covariance; for diag the per-feature
/// 1/sigma; for spherical one 1/sigma per component.
struct GmmModel {
    CovarianceType covariance = CovarianceType::Full;
    Eigen::VectorXd weights; ///< k, summing to 1
    CentreMatrix means;      ///< k x d
    /// Full: k matrices d x d; tied: one d x d; diag: one k x d matrix; spherical: one k x 1.
    std::vector<Eigen::MatrixXd> precisionsCholesky;
    /// Same layout as precisionsCholesky: the covariances (for display and model files).
    std::vector<Eigen::MatrixXd> covariances;

    int components() const { return int(weights.size()); }
    std::int64_t dims() const { return means.cols(); }
    /// Free parameters (scikit-learn's _n_parameters): BIC and AIC count them.
    std::int64_t freeParameters() const;
};

struct GmmResult {
    GmmModel model;
    Labels labels;                   ///< per row: the component of maximum posterior
    ProbabilityMatrix probabilities; ///< n x k membership probabilities (rows sum to 1)
    double lowerBound = 0.0;         ///< best run's last lower bound (scikit-learn lower_bound_)
    double logLikelihood = 0.0;      ///< mean log-likelihood per row (scikit-learn score)
    double bic = 0.0;                ///< -2 n logLikelihood + p ln n
    double aic = 0.0;                ///< -2 n logLikelihood + 2 p
    int iterations = 0;              ///< EM iterations of the best run
    bool converged = false;          ///< the best run met tol before maxIter
    int bestRun = 0;                 ///< index of the winning restart
    std::vector<double> runBounds;   ///< lower bound of every restart, in restart order
    std::vector<std::int64_t> sizes; ///< rows per component (by label)
};

/// Gaussian mixture by expectation-maximisation, following scikit-learn 1.2's GaussianMixture
/// step by step: reg_covar on the covariance diagonals, precisions through Cholesky factors,
/// log-sum-exp responsibilities, stop on |change of the lower bound| < tol, n_init restarts
/// keeping the highest lower bound, and a final E-step so labels follow the returned parameters.
///
/// Deterministic: rows are processed in fixed blocks whose partial sums are combined in block
/// order, so 1 or N threads give the same bits. Throws Error(InvalidOption) with subjects "k",
/// "n_init", "max_iter", "tol", "reg_covar", "initial_centres"; Error(InvalidOption,
/// "covariance") when a covariance is not positive definite (raise reg_covar); TooFewRows for
/// k > rows; NoFeatures; NonFiniteValue; Cancelled (checked every iteration and every block).
/// Progress stage "gmm".
GmmResult fitGmm(const FeatureMatrix& x, const GmmOptions& options, Progress& progress);

/// Log of weight_c * N(x | component c) per row and component (n x k): the E-step's weighted
/// log-probabilities, used to score new rows with a saved model.
ProbabilityMatrix gmmWeightedLogProb(const GmmModel& model, const FeatureMatrix& x);

/// Membership probabilities (n x k) and, if asked, the log-likelihood per row.
ProbabilityMatrix gmmProbabilities(const GmmModel& model, const FeatureMatrix& x,
                                   Eigen::VectorXd* logLikelihood = nullptr);

/// Recomputes precisionsCholesky from covariances (model files store the covariances). Throws
/// Error(InvalidOption, "covariance") when one is not positive definite.
void gmmComputePrecisions(GmmModel& model);

/// Index of the largest value per row (ties -> lowest index).
Labels argmaxRows(const ProbabilityMatrix& values);

} // namespace gugus::core
