#pragma once

#include <QString>

#include <cstdint>
#include <string>

namespace gugus::ui {

/// The whole content of a small file such as a model or a project, at most `maxBytes`
/// (core/common/small_file.h), or of an embedded resource (":/..."). Throws core::Error
/// FileNotFound, FileUnreadable (also a pipe or a device) or FileTooLarge.
std::string readWholeFile(const QString& path, std::int64_t maxBytes);

} // namespace gugus::ui
