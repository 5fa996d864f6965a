#pragma once

// The reduction step inside a saved model file (internal to the model stage).
#include "common/json_fields.h"
#include "reduce/reduction.h"

#include <nlohmann/json.hpp>

namespace gugus::core {

nlohmann::json reductionToJson(const Reduction& reduction);

/// The summary's "reduction": {"method": "none"}, or for PCA the method, kept components, each
/// one's explained-variance share (explained_variance) and their total, whitening, the whole
/// spectrum (scree) and the reconstruction error in the scaled feature space.
nlohmann::json reductionSummaryJson(const Reduction* reduction);

/// The "reduction" object of a model whose recipe makes `features` scaled features. Checks what
/// scoring and the SQL export rely on and fails through `r` (Error(InvalidModel, field path)):
/// a known method, 1..features axes of `features` finite weights and unit length, variances
/// finite and >= 0 (> 0 when whitened), shares in [0, 1], a finite error >= 0.
Reduction reductionFromJson(const json_fields::Reader& r, std::int64_t features);

} // namespace gugus::core
