#pragma once

#include "data/table.h"

class QTableWidget;

namespace gugus::ui {

/// Shows `table` in `view`: every row and column, each header "name\n[type]", missing values
/// empty, numbers in the interface's locale. For the small previews of import dialogs.
void showTablePreview(QTableWidget* view, const core::Table& table);

} // namespace gugus::ui
