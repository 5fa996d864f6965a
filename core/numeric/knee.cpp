#include "numeric/knee.h"

#include <algorithm>
#include <cmath>

namespace gugus::core {

std::optional<std::size_t> kneedleDecreasingConvex(const std::vector<double>& x,
                                                   const std::vector<double>& y,
                                                   double sensitivity) {
    const std::size_t n = x.size();
    if (n < 3 || y.size() != n) {
        return std::nullopt;
    }
    const auto [xMin, xMax] = std::minmax_element(x.begin(), x.end());
    const auto [yMin, yMax] = std::minmax_element(y.begin(), y.end());
    const double xSpan = *xMax - *xMin;
    const double ySpan = *yMax - *yMin;
    if (!(xSpan > 0.0) || !(ySpan > 0.0)) {
        return std::nullopt;
    }
    // Normalise, then flip a decreasing convex curve into an increasing concave one, as kneed
    // does: x stays, y becomes its reflection; the difference curve is y - x.
    std::vector<double> diff(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double xn = (x[i] - *xMin) / xSpan;
        const double yn = (y[i] - *yMin) / ySpan;
        // Decreasing convex: kneed flips y (yn -> 1 - yn) and reverses nothing for x when it
        // uses the "convex decreasing" transform y_d = 1 - yn, x_d = xn; difference = y_d - x_d.
        diff[i] = (1.0 - yn) - xn;
    }
    // Local maxima of the difference curve are knee candidates; a candidate is confirmed when the
    // difference curve later falls below its threshold before the next maximum.
    const double step = 1.0 / double(n - 1); // mean spacing of normalised x
    std::optional<std::size_t> knee;
    for (std::size_t i = 1; i + 1 < n; ++i) {
        if (!(diff[i] >= diff[i - 1] && diff[i] > diff[i + 1])) {
            continue;
        }
        const double threshold = diff[i] - sensitivity * step;
        for (std::size_t j = i + 1; j < n; ++j) {
            if (j + 1 < n && diff[j] >= diff[j - 1] && diff[j] > diff[j + 1]) {
                break; // a new local maximum before the drop: this candidate is not confirmed
            }
            if (diff[j] < threshold) {
                knee = i;
                break;
            }
        }
        if (knee) {
            return knee;
        }
    }
    // No confirmed drop (short curves): fall back to the global maximum of the difference curve
    // when it is an interior point, which is the knee for a convex curve.
    const auto best = std::size_t(std::max_element(diff.begin(), diff.end()) - diff.begin());
    if (best > 0 && best + 1 < n && diff[best] > 0.0) {
        return best;
    }
    return std::nullopt;
}

} // namespace gugus::core
