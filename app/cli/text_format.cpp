#include "text_format.h"

#include <cstdarg>
#include <cstdio>

namespace gugus::cli {

std::string printfString(const char* format, ...) {
    va_list args;
    va_start(args, format);
    va_list again;
    va_copy(again, args);
    const int size = std::vsnprintf(nullptr, 0, format, args);
    va_end(args);
    std::string text(size > 0 ? std::size_t(size) : 0, '\0');
    if (size > 0) {
        // C++17: writing the terminating NUL at data()[size()] is allowed.
        std::vsnprintf(text.data(), text.size() + 1, format, again);
    }
    va_end(again);
    return text;
}

} // namespace gugus::cli
