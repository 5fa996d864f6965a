#include "numeric/quantile.h"

#include <algorithm>
#include <bit>

namespace gugus::core {

namespace {

/// The values at a few ranks of the sorted keys, without sorting them all: from the histogram of
/// their RankDigit, only the buckets holding the ranks asked for are gathered and sorted.
class RankFinder {
public:
    RankFinder(std::span<const std::uint64_t> keys, const RankDigit& digit,
               std::span<const std::uint32_t> counts)
        : m_keys(keys), m_digit(digit) {
        m_start.assign(RankDigit::kBuckets + 1, 0);
        for (std::size_t b = 0; b < RankDigit::kBuckets; ++b) {
            m_start[b + 1] = m_start[b] + counts[b];
        }
    }

    /// Sorted key at each of `ranks` (0-based, below the key count).
    std::vector<std::uint64_t> at(const std::vector<std::size_t>& ranks) const {
        std::vector<std::size_t> buckets;
        for (const std::size_t rank : ranks) {
            buckets.push_back(bucketOf(rank));
        }
        std::sort(buckets.begin(), buckets.end());
        buckets.erase(std::unique(buckets.begin(), buckets.end()), buckets.end());
        std::vector<std::vector<std::uint64_t>> members(buckets.size());
        std::vector<std::uint8_t> member(RankDigit::kBuckets, 0); // 1 + index in `buckets`, or 0
        for (std::size_t i = 0; i < buckets.size(); ++i) {
            members[i].reserve(m_start[buckets[i] + 1] - m_start[buckets[i]]);
            member[buckets[i]] = std::uint8_t(i + 1);
        }
        for (const auto k : m_keys) {
            if (const std::uint8_t i = member[m_digit(k)]) {
                members[i - 1u].push_back(k);
            }
        }
        // Each bucket is put in order only at the ranks asked for (selection, not a sort of
        // thousands of keys): ascending, each selection leaves the keys below its rank alone.
        std::vector<std::size_t> sortedRanks = ranks;
        std::sort(sortedRanks.begin(), sortedRanks.end());
        sortedRanks.erase(std::unique(sortedRanks.begin(), sortedRanks.end()), sortedRanks.end());
        std::vector<std::size_t> placed(buckets.size(), 0); // keys below this are in place
        for (const std::size_t rank : sortedRanks) {
            const std::size_t b = bucketOf(rank);
            const auto i = indexOf(buckets, b);
            auto& m = members[i];
            const std::size_t local = rank - m_start[b];
            std::nth_element(m.begin() + std::ptrdiff_t(placed[i]),
                             m.begin() + std::ptrdiff_t(local), m.end());
            placed[i] = local + 1;
        }
        std::vector<std::uint64_t> out;
        for (const std::size_t rank : ranks) {
            const std::size_t b = bucketOf(rank);
            out.push_back(members[indexOf(buckets, b)][rank - m_start[b]]);
        }
        return out;
    }

private:
    static std::size_t indexOf(const std::vector<std::size_t>& buckets, std::size_t b) {
        return std::size_t(std::lower_bound(buckets.begin(), buckets.end(), b) - buckets.begin());
    }

    std::size_t bucketOf(std::size_t rank) const {
        return std::size_t(std::upper_bound(m_start.begin(), m_start.end(), rank) -
                           m_start.begin()) -
               1;
    }

    std::span<const std::uint64_t> m_keys;
    RankDigit m_digit;
    std::vector<std::size_t> m_start; ///< first rank of each bucket; m_start[kBuckets] = count
};

} // namespace

std::vector<std::uint64_t> keysAtRanks(std::span<const std::uint64_t> keys, std::uint64_t kmin,
                                       std::uint64_t kmax, const std::vector<std::size_t>& ranks) {
    if (keys.size() > std::numeric_limits<std::uint32_t>::max()) { // counts would overflow
        std::vector<std::uint64_t> sorted(keys.begin(), keys.end());
        std::sort(sorted.begin(), sorted.end());
        std::vector<std::uint64_t> out;
        for (const std::size_t rank : ranks) {
            out.push_back(sorted[rank]);
        }
        return out;
    }
    const RankDigit digit(kmin, kmax);
    std::vector<std::uint32_t> counts(RankDigit::kBuckets, 0);
    for (const auto k : keys) {
        ++counts[digit(k)];
    }
    return keysAtRanks(keys, digit, counts, ranks);
}

std::vector<std::uint64_t> keysAtRanks(std::span<const std::uint64_t> keys, const RankDigit& digit,
                                       std::span<const std::uint32_t> counts,
                                       const std::vector<std::size_t>& ranks) {
    return RankFinder(keys, digit, counts).at(ranks);
}

double medianInPlace(std::vector<double>& values) {
    if (values.empty()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const std::size_t mid = values.size() / 2;
    // Past a few thousand values, three light passes (keys, histogram, gather) beat the
    // branchy partitioning of nth_element.
    constexpr std::size_t kByKeys = 4096;
    if (values.size() >= kByKeys) {
        std::vector<std::uint64_t> keys(values.size());
        std::uint64_t kmin = ~std::uint64_t(0);
        std::uint64_t kmax = 0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            keys[i] = sortKey(values[i]);
            kmin = std::min(kmin, keys[i]);
            kmax = std::max(kmax, keys[i]);
        }
        const std::vector<std::size_t> ranks = values.size() % 2 == 1
                                                   ? std::vector<std::size_t>{mid}
                                                   : std::vector<std::size_t>{mid - 1, mid};
        const std::vector<std::uint64_t> found = keysAtRanks(keys, kmin, kmax, ranks);
        const double hi = fromSortKey(found.back());
        return found.size() == 1 ? hi : (fromSortKey(found.front()) + hi) / 2.0;
    }
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(mid), values.end());
    const double hi = values[mid];
    if (values.size() % 2 == 1) {
        return hi;
    }
    const double lo = *std::max_element(values.begin(), values.begin() + std::ptrdiff_t(mid));
    return (lo + hi) / 2.0;
}

double quantileInPlace(std::vector<double>& values, double q) {
    const std::size_t n = values.size();
    if (n == 0) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    // The ranks quantileAt reads, found by selection: after nth_element the lower rank is in
    // place and the upper one is the smallest value after it.
    const double pos = q * double(n - 1);
    const auto lo = std::size_t(std::floor(pos));
    const std::size_t hi = lo + 1 < n ? lo + 1 : n - 1;
    const auto loAt = values.begin() + std::ptrdiff_t(lo);
    std::nth_element(values.begin(), loAt, values.end());
    const double a = *loAt;
    const double b = hi == lo ? a : *std::min_element(loAt + 1, values.end());
    return lerp(a, b, pos - double(lo));
}

} // namespace gugus::core
