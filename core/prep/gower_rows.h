#pragma once

#include "data/table.h"
#include "numeric/row_distance.h"
#include "prep/recipe.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace gugus::core {

/// The raw feature columns of `table` as Gower's coefficient uses them, one GowerRows column per
/// feature column of `recipe` (no one-hot, no scaling, no imputation):
/// - numeric columns: the value after the recipe's transform (log1p), NaN when missing;
/// - categorical columns with one-hot encoding: the index of the category among the fitted
///   categories (nominal); a category the recipe never saw gets a negative code of its own, so it
///   matches only itself;
/// - ordinal columns: the rank of the category in the fitted order (numeric, as Kaufman and
///   Rousseeuw treat ordinal variables).
/// `rows` are table rows (e.g. PreparedData::rows). Column ranges are left 0 and weights 1.
/// Throws Error(UnknownColumn) when a feature column is absent, NonFiniteValue for +-Inf.
FeatureMatrix gowerValues(const Table& table, const FittedRecipe& recipe,
                          const std::vector<std::int64_t>& rows);

/// gowerValues of the training rows plus the columns' description: numeric ranges (max - min
/// of the present values) and weights (1 unless `weights` names the column). Throws
/// Error(UnknownColumn, name) for a weight naming no feature column, Error(InvalidOption,
/// "gower_weight") for a negative or non-finite weight.
GowerRows fitGowerRows(const Table& table, const FittedRecipe& recipe,
                       const std::vector<std::int64_t>& rows,
                       const std::map<std::string, double>& weights = {});

} // namespace gugus::core
