// The data table's window over a long model: the view holds a screenful of rows whatever the
// model's length (a million here), and the scroll bar, the wheel and the keys reach every row, with
// the current row staying on its data while the window moves. In the program: a million rows'
// data table and the rows shown of a file opened in it.
#include "dataset/dataset_view.h"
#include "support/windowed_table.h"

#include "ui_test_support.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace gugus::ui;
using gugus::ui::test::finish;
using gugus::ui::test::writeFile;

namespace {

/// `rows` rows of three columns: cell "r<row> c<column>", row header "<row + 1>".
class RowsModel : public QAbstractTableModel {
public:
    explicit RowsModel(int rows) : m_rows(rows) {}

    void setRows(int rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    /// Says that row `row` changed.
    void touch(int row) { emit dataChanged(index(row, 0), index(row, 2)); }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : m_rows;
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex& index, int role) const override {
        if (role != Qt::DisplayRole) {
            return {};
        }
        return QStringLiteral("r%1 c%2").arg(index.row()).arg(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (role != Qt::DisplayRole) {
            return {};
        }
        return orientation == Qt::Vertical ? QString::number(section + 1)
                                           : QStringLiteral("col %1").arg(section);
    }

private:
    int m_rows;
};

/// A WindowedTable of `rows` rows of a RowsModel, shown 500 × 400 px, selecting rows.
struct ShownTable {
    RowsModel model;
    WindowedTable table;

