#include "support/table_preview.h"

#include "support/labels.h"

#include <QLocale>
#include <QStringList>
#include <QTableWidget>

namespace gugus::ui {

void showTablePreview(QTableWidget* view, const core::Table& t) {
    view->clear();
    view->setColumnCount(int(t.columnCount()));
    view->setRowCount(int(t.rowCount()));
    QStringList headers;
    for (int c = 0; c < int(t.columnCount()); ++c) {
        const core::Column& col = t.column(c);
        headers << QStringLiteral("%1\n[%2]")
                       .arg(QString::fromStdString(col.name()), typeName(col.type()));
        for (int row = 0; row < int(t.rowCount()); ++row) {
            const QString text = col.isMissing(row) ? QString()
                                 : col.isNumericLike()
                                     ? QLocale().toString(col.values()[std::size_t(row)], 'g', 12)
                                     : QString::fromStdString(col.toText(row));
            view->setItem(row, c, new QTableWidgetItem(text));
        }
    }
    view->setHorizontalHeaderLabels(headers);
}

} // namespace gugus::ui
