#pragma once

#include <string>

namespace gugus::cli {

/// The whole of a (small) file, e.g. a model or project; Error(FileNotFound) when unreadable.
std::string readText(const std::string& path);

/// printf into a string of any length (the CLI's tables and numbers keep their printf formats).
std::string printfString(const char* format, ...) __attribute__((format(printf, 1, 2)));

} // namespace gugus::cli
