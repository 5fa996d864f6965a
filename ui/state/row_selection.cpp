#include "state/row_selection.h"

#include <algorithm>

namespace gugus::ui {

RowSelection::RowSelection(std::vector<qint64> rows, qint64 tableRows) : m_rows(std::move(rows)) {
    if (m_rows.empty() || tableRows <= 0) {
        m_rows.clear();
        return;
    }
    m_marked.assign(std::size_t(tableRows), 0);
    // Kept in place: each row the first time it is seen, inside the table.
    std::size_t kept = 0;
    for (const qint64 row : m_rows) {
        if (row >= 0 && row < tableRows && !m_marked[std::size_t(row)]) {
            m_marked[std::size_t(row)] = 1;
            m_rows[kept++] = row;
        }
    }
    m_rows.resize(kept);
    // The map's selections arrive ascending (the matrix keeps the table's row order).
    if (!std::is_sorted(m_rows.begin(), m_rows.end())) {
        std::sort(m_rows.begin(), m_rows.end());
    }
    if (m_rows.empty()) {
        m_marked.clear();
    }
}

} // namespace gugus::ui
