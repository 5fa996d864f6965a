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

} // namespace gugus::core
