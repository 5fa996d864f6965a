#pragma once

#include "common/error.h"

#include <QString>

namespace gugus::ui {

/// The user-facing, translated sentence for an engine error, with its line/field and subject.
QString errorText(const core::Error& error);

} // namespace gugus::ui
