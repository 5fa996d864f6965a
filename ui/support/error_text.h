#pragma once

#include "common/error.h"

#include <QString>

namespace gugus::ui {

/// The user-facing, translated sentence for an engine error, with its line/field and subject.
QString errorText(const core::Error& error);
/// Only what is wrong in a JSON file's field, whatever kind of file it is: "the field
/// columns[0].scale must be one of …", or "it is not valid JSON …" (for display files, which
/// share the project files' rules but are not projects).
QString fileFieldText(const core::Error& error);

} // namespace gugus::ui
