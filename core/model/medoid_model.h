#pragma once

#include "common/json_fields.h"
#include "model/segment_model.h"

#include <nlohmann/json.hpp>

/// The K-Medoids part of a saved model (internal to model/): the distance, the medoids' training
/// rows and, for Gower, the columns' ranges and weights and the medoids' raw values.
namespace gugus::core::detail {

/// Fills model.metric, medoidRows and gower (Gower) from a finished K-Medoids segmentation; the
/// model's centres are then the medoids' prepared feature rows.
void medoidsFromSegmentation(SegmentModel& model, const SegmentationResult& result);

/// The "kmedoids" object of the model file: {"metric", "medoid_rows", "gower": {"columns":
/// [{"name", "categorical", "range", "weight"}], "medoids": [[value or category text or null]]}}.
nlohmann::json medoidsToJson(const SegmentModel& model);

/// Reads and checks the "kmedoids" object against the model's recipe and k: Gower columns name
/// the recipe's feature columns in order, ranges and weights are finite and >= 0 (some weight
/// > 0), numeric medoid values finite, categorical ones fitted categories of their column.
/// Throws Error(InvalidModel, field path, rule).
void medoidsFromJson(const json_fields::Reader& r, SegmentModel& model);

} // namespace gugus::core::detail
