#include "support/windowed_table.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QWheelEvent>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace gugus::ui {

// --- RowWindowModel ------------------------------------------------------------------------------

RowWindowModel::RowWindowModel(QObject* parent) : QAbstractTableModel(parent) {}

void RowWindowModel::setSourceModel(QAbstractItemModel* source) {
    beginResetModel();
    if (m_source) {
        disconnect(m_source, nullptr, this, nullptr);
    }
    m_source = source;
    if (source) {
        // A reset of the source is one of the window; so is any change of its shape (the data
        // table only resets, but a window that misses a change would show the wrong rows).
        const auto begin = [this] { beginResetModel(); };
        const auto end = [this] { endResetModel(); };
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, begin);
        connect(source, &QAbstractItemModel::modelReset, this, end);
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
        connect(source, &QAbstractItemModel::layoutChanged, this, end);
        connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
        connect(source, &QAbstractItemModel::rowsInserted, this, end);
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
        connect(source, &QAbstractItemModel::rowsRemoved, this, end);
        connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, begin);
        connect(source, &QAbstractItemModel::rowsMoved, this, end);
        connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this, begin);
        connect(source, &QAbstractItemModel::columnsInserted, this, end);
        connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin);
        connect(source, &QAbstractItemModel::columnsRemoved, this, end);
        connect(source, &QAbstractItemModel::columnsAboutToBeMoved, this, begin);
        connect(source, &QAbstractItemModel::columnsMoved, this, end);
        connect(source, &QAbstractItemModel::dataChanged, this, &RowWindowModel::sourceDataChanged);
        connect(source, &QAbstractItemModel::headerDataChanged, this,
                &RowWindowModel::sourceHeaderDataChanged);
    }
    endResetModel();
}

int RowWindowModel::sourceRows() const {
    return m_source ? m_source->rowCount() : 0;
}

int RowWindowModel::rowsFor(int first, int size) const {
    return std::clamp(sourceRows() - first, 0, size);
}

void RowWindowModel::setWindow(int first, int size) {
    first = std::max(first, 0);
    size = std::max(size, 0);
    const bool shifted = first != m_first;
    const int before = rowCount();
    const int after = rowsFor(first, size);
    // The window grows or shrinks at its end; the rows it keeps show other source rows when it
    // moved (said below), so no reset: the view keeps its columns and horizontal position.
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_first = first;
        m_size = size;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_first = first;
        m_size = size;
        endRemoveRows();
    } else {
        m_first = first;
        m_size = size;
    }
    const int rows = rowCount();
    if (shifted && rows > 0) {
        if (const int columns = columnCount(); columns > 0) {
            emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
        }
        // The rows' numbers: said by windowMoved(), not headerDataChanged, after which the view
        // handled two timer events and drew the header a second time per scroll step.
        emit windowMoved();
    }
}

int RowWindowModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rowsFor(m_first, m_size);
}

int RowWindowModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

QVariant RowWindowModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_source) {
        return {};
    }
    return m_source->data(m_source->index(m_first + index.row(), index.column()), role);
}

QVariant RowWindowModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!m_source) {
        return {};
    }
    return m_source->headerData(orientation == Qt::Vertical ? m_first + section : section,
                                orientation, role);
}

Qt::ItemFlags RowWindowModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !m_source) {
        return Qt::NoItemFlags;
    }
    return m_source->flags(m_source->index(m_first + index.row(), index.column()));
}

void RowWindowModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                       const QList<int>& roles) {
    const int first = std::max(topLeft.row() - m_first, 0);
    const int last = std::min(bottomRight.row() - m_first, rowCount() - 1);
    if (first <= last) {
        emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
    }
}

void RowWindowModel::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last) {
    if (orientation == Qt::Horizontal) {
        emit headerDataChanged(orientation, first, last);
        return;
    }
    first = std::max(first - m_first, 0);
    last = std::min(last - m_first, rowCount() - 1);
    if (first <= last) {
        emit headerDataChanged(orientation, first, last);
    }
}

// --- WindowedTable::View -------------------------------------------------------------------------

/// The table view over the window: its own vertical scrolling pinned at the window's top; keys,
/// the wheel and "scroll to" move the window instead.
class WindowedTable::View : public QTableView {
public:
    explicit View(WindowedTable* owner) : QTableView(owner), m_owner(owner) {
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // The window holds the rows that fit and one cut by the bottom edge: the view's own
        // scrolling (a drag selecting past the bottom edge) moves the window instead, and the
        // view stays at the window's top row.
        connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
            if (value != 0) {
                verticalScrollBar()->setValue(0);
                m_owner->m_bar->setValue(m_owner->m_bar->value() + value);
            }
        });
        // A click on a row's number selects that row after making it current, which may move
        // the window (the row cut by the bottom edge): select it again where it is now.
        const auto selectCurrent = [owner] {
            owner->m_currentSelected = true;
            owner->syncCurrent();
        };
        connect(verticalHeader(), &QHeaderView::sectionPressed, m_owner, selectCurrent);
        connect(verticalHeader(), &QHeaderView::sectionEntered, m_owner, selectCurrent);
    }

