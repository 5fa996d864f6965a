#pragma once

#include "model/segment_model.h"

#include <optional>
#include <vector>

/// What scoring prepared, for scoreCustomer() (internal to model/).
namespace gugus::core::detail {

/// The feature matrix of the rows scoreTable assigned (scaled features, before any reduction),
/// the input row of each, and for Gower K-Medoids their raw values (gowerValues()).
struct PreparedScoring {
    FeatureMatrix x;
    std::vector<std::int64_t> rows;
    std::optional<FeatureMatrix> gower;
};

/// Columns read by the recipe's filters and outlier rules that are not feature columns.
std::vector<std::string> rowRuleColumns(const FittedRecipe& recipe);

/// scoreTable(), also handing out what it prepared when `kept` is not null.
ScoreResult scoreTable(const SegmentModel& model, const Table& table, Progress& progress,
                       PreparedScoring* kept);

} // namespace gugus::core::detail
