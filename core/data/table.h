#pragma once

#include "data/column.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gugus::core {

/// A customer table: named, typed columns of equal length. Columns are stored, not rows.
class Table {
public:
    Table() = default;

    /// Appends a column; throws Error(InvalidOption) if its length differs from the others'.
    void addColumn(Column column);
    /// Replaces column i (same length required).
    void setColumn(std::int64_t i, Column column);

    std::int64_t rowCount() const { return m_rows; }
    std::int64_t columnCount() const { return std::int64_t(m_columns.size()); }
    const Column& column(std::int64_t i) const { return m_columns.at(std::size_t(i)); }
    const std::vector<Column>& columns() const { return m_columns; }

    /// Index of the column with exactly this name, if any.
    std::optional<std::int64_t> indexOf(std::string_view name) const;
    /// Column by name; throws Error(UnknownColumn).
    const Column& column(std::string_view name) const;
    std::vector<std::string> columnNames() const;

    /// A 64-bit content hash (names, types and every value) as 16 hex digits. Two tables with the
    /// same fingerprint hold the same data; it travels into every summary and model.
    std::string fingerprint() const;

    /// A new table with only the given rows, in that order.
    Table selectRows(const std::vector<std::int64_t>& rows) const;

private:
    std::vector<Column> m_columns;
    std::int64_t m_rows = 0;
};

} // namespace gugus::core