protected:
    void resizeEvent(QResizeEvent* event) override {
        QTableView::resizeEvent(event);
        m_owner->relayout();
    }

    void wheelEvent(QWheelEvent* event) override {
        const QPoint delta = event->angleDelta();
        if (std::abs(delta.y()) >= std::abs(delta.x()) && delta.y() != 0) {
            QCoreApplication::sendEvent(m_owner->m_bar, event); // the rows' scroll bar
            return;
        }
        QTableView::wheelEvent(event);
    }

    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override {
        const int rows = m_owner->m_window->sourceRows();
        if (rows == 0) {
            return QTableView::moveCursor(action, modifiers);
        }
        // From the current row, also when it has scrolled out of the window.
        const int current = m_owner->m_current >= 0 ? m_owner->m_current : m_owner->firstRow();
        if (m_owner->m_current >= 0) {
            m_owner->ensureRowVisible(current);
            m_owner->syncCurrent();
        }
        const QModelIndex within = QTableView::moveCursor(action, modifiers);
        const bool control = modifiers & Qt::ControlModifier;
        const int windowRow = current - m_owner->firstRow();
        int target = current;
        switch (action) {
        case MoveUp:
            target = current - 1;
            break;
        case MoveDown:
            target = current + 1;
            break;
        case MovePageUp:
            target = current - m_owner->rowsShown();
            break;
        case MovePageDown:
            target = current + m_owner->rowsShown();
            break;
        case MoveHome:
            target = control ? 0 : current;
            break;
        case MoveEnd:
            target = control ? rows - 1 : current;
            break;
        case MoveNext:
        case MovePrevious:
            // Tab past the last column goes on at the next row (Shift+Tab: the previous), over
            // every row: Qt's step wraps within the window's rows, so take only its column.
            if (!within.isValid() || within.row() == windowRow) {
                return within;
            }
            target = action == MoveNext ? (current + 1) % rows : (current + rows - 1) % rows;
            break;
        default:
            return within; // left, right: along the current row
        }
        target = std::clamp(target, 0, rows - 1);
        const int column = within.isValid() ? within.column() : std::max(m_owner->m_column, 0);
        m_owner->ensureRowVisible(target);
        return m_owner->m_window->index(target - m_owner->firstRow(), column);
    }

    void scrollTo(const QModelIndex& index, ScrollHint hint) override {
        if (!index.isValid() || m_owner->m_syncing) {
            return; // the window moved; it placed the current row itself
        }
        const int row = m_owner->firstRow() + index.row();
        const int shown = m_owner->rowsShown();
        switch (hint) {
        case PositionAtTop:
            m_owner->m_bar->setValue(row);
            break;
        case PositionAtBottom:
            m_owner->m_bar->setValue(row - shown + 1);
            break;
        case PositionAtCenter:
            m_owner->m_bar->setValue(row - shown / 2);
            break;
        case EnsureVisible:
            m_owner->ensureRowVisible(row);
            break;
        }
        // The row is shown whole now: Qt's scrolling brings its column into view.
        QTableView::scrollTo(m_owner->m_window->index(row - m_owner->firstRow(), index.column()),
                             EnsureVisible);
    }

    void mouseMoveEvent(QMouseEvent* event) override {
        // Selecting by dragging above the top edge: Qt's own scrolling cannot go above the
        // window's top row, so the window moves up a row per move.
        if ((event->buttons() & Qt::LeftButton) && event->position().y() < 0) {
            m_owner->m_bar->setValue(m_owner->m_bar->value() - 1);
        }
        QTableView::mouseMoveEvent(event);
    }

    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override {
        if (!m_owner->m_syncing && current.isValid()) {
            m_owner->m_current = m_owner->firstRow() + current.row();
            m_owner->m_column = current.column();
        }
        QTableView::currentChanged(current, previous);
    }

private:
    WindowedTable* m_owner;
};

// --- WindowedTable -------------------------------------------------------------------------------

