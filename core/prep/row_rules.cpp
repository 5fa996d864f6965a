#include "prep/row_rules.h"

#include "common/error.h"
#include "numeric/moments.h"
#include "numeric/quantile.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace gugus::core {

namespace {

/// A whole text as a finite number, or nothing ("12abc", "", "nan" are not numbers).
std::optional<double> numberOf(std::string_view text) {
    double v = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v)) {
        return std::nullopt;
    }
    return v;
}

std::string joined(const std::vector<std::string>& values) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        out += (i ? "|" : "") + values[i];
    }
    return out;
}

std::vector<std::string> splitBars(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto bar = text.find('|', start);
        out.emplace_back(text.substr(start, bar - start));
        if (bar == std::string_view::npos) {
            return out;
        }
        start = bar + 1;
    }
}

std::string shortNumber(double v) {
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, ec == std::errc() ? end : buf);
}

/// Per table row: does `filter` keep it?
std::vector<char> keeps(const Column& col, const RowFilter& filter) {
    const auto n = std::size_t(col.size());
    std::vector<char> keep(n, 0);
    const bool negate = filter.op == FilterOp::NoneOf;
    if (filter.op == FilterOp::AtLeast || filter.op == FilterOp::AtMost) {
        if (!col.isNumericLike()) {
            throw Error(ErrorCode::ColumnNotNumeric, col.name(), -1, -1,
                        "a bound (>=, <=) needs a numeric column");
        }
        const auto& values = col.values();
        for (std::size_t r = 0; r < n; ++r) {
            const double v = values[r]; // NaN compares false: a missing value is dropped
            keep[r] = filter.op == FilterOp::AtLeast ? v >= filter.bound : v <= filter.bound;
        }
        return keep;
    }
    if (col.type() == ColumnType::Categorical) {
        const auto& dict = col.categories();
        std::vector<char> match(dict.size(), 0);
        for (std::size_t c = 0; c < dict.size(); ++c) {
            match[c] = std::find(filter.values.begin(), filter.values.end(), dict[c]) !=
                       filter.values.end();
        }
        const auto& codes = col.codes();
        for (std::size_t r = 0; r < n; ++r) {
            keep[r] = codes[r] < 0 ? negate : char(match[std::size_t(codes[r])] != negate);
        }
        return keep;
    }
    if (col.isNumericLike()) {
        std::vector<double> wanted;
        for (const auto& text : filter.values) {
            if (const auto v = numberOf(text)) {
                wanted.push_back(*v); // a value that is not a number matches no row
            }
        }
        const auto& values = col.values();
        for (std::size_t r = 0; r < n; ++r) {
            const bool hit = std::find(wanted.begin(), wanted.end(), values[r]) != wanted.end();
            keep[r] = std::isnan(values[r]) ? negate : char(hit != negate);
        }
        return keep;
    }
    const auto& text = col.text();
    for (std::size_t r = 0; r < n; ++r) {
        const bool hit =
            std::find(filter.values.begin(), filter.values.end(), text[r]) != filter.values.end();
        keep[r] = text[r].empty() ? negate : char(hit != negate);
    }
    return keep;
}

const Column& numericColumn(const Table& table, const std::string& name) {
    const Column& col = table.column(name); // throws UnknownColumn
    if (!col.isNumericLike()) {
        throw Error(ErrorCode::ColumnNotNumeric, name, -1, -1, "outlier rules need numbers");
    }
    return col;
}

} // namespace

const char* outlierMethodKey(OutlierMethod m) noexcept {
    return m == OutlierMethod::ZScore ? "zscore" : "iqr";
}
const char* outlierActionKey(OutlierAction a) noexcept {
    return a == OutlierAction::Drop ? "drop" : "clip";
}
std::optional<OutlierMethod> outlierMethodFromKey(std::string_view key) {
    if (key == "zscore") {
        return OutlierMethod::ZScore;
    }
    if (key == "iqr") {
        return OutlierMethod::Iqr;
    }
    return std::nullopt;
}
std::optional<OutlierAction> outlierActionFromKey(std::string_view key) {
    if (key == "drop") {
        return OutlierAction::Drop;
    }
    if (key == "clip") {
        return OutlierAction::Clip;
    }
    return std::nullopt;
}

