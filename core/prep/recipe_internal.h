#pragma once

// Steps shared by fitting a recipe (recipe.cpp) and applying it (recipe_apply.cpp).
#include "prep/recipe.h"

#include <cmath>
#include <string>
#include <vector>

namespace gugus::core::detail {

/// The feature columns imputed by "drop": their missing values leave the row out.
std::vector<const Column*> dropColumnsOf(const std::vector<const Column*>& columns,
                                         const std::vector<const ColumnSpec*>& specs);

/// The clip rules of one column.
std::vector<const FittedOutlier*> clipsOf(const std::vector<FittedOutlier>& outliers,
                                          const std::string& column);

inline double clipped(double v, const std::vector<const FittedOutlier*>& clips) {
    for (const FittedOutlier* f : clips) {
        v = f->clip(v);
    }
    return v;
}

inline double applyTransform(Transform t, double v) {
    return t == Transform::Log1p ? std::log1p(v) : v;
}

} // namespace gugus::core::detail