WindowedTable::WindowedTable(QWidget* parent)
    : QFrame(parent), m_view(new View(this)), m_bar(new QScrollBar(Qt::Vertical, this)),
      m_window(new RowWindowModel(this)) {
    setFrameStyle(QFrame::StyledPanel | QFrame::Sunken); // a scroll area's frame, around both
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setModel(m_window);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Every row as high as the header's default section: the window is the rows that fit.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_bar->setFocusPolicy(Qt::NoFocus);
    m_bar->setSingleStep(1);
    setFocusProxy(m_view);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_bar);

    // Whether the current row is selected, as the user left it (the selection model's own
    // state is the window's, which moves).
    QItemSelectionModel* selection = m_view->selectionModel();
    // One row at most is selected, the current one or (for a moment, while Qt selects a row
    // before making it current) the row becoming current: any selection is the current row's.
    const auto noteSelected = [this, selection] {
        if (!m_syncing) {
            m_currentSelected = selection->hasSelection();
        }
    };
    connect(selection, &QItemSelectionModel::selectionChanged, this, noteSelected);
    connect(selection, &QItemSelectionModel::currentChanged, this, noteSelected);
    connect(m_bar, &QScrollBar::valueChanged, this, [this](int first) {
        moveWindow(first);
        syncCurrent();
    });
    connect(m_window, &RowWindowModel::windowMoved, m_view->verticalHeader()->viewport(),
            qOverload<>(&QWidget::update));
    connect(m_window, &QAbstractItemModel::modelReset, this, [this] {
        m_current = -1; // as a table view forgets its current index when its model resets
        relayout();
    });
}

void WindowedTable::setModel(QAbstractItemModel* source) {
    m_window->setSourceModel(source);
}

QTableView* WindowedTable::view() const {
    return m_view;
}

int WindowedTable::firstRow() const {
    return m_window->firstRow();
}

int WindowedTable::rowsShown() const {
    const int height = std::max(m_view->verticalHeader()->defaultSectionSize(), 1);
    return std::max(m_view->viewport()->height() / height, 1);
}

void WindowedTable::setCurrentRow(int row) {
    if (row < 0 || row >= m_window->sourceRows()) {
        return;
    }
    m_current = row;
    m_currentSelected = true;
    ensureRowVisible(row);
    syncCurrent();
}

void WindowedTable::ensureRowVisible(int row) {
    const int first = firstRow();
    const int shown = rowsShown();
    if (row < first) {
        m_bar->setValue(row);
    } else if (row >= first + shown) {
        m_bar->setValue(row - shown + 1);
    }
}

void WindowedTable::relayout() {
    const int rows = m_window->sourceRows();
    const int shown = rowsShown();
    m_bar->setPageStep(shown);
    m_bar->setRange(0, std::max(rows - shown, 0)); // may move the window (valueChanged)
    // Always there, disabled when every row fits: showing it when a file arrives would lay the
    // view out and draw it a second time.
    m_bar->setEnabled(rows > shown);
    moveWindow(m_bar->value());
    fitRowHeader();
    syncCurrent();
}

void WindowedTable::moveWindow(int first) {
    // Rows leaving the window move the view's current index (Qt keeps it on a row that is
    // left): not a choice of the user's, so the current row stays as it was.
    const bool syncing = std::exchange(m_syncing, true);
    m_window->setWindow(first, rowsShown() + 1);
    m_syncing = syncing;
}

void WindowedTable::syncCurrent() {
    QItemSelectionModel* selection = m_view->selectionModel();
    if (!selection) {
        return;
    }
    const bool syncing = std::exchange(m_syncing, true);
    const int row = m_current - firstRow();
    const int columns = m_window->columnCount();
    if (m_current >= 0 && row >= 0 && row < m_window->rowCount() && columns > 0) {
        const QModelIndex index = m_window->index(row, std::clamp(m_column, 0, columns - 1));
        if (selection->currentIndex() != index ||
            selection->isSelected(index) != m_currentSelected) {
            // Selected as it was: a row made current by focus alone stays unselected.
            selection->setCurrentIndex(index, m_currentSelected
                                                  ? QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows
                                                  : QItemSelectionModel::Clear);
        }
    } else if (selection->currentIndex().isValid() || selection->hasSelection()) {
        selection->clear();
    }
    m_syncing = syncing;
}

void WindowedTable::fitRowHeader() {
    QHeaderView* header = m_view->verticalHeader();
    const int rows = m_window->sourceRows();
    if (rows == 0 || !m_window->sourceModel()) {
        header->setMinimumWidth(0);
        return;
    }
    // The last row's number is the longest (the data table numbers its rows upwards).
    // Measured as Qt measures a section: in the model's font or the header's, bold.
    const QAbstractItemModel* source = m_window->sourceModel();
    const QVariant sourceFont = source->headerData(rows - 1, Qt::Vertical, Qt::FontRole);
    QFont font = sourceFont.canConvert<QFont>() ? sourceFont.value<QFont>() : header->font();
    font.setBold(true);
    QStyleOptionHeader option;
    option.initFrom(header);
    option.orientation = Qt::Vertical;
    option.fontMetrics = QFontMetrics(font);
    option.text = source->headerData(rows - 1, Qt::Vertical, Qt::DisplayRole).toString();
    const QSize size =
        header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header);
    header->setMinimumWidth(size.width());
}

} // namespace gugus::ui
