#pragma once

#include <QAbstractTableModel>
#include <QFrame>
#include <QPointer>

class QScrollBar;
class QTableView;

namespace gugus::ui {

/// The rows of a long model that fit on screen, from `firstRow()` on: a model of a few dozen
/// rows over a source of millions. Cells, their roles and the vertical header's texts are the
/// source's, read when shown; the source's resets and changes reach the window.
class RowWindowModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit RowWindowModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source);
    QAbstractItemModel* sourceModel() const { return m_source; }

    /// Shows `size` rows from source row `first` on (fewer at the end of the source).
    void setWindow(int first, int size);
    int firstRow() const { return m_first; }
    int sourceRows() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    /// The window moved: its rows show other source rows. The cells say so by dataChanged; the
    /// vertical header's texts (the rows' numbers) only by this signal.
    void windowMoved();

private:
    /// Rows shown for a window from `first` of `size` rows.
    int rowsFor(int first, int size) const;
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                           const QList<int>& roles);
    void sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);

    QPointer<QAbstractItemModel> m_source;
    int m_first = 0;
    int m_size = 0;
};

/// A table view of a model of any length whose cost on the GUI thread does not grow with it.
///
/// Why: QTableView keeps a vertical header section per row; at a million rows every reset of the
/// model (a new file, a segmentation, showing only the selected rows) filled 8 MB of fresh memory
/// on the GUI thread, 3-4 ms, and up to 10-25 ms while the machine was busy (docs/performance.md).
/// Here the view shows a RowWindowModel of the rows that fit, and a scroll bar of its own moves
/// the window over the source's rows: the view never holds more than a screenful of rows.
///
/// The scroll bar, the mouse wheel and the keys (arrows, Page Up/Down, Ctrl+Home/End) move over
/// every source row; the current row is a source row and stays with its data while the window
/// moves. One row is selected at a time. `view()` is the QTableView (its headers, its delegate);
/// its own vertical scrolling stays at the top of the window.
class WindowedTable : public QFrame {
    Q_OBJECT
public:
    explicit WindowedTable(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* source);
    QTableView* view() const;
    /// Moves over the source's rows: its value is the first row shown.
    QScrollBar* rowBar() const { return m_bar; }
    RowWindowModel* windowModel() const { return m_window; }

    /// First source row shown.
    int firstRow() const;
    /// The current row as a source row, or -1.
    int currentRow() const { return m_current; }
    /// Makes source row `row` current (and selected), scrolled into view.
    void setCurrentRow(int row);
    /// Scrolls so that source row `row` is shown whole.
    void ensureRowVisible(int row);
    /// Rows shown whole in the view's height (1 at least).
    int rowsShown() const;

private:
    class View;
    friend class View;

    /// Sizes the window and the scroll bar to the view's height and the source's rows.
    void relayout();
    /// Shows the rows that fit from source row `first` on, the current row kept.
    void moveWindow(int first);
    /// The selection and current index at the current row's place in the window (none when the
    /// row is outside it).
    void syncCurrent();
    /// The vertical header wide enough for the longest row number, so it does not change width
    /// while scrolling.
    void fitRowHeader();

    View* m_view;
    QScrollBar* m_bar;
    RowWindowModel* m_window;
    int m_current = -1;
    int m_column = 0;              ///< column of the current index
    bool m_currentSelected = true; ///< the current row is selected (not only current)
    bool m_syncing = false;        ///< the current index is being moved with the window
};

} // namespace gugus::ui
