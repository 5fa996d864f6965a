#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace gugus::ui {

/// The linked selection: the table rows chosen on the customer map, which the data table
/// highlights. The rows ascending and distinct, with a mark per table row for the table's
/// lookups while it paints. Immutable once built; the map's selections are built on a worker
/// (SelectionController), because at a million customers the marks alone are a megabyte.
class RowSelection {
public:
    RowSelection() = default;
    /// `rows` in any order; repeats and rows outside 0..tableRows-1 are left out.
    RowSelection(std::vector<qint64> rows, qint64 tableRows);

    const std::vector<qint64>& rows() const { return m_rows; }
    qint64 size() const { return qint64(m_rows.size()); }
    bool empty() const { return m_rows.empty(); }
    bool contains(qint64 row) const {
        return row >= 0 && std::size_t(row) < m_marked.size() && m_marked[std::size_t(row)];
    }

private:
    std::vector<qint64> m_rows;
    std::vector<std::uint8_t> m_marked; ///< per table row; empty when no row is selected
};

} // namespace gugus::ui
