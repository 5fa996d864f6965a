#include "dataset/data_table_model.h"

#include "state/document.h"
#include "support/format.h"
#include "support/slot_timing.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace gugus::ui {

DataTableModel::DataTableModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_selection(document->selectionPtr()) {
    const auto reset = [this] {
        beginResetModel();
        m_selection = m_document->selectionPtr();
        endResetModel();
    };
    connect(document, &Document::dataChanged, this, timedSlot(this, "dataChanged", reset));
    connect(document, &Document::segmentationChanged, this,
            timedSlot(this, "segmentationChanged", reset));
    connect(document, &Document::selectionChanged, this,
            timedSlot(this, "selectionChanged", [this, reset] {
                if (m_selectedOnly) {
                    reset(); // other rows shown
                    return;
                }
                // The same rows, some highlighted: a repaint, not a reset (a reset would drop
                // the table's current row).
                m_selection = m_document->selectionPtr();
                if (rowCount() > 0 && columnCount() > 0) {
                    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                                     {Qt::BackgroundRole});
                }
            }));
    connect(document, &Document::segmentStyleChanged, this,
            timedSlot(this, "segmentStyleChanged", [this] {
                if (hasSegmentColumn() && rowCount() > 0) {
                    emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
                }
            }));
    connect(document, &Document::displayChanged, this, [this] {
        if (columnCount() > 0) {
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        }
    });
}

void DataTableModel::setSelectedOnly(bool selectedOnly) {
    beginResetModel();
    m_selectedOnly = selectedOnly;
    m_selection = m_document->selectionPtr();
    endResetModel();
}

void DataTableModel::refresh() {
    beginResetModel();
    endResetModel();
}

bool DataTableModel::hasSegmentColumn() const {
    return m_document->segmentation() != nullptr;
}

qint64 DataTableModel::tableRow(int row) const {
    return m_selectedOnly ? m_selection->rows()[std::size_t(row)] : qint64(row);
}

int DataTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid()) {
        return 0;
    }
    return m_selectedOnly ? int(m_selection->size()) : int(m_document->table().rowCount());
}

int DataTableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid()) {
        return 0;
    }
    return int(m_document->table().columnCount()) + (hasSegmentColumn() ? 1 : 0);
}

QVariant DataTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const qint64 row = tableRow(index.row());
    const int offset = hasSegmentColumn() ? 1 : 0;
    if (role == Qt::BackgroundRole) {
        if (!m_selectedOnly && m_selection->contains(row)) {
            return QBrush(QColor(0xFF, 0xE8, 0x9C));
        }
        return {};
    }
    if (offset && index.column() == 0) {
        const int label = m_document->segmentation()->result.tableLabels[std::size_t(row)];
        if (label == core::kUnassigned) {
            return role == Qt::DisplayRole ? QVariant(tr("(not segmented)")) : QVariant();
        }
        if (role == Qt::DisplayRole) {
            return m_document->segmentName(label);
        }
        if (role == Qt::DecorationRole) {
            return m_document->segmentColor(label);
        }
        return {};
    }
    const core::Column& column = m_document->table().column(index.column() - offset);
    if (role == Qt::TextAlignmentRole) {
        return column.isNumericLike() ? int(Qt::AlignRight | Qt::AlignVCenter)
                                      : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && column.isMissing(row)) {
        return QBrush(QColor(0x99, 0x99, 0x99));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (column.isMissing(row)) {
        return role == Qt::ToolTipRole ? QVariant(tr("missing")) : QVariant(QStringLiteral("·"));
    }
    switch (column.type()) {
    case core::ColumnType::Numeric:
    case core::ColumnType::Binary:
        return QLocale().toString(column.values()[std::size_t(row)], 'g', 12);
    case core::ColumnType::Categorical:
        return cellText(column.categories()[std::size_t(column.codes()[std::size_t(row)])], role);
    case core::ColumnType::Id:
        return cellText(column.text()[std::size_t(row)], role);
    }
    return {};
}

QString DataTableModel::cellText(const std::string& text, int role) {
    // A cell can hold megabytes of text; laying it all out on every paint froze the table. The
    // cell shows a prefix, the tooltip a longer one and how long the whole value is.
    const std::size_t limit = role == Qt::ToolTipRole ? kTooltipBytes : kCellBytes;
    if (text.size() <= limit) {
        return QString::fromStdString(text);
    }
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut; // do not split a UTF-8 character
    }
    const QString prefix = QString::fromUtf8(text.data(), qsizetype(cut)) + QChar(0x2026);
    if (role != Qt::ToolTipRole) {
        return prefix;
    }
    const auto characters = std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    return tr("%1\n(%L2 characters in all)").arg(prefix).arg(qint64(characters));
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(tableRow(section) + 1))
                                       : QVariant();
    }
    const int offset = hasSegmentColumn() ? 1 : 0;
    if (offset && section == 0) {
        return role == Qt::DisplayRole ? QVariant(tr("Segment")) : QVariant();
    }
    // The display label a reader knows ("Saldo relasi"); the raw name, which the CSV, the CLI
    // and the SQL export use, in the tooltip.
    const std::string& name = m_document->table().column(section - offset).name();
    const QString label = m_document->columnLabels().label(name);
    if (role == Qt::DisplayRole) {
        return label;
    }
    // The whole label too: a long one is elided in the header.
    return label == QString::fromStdString(name)
               ? QVariant(label)
               : QVariant(tr("%1\nColumn %2 in the file").arg(label, QString::fromStdString(name)));
}

} // namespace gugus::ui
