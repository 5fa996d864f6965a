#include "data/column.h"

#include "common/error.h"
#include "data/number_text.h"
#include "data/string_interner.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>

namespace gugus::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Codes and a byte-wise sorted dictionary built from labels given in first-seen order.
struct SortedDictionary {
    std::vector<std::int32_t> codes;
    std::vector<std::string> categories;
};

/// Sorts the interned labels byte-wise and rewrites `codes` (indices into the interner, -1 for
/// missing) to index the sorted dictionary.
SortedDictionary sortDictionary(const StringInterner& labels, std::vector<std::int32_t> codes) {
    const auto& entries = labels.entries();
    std::vector<std::int32_t> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::int32_t a, std::int32_t b) { return entries[a] < entries[b]; });
    std::vector<std::int32_t> remap(entries.size());
    SortedDictionary out;
    out.categories.reserve(entries.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        remap[std::size_t(order[i])] = std::int32_t(i);
        out.categories.emplace_back(entries[std::size_t(order[i])]);
    }
    for (auto& c : codes) {
        c = c < 0 ? -1 : remap[std::size_t(c)];
    }
    out.codes = std::move(codes);
    return out;
}

bool isZeroOne(double v) {
    return std::isnan(v) || v == 0.0 || v == 1.0;
}

void requireBinary(const std::string& name, const std::vector<double>& values) {
    // Branch-free scan first: on random 0/1 flags a short-circuit test mispredicts half the time.
    bool all = true;
    for (const double v : values) {
        all &= (v == 0.0) | (v == 1.0) | (v != v);
    }
    if (all) {
        return;
    }
    const auto bad = std::find_if_not(values.begin(), values.end(), isZeroOne);
    if (bad != values.end()) {
        throw Error(ErrorCode::InvalidOption, name, -1, -1,
                    "a binary column holds only 0 and 1, found " + formatNumber(*bad));
    }
}

/// Parses labels as numbers ('.' decimal point, surrounding spaces allowed).
double labelValue(const std::string& label, bool& parsed) {
    double v = kNaN;
    parsed = parseNumber(trimSpaces(label), '.', v);
    return parsed ? v : kNaN;
}

} // namespace

const char* columnTypeKey(ColumnType type) noexcept {
    switch (type) {
    case ColumnType::Numeric:
        return "numeric";
    case ColumnType::Binary:
        return "binary";
    case ColumnType::Categorical:
        return "categorical";
    case ColumnType::Id:
        return "id";
    }
    return "unknown";
}

std::string formatNumber(double value) {
    // Shortest text that reads back to the same double; never locale-dependent.
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, r.ptr);
}

Column Column::numeric(std::string name, std::vector<double> values) {
    Column c;
    c.m_name = std::move(name);
    c.m_type = ColumnType::Numeric;
    c.m_size = std::int64_t(values.size());
    c.m_values = std::move(values);
    c.computeStats();
    return c;
}

Column Column::binary(std::string name, std::vector<double> values) {
    requireBinary(name, values);
    Column c = numeric(std::move(name), std::move(values));
    c.m_type = ColumnType::Binary;
    return c;
}

Column Column::categorical(std::string name, std::vector<std::int32_t> codes,
                           std::vector<std::string> categories) {
    const auto k = std::int32_t(categories.size());
    for (const auto code : codes) {
        if (code < -1 || code >= k) {
            throw Error(ErrorCode::InvalidOption, name, -1, -1,
                        "category code " + std::to_string(code) + " outside the dictionary");
        }
    }
    Column c;
    c.m_name = std::move(name);
    c.m_type = ColumnType::Categorical;
    c.m_size = std::int64_t(codes.size());
    // Keep the promise of a byte-wise sorted dictionary without duplicates even when a caller
    // hands labels in another order.
    const bool sorted = std::adjacent_find(categories.begin(), categories.end(),
                                           std::greater_equal<>()) == categories.end();
    if (sorted) {
        c.m_codes = std::move(codes);
        c.m_categories = std::move(categories);
    } else {
        StringInterner labels;
        std::vector<std::int32_t> firstSeen(categories.size());
        for (std::size_t i = 0; i < categories.size(); ++i) {
            firstSeen[i] = labels.intern(categories[i]);
        }
        for (auto& code : codes) {
            code = code < 0 ? -1 : firstSeen[std::size_t(code)];
        }
        SortedDictionary d = sortDictionary(labels, std::move(codes));
        c.m_codes = std::move(d.codes);
        c.m_categories = std::move(d.categories);
    }
    c.computeStats();
    return c;
}

