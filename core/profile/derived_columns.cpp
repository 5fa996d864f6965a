#include "profile/derived_columns.h"

#include <Eigen/QR>

#include <algorithm>
#include <cmath>

namespace gugus::core {

namespace {

/// The fit needs only enough rows to pin the weights; the exact check then reads every row.
constexpr std::int64_t kMaxFitRows = 20000;
constexpr std::int64_t kMinRows = 20;
constexpr double kWeightTolerance = 1e-6;

/// Rows where `total` and every binary column are present.
std::vector<std::int64_t> completeRows(const Column& total,
                                       const std::vector<const Column*>& parts) {
    std::vector<std::int64_t> rows;
    const auto& t = total.values();
    for (std::int64_t r = 0; r < total.size(); ++r) {
        bool present = !std::isnan(t[std::size_t(r)]);
        for (std::size_t j = 0; present && j < parts.size(); ++j) {
            present = !std::isnan(parts[j]->values()[std::size_t(r)]);
        }
        if (present) {
            rows.push_back(r);
        }
    }
    return rows;
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
    for (const std::int64_t r : rows) {
        double sum = 0.0;
        for (std::size_t j = 0; j < parts.size(); ++j) {
            sum += weights[j] * parts[j]->values()[std::size_t(r)];
        }
        if (sum != total.values()[std::size_t(r)]) {
            return {};
        }
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
        const std::vector<std::int64_t> rows = completeRows(c, binary);
        if (std::int64_t(rows.size()) < std::max<std::int64_t>(kMinRows, 2 * binary.size())) {
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
