#pragma once

#include "common/matrix.h"

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gugus::core {

/// The dissimilarity a medoid-based clustering (and its silhouette) works with.
enum class Dissimilarity {
    Euclidean, ///< on the prepared (encoded, scaled) feature matrix
    Manhattan, ///< on the prepared feature matrix: sum of absolute differences
    Gower,     ///< on the raw mixed columns (see GowerColumn), no one-hot
};
const char* dissimilarityKey(Dissimilarity metric) noexcept; ///< "euclidean", "manhattan", "gower"
std::optional<Dissimilarity> dissimilarityFromKey(std::string_view key);

/// One column as Gower's coefficient sees it.
struct GowerColumn {
    std::string name;
    /// Categorical (nominal): values are category codes compared for equality. Otherwise numeric
    /// (ordinal categories enter as their rank): the absolute difference divided by `range`.
    bool categorical = false;
    double range = 0.0;  ///< numeric: max - min over the training rows (0: the column adds 0)
    double weight = 1.0; ///< >= 0
};

/// Rows for Gower's coefficient: one value per GowerColumn (numeric value or category code as a
/// double), NaN for a missing value.
struct GowerRows {
    std::vector<GowerColumn> columns;
    FeatureMatrix values; ///< rows x columns.size()
};

/// Distance between rows of one data set (or between a foreign row of the same layout and a row
/// of it). Symmetric to the bit: d(a, b) and d(b, a) run the same operations, so a stored matrix
/// and distances computed on the fly agree exactly.
///
/// Gower (Gower 1971): d(a, b) = sum_f w_f s_f d_f / sum_f w_f s_f, where s_f = 0 when a or b
/// misses column f (the column is skipped), d_f = [a_f != b_f] for categorical columns and
/// min(|a_f - b_f| / range_f, 1) for numeric ones (the clamp only matters for new customers
/// outside the training range; 0 for a constant column). When no column can be compared the
/// distance is 1: nothing is known to be shared.
class RowDistance {
public:
    /// Euclidean or Manhattan over the rows of `x` (kept by reference). Throws
    /// Error(InvalidOption, "metric") for Gower.
    RowDistance(Dissimilarity metric, const FeatureMatrix& x);
    /// Gower over `rows` (kept by reference).
    explicit RowDistance(const GowerRows& rows);

    Dissimilarity metric() const { return m_metric; }
    std::int64_t rows() const { return m_data->rows(); }
    std::int64_t cols() const { return m_data->cols(); }
    const double* row(std::int64_t i) const { return m_data->data() + i * m_data->cols(); }

    /// 0 on the diagonal (also for a Gower row with every value missing).
    double operator()(std::int64_t i, std::int64_t j) const {
        return i == j ? 0.0 : between(row(i), row(j));
    }
    /// Distance of two rows laid out as this data set's rows.
    double between(const double* a, const double* b) const {
        switch (m_metric) {
        case Dissimilarity::Euclidean:
            return euclidean(a, b);
        case Dissimilarity::Manhattan:
            return manhattan(a, b);
        case Dissimilarity::Gower:
            break;
        }
        return gower(a, b);
    }

private:
    double euclidean(const double* a, const double* b) const {
        double s = 0.0;
        for (std::int64_t f = 0; f < m_cols; ++f) {
            const double t = a[f] - b[f];
            s += t * t;
        }
        return std::sqrt(s);
    }
    double manhattan(const double* a, const double* b) const {
        double s = 0.0;
        for (std::int64_t f = 0; f < m_cols; ++f) {
            s += std::abs(a[f] - b[f]);
        }
        return s;
    }
    double gower(const double* a, const double* b) const;

    Dissimilarity m_metric;
    const FeatureMatrix* m_data;
    std::int64_t m_cols = 0;
    std::vector<double> m_weight;    ///< Gower: per column
    std::vector<double> m_invRange;  ///< Gower numeric: 1 / range (0 for constant columns)
    std::vector<char> m_categorical; ///< Gower: 1 for categorical columns
};

} // namespace gugus::core
