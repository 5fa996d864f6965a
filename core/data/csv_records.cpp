// Where does each record start? Quotes decide that (a quoted field may hold line breaks), so the
// scan must see every quote; it skips everything else eight bytes at a time. A large text is
// scanned in pieces on all threads and the pieces joined (indexRecordsInPieces); the result is
// always that of one scan from the start.
#include "common/parallel.h"
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

/// What one scan of [begin, stop) found: the sequential pass's loop, from a line start.
struct Scan {
    std::vector<std::size_t> starts;
    std::vector<std::size_t> blanks; ///< where each blank line begins
    std::size_t exit = 0;            ///< the first line start at or after `stop` (or the end)
    bool truncated = false;
    std::size_t unterminatedQuote = kNoOffset;
    std::size_t unterminatedRecord = kNoOffset;
};

/// The loop of the record index, from the line start `begin` until a line starts at or after
/// `stop`. Its only state is the position, so two scans that pass through the same line start
/// agree from there on: that is what lets pieces of the text be scanned in parallel.
/// `progress` (nullable) is reported every kReportEvery records.
void scan(std::string_view text, std::size_t begin, std::size_t stop, char delimiter,
          std::int64_t maxRecords, const ScanProgress* progress, Scan& out) {
    constexpr std::size_t kReportEvery = 65536;
    const char* const base = text.data();
    const char* const end = base + text.size();
    const char* const stopAt = base + stop;
    const char* p = base + begin;
    while (p < stopAt) {
        const char* q = p;
        while (q < end && (*q == ' ' || (*q == '\t' && delimiter != '\t'))) {
            ++q;
        }
        if (q == end || *q == '\n' || *q == '\r') { // an empty or all-space line
            out.blanks.push_back(std::size_t(p - base));
            p = skipLineBreak(q, end);
            continue;
        }
        if (maxRecords >= 0 && std::int64_t(out.starts.size()) == maxRecords) {
            out.truncated = true;
            break;
        }
        const char* const record = p;
        if (progress != nullptr && out.starts.size() % kReportEvery == 0) {
            progress->progress.report(progress->offset + (p - base), progress->total, "csv.read");
            progress->progress.throwIfCancelled();
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
                    out.unterminatedQuote = std::size_t(p - base);
                    out.unterminatedRecord = std::size_t(record - base);
                    out.exit = text.size();
                    return;
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
        out.starts.push_back(std::size_t(record - base));
        p = skipLineBreak(p, end);
    }
    out.exit = std::size_t(p - base);
}

/// A guess of the record count from the first 64 KiB, so the offsets are rarely reallocated.
std::size_t guessRecords(std::string_view text) {
    const std::size_t sample = std::min<std::size_t>(text.size(), 65536);
    if (sample == 0) {
        return 0;
    }
    const auto sampleLines = std::count(text.data(), text.data() + sample, '\n') + 1;
    return std::size_t(double(sampleLines) * double(text.size()) / double(sample)) + 16;
}

/// Appends the part of `piece` from its line start `from` on (`from` is one of its record or
/// blank-line starts) to the index.
void append(const Scan& piece, std::size_t from, RecordIndex& index) {
    const auto first = std::lower_bound(piece.starts.begin(), piece.starts.end(), from);
    index.starts.insert(index.starts.end(), first, piece.starts.end());
    const auto blank = std::lower_bound(piece.blanks.begin(), piece.blanks.end(), from);
    index.blankLines += std::int64_t(piece.blanks.end() - blank);
    if (index.firstBlank == kNoOffset && blank != piece.blanks.end()) {
        index.firstBlank = *blank;
    }
    index.unterminatedQuote = piece.unterminatedQuote;
    index.unterminatedRecord = piece.unterminatedRecord;
}

bool passesThrough(const Scan& piece, std::size_t at) {
    return std::binary_search(piece.starts.begin(), piece.starts.end(), at) ||
           std::binary_search(piece.blanks.begin(), piece.blanks.end(), at);
}

} // namespace

