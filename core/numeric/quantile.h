#pragma once

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

/// Order statistics with numpy's conventions, the one implementation the engine and the front
/// ends share (recipe imputation and robust scaling, column statistics, profiles, box plots).
namespace gugus::core {

/// numpy's _lerp: a + (b - a) t, computed from the nearer end so that t = 1 gives b exactly.
inline double lerp(double a, double b, double t) {
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

/// numpy.quantile(q) with the default "linear" method over n sorted values, read through
/// `valueAt(rank)` (0-based) so callers can keep their values in any layout. NaN when n = 0.
template <class ValueAt> double quantileAt(std::size_t n, ValueAt valueAt, double q) {
    if (n == 0) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const double pos = q * double(n - 1);
    const auto lo = std::size_t(std::floor(pos));
    const std::size_t hi = lo + 1 < n ? lo + 1 : n - 1;
    return lerp(valueAt(lo), valueAt(hi), pos - double(lo));
}

/// numpy.quantile(sorted, q), linear method; `sorted` ascending. NaN when empty.
inline double quantileSorted(std::span<const double> sorted, double q) {
    return quantileAt(
        sorted.size(), [&](std::size_t i) { return sorted[i]; }, q);
}

/// Order-preserving map of a double to an unsigned key (-0.0 folded into 0.0; NaN not allowed)
/// and back.
inline std::uint64_t sortKey(double v) {
    constexpr std::uint64_t kSign = std::uint64_t(1) << 63;
    const auto u = std::bit_cast<std::uint64_t>(v == 0.0 ? 0.0 : v);
    // Negative: all bits flipped; else the sign bit set. Branch-free: signs of data are random.
    return u ^ (std::uint64_t(std::int64_t(u) >> 63) | kSign);
}
inline double fromSortKey(std::uint64_t k) {
    constexpr std::uint64_t kSign = std::uint64_t(1) << 63;
    return std::bit_cast<double>((k & kSign) ? k & ~kSign : ~k);
}

/// The digit keysAtRanks() buckets keys between kmin and kmax by: the 16 bits below the prefix
/// they all share (keys between kmin and kmax share the bits above their highest difference, so
/// the digit orders them).
class RankDigit {
public:
    static constexpr int kBits = 16;
    static constexpr std::size_t kBuckets = std::size_t(1) << kBits;

    RankDigit(std::uint64_t kmin, std::uint64_t kmax)
        : m_shift(std::max(0, 64 - std::countl_zero(kmin ^ kmax) - kBits)) {}
    std::size_t operator()(std::uint64_t k) const {
        return std::size_t(k >> m_shift) & (kBuckets - 1);
    }

private:
    int m_shift;
};

/// The keys at `ranks` (0-based, below keys.size()) of the sorted `keys`, all between kmin and
/// kmax, without sorting them all: one histogram pass on RankDigit, then only the buckets holding
/// the ranks are gathered and sorted. The keys may be in any order.
std::vector<std::uint64_t> keysAtRanks(std::span<const std::uint64_t> keys, std::uint64_t kmin,
                                       std::uint64_t kmax, const std::vector<std::size_t>& ranks);

/// keysAtRanks() for a caller that counted the keys' digits in a pass of its own:
/// `counts[d]` keys have digit(key) == d (RankDigit::kBuckets entries; fewer than 2^32 keys).
std::vector<std::uint64_t> keysAtRanks(std::span<const std::uint64_t> keys, const RankDigit& digit,
                                       std::span<const std::uint32_t> counts,
                                       const std::vector<std::size_t>& ranks);

/// numpy.median of `values` (mean of the two middle values for even sizes), reordering them
/// partially instead of sorting (large inputs: by keysAtRanks, leaving them as they are; a zero
/// median is then +0). NaN when empty.
double medianInPlace(std::vector<double>& values);

/// quantileSorted(sort(values), q), bit for bit, reordering `values` partially instead of
/// sorting them (O(n) instead of O(n log n)). NaN when empty.
double quantileInPlace(std::vector<double>& values, double q);

} // namespace gugus::core
