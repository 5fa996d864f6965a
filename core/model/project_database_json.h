#pragma once

// Internal to the model stage (includes nlohmann/json): the "database" block of project files.

#include "common/json_fields.h"
#include "model/project_file.h"

#include <nlohmann/json.hpp>

namespace gugus::core {

/// {"kind", "host", "port", "database", "user", "sslmode", "path", "query", "rows"}; never a
/// password.
nlohmann::json projectDatabaseToJson(const ProjectDatabase& database);
/// The block `field` of `parent`. Throws Error(parent's code, "database.FIELD", rule) for an
/// unknown kind, a field that is not text, too long or holds a NUL or (outside the query) a control
/// character, a port that is no number from 1 to 65535, an unknown sslmode, an empty query, a
/// SQLite block without a path, a negative row count, and for any "password" field: passwords
/// never belong in a project file.
ProjectDatabase projectDatabaseFromJson(const json_fields::Reader& parent, const char* field);

} // namespace gugus::core
