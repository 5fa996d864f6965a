#include "report/number_format.h"

#include <algorithm>
#include <cmath>

namespace gugus::report {

namespace {

/// The fewest decimals (≤ maxDecimals) that write `value` exactly, up to a relative 1e-9: 41.5
/// needs one, 0.1 + 0.2 one, 1/3 all of them.
int neededDecimals(double value, int maxDecimals) {
    double scaled = value;
    for (int d = 0; d < maxDecimals; ++d) {
        if (std::abs(scaled - std::round(scaled)) <= 1e-9 * std::max(1.0, std::abs(scaled))) {
            return d;
        }
        scaled *= 10;
    }
    return maxDecimals;
}

} // namespace

int columnDecimals(std::span<const double> values, int significant, int maxDecimals) {
    double largest = 0;
    int needed = 0;
    bool any = false;
    for (const double v : values) {
        if (!std::isfinite(v)) {
            continue;
        }
        any = true;
        largest = std::max(largest, std::abs(v));
        if (needed < maxDecimals) {
            needed = std::max(needed, neededDecimals(v, maxDecimals));
        }
    }
    if (!any || largest == 0) {
        return 0;
    }
    // Digits before the point of the largest value: 3 for 512.4, 0 for 0.5, -1 for 0.012.
    const int digits = int(std::floor(std::log10(largest))) + 1;
    return std::clamp(std::min(needed, significant - digits), 0, maxDecimals);
}

QString formatFixed(double value, int decimals, const QLocale& locale) {
    if (std::isnan(value)) {
        return QStringLiteral("–");
    }
    const double step = std::pow(10.0, -decimals);
    if (std::abs(value) < step / 2) {
        value = 0; // no "-0.00"
    }
    return locale.toString(value, 'f', decimals);
}

QString NumberColumn::spreadsheetFormat() const {
    return m_decimals == 0 ? QStringLiteral("#,##0")
                           : QStringLiteral("#,##0.") + QString(m_decimals, QLatin1Char('0'));
}

} // namespace gugus::report
