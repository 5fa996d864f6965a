// Adjusted Rand index from the contingency table, as sklearn.metrics.adjusted_rand_score (via
// its pair_confusion_matrix), with 128-bit integer pair counts so that no count overflows.
#include "common/error.h"
#include "metrics/cluster_metrics.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace gugus::core {

namespace {

using Wide = __int128_t; // the typedef, unlike the keyword, is accepted by -Wpedantic

/// Dense codes 0..m-1 for the distinct labels in ascending order, every negative label being one
/// class ("noise"). Returns m.
std::int64_t encode(const Labels& labels, std::vector<std::int64_t>& codes) {
    codes.resize(labels.size());
    if (labels.empty()) {
        return 0;
    }
    const auto [lowest, highest] = std::minmax_element(labels.begin(), labels.end());
    const std::int64_t lo = std::max(*lowest, -1);
    const std::int64_t span = std::int64_t(std::max(*highest, -1)) - lo + 1;
    if (span <= std::max<std::int64_t>(std::int64_t(labels.size()), 1 << 16)) {
        // Segment numbers: a table over their range gives the same codes as sorting them, in
        // linear time (sorting a million labels twice took ~0.1 s of the Compare view).
        std::vector<std::int64_t> code(std::size_t(span), 0);
        for (const int l : labels) {
            code[std::size_t(std::max(l, -1) - lo)] = 1;
        }
        std::int64_t m = 0;
        for (std::int64_t& c : code) {
            c = c ? m++ : -1;
        }
        for (std::size_t i = 0; i < labels.size(); ++i) {
            codes[i] = code[std::size_t(std::max(labels[i], -1) - lo)];
        }
        return m;
    }
    std::vector<int> values;
    values.reserve(labels.size());
    for (const int l : labels) {
        values.push_back(std::max(l, -1));
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        codes[i] = std::lower_bound(values.begin(), values.end(), std::max(labels[i], -1)) -
                   values.begin();
    }
    return std::int64_t(values.size());
}

} // namespace

double adjustedRandIndex(const Labels& a, const Labels& b) {
    if (a.size() != b.size()) {
        throw Error(ErrorCode::InvalidOption, "labels", -1, -1,
                    std::to_string(a.size()) + " vs " + std::to_string(b.size()) + " labels");
    }
    const auto n = std::int64_t(a.size());
    std::vector<std::int64_t> ca;
    std::vector<std::int64_t> cb;
    const std::int64_t ka = encode(a, ca);
    const std::int64_t kb = encode(b, cb);

    // Contingency counts n_ij; dense when small, hashed otherwise (many singletons).
    std::vector<std::int64_t> rowSums(static_cast<std::size_t>(ka), 0);
    std::vector<std::int64_t> colSums(static_cast<std::size_t>(kb), 0);
    Wide sumSquares = 0;
    if (ka * kb <= (std::int64_t(1) << 24)) {
        std::vector<std::int64_t> table(static_cast<std::size_t>(ka * kb), 0);
        for (std::int64_t i = 0; i < n; ++i) {
            ++table[std::size_t(ca[std::size_t(i)] * kb + cb[std::size_t(i)])];
        }
        for (const std::int64_t c : table) {
            sumSquares += Wide(c) * c;
        }
    } else {
        std::unordered_map<std::int64_t, std::int64_t> table;
        for (std::int64_t i = 0; i < n; ++i) {
            ++table[ca[std::size_t(i)] * kb + cb[std::size_t(i)]];
        }
        for (const auto& [key, c] : table) {
            sumSquares += Wide(c) * c;
        }
    }
    for (std::int64_t i = 0; i < n; ++i) {
        ++rowSums[std::size_t(ca[std::size_t(i)])];
        ++colSums[std::size_t(cb[std::size_t(i)])];
    }
    Wide rowSquares = 0;
    for (const std::int64_t c : rowSums) {
        rowSquares += Wide(c) * c;
    }
    Wide colSquares = 0;
    for (const std::int64_t c : colSums) {
        colSquares += Wide(c) * c;
    }
    // Ordered pairs (i, j), i != j: same/same, same-in-b-only, same-in-a-only, different/different.
    const Wide tp = sumSquares - n;
    const Wide fp = colSquares - sumSquares;
    const Wide fn = rowSquares - sumSquares;
    const Wide tn = Wide(n) * n - fp - fn - sumSquares;
    if (fn == 0 && fp == 0) {
        return 1.0; // identical partitions (also the empty and single-row cases)
    }
    // The products reach n^4: exact in 128 bits for n up to ~3e9 rows.
    const Wide numerator = 2 * (tp * tn - fn * fp);
    const Wide denominator = (tp + fn) * (fn + tn) + (tp + fp) * (fp + tn);
    return double(numerator) / double(denominator);
}

CrossTab crossTabulate(const Labels& a, int ka, const Labels& b, int kb) {
    if (a.size() != b.size() || ka < 0 || kb < 0) {
        throw Error(ErrorCode::InvalidOption, "labels", -1, -1, "different row counts");
    }
    CrossTab t;
    t.counts.assign(std::size_t(ka), std::vector<std::int64_t>(std::size_t(kb), 0));
    Labels keptA;
    Labels keptB;
    keptA.reserve(a.size());
    keptB.reserve(b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] < 0 || b[i] < 0) {
            continue;
        }
        if (a[i] >= ka || b[i] >= kb) {
            throw Error(ErrorCode::InvalidOption, "labels", -1, -1, "label >= k");
        }
        ++t.counts[std::size_t(a[i])][std::size_t(b[i])];
        keptA.push_back(a[i]);
        keptB.push_back(b[i]);
    }
    t.rows = std::int64_t(keptA.size());
    t.ari = t.rows > 0 ? adjustedRandIndex(keptA, keptB) : 0.0;
    return t;
}

} // namespace gugus::core
