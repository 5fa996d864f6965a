#pragma once

#include <string_view>

namespace gugus::core {

/// An amount made short for reading: value × 1000^step = amount, step 0 (units) to 4
/// (trillions). The step is the largest whose one-decimal value does not read 1,000.0 of the
/// step below (999,960 is "1.0 M", not "1,000.0 K"). The arithmetic and the English words of
/// the steps are shared by gugus-cli (English only) and the report and desktop program, which
/// translate these words ("jt" in Indonesian; ui/report/unit_format.cpp).
struct CompactAmount {
    double value = 0.0;
    int step = 0;
};

/// The English word after an amount of each step: none, thousands, millions, billions, trillions.
inline constexpr std::string_view kCompactStepWords[] = {"", "K", "M", "B", "T"};

inline CompactAmount compactAmount(double amount) {
    constexpr double kSizes[] = {1.0, 1e3, 1e6, 1e9, 1e12};
    const double magnitude = amount < 0 ? -amount : amount;
    for (int step = 4; step > 0; --step) {
        if (magnitude >= kSizes[step] * 0.99995) {
            return {amount / kSizes[step], step};
        }
    }
    return {amount, 0};
}

} // namespace gugus::core
