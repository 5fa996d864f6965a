// FittedRecipe::apply: the feature matrix of a table, built block of rows by block of rows.
//
// The matrix is row-major (one customer's features contiguous) and the table is column-major, so
// each block of rows is filled column by column while its part of the matrix stays in the core's
// cache. Blocks rather than columns go to the threads: threads filling different columns of the
// same rows would write the same cache lines. Every value is computed exactly as a column at a
// time would compute it, so the bits do not depend on the blocking or the thread count.
#include "common/error.h"
#include "common/parallel.h"
#include "data/big_buffer.h"
#include "numeric/lane_ops.h"
#include "prep/recipe.h"
#include "prep/recipe_internal.h"

#include <algorithm>
#include <exception>
#include <limits>
#include <mutex>
#include <string>
#include <utility>

namespace gugus::core {

namespace {

using detail::applyTransform;
using detail::clipped;

/// Rows per block: 256 rows of 18 features are 36 KiB of the matrix, within a core's L1 cache
/// (measured: 2,048 rows, in L2, took 20-30 % more time).
constexpr std::int64_t kBlockRows = 256;

/// How one fitted column writes its feature(s), worked out once before the row blocks.
struct ColumnPlan {
    const FittedColumn* fitted = nullptr;
    const Column* column = nullptr;
    std::int64_t offset = 0; ///< first feature of the column in the matrix
    std::vector<const FittedOutlier*> clips;
    /// Categorical: this table's category code -> index of the fitted category (-1 unseen).
    std::vector<std::int32_t> mapped;
    std::int32_t fillIndex = 0;
    /// One-hot: the scaled values of "not this category" and "this category" per feature.
    std::vector<double> zero;
    std::vector<double> one;
};

/// The first value that could not be prepared: the lowest column, then its lowest matrix row, is
/// the one a single thread going column by column meets first, so that is the error thrown
/// whatever the thread count.
class FirstFailure {
public:
    void offer(std::size_t column, std::int64_t row, std::exception_ptr error) {
        const std::lock_guard lock(m_mutex);
        if (!m_error || std::pair(column, row) < std::pair(m_column, m_row)) {
            m_column = column;
            m_row = row;
            m_error = std::move(error);
        }
    }
    void rethrow() const {
        if (m_error) {
            std::rethrow_exception(m_error);
        }
    }

private:
    std::mutex m_mutex;
    std::size_t m_column = 0;
    std::int64_t m_row = 0;
    std::exception_ptr m_error;
};

/// Why a numeric value cannot be prepared (an infinity, or log1p of a value <= -1 after imputing
/// and clipping).
Error numericError(const ColumnPlan& plan, std::int64_t row) {
    const Column& col = *plan.column;
    if (std::isinf(col.values()[std::size_t(row)])) {
        return Error(ErrorCode::NonFiniteValue, col.name(), -1, -1,
                     "row " + std::to_string(row + 1));
    }
    return Error(ErrorCode::InvalidOption, "log1p", -1, -1, col.name() + " has values <= -1");
}

/// The usual recipe, impute and scale, on matrix rows [begin, end) that are the table's own rows:
/// four rows at a time while their values are finite (the division then runs four lanes wide,
/// each lane rounding as the scalar division does). Returns as fillNumeric.
std::int64_t fillScaledAllRows(const double* values, std::int64_t begin, std::int64_t end,
                               double* out, std::int64_t width, double fill, double centre,
                               double scale) {
    using detail::Vec4;
    const Vec4 centres = Vec4{} + centre;
    const Vec4 scales = Vec4{} + scale;
    const Vec4 largest = Vec4{} + std::numeric_limits<double>::max();
    for (std::int64_t i = begin; i < end; i += 4, out += 4 * width) {
        if (i + 4 <= end) {
            const Vec4 v = detail::loadVec(values + i);
            if (detail::allLanes((v < 0.0 ? -v : v) <= largest)) {
                const Vec4 y = (v - centres) / scales;
                out[0] = y[0];
                out[width] = y[1];
                out[2 * width] = y[2];
                out[3 * width] = y[3];
                continue;
            }
        }
        for (std::int64_t j = i; j < std::min(end, i + 4); ++j) {
            double v = values[j];
            if (std::isinf(v)) {
                return j;
            }
            if (std::isnan(v)) {
                v = fill;
            }
            out[(j - i) * width] = (v - centre) / scale;
        }
    }
    return end;
}

/// Writes the numeric feature of matrix rows [begin, end); returns the first row it could not
/// prepare, or `end`. `rows` is null when the matrix holds every table row in order.
std::int64_t fillNumeric(const ColumnPlan& plan, const std::int64_t* rows, std::int64_t begin,
                         std::int64_t end, double* x, std::int64_t width) {
    const FittedColumn& fc = *plan.fitted;
    const double* values = plan.column->values().data();
    const double fill = fc.fillValue;
    const double centre = fc.centre[0];
    const double scale = fc.scale[0];
    double* out = x + begin * width + plan.offset;
    const bool log1p = fc.spec.transform == Transform::Log1p;
    if (rows == nullptr && plan.clips.empty() && !log1p) {
        return fillScaledAllRows(values, begin, end, out, width, fill, centre, scale);
    }
    for (std::int64_t i = begin; i < end; ++i, out += width) {
        double v = values[rows ? rows[i] : i];
        if (std::isinf(v)) {
            return i;
        }
        if (std::isnan(v)) {
            v = fill;
        }
        v = clipped(v, plan.clips);
        if (log1p && !(v > -1.0)) {
            return i;
        }
        *out = (applyTransform(fc.spec.transform, v) - centre) / scale;
    }
    return end;
}

/// Writes the categorical feature(s) of matrix rows [begin, end); returns the first row whose
/// category an ordinal encoding does not know, or `end`.
std::int64_t fillCategorical(const ColumnPlan& plan, const std::int64_t* rows, std::int64_t begin,
                             std::int64_t end, double* x, std::int64_t width) {
    const FittedColumn& fc = *plan.fitted;
    const Column& col = *plan.column;
    const bool ordinal = fc.spec.encoding == Encoding::Ordinal;
    const bool coded = col.type() == ColumnType::Categorical;
    const std::size_t features = fc.categories.size();
    for (std::int64_t i = begin; i < end; ++i) {
        const std::int64_t r = rows ? rows[i] : i;
        std::int32_t idx = plan.fillIndex;
        if (coded) {
            const std::int32_t code = col.codes()[std::size_t(r)];
            idx = code < 0 ? plan.fillIndex : plan.mapped[std::size_t(code)];
        } else if (!col.isMissing(r)) {
            // A column that is numeric in this table: its values are matched by their text.
            const std::string label = col.toText(r);
            const auto it = std::find(fc.categories.begin(), fc.categories.end(), label);
            idx = it == fc.categories.end() ? -1 : std::int32_t(it - fc.categories.begin());
        }
        double* out = x + i * width + plan.offset;
        if (ordinal) {
            if (idx < 0) {
                return i;
            }
            *out = (double(idx) - fc.centre[0]) / fc.scale[0];
            continue;
        }
        for (std::size_t f = 0; f < features; ++f) {
            out[f] = idx == std::int32_t(f) ? plan.one[f] : plan.zero[f];
        }
    }
    return end;
}

/// Sets up the categorical parts of a plan; notes this table's categories training never saw.
void planCategorical(ColumnPlan& plan, std::vector<std::string>& warnings) {
    const FittedColumn& fc = *plan.fitted;
    const Column& col = *plan.column;
    // Map this table's dictionary onto the fitted categories by text.
    if (col.type() == ColumnType::Categorical) {
        for (const auto& label : col.categories()) {
            const auto it = std::find(fc.categories.begin(), fc.categories.end(), label);
            plan.mapped.push_back(
                it == fc.categories.end() ? -1 : std::int32_t(it - fc.categories.begin()));
            if (it == fc.categories.end()) {
                warnings.push_back("unseen:" + col.name() + "=" + label);
            }
        }
    }
    plan.fillIndex =
        std::int32_t(std::find(fc.categories.begin(), fc.categories.end(), fc.fillCategory) -
                     fc.categories.begin());
    if (fc.spec.encoding == Encoding::OneHot) {
        // The same expressions as per row, computed once per feature.
        for (std::size_t f = 0; f < fc.categories.size(); ++f) {
            plan.zero.push_back((0.0 - fc.centre[f]) / fc.scale[f]);
            plan.one.push_back((1.0 - fc.centre[f]) / fc.scale[f]);
        }
    }
}

} // namespace

PreparedData FittedRecipe::apply(const Table& table, Progress& progress) const {
    std::vector<const Column*> columns;
    std::vector<const ColumnSpec*> specs;
    for (const auto& fc : m_columns) {
        const Column& col = table.column(fc.spec.name); // throws UnknownColumn
        const bool wantNumeric = fc.type != ColumnType::Categorical;
        if (wantNumeric && !col.isNumericLike()) {
            throw Error(ErrorCode::ColumnNotNumeric, fc.spec.name);
        }
        columns.push_back(&col);
        specs.push_back(&fc.spec);
    }
    PreparedData out;
    out.selection =
        selectFilteredRows(table, m_recipe.filters, detail::dropColumnsOf(columns, specs));
    std::vector<double> fills(m_outliers.size(), std::numeric_limits<double>::quiet_NaN());
    for (std::size_t i = 0; i < m_outliers.size(); ++i) {
        for (const auto& fc : m_columns) {
            if (fc.spec.name == m_outliers[i].rule.column && fc.type != ColumnType::Categorical &&
                fc.spec.imputation != Imputation::DropRows) {
                fills[i] = fc.fillValue;
            }
        }
    }
    dropOutliers(table, m_outliers, fills, out.selection);
    out.rows = std::move(out.selection.rows);
    out.selection.rows.clear();
    out.features = features();
    const auto n = std::int64_t(out.rows.size());
    const std::int64_t width = featureCount();
    out.x.resize(n, width);
    // Faulting in the fresh matrix 4 KiB at a time cost as much as filling it.
    if (const auto bytes = std::size_t(out.x.size()) * sizeof(double); bytes >= kBigBytes) {
        adviseHugePages(out.x.data(), bytes);
    }

    std::vector<ColumnPlan> plans(m_columns.size());
    std::vector<std::vector<std::string>> warnings(m_columns.size());
    std::int64_t offset = 0;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        plans[c].fitted = &m_columns[c];
        plans[c].column = columns[c];
        plans[c].offset = offset;
        offset += std::int64_t(m_columns[c].centre.size());
    }
    parallelBlocks(std::int64_t(plans.size()), 1, [&](std::int64_t ci, std::int64_t, std::int64_t) {
        const auto c = std::size_t(ci);
        if (m_columns[c].type == ColumnType::Categorical) {
            planCategorical(plans[c], warnings[c]);
        } else {
            plans[c].clips = detail::clipsOf(m_outliers, m_columns[c].spec.name);
        }
    });

