#pragma once

#include <string>

namespace gugus::cli {

/// printf into a string of any length (the CLI's tables and numbers keep their printf formats).
std::string printfString(const char* format, ...) __attribute__((format(printf, 1, 2)));

} // namespace gugus::cli
