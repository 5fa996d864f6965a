#pragma once

// Internal to core/data: locale-free number tokens, shared by the CSV reader and
// Column::convertedTo so both accept exactly the same spellings.

#include <fast_float/fast_float.h>

#include <string_view>
#include <system_error>

namespace gugus::core {

/// Drops leading and trailing spaces and tabs.
inline std::string_view trimSpaces(std::string_view s) noexcept {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) {
        ++b;
    }
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) {
        --e;
    }
    return s.substr(b, e - b);
}

/// Parses an already trimmed token that must be a number as a whole: decimal or scientific
/// notation with `decimal` as the decimal point, an optional leading '+' or '-', "inf"/"infinity"
/// and "nan" in any case. Never depends on the C++ or C locale.
inline bool parseNumber(std::string_view token, char decimal, double& value) noexcept {
    const char* first = token.data();
    const char* const last = first + token.size();
    if (first == last) {
        return false;
    }
    if (*first == '+') { // fast_float follows std::from_chars, which refuses a leading '+'
        ++first;
        if (first == last || *first == '-' || *first == '+') {
            return false;
        }
    }
    const auto r = fast_float::from_chars_advanced(
        first, last, value, fast_float::parse_options{fast_float::chars_format::general, decimal});
    // Out of range still yields the nearest value (+-Inf or 0) with the whole token consumed.
    return r.ptr == last && (r.ec == std::errc() || r.ec == std::errc::result_out_of_range);
}

} // namespace gugus::core