Column Column::id(std::string name, std::vector<std::string> text) {
    Column c;
    c.m_name = std::move(name);
    c.m_type = ColumnType::Id;
    c.m_size = std::int64_t(text.size());
    c.m_text = std::move(text);
    c.computeStats();
    return c;
}

bool Column::isMissing(std::int64_t row) const {
    const auto r = std::size_t(row);
    switch (m_type) {
    case ColumnType::Numeric:
    case ColumnType::Binary:
        return std::isnan(m_values.at(r));
    case ColumnType::Categorical:
        return m_codes.at(r) < 0;
    case ColumnType::Id:
        return m_text.at(r).empty();
    }
    return true;
}

std::string Column::toText(std::int64_t row) const {
    const auto r = std::size_t(row);
    switch (m_type) {
    case ColumnType::Numeric:
    case ColumnType::Binary: {
        const double v = m_values.at(r);
        return std::isnan(v) ? std::string() : formatNumber(v);
    }
    case ColumnType::Categorical: {
        const std::int32_t code = m_codes.at(r);
        return code < 0 ? std::string() : m_categories[std::size_t(code)];
    }
    case ColumnType::Id:
        return m_text.at(r);
    }
    return {};
}

bool Column::suggestCategorical() const {
    return suggestCategorical(m_maxCodeCategories);
}

bool Column::suggestCategorical(std::int64_t maxCodeCategories) const {
    return m_type == ColumnType::Numeric && m_stats.integral && m_stats.distinct >= 3 &&
           m_stats.distinct <= maxCodeCategories;
}

Column Column::renamed(std::string name) const {
    Column c = *this;
    c.m_name = std::move(name);
    return c;
}

Column Column::convertedTo(ColumnType type, std::int64_t* unparsed) const {
    if (unparsed) {
        *unparsed = 0;
    }
    Column out = [&]() -> Column {
        if (type == m_type) {
            return *this;
        }
        const auto n = std::size_t(m_size);
        switch (type) {
        case ColumnType::Numeric:
        case ColumnType::Binary: {
            std::vector<double> values;
            if (isNumericLike()) {
                values = m_values;
            } else {
                values.assign(n, kNaN);
                std::int64_t failed = 0;
                std::vector<double> labelValues(m_categories.size());
                std::vector<char> labelParsed(m_categories.size());
                for (std::size_t i = 0; i < m_categories.size(); ++i) {
                    bool ok = false;
                    labelValues[i] = labelValue(m_categories[i], ok);
                    labelParsed[i] = ok;
                }
                for (std::size_t r = 0; r < n; ++r) {
                    bool ok = false;
                    if (m_type == ColumnType::Categorical) {
                        if (m_codes[r] < 0) {
                            continue;
                        }
                        values[r] = labelValues[std::size_t(m_codes[r])];
                        ok = labelParsed[std::size_t(m_codes[r])];
                    } else {
                        if (m_text[r].empty()) {
                            continue;
                        }
                        values[r] = labelValue(m_text[r], ok);
                    }
                    failed += ok ? 0 : 1;
                }
                if (unparsed) {
                    *unparsed = failed;
                }
            }
            return type == ColumnType::Binary ? binary(m_name, std::move(values))
                                              : numeric(m_name, std::move(values));
        }
        case ColumnType::Categorical: {
            StringInterner labels;
            std::vector<std::int32_t> codes(n, -1);
            std::vector<std::string> numberText; // keeps formatted numbers alive for the views
            if (isNumericLike()) {
                numberText.resize(n);
            }
            for (std::size_t r = 0; r < n; ++r) {
                if (isNumericLike()) {
                    if (!std::isnan(m_values[r])) {
                        numberText[r] = formatNumber(m_values[r]);
                        codes[r] = labels.intern(numberText[r]);
                    }
                } else if (!m_text[r].empty()) {
                    codes[r] = labels.intern(m_text[r]);
                }
            }
            SortedDictionary d = sortDictionary(labels, std::move(codes));
            return categorical(m_name, std::move(d.codes), std::move(d.categories));
        }
        case ColumnType::Id: {
            std::vector<std::string> text(n);
            for (std::size_t r = 0; r < n; ++r) {
                text[r] = toText(std::int64_t(r));
            }
            return id(m_name, std::move(text));
        }
        }
        throw Error(ErrorCode::InvalidOption, m_name, -1, -1, "unknown column type");
    }();
    out.m_maxCodeCategories = m_maxCodeCategories;
    return out;
}

} // namespace gugus::core