std::string describeRowFilter(const RowFilter& f) {
    switch (f.op) {
    case FilterOp::OneOf:
    case FilterOp::NoneOf: {
        const std::string op = f.op == FilterOp::OneOf ? "=" : "!=";
        return f.column + op + (f.values.size() == 1 ? f.values[0] : "in:" + joined(f.values));
    }
    case FilterOp::AtLeast:
        return f.column + ">=" + shortNumber(f.bound);
    case FilterOp::AtMost:
        return f.column + "<=" + shortNumber(f.bound);
    }
    return f.column;
}

std::optional<RowFilter> parseRowFilter(std::string_view text) {
    // The first operator wins, so a value may contain "=" ("Kode=a=b" keeps "a=b").
    const auto eq = text.find('=');
    if (eq == std::string_view::npos || eq == 0) {
        return std::nullopt;
    }
    RowFilter f;
    const char before = text[eq - 1];
    std::string_view value = text.substr(eq + 1);
    std::size_t nameEnd = eq;
    if (before == '!' || before == '>' || before == '<') {
        nameEnd = eq - 1;
        f.op = before == '!' ? FilterOp::NoneOf
                             : (before == '>' ? FilterOp::AtLeast : FilterOp::AtMost);
    }
    f.column = std::string(text.substr(0, nameEnd));
    if (f.column.empty() || value.empty()) {
        return std::nullopt;
    }
    if (f.op == FilterOp::AtLeast || f.op == FilterOp::AtMost) {
        const auto bound = numberOf(value);
        if (!bound) {
            return std::nullopt;
        }
        f.bound = *bound;
        return f;
    }
    if (value.substr(0, 3) == "in:") {
        f.values = splitBars(value.substr(3));
        if (std::any_of(f.values.begin(), f.values.end(),
                        [](const auto& v) { return v.empty(); })) {
            return std::nullopt;
        }
    } else {
        f.values = {std::string(value)};
    }
    return f;
}

bool FittedOutlier::isOutlier(double v) const {
    if (std::isnan(v)) {
        return false;
    }
    if (rule.method == OutlierMethod::ZScore) {
        // |z| >= t as scipy.stats.zscore computes z; a constant column has no outliers.
        return sd > 0.0 && std::abs((v - mean) / sd) >= rule.threshold;
    }
    return v < low || v > high;
}

double FittedOutlier::clip(double v) const {
    return std::isnan(v) ? v : std::clamp(v, low, high);
}

std::int64_t RowSelection::count(RowExclusion kind) const {
    return std::int64_t(std::count(exclusion.begin(), exclusion.end(), kind));
}

const std::string& RowSelection::reason(std::int64_t row) const {
    static const std::string none;
    const std::int32_t c = cause[std::size_t(row)];
    return c < 0 ? none : causes[std::size_t(c)];
}

RowCounts rowCounts(const RowSelection& s) {
    RowCounts c;
    c.input = std::int64_t(s.exclusion.size());
    c.filteredOut = s.count(RowExclusion::Filtered);
    c.missing = s.count(RowExclusion::Missing);
    c.outliers = s.count(RowExclusion::Outlier);
    c.kept = s.count(RowExclusion::None);
    return c;
}

