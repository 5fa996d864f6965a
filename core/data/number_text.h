#pragma once

// Internal to core/data: locale-free number tokens, shared by the CSV reader and
// Column::convertedTo so both accept exactly the same spellings.

#include <fast_float/fast_float.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
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

/// The common plain decimal ("-12.345", "7"): an optional '-', digits and, after `decimal`,
/// digits, 15 significant digits at most. Such a mantissa and 10^k (k <= 22) are exact doubles,
/// so one division is correctly rounded (Clinger's fast path): the bits fast_float gives, without
/// its general machinery. False (value untouched) for anything else, which fast_float then reads.
inline bool parsePlainDecimal(const char* p, const char* const last, char decimal,
                              double& value) noexcept {
    static constexpr double kPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                         1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                         1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const bool negative = p != last && *p == '-';
    p += negative ? 1 : 0;
    const char* const digits = p;
    std::uint64_t mantissa = 0;
    while (p != last && unsigned(*p - '0') < 10) {
        mantissa = mantissa * 10 + unsigned(*p - '0');
        ++p;
    }
    const auto integerDigits = p - digits;
    std::ptrdiff_t fractionDigits = 0;
    if (p != last && *p == decimal) {
        const char* const fraction = ++p;
        // Eight digits at a time (SWAR, as fast_float does; little-endian: x86, ARM).
        while (last - p >= 8) {
            std::uint64_t eight;
            std::memcpy(&eight, p, 8);
            if ((((eight + 0x4646464646464646) | (eight - 0x3030303030303030)) &
                 0x8080808080808080) != 0) {
                break;
            }
            eight = ((eight & 0x0F0F0F0F0F0F0F0F) * 2561) >> 8;
            eight = ((eight & 0x00FF00FF00FF00FF) * 6553601) >> 16;
            eight = ((eight & 0x0000FFFF0000FFFF) * 42949672960001) >> 32;
            mantissa = mantissa * 100000000 + eight; // wraps only past 15 digits: refused below
            p += 8;
        }
        while (p != last && unsigned(*p - '0') < 10) {
            mantissa = mantissa * 10 + unsigned(*p - '0');
            ++p;
        }
        fractionDigits = p - fraction;
        if (fractionDigits == 0) {
            return false;
        }
    }
    // Leading zeros count as digits here: fewer than 16 digits in all keeps the mantissa exact.
    if (p != last || integerDigits == 0 || integerDigits + fractionDigits > 15) {
        return false;
    }
    const double magnitude = double(mantissa) / kPowers[fractionDigits];
    value = negative ? -magnitude : magnitude;
    return true;
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
    if (parsePlainDecimal(first, last, decimal, value)) {
        return true;
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