std::vector<std::size_t> lineAlignedPieces(std::string_view text, std::size_t pieceBytes) {
    std::vector<std::size_t> bounds{0};
    pieceBytes = std::max<std::size_t>(1, pieceBytes);
    while (text.size() - bounds.back() > pieceBytes) {
        const std::size_t lineBreak = text.find('\n', bounds.back() + pieceBytes - 1);
        if (lineBreak == std::string_view::npos || lineBreak + 1 == text.size()) {
            break;
        }
        bounds.push_back(lineBreak + 1);
    }
    bounds.push_back(text.size());
    return bounds;
}

RecordIndex indexRecordsInPieces(std::string_view text, char delimiter, std::size_t pieceBytes,
                                 const ScanProgress& progress) {
    const std::vector<std::size_t> bounds = lineAlignedPieces(text, pieceBytes);
    const auto pieces = std::int64_t(bounds.size() - 1);
    // Each piece is scanned as if a record began at its start, in parallel. Where that guess is
    // wrong (the piece starts inside a quoted field), the scan of the piece before runs into it
    // and the two are joined at the first line start both passed through, or the piece is
    // scanned again from where the one before ended: the index always equals one scan's.
    std::vector<Scan> scans(bounds.size() - 1);
    const std::int64_t wave = std::max<std::int64_t>(8, 2 * std::int64_t(threadCount()));
    for (std::int64_t first = 0; first < pieces; first += wave) {
        progress.progress.report(progress.offset + std::int64_t(bounds[std::size_t(first)]),
                                 progress.total, "csv.read");
        progress.progress.throwIfCancelled();
        parallelBlocks(std::min(wave, pieces - first), 1,
                       [&](std::int64_t b, std::int64_t, std::int64_t) {
                           const auto k = std::size_t(first + b);
                           scan(text, bounds[k], bounds[k + 1], delimiter, -1, nullptr, scans[k]);
                       });
    }
    RecordIndex index;
    std::size_t records = 0;
    for (const Scan& piece : scans) {
        records += piece.starts.size();
    }
    reserveBig(index.starts, records);
    std::size_t at = 0; // where the one scan would be: a line start
    for (std::size_t k = 0; k < scans.size(); ++k) {
        if (at >= bounds[k + 1]) {
            continue; // a record of an earlier piece runs through this one
        }
        if (at != bounds[k] && !passesThrough(scans[k], at)) {
            Scan again;
            scan(text, at, bounds[k + 1], delimiter, -1, nullptr, again);
            scans[k] = std::move(again);
        }
        append(scans[k], at, index);
        at = scans[k].exit;
        if (index.unterminatedQuote != kNoOffset) {
            break;
        }
        Scan().starts.swap(scans[k].starts); // free as we go
    }
    progress.progress.report(progress.offset + std::int64_t(at), progress.total, "csv.read");
    return index;
}

RecordIndex indexRecords(std::string_view text, char delimiter, std::int64_t maxRecords,
                         const ScanProgress& progress) {
    constexpr std::size_t kPieceBytes = std::size_t(8) << 20;
    if (maxRecords < 0 && text.size() >= 2 * kPieceBytes && threadCount() > 1) {
        return indexRecordsInPieces(text, delimiter, kPieceBytes, progress);
    }
    Scan out;
    std::size_t guess = guessRecords(text);
    if (maxRecords >= 0) {
        guess = std::min(guess, std::size_t(maxRecords) + 1); // a preview of a big file
    }
    reserveBig(out.starts, guess);
    scan(text, 0, text.size(), delimiter, maxRecords, &progress, out);
    RecordIndex index;
    index.starts = std::move(out.starts);
    index.blankLines = std::int64_t(out.blanks.size());
    index.firstBlank = out.blanks.empty() ? kNoOffset : out.blanks.front();
    index.truncated = out.truncated;
    index.stop = out.truncated ? out.exit : kNoOffset;
    index.unterminatedQuote = out.unterminatedQuote;
    index.unterminatedRecord = out.unterminatedRecord;
    progress.progress.report(progress.offset + std::int64_t(out.exit), progress.total, "csv.read");
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
