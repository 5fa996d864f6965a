#pragma once

#include "data/column.h"
#include "prep/recipe.h"

#include <QString>

namespace gugus::ui {

/// Translated display names of engine enums and of the recipe's group keys. Groups are stored as
/// free text; the ones Gugus guesses ("Demographics", "Products", "Money", "Behaviour", "Other")
/// are shown translated, names the user typed are shown as typed.
QString typeName(core::ColumnType type);
QString roleName(core::Role role);
QString imputationName(core::Imputation imputation);
QString encodingName(core::Encoding encoding);
QString transformName(core::Transform transform);
QString scalingName(core::Scaling scaling);
QString groupDisplayName(const QString& groupKey);

} // namespace gugus::ui