    explicit ShownTable(int rows) : model(rows) {
        table.setModel(&model);
        table.view()->setSelectionBehavior(QAbstractItemView::SelectRows); // as the Dataset view
        table.resize(500, 400);
        table.show();
    }
    bool exposed() { return QTest::qWaitForWindowExposed(&table); }
};

/// The cell text shown at window row `row`, column 0.
QString shownAt(const WindowedTable& table, int row) {
    return table.view()->model()->index(row, 0).data().toString();
}

/// Source row of the view's current index (-1: none), read from the cell shown there.
int currentShown(const WindowedTable& table) {
    const QModelIndex current = table.view()->currentIndex();
    if (!current.isValid()) {
        return -1;
    }
    return table.view()
        ->model()
        ->index(current.row(), 0)
        .data()
        .toString()
        .mid(1)
        .section(' ', 0, 0)
        .toInt();
}

void press(WindowedTable& table, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(table.view(), key, modifiers);
}

} // namespace

class WindowedTableTest : public QObject {
    Q_OBJECT
private slots:
    void holdsAScreenfulOfAMillionRows() {
        ShownTable fixture(1'000'000);
        QVERIFY(fixture.exposed());
        auto& [model, table] = fixture;

        const int shown = table.rowsShown();
        QVERIFY(shown > 5);
        // The view's rows, and its header's sections, are the screenful, not the million.
        QCOMPARE(table.view()->model()->rowCount(), shown + 1);
        QCOMPARE(table.view()->verticalHeader()->count(), shown + 1);
        QCOMPARE(table.rowBar()->maximum(), 1'000'000 - shown);
        QCOMPARE(table.rowBar()->pageStep(), shown);
        QCOMPARE(shownAt(table, 0), QStringLiteral("r0 c0"));

        QSignalSpy moved(table.windowModel(), &RowWindowModel::windowMoved);
        table.rowBar()->setValue(500'000);
        QCOMPARE(moved.size(), 1); // the rows' numbers are drawn again
        QCOMPARE(table.firstRow(), 500'000);
        QCOMPARE(shownAt(table, 0), QStringLiteral("r500000 c0"));
        QCOMPARE(table.view()->model()->headerData(1, Qt::Vertical).toString(),
                 QStringLiteral("500002"));
        // The row header is as wide at the top as at the millionth row.
        QVERIFY(table.view()->verticalHeader()->width() >=
                table.view()->fontMetrics().horizontalAdvance(QStringLiteral("1000000")));

        // The end: the last row is the last shown whole.
        table.rowBar()->setValue(table.rowBar()->maximum());
        QCOMPARE(shownAt(table, shown - 1), QStringLiteral("r999999 c0"));
        QCOMPARE(table.view()->model()->rowCount(), shown);
    }

    void wheelAndKeysReachEveryRow() {
        ShownTable fixture(10'000);
        QVERIFY(fixture.exposed());
        auto& [model, table] = fixture;
        const int shown = table.rowsShown();

        // One notch of the wheel over the cells: the platform's lines (3) down.
        QWidget* cells = table.view()->viewport();
        const QPoint at = cells->rect().center();
        QWheelEvent wheel(at, cells->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(cells, &wheel);
        QCOMPARE(table.firstRow(), QApplication::wheelScrollLines());
        table.rowBar()->setValue(0);

        // Down past the bottom of the window: the window follows the current row.
        table.setCurrentRow(0);
        QCOMPARE(currentShown(table), 0);
        for (int i = 0; i < shown + 4; ++i) {
            press(table, Qt::Key_Down);
        }
        QCOMPARE(table.currentRow(), shown + 4);
        QCOMPARE(currentShown(table), shown + 4);
        QCOMPARE(table.firstRow(), 5); // the current row is the last shown whole
        press(table, Qt::Key_PageDown);
        QCOMPARE(table.currentRow(), 2 * shown + 4);
        QCOMPARE(currentShown(table), 2 * shown + 4);
        press(table, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(table.currentRow(), 9'999);
        QCOMPARE(currentShown(table), 9'999);
        QCOMPARE(table.firstRow(), table.rowBar()->maximum());
        press(table, Qt::Key_Up);
        QCOMPARE(currentShown(table), 9'998);
        press(table, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(table.currentRow(), 0);
        QCOMPARE(table.firstRow(), 0);
        press(table, Qt::Key_Up); // at the top already
        QCOMPARE(table.currentRow(), 0);

        // A click on the row cut by the bottom edge makes it current where it is (as in any Qt
        // view: the rows do not move under the mouse); the next key brings the rows after it in.
        const int cut = shown; // window row of the partly shown row
        const QRect cell = table.view()->visualRect(table.view()->model()->index(cut, 0));
        QVERIFY(cell.bottom() >= cells->height());
        QTest::mouseClick(cells, Qt::LeftButton, {}, QPoint(cell.center().x(), cell.top() + 2));
        QCOMPARE(table.currentRow(), shown);
        QCOMPARE(currentShown(table), shown);
        QCOMPARE(table.firstRow(), 0);
        press(table, Qt::Key_Down);
        QCOMPARE(table.currentRow(), shown + 1);
        QCOMPARE(currentShown(table), shown + 1);
        QCOMPARE(table.firstRow(), 2);
        QCOMPARE(table.view()->verticalScrollBar()->value(), 0);
    }

    void currentRowStaysOnItsData() {
        ShownTable fixture(1'000);
        QVERIFY(fixture.exposed());
        auto& [model, table] = fixture;

        table.setCurrentRow(3);
        QItemSelectionModel* selection = table.view()->selectionModel();
        table.rowBar()->setValue(2);
        QCOMPARE(table.view()->currentIndex().row(), 1); // row 3, second in the window
        QCOMPARE(currentShown(table), 3);
        QVERIFY(selection->isRowSelected(1, {}));
        QCOMPARE(selection->selectedRows().size(), 1);
        table.rowBar()->setValue(500); // row 3 out of the window: nothing selected there
        QVERIFY(!table.view()->currentIndex().isValid());
        QVERIFY(!selection->hasSelection());
        table.rowBar()->setValue(0);
        QCOMPARE(currentShown(table), 3);
        QVERIFY(selection->isRowSelected(3, {}));

        // A change of a row in the window is repainted there, one outside is not said at all.
        QSignalSpy changed(table.view()->model(), &QAbstractItemModel::dataChanged);
        model.touch(4);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 4);
        model.touch(900);
        QCOMPARE(changed.size(), 1);

        // A shorter model: the window and the bar come back within it, the current row is gone.
        table.rowBar()->setValue(800);
        model.setRows(10);
        QCOMPARE(table.firstRow(), 0);
        QCOMPARE(table.view()->model()->rowCount(), 10);
        QCOMPARE(table.currentRow(), -1);
        QVERIFY(!table.rowBar()->isEnabled());
        model.setRows(0);
        QCOMPARE(table.view()->model()->rowCount(), 0);
        press(table, Qt::Key_Down); // nothing to move to
        QCOMPARE(table.currentRow(), -1);
    }

    // What a helper's review found a plain QTableView does and the window did not.
    void currentRowSurvivesResizesClicksAndTabs() {
        ShownTable fixture(1'000);
        QVERIFY(fixture.exposed());
        auto& [model, table] = fixture;
        QTableView* view = table.view();
        QItemSelectionModel* selection = view->selectionModel();

        // A smaller table drops rows from the window's end: the current row stays.
        table.setCurrentRow(8);
        table.resize(500, 150);
        QTRY_VERIFY(table.rowsShown() < 8);
        QCOMPARE(table.currentRow(), 8);
        table.resize(500, 400);
        QTRY_VERIFY(table.rowsShown() > 8);
        QCOMPARE(currentShown(table), 8);

        // To the end and back: the window loses its cut row there; the current row stays.
        table.rowBar()->setValue(table.rowBar()->maximum());
        table.rowBar()->setValue(0);
        QCOMPARE(table.currentRow(), 8);
        QCOMPARE(currentShown(table), 8);

        // A click on the number of the row cut by the bottom edge selects that row.
        const int cut = table.rowsShown();
        QHeaderView* numbers = view->verticalHeader();
        const int y = numbers->sectionViewportPosition(cut) + numbers->sectionSize(cut) / 3;
        QTest::mouseClick(numbers->viewport(), Qt::LeftButton, {}, QPoint(5, y));
        QCOMPARE(table.currentRow(), cut);
        QCOMPARE(currentShown(table), cut);
        const QModelIndexList selected = selection->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(table.firstRow() + selected.front().row(), cut);

        // Right from a row scrolled out of view: along that row, brought back into view.
        table.setCurrentRow(10);
        table.rowBar()->setValue(500);
        press(table, Qt::Key_Right);
        QCOMPARE(table.currentRow(), 10);
        QCOMPARE(view->currentIndex().column(), 1);
        QCOMPARE(currentShown(table), 10);

        // Tab past the last column and Shift+Tab before the first go on over every row.
        table.setCurrentRow(500);
        press(table, Qt::Key_Home);
        QCOMPARE(view->currentIndex().column(), 0);
        press(table, Qt::Key_Backtab);
        QCOMPARE(table.currentRow(), 499);
        QCOMPARE(view->currentIndex().column(), 2);
        press(table, Qt::Key_Tab);
        QCOMPARE(table.currentRow(), 500);
        QCOMPARE(view->currentIndex().column(), 0);
        table.setCurrentRow(table.firstRow() + table.rowsShown()); // below the window
        press(table, Qt::Key_End);
        press(table, Qt::Key_Tab);
        QCOMPARE(table.currentRow(), table.firstRow() + table.rowsShown() - 1);
        QCOMPARE(view->currentIndex().column(), 0);
    }

    void aRowCurrentByFocusAloneStaysUnselected() {
        // Focus makes a row current without selecting it; scrolled away and back, it is
        // current again and still not selected. A selected row comes back selected.
        ShownTable fixture(1'000);
        QVERIFY(fixture.exposed());
        auto& [model, table] = fixture;
        QItemSelectionModel* selection = table.view()->selectionModel();
        selection->setCurrentIndex(table.view()->model()->index(2, 0),
                                   QItemSelectionModel::NoUpdate);
        QCOMPARE(table.currentRow(), 2);
        table.rowBar()->setValue(500);
        table.rowBar()->setValue(0);
        QCOMPARE(currentShown(table), 2);
        QVERIFY(!selection->hasSelection());
        press(table, Qt::Key_Down); // a key selects, as in any table
        QCOMPARE(table.currentRow(), 3);
        table.rowBar()->setValue(500);
        table.rowBar()->setValue(0);
        QVERIFY(selection->isRowSelected(3, {}));

        // A drag onto the row cut by the bottom edge: Qt selects it, then makes it current
        // (which moves the window). It stays selected.
        const int cut = table.rowsShown();
        const QModelIndex below = table.view()->model()->index(cut, 0);
        selection->select(below, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection->setCurrentIndex(below, QItemSelectionModel::NoUpdate);
        QCOMPARE(table.currentRow(), cut);
        QCOMPARE(table.firstRow(), 1);
        table.rowBar()->setValue(500);
        table.rowBar()->setValue(0);
        QCOMPARE(currentShown(table), cut);
        QVERIFY(selection->isRowSelected(cut, {}));
    }

    void rowNumbersKeepTheirWidth() {
        ShownTable fixture(1'000'000);
        QVERIFY(fixture.exposed());
        auto& [model, table] = fixture;
        QHeaderView* numbers = table.view()->verticalHeader();
        const int width = numbers->width();
        for (int first : {500'000, table.rowBar()->maximum() - 1, table.rowBar()->maximum(), 0}) {
            table.rowBar()->setValue(first);
            QTest::qWait(20); // the view lays itself out from a timer
            QCOMPARE(numbers->width(), width);
        }
    }

    // The Dataset view's table: the rows of the file through the window.
    void datasetTableIsWindowed() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.csv"));
        QByteArray csv = "id,amount\n";
        for (int i = 0; i < 20'000; ++i) {
            csv += QByteArray::number(i) + ',' + QByteArray::number(i * 2) + '\n';
        }
        QVERIFY(writeFile(path, csv));
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        window.resize(1200, 800);
        window.show();
        QVERIFY(finish(window.documentController()->openFile(path)).ok());
        window.tabs()->setCurrentWidget(window.datasetView());
        WindowedTable* table = window.datasetView()->tableView();
        QTRY_VERIFY(table->isVisible());
        QVERIFY(table->view()->verticalHeader()->count() < 200);
        QCOMPARE(table->windowModel()->sourceRows(), 20'000);
        table->rowBar()->setValue(table->rowBar()->maximum());
        const int last = table->rowsShown() - 1;
        QCOMPARE(table->view()->model()->headerData(last, Qt::Vertical).toString(),
                 QLocale().toString(20'000));
    }
};

QTEST_MAIN(WindowedTableTest)
#include "test_windowed_table.moc"
