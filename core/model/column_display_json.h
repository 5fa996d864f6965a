#pragma once

// Internal to the model stage (includes nlohmann/json): the column displays inside project files
// and the display files shipped with data (the bundled sample's).

#include "common/json_fields.h"
#include "data/column_display.h"

#include <nlohmann/json.hpp>

namespace gugus::core {

/// A list of {"column", "label", "unit", "scale"} objects; columns shown as they are (default
/// display) are left out.
nlohmann::json columnDisplaysToJson(const ColumnDisplays& displays);
/// The list `field` of `parent`. Throws Error(parent's code, "display[i].label", rule) for a
/// missing or repeated column name, labels or units too long or with control characters, or an
/// unknown scale.
ColumnDisplays columnDisplaysFromJson(const json_fields::Reader& parent, const char* field);

} // namespace gugus::core
