#pragma once

// Which table rows a recipe clusters: row filters (keep rows where a column is / is not one of
// some values, or a numeric column is within a bound; all filters must hold) and outlier rules
// (per numeric column: |z| >= t or outside Tukey's fences k x IQR, dropped or clipped).
//
// Order of operations (the FundFusion notebooks' order; the acceptance count 10,088 is the same
// for every order the notebooks could have used, checked in tests/core/test_row_rules.cpp):
//   1. row filters, and rows with a missing value in a feature imputed by "drop";
//   2. imputation values are fitted on the rows that passed step 1;
//   3. outlier statistics (mean and population standard deviation as scipy.stats.zscore, or the
//      quartiles as numpy's linear quantile) come from the step-1 rows with missing values of a
//      feature column imputed; every rule is fitted on the same rows, so rules do not depend on
//      their order; a row is an outlier when any "drop" rule flags it;
//   4. scaling and categories are fitted on the rows that remain (clipped values included).
// Missing values never match a filter value ("=" and bounds drop them, "!=" keeps them). A
// column that is not a feature has no imputation: its missing values are not outliers.

#include "data/table.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gugus::core {

enum class FilterOp {
    OneOf,   ///< "=" (one value) or "=in:a|b": keep rows whose value is one of `values`
    NoneOf,  ///< "!=" or "!=in:a|b": keep rows whose value is none of `values`
    AtLeast, ///< ">=": keep rows whose numeric value is >= bound
    AtMost,  ///< "<=": keep rows whose numeric value is <= bound
};

struct RowFilter {
    std::string column;
    FilterOp op = FilterOp::OneOf;
    std::vector<std::string> values; ///< OneOf / NoneOf; numeric columns compare as numbers
    double bound = 0.0;              ///< AtLeast / AtMost
    bool operator==(const RowFilter&) const = default;
};

enum class OutlierMethod { ZScore, Iqr };
enum class OutlierAction { Drop, Clip };

struct OutlierRule {
    std::string column;
    OutlierMethod method = OutlierMethod::ZScore;
    double threshold = 3.0; ///< z-score: |z| >= threshold; IQR: k of the fences
    OutlierAction action = OutlierAction::Drop;
    bool operator==(const OutlierRule&) const = default;
};

const char* outlierMethodKey(OutlierMethod) noexcept; ///< "zscore", "iqr"
const char* outlierActionKey(OutlierAction) noexcept; ///< "drop", "clip"
std::optional<OutlierMethod> outlierMethodFromKey(std::string_view);
std::optional<OutlierAction> outlierActionFromKey(std::string_view);

/// The filter as text, the inverse of parseRowFilter: "Area=Jakarta", "Area!=in:Solo|Bogor",
/// "Usia>=30".
std::string describeRowFilter(const RowFilter& filter);
/// Parses "COL=v", "COL!=v", "COL=in:a|b", "COL!=in:a|b", "COL>=x", "COL<=x". Returns nothing
/// for a malformed text (no operator, empty column or value, a bound that is not a number).
std::optional<RowFilter> parseRowFilter(std::string_view text);

/// An outlier rule with the statistics learnt on the training rows, re-applicable to new rows.
struct FittedOutlier {
    OutlierRule rule;
    double mean = 0.0; ///< z-score: mean of the training values
    double sd = 0.0;   ///< z-score: population standard deviation (0: nothing is an outlier)
    double low = 0.0;  ///< values below are clipped (z: mean - t sd; IQR: Q1 - k IQR)
    double high = 0.0; ///< values above are clipped (z: mean + t sd; IQR: Q3 + k IQR)
    bool isOutlier(double value) const; ///< false for NaN
    double clip(double value) const;    ///< NaN stays NaN
};

/// Why a table row is not clustered.
enum class RowExclusion : std::uint8_t { None, Filtered, Missing, Outlier };

/// Which rows of a table a recipe keeps, and why every other row is left out.
struct RowSelection {
    std::vector<std::int64_t> rows;      ///< kept rows, ascending
    std::vector<RowExclusion> exclusion; ///< per table row
    /// Per table row: index into `causes` of the filter, column or rule that excluded it (-1).
    std::vector<std::int32_t> cause;
    /// Texts of causes: "filter:Area=Jakarta", "missing:Usia", "outlier:Usia".
    std::vector<std::string> causes;

    std::int64_t count(RowExclusion kind) const;
    /// "" for a kept row, else its cause's text.
    const std::string& reason(std::int64_t row) const;
};

/// How many rows each step left; input = filteredOut + missing + outliers + kept.
struct RowCounts {
    std::int64_t input = 0;
    std::int64_t filteredOut = 0;
    std::int64_t missing = 0; ///< dropped by "drop" imputation
    std::int64_t outliers = 0;
    std::int64_t kept = 0;
};
RowCounts rowCounts(const RowSelection& selection);

/// Step 1: the rows passing every filter and without a missing value in `dropColumns`.
/// Throws Error(UnknownColumn) for a filter on a column `table` lacks, Error(ColumnNotNumeric)
/// for a bound on a column that is not numeric.
RowSelection selectFilteredRows(const Table& table, const std::vector<RowFilter>& filters,
                                const std::vector<const Column*>& dropColumns);

/// Step 3: fits each rule on `rows` of `table`; `fills[i]` is the imputation value of rule i's
/// column when it is a feature (NaN otherwise: its missing values are skipped). Throws
/// Error(UnknownColumn), Error(ColumnNotNumeric), Error(InvalidOption, "outliers") for a
/// threshold that is not a finite number > 0.
std::vector<FittedOutlier> fitOutliers(const Table& table, const std::vector<OutlierRule>& rules,
                                       const std::vector<std::int64_t>& rows,
                                       const std::vector<double>& fills);

/// Marks the kept rows that a "drop" rule flags as outliers (missing values take `fills[i]`, as
/// in fitOutliers) and removes them from `selection.rows`.
void dropOutliers(const Table& table, const std::vector<FittedOutlier>& outliers,
                  const std::vector<double>& fills, RowSelection& selection);

} // namespace gugus::core
