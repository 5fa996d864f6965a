#pragma once

#include <span>

namespace gugus::core {

/// Mean and population variance (divided by n) of some values.
struct Moments {
    double mean = 0.0;
    double variance = 0.0;
};

/// Summed in order, so the same values give the same bits everywhere: the one definition behind
/// standard scaling (as scikit-learn's StandardScaler) and z-score outlier rules (as
/// scipy.stats.zscore). Empty input gives zeros.
inline Moments populationMoments(std::span<const double> values) {
    if (values.empty()) {
        return {};
    }
    const double n = double(values.size());
    double sum = 0.0;
    for (double v : values) {
        sum += v;
    }
    Moments m;
    m.mean = sum / n;
    double ss = 0.0;
    for (double v : values) {
        ss += (v - m.mean) * (v - m.mean);
    }
    m.variance = ss / n;
    return m;
}

} // namespace gugus::core
