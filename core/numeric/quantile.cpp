#include "numeric/quantile.h"

#include <algorithm>

namespace gugus::core {

double medianInPlace(std::vector<double>& values) {
    if (values.empty()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const std::size_t mid = values.size() / 2;
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
