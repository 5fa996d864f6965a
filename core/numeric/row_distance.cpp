#include "numeric/row_distance.h"

#include "common/error.h"

#include <algorithm>
#include <utility>

namespace gugus::core {

namespace {

constexpr std::pair<Dissimilarity, const char*> kMetricKeys[] = {
    {Dissimilarity::Euclidean, "euclidean"},
    {Dissimilarity::Manhattan, "manhattan"},
    {Dissimilarity::Gower, "gower"},
};

} // namespace

const char* dissimilarityKey(Dissimilarity metric) noexcept {
    for (const auto& [m, key] : kMetricKeys) {
        if (m == metric) {
            return key;
        }
    }
    return "euclidean";
}

std::optional<Dissimilarity> dissimilarityFromKey(std::string_view key) {
    for (const auto& [m, k] : kMetricKeys) {
        if (key == k) {
            return m;
        }
    }
    return std::nullopt;
}

RowDistance::RowDistance(Dissimilarity metric, const FeatureMatrix& x)
    : m_metric(metric), m_data(&x), m_cols(x.cols()) {
    if (metric == Dissimilarity::Gower) {
        throw Error(ErrorCode::InvalidOption, "metric", -1, -1, "Gower needs the mixed columns");
    }
}

RowDistance::RowDistance(const GowerRows& rows)
    : m_metric(Dissimilarity::Gower), m_data(&rows.values), m_cols(rows.values.cols()) {
    if (std::int64_t(rows.columns.size()) != m_cols) {
        throw Error(ErrorCode::InvalidOption, "gower_columns", -1, -1,
                    std::to_string(rows.columns.size()) + " columns for " + std::to_string(m_cols) +
                        " values per row");
    }
    for (const GowerColumn& c : rows.columns) {
        if (!(c.weight >= 0.0) || !std::isfinite(c.weight)) {
            throw Error(ErrorCode::InvalidOption, "gower_weight", -1, -1, c.name);
        }
        if (!c.categorical && !(c.range >= 0.0 && std::isfinite(c.range))) {
            throw Error(ErrorCode::InvalidOption, "gower_range", -1, -1, c.name);
        }
        m_weight.push_back(c.weight);
        m_invRange.push_back(!c.categorical && c.range > 0.0 ? 1.0 / c.range : 0.0);
        m_categorical.push_back(c.categorical ? 1 : 0);
    }
}

double RowDistance::gower(const double* a, const double* b) const {
    double num = 0.0;
    double den = 0.0;
    for (std::int64_t f = 0; f < m_cols; ++f) {
        const double x = a[f];
        const double y = b[f];
        if (std::isnan(x) || std::isnan(y)) {
            continue; // Gower's delta_f = 0: a missing value is not evidence either way
        }
        const double w = m_weight[std::size_t(f)];
        const double d = m_categorical[std::size_t(f)]
                             ? (x != y ? 1.0 : 0.0)
                             : std::min(std::abs(x - y) * m_invRange[std::size_t(f)], 1.0);
        num += w * d;
        den += w;
    }
    return den > 0.0 ? num / den : 1.0;
}

} // namespace gugus::core
