// PostgreSQL's text for numbers that arrive in the binary format: what the CSV path would have
// read, so that the binary path parses numerics (and writes ids) exactly as it does.
#include "source/pg_binary.h"

#include <charconv>
#include <cmath>

namespace gugus::core::db {

std::string pgNumericText(const std::vector<std::int16_t>& digits, int weight, int sign,
                          int scale) {
    switch (sign) {
    case 0xC000:
        return "NaN";
    case 0xD000:
        return "Infinity";
    case 0xF000:
        return "-Infinity";
    default:
        break;
    }
    // As get_str_from_var in numeric.c: the whole part without leading zeros, then `scale`
    // digits after the point (missing digits are zeros, extra ones are cut).
    const auto digit = [&](int d) {
        return d >= 0 && d < int(digits.size()) ? int(digits[std::size_t(d)]) : 0;
    };
    std::string out = sign == 0x4000 ? "-" : "";
    if (weight < 0) {
        out += '0';
    } else {
        out += std::to_string(digit(0));
        for (int d = 1; d <= weight; ++d) {
            const int v = digit(d);
            const char four[4] = {char('0' + v / 1000), char('0' + v / 100 % 10),
                                  char('0' + v / 10 % 10), char('0' + v % 10)};
            out.append(four, 4);
        }
    }
    if (scale > 0) {
        out += '.';
        const std::size_t end = out.size() + std::size_t(scale);
        for (int d = weight + 1; out.size() < end; ++d) {
            const int v = digit(d);
            const char four[4] = {char('0' + v / 1000), char('0' + v / 100 % 10),
                                  char('0' + v / 10 % 10), char('0' + v % 10)};
            out.append(four, 4);
        }
        out.resize(end);
    }
    return out;
}

std::string pgFloatText(double value, bool single) {
    if (std::isnan(value)) {
        return "NaN";
    }
    if (std::isinf(value)) {
        return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == 0.0) {
        return std::signbit(value) ? "-0" : "0";
    }
    // The shortest digits, as "d.ddde+XX"; then PostgreSQL's choice of notation.
    char text[64];
    const char* end =
        single
            ? std::to_chars(text, text + sizeof text, float(value), std::chars_format::scientific)
                  .ptr
            : std::to_chars(text, text + sizeof text, value, std::chars_format::scientific).ptr;
    const std::string_view sci(text, std::size_t(end - text));
    const auto e = sci.find('e');
    int exponent = 0;
    std::from_chars(sci.data() + e + (sci[e + 1] == '+' ? 2 : 1), end, exponent);
    const bool negative = sci[0] == '-';
    std::string digits;
    for (const char c : sci.substr(0, e)) {
        if (c >= '0' && c <= '9') {
            digits += c;
        }
    }
    const int maxFixed = single ? 6 : 15;
    if (exponent < -4 || exponent >= maxFixed) {
        return std::string(sci); // to_chars writes the exponent as PostgreSQL does: e+20, e-05
    }
    std::string out = negative ? "-" : "";
    if (exponent < 0) {
        out += "0." + std::string(std::size_t(-exponent - 1), '0') + digits;
    } else if (int(digits.size()) <= exponent + 1) {
        out += digits + std::string(std::size_t(exponent + 1) - digits.size(), '0');
    } else {
        out += digits.substr(0, std::size_t(exponent + 1)) + "." +
               digits.substr(std::size_t(exponent + 1));
    }
    return out;
}

} // namespace gugus::core::db
