#include "metrics/silhouette_internal.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::core::detail {

double silhouetteFromSums(int own, std::int64_t ownCount,
                          const std::vector<std::int64_t>& referenceCounts, bool inReference,
                          const double* sums) {
    if (ownCount <= 1) {
        return 0.0; // singleton: a is 0/0 in scikit-learn, and nan_to_num makes s 0
    }
    const std::int64_t others = referenceCounts[std::size_t(own)] - (inReference ? 1 : 0);
    const double a = sums[own] / double(others);
    double b = std::numeric_limits<double>::infinity();
    for (std::size_t c = 0; c < referenceCounts.size(); ++c) {
        if (int(c) != own && referenceCounts[c] > 0) {
            b = std::min(b, sums[c] / double(referenceCounts[c]));
        }
    }
    const double denominator = std::max(a, b);
    return denominator > 0.0 ? (b - a) / denominator : 0.0;
}

void summariseSilhouette(const Labels& labels, int k, std::int64_t population,
                         SilhouetteResult& result) {
    std::vector<double> sum(std::size_t(k), 0.0);
    std::vector<std::int64_t> count(std::size_t(k), 0);
    double total = 0.0;
    std::int64_t scored = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double v = result.samples[i];
        if (labels[i] < 0 || std::isnan(v)) {
            continue;
        }
        sum[std::size_t(labels[i])] += v;
        ++count[std::size_t(labels[i])];
        total += v;
        ++scored;
    }
    result.perCluster.assign(std::size_t(k), std::numeric_limits<double>::quiet_NaN());
    for (int c = 0; c < k; ++c) {
        if (count[std::size_t(c)] > 0) {
            result.perCluster[std::size_t(c)] = sum[std::size_t(c)] / double(count[std::size_t(c)]);
        }
    }
    result.sampleSize = scored;
    result.mean = scored > 0 ? total / double(scored) : 0.0;
    result.standardError = 0.0;
    if (scored > 1 && scored < population) {
        double squares = 0.0;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const double v = result.samples[i];
            if (labels[i] >= 0 && !std::isnan(v)) {
                squares += (v - result.mean) * (v - result.mean);
            }
        }
        // Sample variance with the finite-population correction of drawing without replacement.
        const double variance = squares / double(scored - 1);
        const double fraction = double(scored) / double(population);
        result.standardError = std::sqrt(variance / double(scored) * (1.0 - fraction));
    }
}

} // namespace gugus::core::detail
