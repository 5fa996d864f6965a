// Text-level steps of the CSV reader: encoding, line numbers, delimiter and decimal sniffing.
#include "common/error.h"
#include "common/parallel.h"
#include "data/csv_parts.h"
#include "data/csv_text_columns.h"
#include "data/number_text.h"

#include <algorithm>
#include <array>

namespace gugus::core::csv {

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

} // namespace

std::size_t firstInvalidUtf8(std::string_view s) {
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    auto continuation = [&](std::size_t k) { return k < n && (u[k] & 0xC0) == 0x80; };
    while (i < n) {
        if (n - i >= 32) {
            std::uint64_t w[4];
            std::memcpy(w, u + i, 32);
            if (((w[0] | w[1] | w[2] | w[3]) & kHighBits) == 0) {
                i += 32;
                continue;
            }
        }
        const unsigned c = u[i];
        std::size_t extra = 0;
        unsigned lo = 0x80;
        unsigned hi = 0xBF; // allowed range of the second byte
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + 1 >= n || u[i + 1] < lo || u[i + 1] > hi) {
            return i;
        }
        for (std::size_t k = 2; k <= extra; ++k) {
            if (!continuation(i + k)) {
                return i;
            }
        }
        i += extra + 1;
    }
    return kNoOffset;
}

namespace {

/// Windows-1252 code points of bytes 0x80-0x9F; the five unassigned bytes map to the C1 controls
/// of the same value, as Latin-1 would.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

std::string decodeWindows1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        appendUtf8(out, b < 0x80 ? char32_t(b) : b < 0xA0 ? kCp1252High[b - 0x80] : char32_t(b));
    }
    return out;
}

/// UTF-16 code units (after the byte-order mark) as UTF-8, surrogate pairs joined. Excel's
/// "Unicode text" is UTF-16LE with a BOM. A lone surrogate or a trailing odd byte is
/// InvalidEncoding at the line it is on.
std::string decodeUtf16(std::string_view bytes, bool bigEndian) {
    const std::size_t units = bytes.size() / 2;
    const auto unit = [&](std::size_t i) {
        const auto first = static_cast<unsigned char>(bytes[2 * i]);
        const auto second = static_cast<unsigned char>(bytes[2 * i + 1]);
        return bigEndian ? char32_t(first << 8 | second) : char32_t(second << 8 | first);
    };
    const auto isHigh = [](char32_t u) { return u >= 0xD800 && u <= 0xDBFF; };
    const auto isLow = [](char32_t u) { return u >= 0xDC00 && u <= 0xDFFF; };
    std::string out;
    out.reserve(units + units / 8); // mostly ASCII: about one byte a unit
    for (std::size_t i = 0; i < units; ++i) {
        char32_t cp = unit(i);
        if (isHigh(cp) && i + 1 < units && isLow(unit(i + 1))) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(i + 1) - 0xDC00);
            ++i;
        } else if (isHigh(cp) || isLow(cp)) {
            throw Error(ErrorCode::InvalidEncoding, {}, lineAt(out, out.size()), -1,
                        "unpaired UTF-16 surrogate at byte " + std::to_string(2 * i + 2));
        }
        appendUtf8(out, cp);
    }
    if (bytes.size() % 2 != 0) {
        throw Error(ErrorCode::InvalidEncoding, {}, lineAt(out, out.size()), -1,
                    "UTF-16 text ends in half a character");
    }
    return out;
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

} // namespace

std::size_t firstInvalidUtf8InPieces(std::string_view s, std::size_t pieceBytes) {
    // Every piece but the first starts after a '\n', where a character starts: each piece is
    // checked as the whole text would check those bytes.
    const std::vector<std::size_t> bounds = lineAlignedPieces(s, pieceBytes);
    const auto pieces = std::int64_t(bounds.size() - 1);
    std::vector<std::size_t> bad(std::size_t(pieces), kNoOffset);
    parallelBlocks(pieces, 1, [&](std::int64_t b, std::int64_t, std::int64_t) {
        const auto k = std::size_t(b);
        const std::size_t at = firstInvalidUtf8(s.substr(bounds[k], bounds[k + 1] - bounds[k]));
        bad[k] = at == kNoOffset ? kNoOffset : bounds[k] + at;
    });
    return *std::min_element(bad.begin(), bad.end());
}