RowSelection selectFilteredRows(const Table& table, const std::vector<RowFilter>& filters,
                                const std::vector<const Column*>& dropColumns) {
    const auto n = std::size_t(table.rowCount());
    RowSelection s;
    s.exclusion.assign(n, RowExclusion::None);
    s.cause.assign(n, -1);
    auto exclude = [&](const std::vector<char>& keep, RowExclusion why, std::string cause) {
        const auto index = std::int32_t(s.causes.size());
        s.causes.push_back(std::move(cause));
        for (std::size_t r = 0; r < n; ++r) {
            if (!keep[r] && s.exclusion[r] == RowExclusion::None) {
                s.exclusion[r] = why;
                s.cause[r] = index;
            }
        }
    };
    for (const auto& filter : filters) {
        exclude(keeps(table.column(filter.column), filter), RowExclusion::Filtered,
                "filter:" + describeRowFilter(filter));
    }
    for (const Column* col : dropColumns) {
        std::vector<char> keep(n);
        for (std::size_t r = 0; r < n; ++r) {
            keep[r] = !col->isMissing(std::int64_t(r));
        }
        exclude(keep, RowExclusion::Missing, "missing:" + col->name());
    }
    s.rows.reserve(n);
    for (std::size_t r = 0; r < n; ++r) {
        if (s.exclusion[r] == RowExclusion::None) {
            s.rows.push_back(std::int64_t(r));
        }
    }
    return s;
}

std::vector<FittedOutlier> fitOutliers(const Table& table, const std::vector<OutlierRule>& rules,
                                       const std::vector<std::int64_t>& rows,
                                       const std::vector<double>& fills) {
    std::vector<FittedOutlier> out;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const OutlierRule& rule = rules[i];
        const Column& col = numericColumn(table, rule.column);
        if (!std::isfinite(rule.threshold) || !(rule.threshold > 0.0)) {
            throw Error(ErrorCode::InvalidOption, "outliers", -1, -1,
                        rule.column + ": the threshold must be a number > 0");
        }
        std::vector<double> v;
        v.reserve(rows.size());
        for (std::int64_t r : rows) {
            const double x = col.values()[std::size_t(r)];
            if (!std::isnan(x)) {
                v.push_back(x);
            } else if (!std::isnan(fills[i])) {
                v.push_back(fills[i]);
            }
        }
        if (v.empty()) {
            throw Error(ErrorCode::AllMissing, rule.column);
        }
        if (std::any_of(v.begin(), v.end(), [](double x) { return std::isinf(x); })) {
            throw Error(ErrorCode::NonFiniteValue, rule.column);
        }
        FittedOutlier f;
        f.rule = rule;
        const double t = rule.threshold;
        if (rule.method == OutlierMethod::ZScore) {
            const Moments moments = populationMoments(v);
            f.mean = moments.mean;
            f.sd = std::sqrt(moments.variance);
            f.low = f.mean - t * f.sd;
            f.high = f.mean + t * f.sd;
        } else {
            std::sort(v.begin(), v.end());
            const double q1 = quantileSorted(v, 0.25);
            const double q3 = quantileSorted(v, 0.75);
            f.low = q1 - t * (q3 - q1);
            f.high = q3 + t * (q3 - q1);
        }
        out.push_back(f);
    }
    return out;
}

void dropOutliers(const Table& table, const std::vector<FittedOutlier>& outliers,
                  const std::vector<double>& fills, RowSelection& s) {
    for (std::size_t i = 0; i < outliers.size(); ++i) {
        const FittedOutlier& f = outliers[i];
        if (f.rule.action != OutlierAction::Drop) {
            continue;
        }
        const auto& values = numericColumn(table, f.rule.column).values();
        const auto index = std::int32_t(s.causes.size());
        s.causes.push_back("outlier:" + f.rule.column);
        for (std::int64_t r : s.rows) {
            const double x = values[std::size_t(r)];
            if (f.isOutlier(std::isnan(x) ? fills[i] : x) &&
                s.exclusion[std::size_t(r)] == RowExclusion::None) {
                s.exclusion[std::size_t(r)] = RowExclusion::Outlier;
                s.cause[std::size_t(r)] = index;
            }
        }
    }
    std::erase_if(
        s.rows, [&](std::int64_t r) { return s.exclusion[std::size_t(r)] != RowExclusion::None; });
}

} // namespace gugus::core
