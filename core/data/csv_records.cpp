// The one sequential pass of the reader: where does each record start? Quotes decide that (a
// quoted field may hold line breaks), so this pass must see every quote; it skips everything else
// eight bytes at a time. Everything after it runs in parallel.
#include "data/big_buffer.h"
#include "data/csv_parts.h"

#include <algorithm>
#include <bit>

namespace gugus::core::csv {

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

/// High bit set in each byte of `w` equal to `b`; exact for the lowest such byte, which is all
/// the caller uses (borrows can only mark bytes above a true match).
constexpr std::uint64_t bytesEqual(std::uint64_t w, unsigned char b) {
    const std::uint64_t x = w ^ (kOnes * b);
    return (x - kOnes) & ~x & kHighBits;
}

/// First '"', '\n' or '\r' in [p, end), or end. Assumes a little-endian machine (x86, ARM).
const char* findSpecial(const char* p, const char* end) {
    for (; end - p >= 8; p += 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        const std::uint64_t m = bytesEqual(w, '"') | bytesEqual(w, '\n') | bytesEqual(w, '\r');
        if (m != 0) {
            return p + (std::countr_zero(m) >> 3);
        }
    }
    while (p < end && *p != '"' && *p != '\n' && *p != '\r') {
        ++p;
    }
    return p;
}

const char* skipLineBreak(const char* p, const char* end) {
    if (p < end && *p == '\r') {
        ++p;
    }
    if (p < end && *p == '\n') {
        ++p;
    }
    return p;
}

} // namespace

RecordIndex indexRecords(std::string_view text, char delimiter, std::int64_t maxRecords,
                         const ScanProgress& progress) {
    constexpr std::size_t kReportEvery = 65536;
    RecordIndex index;
    const char* const base = text.data();
    const char* const end = base + text.size();
    const char* p = base;
    // Guess the record count from the first 64 KiB so the offsets are rarely reallocated.
    const std::size_t sample = std::min<std::size_t>(text.size(), 65536);
    const auto sampleLines = std::count(base, base + sample, '\n') + 1;
    if (sample > 0) {
        auto guess = std::size_t(double(sampleLines) * double(text.size()) / double(sample)) + 16;
        if (maxRecords >= 0) {
            guess = std::min(guess, std::size_t(maxRecords) + 1); // a preview of a big file
        }
        reserveBig(index.starts, guess);
    }

    while (p < end) {
        const char* q = p;
        while (q < end && (*q == ' ' || (*q == '\t' && delimiter != '\t'))) {
            ++q;
        }
        if (q == end || *q == '\n' || *q == '\r') { // an empty or all-space line
            index.blankLines += 1;
            if (index.firstBlank == kNoOffset) {
                index.firstBlank = std::size_t(p - base);
            }
            p = skipLineBreak(q, end);
            continue;
        }
        if (maxRecords >= 0 && std::int64_t(index.starts.size()) == maxRecords) {
            index.truncated = true;
            index.stop = std::size_t(p - base);
            break;
        }
        const char* const record = p;
        if (index.starts.size() % kReportEvery == 0) {
            progress.progress.report(progress.offset + (p - base), progress.total, "csv.read");
            progress.progress.throwIfCancelled();
        }
        // Find the line break that ends the record, outside quotes.
        for (;;) {
            if (p < end && *p == '"' && (p == record || p[-1] == delimiter)) {
                const char* close = p + 1;
                for (;;) {
                    close =
                        static_cast<const char*>(std::memchr(close, '"', std::size_t(end - close)));
                    if (close == nullptr || close + 1 >= end || close[1] != '"') {
                        break;
                    }
                    close += 2; // "" inside quotes
                }
                if (close == nullptr) {
                    index.unterminatedQuote = std::size_t(p - base);
                    index.unterminatedRecord = std::size_t(record - base);
                    return index;
                }
                p = close + 1;
                continue;
            }
            const char* const s = findSpecial(p, end);
            if (s < end && *s == '"') {
                // Opens a quoted field only at a field start; elsewhere it is an ordinary byte.
                p = s[-1] == delimiter ? s : s + 1;
                continue;
            }
            p = s;
            break;
        }
        index.starts.push_back(std::size_t(record - base));
        p = skipLineBreak(p, end);
    }
    progress.progress.report(progress.offset + (p - base), progress.total, "csv.read");
    return index;
}

std::optional<std::size_t> headEnd(std::string_view bytes, char delimiter, std::int64_t records) {
    NullProgress quiet;
    const RecordIndex index = indexRecords(bytes, delimiter, records, {quiet, 0, 1});
    if (!index.truncated) {
        return std::nullopt;
    }
    return index.stop;
}

} // namespace gugus::core::csv