bool isUtf16(std::string_view bytes, TextEncoding encoding) {
    // A UTF-16 byte-order mark says what the text is unless the caller forced Latin-1.
    return encoding != TextEncoding::Latin1 &&
           (startsWith(bytes, "\xFF\xFE") || startsWith(bytes, "\xFE\xFF"));
}

DecodedText decodeText(std::string_view bytes, TextEncoding encoding) {
    DecodedText out;
    const bool utf16le = startsWith(bytes, "\xFF\xFE");
    if (isUtf16(bytes, encoding)) {
        out.storage = decodeUtf16(bytes.substr(2), !utf16le);
        out.text = out.storage;
        out.utf16 = utf16le ? "UTF-16LE" : "UTF-16BE";
        return out;
    }
    if (startsWith(bytes, "\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);
    }
    constexpr std::size_t kPieceBytes = std::size_t(8) << 20;
    const std::size_t bad =
        encoding == TextEncoding::Latin1 ? 0 : firstInvalidUtf8InPieces(bytes, kPieceBytes);
    if (bad == kNoOffset) {
        out.text = bytes;
        return out;
    }
    if (encoding == TextEncoding::Utf8) {
        throw Error(ErrorCode::InvalidEncoding, {}, lineAt(bytes, bad), -1,
                    "byte " + std::to_string(bad) + " is not UTF-8");
    }
    out.storage = decodeWindows1252(bytes);
    out.text = out.storage;
    out.latin1 = true;
    return out;
}

std::int64_t lineAt(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::int64_t line = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
        }
    }
    return line;
}

char sniffDelimiter(std::string_view text) {
    constexpr std::size_t kSampleBytes = std::size_t(64) << 10;
    constexpr std::size_t kSampleRecords = 30;
    const std::string_view sample = text.substr(0, kSampleBytes);
    const bool cut = sample.size() < text.size();
    std::string scratch;
    char best = ',';
    std::int64_t bestFields = 1;
    std::int64_t bestAgreeing = 0;
    bool bestConsistent = false;
    for (const char candidate : {',', ';', '\t', '|'}) {
        std::vector<std::int64_t> fields;
        std::size_t pos = 0;
        while (pos < sample.size() && fields.size() < kSampleRecords) {
            if (sample[pos] == '\n' || sample[pos] == '\r') {
                ++pos;
                continue;
            }
            const RecordEnd r =
                splitRecord(sample, pos, candidate, scratch,
                            [](std::int64_t, std::string_view, std::size_t, bool) { return true; });
            if (r.end >= sample.size() && cut) {
                break; // the sample cut this record short
            }
            fields.push_back(r.fields);
            pos = r.end;
        }
        if (fields.empty() || fields.front() < 2) {
            continue;
        }
        const auto agreeing = std::count(fields.begin(), fields.end(), fields.front());
        const bool consistent = agreeing == std::int64_t(fields.size());
        // Prefer a delimiter that splits every sampled record alike, then more fields, then more
        // records agreeing with the header; ties keep the earlier candidate.
        const bool better =
            consistent != bestConsistent
                ? consistent
                : (consistent ? fields.front() > bestFields
                              : (agreeing != bestAgreeing ? agreeing > bestAgreeing
                                                          : fields.front() > bestFields));
        if (better) {
            best = candidate;
            bestFields = fields.front();
            bestAgreeing = agreeing;
            bestConsistent = consistent;
        }
    }
    return best;
}

char sniffDecimal(std::string_view text, const std::size_t* starts, std::int64_t count,
                  char delimiter) {
    constexpr std::int64_t kSampleRecords = 200;
    std::int64_t comma = 0;
    std::int64_t dot = 0;
    std::string scratch;
    for (std::int64_t r = 0; r < std::min(count, kSampleRecords); ++r) {
        splitRecord(text, starts[r], delimiter, scratch,
                    [&](std::int64_t, std::string_view value, std::size_t, bool) {
                        const std::string_view token = trimSpaces(value);
                        double v = 0.0;
                        if (token.find(',') != std::string_view::npos) {
                            comma += parseNumber(token, ',', v) ? 1 : 0;
                        } else if (token.find('.') != std::string_view::npos) {
                            dot += parseNumber(token, '.', v) ? 1 : 0;
                        }
                        return true;
                    });
    }
    return comma > dot ? ',' : '.';
}

} // namespace gugus::core::csv
