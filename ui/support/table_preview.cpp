#include "support/table_preview.h"

#include "support/eliding_header.h"
#include "support/labels.h"

#include <QLocale>
#include <QStringList>
#include <QTableWidget>

#include <algorithm>

namespace gugus::ui {

namespace {

/// A preview column's width in pixels: its contents', within these bounds.
constexpr int kMinColumnWidth = 70;
constexpr int kMaxColumnWidth = 260;
/// Rows measured for a column's width (Qt's default measures up to 1,000).
constexpr int kMeasuredRows = 30;

} // namespace

void setUpTablePreview(QTableWidget* view) {
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setHorizontalHeader(new ElidingHeader(Qt::Horizontal, view));
    view->horizontalHeader()->setDefaultSectionSize(110);
    view->horizontalHeader()->setResizeContentsPrecision(kMeasuredRows);
}

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
    // Long column names were cut at both ends in fixed 110 px columns ("endapatan_Tahuna").
    view->resizeColumnsToContents();
    for (int c = 0; c < view->columnCount(); ++c) {
        view->setColumnWidth(c, std::clamp(view->columnWidth(c), kMinColumnWidth, kMaxColumnWidth));
    }
}

} // namespace gugus::ui
