// Column::computeStats(): the summary every view and the profile start from, computed once per
// column. Runs on million-row columns at load time: columns with few distinct values (codes,
// flags, ages) are summarised from a small histogram without copying; the others are copied once
// as order-preserving keys, whose quartiles come from a histogram of their leading bits (only the
// buckets holding the quartiles are sorted) and whose distinct count from cache-sized hash tables.
#include "data/column.h"

#include "data/big_buffer.h"
#include "data/string_interner.h"
#include "numeric/quantile.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <span>
#include <utility>

namespace gugus::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Distinct finite values with their counts, as long as there are few of them (codes, flags,
/// ages): then quartiles and the distinct count need neither a copy nor a sort of the column.
class SmallCounter {
public:
    static constexpr std::size_t kMaxDistinct = 4096;

    /// @param n  number of values to come (sizes the table for short columns)
    explicit SmallCounter(std::size_t n) {
        std::size_t slots = 16;
        while (slots < 2 * std::min(n, kMaxDistinct)) {
            slots *= 2;
        }
        m_keys.resize(slots);
        m_counts.resize(slots);
        m_used.resize(slots, 0);
        m_mask = slots - 1;
    }

    /// Counts `v`; false once the column has more than kMaxDistinct distinct values.
    bool add(double v) {
        const std::uint64_t key = std::bit_cast<std::uint64_t>(v == 0.0 ? 0.0 : v);
        for (std::size_t i = mix64(key) & m_mask;; i = (i + 1) & m_mask) {
            if (m_used[i] && m_keys[i] == key) {
                ++m_counts[i];
                return true;
            }
            if (!m_used[i]) {
                if (m_size == kMaxDistinct) {
                    return false;
                }
                m_used[i] = true;
                m_keys[i] = key;
                m_counts[i] = 1;
                ++m_size;
                return true;
            }
        }
    }

    /// (value, count) pairs in increasing order of value.
    std::vector<std::pair<double, std::int64_t>> sorted() const {
        std::vector<std::pair<double, std::int64_t>> out;
        for (std::size_t i = 0; i < m_used.size(); ++i) {
            if (m_used[i]) {
                out.emplace_back(std::bit_cast<double>(m_keys[i]), m_counts[i]);
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }

private:
    std::vector<std::uint64_t> m_keys;
    std::vector<std::int64_t> m_counts;
    std::vector<char> m_used;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

/// The distinct count groups keys by the top bits of key * kOdd (a bijection, so distinct keys
/// stay distinct and none becomes 0: no finite double has key 0); each group's hash table stays
/// in cache, where a plain hash set over millions of keys misses the cache on every probe and a
/// full sort costs six passes.
constexpr std::uint64_t kOdd = 0x9E3779B97F4A7C15ULL; // 2^64 / golden ratio
constexpr int kGroupBits = 8;
constexpr std::size_t kGroups = std::size_t(1) << kGroupBits;

/// Hash-table slots per key of a group: at most a quarter of the slots are used, so most keys
/// find a free slot (or themselves) at the first probe.
constexpr std::size_t kSlotsPerKey = 4;

std::size_t groupOf(std::uint64_t key) {
    return std::size_t((key * kOdd) >> (64 - kGroupBits));
}

/// Distinct keys, counted exactly; `keys` holds group g in [start[g], start[g + 1]). Counts the
/// keys' RankDigit histogram (for the quartiles) on the way: the group's keys are in cache here,
/// while the pass that scatters them into groups has 256 streams of stores to keep going.
std::int64_t distinctKeys(std::span<const std::uint64_t> keys,
                          const std::vector<std::size_t>& start, const RankDigit& digit,
                          std::vector<std::uint32_t>& digits) {
    std::int64_t distinct = 0;
    std::vector<std::uint64_t> table;
    for (std::size_t g = 0; g < kGroups; ++g) {
        int bits = 4;
        while ((std::size_t(1) << bits) < kSlotsPerKey * (start[g + 1] - start[g])) {
            ++bits;
        }
        const std::size_t mask = (std::size_t(1) << bits) - 1;
        const int shift = 64 - kGroupBits - bits; // the bits right below the group's
        table.assign(mask + 1, 0);
        for (std::size_t e = start[g]; e < start[g + 1]; ++e) {
            ++digits[digit(keys[e])];
            const std::uint64_t h = keys[e] * kOdd;
            // One branch per probe, taken once: on a sparse table the first probe ends the
            // search, and the slot is written whether the key was new or already there.
            std::size_t i = std::size_t(shift >= 0 ? h >> shift : h) & mask;
            std::uint64_t slot = table[i];
            while (slot != h && slot != 0) {
                i = (i + 1) & mask;
                slot = table[i];
            }
            distinct += slot == 0 ? 1 : 0;
            table[i] = h;
        }
    }
    return distinct;
}

/// Quartiles with numpy.quantile's default "linear" method, given the value at each rank of the
/// n sorted finite values.
template <class ValueAt> void quartiles(std::size_t n, ValueAt valueAt, ColumnStats& s) {
    s.q1 = quantileAt(n, valueAt, 0.25);
    s.median = quantileAt(n, valueAt, 0.5);
    s.q3 = quantileAt(n, valueAt, 0.75);
}

/// Neumaier-compensated sum: accurate to a few ulps even for balances around 1e9.
class CompensatedSum {
public:
    void add(double x) {
        const double next = m_sum + x;
        m_carry += std::abs(m_sum) >= std::abs(x) ? (m_sum - next) + x : (x - next) + m_sum;
        m_sum = next;
    }
    double value() const { return m_sum + m_carry; }

private:
    double m_sum = 0.0;
    double m_carry = 0.0;
};

/// Many distinct values: the finite values' keys are written once, already grouped for the
/// distinct count, while the squared deviations are summed; `groups` counted each group's keys
/// in the first pass. The distinct count then counts the keys' histogram for the quartiles.
void manyValueStats(const std::vector<double>& values, std::size_t finite, double lo, double hi,
                    const std::vector<std::size_t>& groups, ColumnStats& s) {
    const auto n = double(finite);
    std::vector<std::size_t> start(kGroups + 1, 0);
    for (std::size_t g = 0; g < kGroups; ++g) {
        start[g + 1] = start[g] + groups[g];
    }
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    const auto keys = makeBigArray<std::uint64_t>(finite);
    const RankDigit digit(sortKey(lo), sortKey(hi));
    std::vector<std::uint32_t> digits(RankDigit::kBuckets, 0);
    CompensatedSum squares;
    for (const double v : values) {
        if (std::isfinite(v)) {
            squares.add((v - s.mean) * (v - s.mean));
            const std::uint64_t k = sortKey(v);
            keys[fill[groupOf(k)]++] = k;
        }
    }
    s.std = std::sqrt(squares.value() / n);
    const std::span<const std::uint64_t> all(keys.get(), finite);
    // The ranks quantileAt() reads for the three quartiles, found together.
    std::vector<std::size_t> ranks;
    for (const double q : {0.25, 0.5, 0.75}) {
        const auto below = std::size_t(std::floor(q * double(finite - 1)));
        ranks.push_back(below);
        ranks.push_back(std::min(below + 1, finite - 1));
    }
    s.distinct += distinctKeys(all, start, digit, digits);
    const std::vector<std::uint64_t> found = keysAtRanks(all, digit, digits, ranks);
    quartiles(
        finite,
        [&](std::size_t rank) {
            const auto i = std::size_t(std::find(ranks.begin(), ranks.end(), rank) - ranks.begin());
            return fromSortKey(found[i]);
        },
        s);
}

void numericStats(const std::vector<double>& values, ColumnStats& s) {
    // One pass: counts, range, the sum (in the order of the values, as a pass of its own would
    // add them), each distinct-count group's size and, while the column has few distinct values,
    // their histogram.
    SmallCounter counter(values.size());
    bool few = true;
    bool integral = true;
    bool posInf = false;
    bool negInf = false;
    std::size_t finite = 0;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    CompensatedSum sum;
    std::vector<std::size_t> groups(kGroups, 0);
    for (const double v : values) {
        if (std::isnan(v)) {
            ++s.missing;
            continue;
        }
        ++s.count;
        if (std::isinf(v)) {
            ++s.nonFinite;
            (v > 0 ? posInf : negInf) = true;
            continue;
        }
        ++finite;
        integral = integral && v == std::trunc(v);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        sum.add(v);
        ++groups[groupOf(sortKey(v))];
        few = few && counter.add(v);
    }
    s.integral = s.count > 0 && s.nonFinite == 0 && integral;
    const std::int64_t infinities = (posInf ? 1 : 0) + (negInf ? 1 : 0);
    if (finite == 0) {
        s.distinct = infinities;
        s.mean = s.std = s.min = s.q1 = s.median = s.q3 = s.max = kNaN;
        return;
    }
    s.min = lo;
    s.max = hi;
    const auto n = double(finite);
    if (!few) {
        // Mean, then squared deviations from it (two-pass population variance).
        s.mean = sum.value() / n;
        s.distinct = infinities;
        manyValueStats(values, finite, lo, hi, groups, s);
        return;
    }
    // With few distinct values the mean and deviations come from the histogram instead.
    CompensatedSum histogramSum;
    CompensatedSum squares;
    const auto histogram = counter.sorted();
    for (const auto& [value, count] : histogram) {
        histogramSum.add(value * double(count));
    }
    s.mean = histogramSum.value() / n;
    for (const auto& [value, count] : histogram) {
        squares.add(double(count) * (value - s.mean) * (value - s.mean));
    }
    s.std = std::sqrt(squares.value() / n);
    s.distinct = std::int64_t(histogram.size()) + infinities;
    quartiles(
        finite,
        [&](std::size_t rank) {
            std::size_t below = 0;
            for (const auto& [value, count] : histogram) {
                below += std::size_t(count);
                if (rank < below) {
                    return value;
                }
            }
            return histogram.back().first;
        },
        s);
}

void categoricalStats(const std::vector<std::int32_t>& codes, std::size_t categories,
                      ColumnStats& s) {
    std::vector<std::int64_t> counts(categories, 0);
    for (const auto c : codes) {
        if (c < 0) {
            ++s.missing;
        } else {
            ++counts[std::size_t(c)];
        }
    }
    s.count = std::int64_t(codes.size()) - s.missing;
    std::int64_t best = 0;
    for (std::size_t c = 0; c < counts.size(); ++c) {
        s.distinct += counts[c] > 0 ? 1 : 0;
        if (counts[c] > best) { // strict: the lowest code wins ties
            best = counts[c];
            s.mode = int(c);
        }
    }
}

/// Distinct non-empty strings. A plain hash set over a million ids misses the cache on every
/// probe; instead the (hash, row) pairs are first grouped by their top hash bits so that each
/// group's table stays in cache, and strings are compared only when full hashes agree.
void textStats(const std::vector<std::string>& text, ColumnStats& s) {
    struct Entry {
        std::uint64_t hash;
        std::size_t row;
    };
    constexpr int kGroupBits = 8;
    constexpr std::size_t kGroups = std::size_t(1) << kGroupBits;
    std::vector<std::uint64_t> hashes;
    reserveBig(hashes, text.size());
    std::vector<std::size_t> start(kGroups + 1, 0);
    for (const auto& t : text) {
        const std::uint64_t h = t.empty() ? 0 : fastHash(t);
        s.missing += t.empty() ? 1 : 0;
        start[(h >> (64 - kGroupBits)) + 1] += t.empty() ? 0 : 1;
        hashes.push_back(h);
    }
    s.count = std::int64_t(text.size()) - s.missing;
    for (std::size_t g = 0; g < kGroups; ++g) {
        start[g + 1] += start[g];
    }
    std::vector<Entry> grouped;
    reserveBig(grouped, std::size_t(s.count));
    grouped.resize(std::size_t(s.count));
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (std::size_t r = 0; r < text.size(); ++r) {
        if (!text[r].empty()) {
            grouped[fill[hashes[r] >> (64 - kGroupBits)]++] = Entry{hashes[r], r};
        }
    }
    std::vector<Entry> table;
    constexpr std::size_t kEmpty = std::size_t(-1);
    for (std::size_t g = 0; g < kGroups; ++g) {
        const std::size_t size = start[g + 1] - start[g];
        std::size_t capacity = 16;
        while (capacity < 2 * size) {
            capacity *= 2;
        }
        table.assign(capacity, Entry{0, kEmpty});
        for (std::size_t e = start[g]; e < start[g + 1]; ++e) {
            const Entry entry = grouped[e];
            for (std::size_t i = entry.hash & (capacity - 1);; i = (i + 1) & (capacity - 1)) {
                if (table[i].row == kEmpty) {
                    table[i] = entry;
                    ++s.distinct;
                    break;
                }
                if (table[i].hash == entry.hash && sameBytes(text[table[i].row], text[entry.row])) {
                    break;
                }
            }
        }
    }
}

} // namespace

void Column::computeStats() {
    m_stats = ColumnStats{};
    switch (m_type) {
    case ColumnType::Numeric:
    case ColumnType::Binary:
        numericStats(m_values, m_stats);
        break;
    case ColumnType::Categorical:
        categoricalStats(m_codes, m_categories.size(), m_stats);
        break;
    case ColumnType::Id:
        textStats(m_text, m_stats);
        break;
    }
}

} // namespace gugus::core
