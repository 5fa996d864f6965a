#include "data/table.h"

#include "common/error.h"
#include "common/parallel.h"
#include "data/string_interner.h"

#include <bit>
#include <cmath>

namespace gugus::core {

namespace {

void requireLength(const Column& column, std::int64_t rows) {
    if (column.size() != rows) {
        throw Error(ErrorCode::InvalidOption, column.name(), -1, -1,
                    "column has " + std::to_string(column.size()) + " rows, the table " +
                        std::to_string(rows));
    }
}

/// Hash of one column's name, type and values. Missing values hash to a fixed marker, so a NaN's
/// payload bits never matter.
std::uint64_t columnHash(const Column& column) {
    constexpr std::uint64_t kMissing = 0x6d697373696e6721ULL;
    std::uint64_t h =
        hashCombine(hashBytes(column.name()), hashBytes(columnTypeKey(column.type())));
    switch (column.type()) {
    case ColumnType::Numeric:
    case ColumnType::Binary:
        for (const double v : column.values()) {
            h = hashCombine(h, std::isnan(v) ? kMissing : std::bit_cast<std::uint64_t>(v));
        }
        break;
    case ColumnType::Categorical: {
        // Labels, not codes, are hashed, so the hash does not depend on unused dictionary entries.
        std::vector<std::uint64_t> labelHash;
        for (const auto& label : column.categories()) {
            labelHash.push_back(hashBytes(label));
        }
        for (const auto code : column.codes()) {
            h = hashCombine(h, code < 0 ? kMissing : labelHash[std::size_t(code)]);
        }
        break;
    }
    case ColumnType::Id:
        for (const auto& text : column.text()) {
            h = hashCombine(h, text.empty() ? kMissing : hashBytes(text));
        }
        break;
    }
    return h;
}

Column gatherRows(const Column& column, const std::vector<std::int64_t>& rows) {
    Column out = [&] {
        switch (column.type()) {
        case ColumnType::Numeric:
        case ColumnType::Binary: {
            std::vector<double> values;
            values.reserve(rows.size());
            for (const auto r : rows) {
                values.push_back(column.values()[std::size_t(r)]);
            }
            return column.type() == ColumnType::Binary ? Column::binary(column.name(), values)
                                                       : Column::numeric(column.name(), values);
        }
        case ColumnType::Categorical: {
            std::vector<std::int32_t> codes;
            codes.reserve(rows.size());
            for (const auto r : rows) {
                codes.push_back(column.codes()[std::size_t(r)]);
            }
            return Column::categorical(column.name(), std::move(codes), column.categories());
        }
        case ColumnType::Id:
            break;
        }
        std::vector<std::string> text;
        text.reserve(rows.size());
        for (const auto r : rows) {
            text.push_back(column.text()[std::size_t(r)]);
        }
        return Column::id(column.name(), std::move(text));
    }();
    out.setMaxCodeCategories(column.maxCodeCategories());
    return out;
}

} // namespace

void Table::addColumn(Column column) {
    if (m_columns.empty()) {
        m_rows = column.size();
    } else {
        requireLength(column, m_rows);
    }
    m_columns.push_back(std::move(column));
}

void Table::setColumn(std::int64_t i, Column column) {
    if (i < 0 || i >= columnCount()) {
        throw Error(ErrorCode::InvalidOption, "column", -1, -1,
                    "no column " + std::to_string(i) + " in a table of " +
                        std::to_string(columnCount()));
    }
    requireLength(column, m_rows);
    m_columns[std::size_t(i)] = std::move(column);
}

std::optional<std::int64_t> Table::indexOf(std::string_view name) const {
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].name() == name) {
            return std::int64_t(i);
        }
    }
    return std::nullopt;
}

const Column& Table::column(std::string_view name) const {
    const auto i = indexOf(name);
    if (!i) {
        throw Error(ErrorCode::UnknownColumn, std::string(name));
    }
    return m_columns[std::size_t(*i)];
}

std::vector<std::string> Table::columnNames() const {
    std::vector<std::string> names;
    names.reserve(m_columns.size());
    for (const auto& c : m_columns) {
        names.push_back(c.name());
    }
    return names;
}

std::string Table::fingerprint() const {
    // Columns are hashed independently (in parallel) and combined in column order, so the result
    // does not depend on the thread count.
    std::vector<std::uint64_t> hashes(m_columns.size());
    parallelBlocks(columnCount(), 1, [&](std::int64_t, std::int64_t begin, std::int64_t) {
        hashes[std::size_t(begin)] = columnHash(m_columns[std::size_t(begin)]);
    });
    std::uint64_t h = hashCombine(hashCombine(0x6775677573ULL, std::uint64_t(columnCount())),
                                  std::uint64_t(m_rows));
    for (const auto c : hashes) {
        h = hashCombine(h, c);
    }
    h = mix64(h);
    static const char* digits = "0123456789abcdef";
    std::string text(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) {
        text[std::size_t(i)] = digits[h & 15];
    }
    return text;
}

Table Table::selectRows(const std::vector<std::int64_t>& rows) const {
    for (const auto r : rows) {
        if (r < 0 || r >= m_rows) {
            throw Error(ErrorCode::InvalidOption, "rows", -1, -1,
                        "row " + std::to_string(r) + " outside 0.." + std::to_string(m_rows - 1));
        }
    }
    std::vector<std::optional<Column>> columns(m_columns.size());
    parallelBlocks(columnCount(), 1, [&](std::int64_t, std::int64_t begin, std::int64_t) {
        columns[std::size_t(begin)] = gatherRows(m_columns[std::size_t(begin)], rows);
    });
    Table out;
    for (auto& c : columns) {
        out.addColumn(std::move(*c));
    }
    return out;
}

} // namespace gugus::core
