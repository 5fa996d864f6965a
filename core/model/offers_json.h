#pragma once

#include "common/json_fields.h"
#include "model/segment_model.h"

#include <nlohmann/json.hpp>

/// The product ownership part of a saved model (internal to model/).
namespace gugus::core::detail {

/// The "offers" object of the model file: {"products": [names], "segments": [k lists of
/// {"product", "members", "owners", "rate", "overall_rate", "lift"}]} with each segment's products
/// in rankOffers' order; a lift that is not a number (no owner overall) is written as null.
nlohmann::json offersToJson(const ModelOffers& offers);

/// Reads and checks the "offers" object for k segments: distinct product names, every listed
/// product among them and listed once per segment, 0 <= owners <= members, rates in [0, 1] and
/// agreeing with the counts, lifts finite and >= 0 or null. Throws Error(InvalidModel, field
/// path, rule).
ModelOffers offersFromJson(const json_fields::Reader& r, int k);

} // namespace gugus::core::detail