    // The kept rows are ascending, so as many as the table has are all of them, in order.
    const std::int64_t* rows = n == table.rowCount() ? nullptr : out.rows.data();
    FirstFailure failure;
    parallelBlocks(n, kBlockRows, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        progress.throwIfCancelled();
        for (std::size_t c = 0; c < plans.size(); ++c) {
            const ColumnPlan& plan = plans[c];
            const bool numeric = plan.fitted->type != ColumnType::Categorical;
            const std::int64_t stop =
                numeric ? fillNumeric(plan, rows, begin, end, out.x.data(), width)
                        : fillCategorical(plan, rows, begin, end, out.x.data(), width);
            if (stop < end) {
                const std::int64_t r = out.rows[std::size_t(stop)];
                failure.offer(c, stop,
                              std::make_exception_ptr(numeric ? numericError(plan, r)
                                                              : Error(ErrorCode::UnseenCategory,
                                                                      plan.column->name(), -1, -1,
                                                                      plan.column->toText(r))));
                return; // later columns of this block cannot come first
            }
        }
    });
    failure.rethrow();
    for (auto& w : warnings) {
        std::sort(w.begin(), w.end());
        w.erase(std::unique(w.begin(), w.end()), w.end());
        out.warnings.insert(out.warnings.end(), w.begin(), w.end());
    }
    progress.report(1, 1, "recipe.apply");
    return out;
}

} // namespace gugus::core
