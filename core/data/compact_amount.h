#pragma once

namespace gugus::core {

/// An amount made short for reading: value × 1000^step = amount, step 0 (units) to 4
/// (trillions). The step is the largest whose one-decimal value does not read 1,000.0 of the
/// step below (999,960 is "1.0 M", not "1,000.0 K"). The words for the steps ("K", "jt") belong
/// to the front end; this is only the arithmetic both the report and gugus-cli share.
struct CompactAmount {
    double value = 0.0;
    int step = 0;
};

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
