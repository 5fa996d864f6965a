#pragma once

// Internal to core/data: the CSV field syntax, shared by the record index, the parallel block
// parser, the sniffers and the re-extraction of text. Header-only because splitRecord() is the
// innermost loop of the reader and its callback must inline.
//
// Quoting rule (RFC 4180, read leniently): a '"' opens a quoted field only as the first byte of a
// field; inside, '""' is a literal quote and a lone '"' closes the field; bytes after the closing
// quote up to the next delimiter are kept literally; a '"' anywhere else is an ordinary byte.
// The record index (csv_records.cpp) applies the same rule to find where records end.

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gugus::core::csv {

inline constexpr std::size_t kNoOffset = std::size_t(-1);

/// The first delimiter, '\n' or '\r' in [p, end), or end: the end of an unquoted field. Sixteen
/// bytes at a time where SSE2 is there (every x86-64): fields are short, and a byte loop with
/// three tests a byte was a quarter of the reader's instructions.
inline const char* fieldEnd(const char* p, const char* end, char delimiter) {
#if defined(__SSE2__)
    const __m128i d = _mm_set1_epi8(delimiter);
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    for (; end - p >= 16; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hit = _mm_or_si128(
            _mm_cmpeq_epi8(v, d), _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
        if (const int mask = _mm_movemask_epi8(hit)) {
            return p + std::countr_zero(unsigned(mask));
        }
    }
#endif
    while (p < end && *p != delimiter && *p != '\n' && *p != '\r') {
        ++p;
    }
    return p;
}

/// Where splitRecord() stopped: the offset of the record's line break (or the end of the text)
/// and the number of fields seen.
struct RecordEnd {
    std::size_t end;
    std::int64_t fields;
};

/// Splits the record that starts at `pos` into fields and calls
/// `onField(index, value, fieldOffset, inScratch)` for each, in order. `value` is the field without
/// its quotes; it is a view into `text` unless unescaping was needed, in which case it lives in
/// `scratch` (`inScratch` = true) and is only valid until the next call. Returning false from
/// onField stops the split. Never reads past the text; an unclosed quote takes the rest of it.
template <class OnField>
RecordEnd splitRecord(std::string_view text, std::size_t pos, char delimiter, std::string& scratch,
                      OnField&& onField) {
    const char* const base = text.data();
    const char* const end = base + text.size();
    const char* p = base + pos;
    auto atFieldEnd = [&](const char* q) { return fieldEnd(q, end, delimiter); };
    for (std::int64_t field = 0;; ++field) {
        const char* const start = p;
        std::string_view value;
        bool inScratch = false;
        if (p < end && *p == '"') {
            const char* chunk = p + 1;
            const char* close = chunk;
            for (;;) {
                close = static_cast<const char*>(std::memchr(close, '"', std::size_t(end - close)));
                if (close == nullptr) {
                    close = end;
                    break;
                }
                if (close + 1 < end && close[1] == '"') { // "" is one literal quote
                    if (!inScratch) {
                        scratch.clear();
                        inScratch = true;
                    }
                    scratch.append(chunk, close + 1);
                    chunk = close = close + 2;
                    continue;
                }
                break;
            }
            p = close < end ? close + 1 : end;
            const char* const tail = p;
            p = atFieldEnd(p);
            if (inScratch || tail != p) {
                if (!inScratch) {
                    scratch.clear();
                    inScratch = true;
                }
                scratch.append(chunk, close);
                scratch.append(tail, p);
                value = scratch;
            } else {
                value = std::string_view(chunk, std::size_t(close - chunk));
            }
        } else {
            p = atFieldEnd(p);
            value = std::string_view(start, std::size_t(p - start));
        }
        if (!onField(field, value, std::size_t(start - base), inScratch)) {
            return {std::size_t(p - base), field + 1};
        }
        if (p < end && *p == delimiter) {
            ++p;
            continue;
        }
        return {std::size_t(p - base), field + 1};
    }
}

/// The field `index` of the record at `pos` (empty when the record is shorter).
inline std::string_view extractField(std::string_view text, std::size_t pos, char delimiter,
                                     std::int64_t index, std::string& scratch, bool& inScratch) {
    std::string_view out;
    inScratch = false;
    splitRecord(text, pos, delimiter, scratch,
                [&](std::int64_t j, std::string_view value, std::size_t, bool scratchValue) {
                    if (j < index) {
                        return true;
                    }
                    out = value;
                    inScratch = scratchValue;
                    return false;
                });
    return out;
}

/// The configured missing-value tokens, compared with a trimmed field.
class MissingTokens {
public:
    explicit MissingTokens(const std::vector<std::string>& tokens) : m_tokens(tokens) {
        for (const auto& t : m_tokens) {
            m_maxLength = std::max(m_maxLength, t.size());
        }
    }
    bool contains(std::string_view trimmed) const noexcept {
        if (trimmed.size() > m_maxLength) { // most numbers are longer than every token
            return false;
        }
        for (const auto& t : m_tokens) {
            if (t == trimmed) {
                return true;
            }
        }
        return false;
    }

private:
    std::vector<std::string> m_tokens;
    std::size_t m_maxLength = 0;
};

} // namespace gugus::core::csv
