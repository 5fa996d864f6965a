#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace gugus::core {

/// How a column's values are stored and treated.
enum class ColumnType {
    Numeric,     ///< doubles, NaN = missing
    Binary,      ///< doubles that are only 0 or 1 (product flags), NaN = missing
    Categorical, ///< codes into a dictionary, -1 = missing
    Id,          ///< free text kept as is (customer ids, high-cardinality text); never a feature
};

const char* columnTypeKey(ColumnType type) noexcept; ///< "numeric", "binary", ...

/// Summary statistics of one column, computed once when the column is built.
/// Numeric/binary: mean, std (population, ddof = 0), min, quartiles (linear interpolation, as
/// numpy's default), max over the finite non-missing values (NaN when there is none); +-Inf values
/// count as present (count, distinct) but are left out of these so they stay finite.
/// Categorical: mode = most frequent code. Id: count, missing (empty text) and distinct only.
struct ColumnStats {
    std::int64_t count = 0; ///< non-missing values
    std::int64_t missing = 0;
    std::int64_t distinct = 0; ///< distinct non-missing values
    double mean = 0.0;
    double std = 0.0;
    double min = 0.0;
    double q1 = 0.0;
    double median = 0.0;
    double q3 = 0.0;
    double max = 0.0;
    std::int64_t nonFinite = 0; ///< +-Inf values (numeric only); they are excluded from the moments
    int mode = -1;              ///< categorical: most frequent code (lowest code on ties)
    bool integral = false;      ///< numeric: every non-missing value is a whole number
};

/// One typed column. Immutable after construction (copy-on-write by value semantics), so it can be
/// shared between threads and views without locks.
class Column {
public:
    static Column numeric(std::string name, std::vector<double> values);
    /// Numeric column whose values are 0/1/NaN only.
    static Column binary(std::string name, std::vector<double> values);
    /// @param codes  per row an index into categories, or -1 for missing
    static Column categorical(std::string name, std::vector<std::int32_t> codes,
                              std::vector<std::string> categories);
    static Column id(std::string name, std::vector<std::string> text);

    const std::string& name() const { return m_name; }
    ColumnType type() const { return m_type; }
    std::int64_t size() const { return m_size; }
    bool isNumericLike() const {
        return m_type == ColumnType::Numeric || m_type == ColumnType::Binary;
    }

    /// Numeric/binary values (NaN = missing). Empty for other types.
    const std::vector<double>& values() const { return m_values; }
    /// Categorical codes (-1 = missing). Empty for other types.
    const std::vector<std::int32_t>& codes() const { return m_codes; }
    /// Categorical dictionary (code -> text), in byte-wise sorted order.
    const std::vector<std::string>& categories() const { return m_categories; }
    /// Id text. Empty for other types.
    const std::vector<std::string>& text() const { return m_text; }

    bool isMissing(std::int64_t row) const;
    /// The value as text: shortest round-trip form for numbers, the label for categories, "" when
    /// missing.
    std::string toText(std::int64_t row) const;

    const ColumnStats& stats() const { return m_stats; }
    /// True for a numeric column of a few whole-number codes (e.g. education 1-5), which the user
    /// may prefer to treat as categorical: integral, 3 to maxCodeCategories() distinct values.
    bool suggestCategorical() const;
    /// The same test with an explicit limit on the number of distinct codes.
    bool suggestCategorical(std::int64_t maxCodeCategories) const;

    /// Default limit of suggestCategorical() (CsvOptions::maxCodeCategories).
    static constexpr std::int64_t kDefaultMaxCodeCategories = 10;
    std::int64_t maxCodeCategories() const { return m_maxCodeCategories; }
    /// Sets the limit suggestCategorical() uses (the CSV reader passes CsvOptions'). A display
    /// hint, not data: values, statistics and the table fingerprint do not depend on it.
    void setMaxCodeCategories(std::int64_t n) { m_maxCodeCategories = n; }

    /// A copy with another name.
    Column renamed(std::string name) const;
    /// Converts to another type: numeric -> categorical (codes become labels), categorical/id ->
    /// numeric (labels that do not parse become missing; their count is returned through
    /// `unparsed`), numeric 0/1 <-> binary, anything -> id. Throws Error(InvalidOption) when the
    /// conversion is impossible (e.g. binary from values other than 0/1).
    Column convertedTo(ColumnType type, std::int64_t* unparsed = nullptr) const;

private:
    Column() = default;
    void computeStats();

    std::string m_name;
    ColumnType m_type = ColumnType::Numeric;
    std::int64_t m_size = 0;
    std::vector<double> m_values;
    std::vector<std::int32_t> m_codes;
    std::vector<std::string> m_categories;
    std::vector<std::string> m_text;
    ColumnStats m_stats;
    std::int64_t m_maxCodeCategories = kDefaultMaxCodeCategories;
};

/// Formats a double as the shortest text that reads back to the same value ("1000", "0.125").
std::string formatNumber(double value);

} // namespace gugus::core
