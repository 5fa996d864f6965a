#include "profile/derived_columns.h"

#include <Eigen/QR>

#include <algorithm>
#include <array>
#include <cmath>

namespace gugus::core {

namespace {

/// The fit needs only enough rows to pin the weights; the exact check then reads every row.
constexpr std::int64_t kMaxFitRows = 20000;
constexpr std::int64_t kMinRows = 20;
constexpr double kWeightTolerance = 1e-6;

/// Whether row `r` has `total` and every binary column present.
bool complete(const Column& total, const std::vector<const Column*>& parts, std::size_t r) {
    if (std::isnan(total.values()[r])) {
        return false;
    }
    return std::none_of(parts.begin(), parts.end(),
                        [r](const Column* part) { return std::isnan(part->values()[r]); });
}

/// The first `limit` rows where `total` and every binary column are present (the fit's rows:
/// the fit needs no more, so the table is not walked to its end for them).
std::vector<std::int64_t> firstCompleteRows(const Column& total,
                                            const std::vector<const Column*>& parts,
                                            std::int64_t limit) {
    std::vector<std::int64_t> rows;
    for (std::int64_t r = 0; r < total.size() && std::int64_t(rows.size()) < limit; ++r) {
        if (complete(total, parts, std::size_t(r))) {
            rows.push_back(r);
        }
    }
    return rows;
}

/// Whether every row with all values present adds up: `total` = the sum of the parts whose
/// weight is 1. Column by column over blocks of rows, so each column is read in order (this runs
/// when a table opens, on every numeric column that could be a count of the flags).
bool everyCompleteRowAddsUp(const Column& total, const std::vector<const Column*>& parts,
                            const std::vector<int>& weights) {
    constexpr std::size_t kBlock = 2048;
    std::array<double, kBlock> weighted{};
    std::array<double, kBlock> all{}; // NaN when a part is missing: the row is left out
    const auto n = std::size_t(total.size());
    for (std::size_t begin = 0; begin < n; begin += kBlock) {
        const std::size_t count = std::min(kBlock, n - begin);
        std::fill_n(weighted.begin(), count, 0.0);
        std::fill_n(all.begin(), count, 0.0);
        for (std::size_t j = 0; j < parts.size(); ++j) {
            const double* v = parts[j]->values().data() + begin;
            for (std::size_t i = 0; i < count; ++i) {
                all[i] += v[i];
            }
            if (weights[j] == 1) {
                for (std::size_t i = 0; i < count; ++i) {
                    weighted[i] += v[i];
                }
            }
        }
        const double* t = total.values().data() + begin;
        for (std::size_t i = 0; i < count; ++i) {
            if (!std::isnan(t[i]) && !std::isnan(all[i]) && weighted[i] != t[i]) {
                return false;
            }
        }
    }
    return true;
}

/// The 0/1 weight of each binary column that makes `total` their sum, or empty when no such
/// choice fits the rows' values.
std::vector<int> sumWeights(const Column& total, const std::vector<const Column*>& parts,
                            const std::vector<std::int64_t>& rows) {
    const std::int64_t fitRows = std::min<std::int64_t>(std::int64_t(rows.size()), kMaxFitRows);
    Eigen::MatrixXd a(fitRows, std::int64_t(parts.size()));
    Eigen::VectorXd b(fitRows);
    for (std::int64_t i = 0; i < fitRows; ++i) {
        const auto r = std::size_t(rows[std::size_t(i)]);
        b(i) = total.values()[r];
        for (std::size_t j = 0; j < parts.size(); ++j) {
            a(i, std::int64_t(j)) = parts[j]->values()[r];
        }
    }
    const Eigen::VectorXd w = a.colPivHouseholderQr().solve(b);
    std::vector<int> weights(parts.size());
    for (std::size_t j = 0; j < parts.size(); ++j) {
        const double rounded = std::round(w(std::int64_t(j)));
        if (std::abs(w(std::int64_t(j)) - rounded) > kWeightTolerance ||
            (rounded != 0.0 && rounded != 1.0)) {
            return {};
        }
        weights[j] = int(rounded);
    }
    // The fit saw a subset of the rows: every row must add up exactly.
    if (!everyCompleteRowAddsUp(total, parts, weights)) {
        return {};
    }
    return weights;
}

} // namespace

std::vector<SumColumn> findSumColumns(const Table& table) {
    std::vector<const Column*> binary;
    for (const Column& c : table.columns()) {
        if (c.type() == ColumnType::Binary) {
            binary.push_back(&c);
        }
    }
    std::vector<SumColumn> found;
    if (binary.size() < 2) {
        return found;
    }
    const auto partCount = double(binary.size());
    for (const Column& c : table.columns()) {
        const ColumnStats& s = c.stats();
        // A sum of 0/1 values is a whole number between 0 and the number of binary columns.
        if (c.type() != ColumnType::Numeric || !s.integral || s.count == 0 || s.min < 0.0 ||
            s.max > partCount) {
            continue;
        }
        const std::int64_t needed = std::max<std::int64_t>(kMinRows, 2 * binary.size());
        const std::vector<std::int64_t> rows =
            firstCompleteRows(c, binary, std::max(needed, kMaxFitRows));
        if (std::int64_t(rows.size()) < needed) {
            continue;
        }
        const std::vector<int> weights = sumWeights(c, binary, rows);
        SumColumn sum{c.name(), {}};
        for (std::size_t j = 0; j < weights.size(); ++j) {
            if (weights[j] == 1) {
                sum.parts.push_back(binary[j]->name());
            }
        }
        if (sum.parts.size() >= 2) {
            found.push_back(std::move(sum));
        }
    }
    return found;
}

} // namespace gugus::core
