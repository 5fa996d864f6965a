#pragma once

#include "cluster/gmm.h"

/// The E- and M-steps of the Gaussian mixture (gmm_steps.cpp); fitGmm (gmm.cpp) runs them.
namespace gugus::core::detail {

/// E-step: fills `logResp` (n x k) with log responsibilities and returns the mean over rows of
/// log sum_c weight_c N(x | c) (scikit-learn's log_prob_norm mean, the lower bound). `progress`
/// is checked per block (may be null).
double gmmEStep(const GmmModel& model, const FeatureMatrix& x, ProbabilityMatrix& logResp,
                const Progress* progress);

/// M-step from responsibilities (n x k, not logs) as scikit-learn's
/// _estimate_gaussian_parameters: nk = column sums + 10 eps, means, covariances with regCovar on
/// the diagonal, then the Cholesky factors of the precisions. Weights are nk / sum(nk).
GmmModel gmmMStep(const FeatureMatrix& x, const ProbabilityMatrix& resp, CovarianceType type,
                  double regCovar);

} // namespace gugus::core::detail
