#pragma once

#include "common/json_fields.h"
#include "model/segment_model.h"

#include <nlohmann/json.hpp>

/// The Gaussian mixture part of a saved model (internal to model/), and the matrix fields every
/// part of a model file uses.
namespace gugus::core::detail {

/// One JSON list of numbers per row.
nlohmann::json matrixToJson(const FeatureMatrix& m);
/// A matrix of finite numbers, one JSON list of `cols` numbers per row.
FeatureMatrix matrixFromJson(const json_fields::Reader& r, const char* key, std::int64_t cols);

/// The "gmm" object of the model file: {"covariance": "full|diag|spherical|tied", "weights": [k],
/// "covariances": [matrix, ...]} with GmmModel::covariances' layout (full: k matrices d x d;
/// tied: one d x d; diag: one k x d; spherical: one k x 1). The means are the model's centres;
/// the precisions are recomputed on reading, as the fit computed them.
nlohmann::json gmmToJson(const GmmModel& gmm);

/// Reads and checks the "gmm" object for k components over `means` (k x d): weights in (0, 1]
/// summing to 1, the covariance list's count and shapes, symmetric, positive definite (variances
/// > 0). Throws Error(InvalidModel, field path, rule).
GmmModel gmmFromJson(const json_fields::Reader& r, int k, const CentreMatrix& means);

} // namespace gugus::core::detail
