#pragma once

#include <QString>

namespace gugus::ui {

/// The rule a field of a model, recipe or project file breaks (the detail of an InvalidModel,
/// InvalidRecipe or InvalidProject error, e.g. "must have k = 4 rows"), in the interface language:
/// "harus berisi k = 4 baris". A rule of a shape not listed here is returned as written.
QString fileRuleText(const QString& rule);

} // namespace gugus::ui
