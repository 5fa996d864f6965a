#include "model/base64.h"

#include <array>
#include <cstdint>

namespace gugus::core {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

constexpr std::array<int, 256> decodeTable() {
    std::array<int, 256> table{};
    for (int& v : table) {
        v = -1;
    }
    for (int i = 0; i < 64; ++i) {
        table[std::size_t(static_cast<unsigned char>(kAlphabet[i]))] = i;
    }
    return table;
}

} // namespace

std::string base64Encode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = std::uint32_t(static_cast<unsigned char>(bytes[i])) << 16 |
                                std::uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 8 |
                                std::uint32_t(static_cast<unsigned char>(bytes[i + 2]));
        out += kAlphabet[v >> 18];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    const std::size_t left = bytes.size() - i;
    if (left > 0) {
        std::uint32_t v = std::uint32_t(static_cast<unsigned char>(bytes[i])) << 16;
        if (left == 2) {
            v |= std::uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 8;
        }
        out += kAlphabet[v >> 18];
        out += kAlphabet[(v >> 12) & 63];
        out += left == 2 ? kAlphabet[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::optional<std::string> base64Decode(std::string_view text) {
    static constexpr std::array<int, 256> kTable = decodeTable();
    if (text.size() % 4 != 0) {
        return std::nullopt;
    }
    std::string out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        const int pad = last ? (text[i + 3] == '=') + (text[i + 2] == '=') : 0;
        if (pad == 1 && text[i + 2] == '=') { // "x=y=" is not padding
            return std::nullopt;
        }
        std::uint32_t v = 0;
        for (std::size_t j = 0; j < 4 - std::size_t(pad); ++j) {
            const int c = kTable[static_cast<unsigned char>(text[i + j])];
            if (c < 0) {
                return std::nullopt;
            }
            v |= std::uint32_t(c) << (18 - 6 * j);
        }
        // Canonical: the bits below the last whole byte are zero.
        if ((pad == 1 && (v & 0xff) != 0) || (pad == 2 && (v & 0xffff) != 0)) {
            return std::nullopt;
        }
        out += char(v >> 16);
        if (pad < 2) {
            out += char((v >> 8) & 0xff);
        }
        if (pad < 1) {
            out += char(v & 0xff);
        }
    }
    return out;
}

} // namespace gugus::core
