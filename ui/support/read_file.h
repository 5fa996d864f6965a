#pragma once

#include <QString>

#include <string>

namespace gugus::ui {

/// The whole content of a (small) file such as a model or a project. Throws
/// core::Error(FileNotFound) or core::Error(FileUnreadable).
std::string readWholeFile(const QString& path);

} // namespace gugus::ui
