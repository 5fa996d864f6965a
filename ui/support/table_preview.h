#pragma once

#include "data/table.h"

class QTableWidget;

namespace gugus::ui {

/// Makes `view` a preview table: read-only, titles cut with "…" when longer than their column.
void setUpTablePreview(QTableWidget* view);

/// Shows `table` in `view`: every row and column, each header "name\n[type]", missing values
/// empty, numbers in the interface's locale, each column as wide as its title and its first rows'
/// values (within bounds). For the small previews of import dialogs.
void showTablePreview(QTableWidget* view, const core::Table& table);

} // namespace gugus::ui
