#include "dataset/column_list_model.h"

#include "state/document.h"
#include "support/format.h"
#include "support/labels.h"
#include "support/slot_timing.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace gugus::ui {

ColumnListModel::ColumnListModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document) {
    connect(document, &Document::dataChanged, this,
            timedSlot(this, "dataChanged", [this] { refresh(); }));
    connect(document, &Document::displayChanged, this, [this] {
        if (rowCount() > 0) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, Count - 1));
        }
    });
    connect(document, &Document::recipeChanged, this, [this] {
        if (rowCount() > 0) {
            emit dataChanged(index(0, Type), index(rowCount() - 1, Group));
        }
    });
}

void ColumnListModel::refresh() {
    beginResetModel();
    endResetModel();
}

int ColumnListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_document->table().columnCount());
}

int ColumnListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant ColumnListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const core::Column& column = m_document->table().column(index.row());
    const core::ColumnSpec* spec = m_document->recipe().find(column.name());
    const auto& st = column.stats();
    const bool numeric = column.isNumericLike();
    const ColumnLabels& labels = m_document->columnLabels();
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= Missing ? int(Qt::AlignRight | Qt::AlignVCenter)
                                         : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && index.column() == Missing && st.missing > 0) {
        return QBrush(QColor(0xB0, 0x40, 0x00));
    }
    if (role == Qt::FontRole && index.column() == Role && spec &&
        spec->role == core::Role::Feature) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return QString::fromStdString(column.name());
    case Label: {
        const auto display = labels.display(column.name());
        if (display.label.empty() && display.unit.empty()) {
            return QString();
        }
        const QString unit = display.isCurrency() ? ColumnLabels::currencySymbol(display.unit)
                                                  : QString::fromStdString(display.unit);
        return unit.isEmpty()
                   ? labels.label(column.name())
                   : tr("%1 (%2)", "column label (unit)").arg(labels.label(column.name()), unit);
    }
    case Type:
        return typeName(column.type());
    case Role:
        return spec ? roleName(spec->role) : QString();
    case Group:
        return spec ? groupDisplayName(QString::fromStdString(spec->group)) : QString();
    case Missing:
        return st.missing == 0
                   ? QStringLiteral("0")
                   : tr("%L1 (%2)")
                         .arg(st.missing)
                         .arg(formatPercent(double(st.missing) /
                                            double(std::max<qint64>(1, column.size()))));
    case Mean:
    case Std:
    case Min:
    case Median:
    case Max: {
        if (!numeric) {
            return QString();
        }
        // A row is one column of the data in one unit, so its statistics share decimals: the
        // mean and spread on one side, the data values (min, median, max) on the other, where
        // whole numbers stay whole. Across rows the units differ, so no common decimals there.
        const double factor = labels.display(column.name()).factor();
        const bool spread = index.column() == Mean || index.column() == Std;
        const std::vector<double> group =
            spread ? std::vector<double>{st.mean * factor, st.std * factor}
                   : std::vector<double>{st.min * factor, st.median * factor, st.max * factor};
        const double value = index.column() == Mean     ? st.mean
                             : index.column() == Std    ? st.std
                             : index.column() == Min    ? st.min
                             : index.column() == Median ? st.median
                                                        : st.max;
        return labels.value(column.name(), value, NumberColumn(group, spread ? 4 : 6));
    }
    case Distinct:
        return QLocale().toString(st.distinct);
    }
    return {};
}

QVariant ColumnListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Column");
    case Label:
        return tr("Label");
    case Type:
        return tr("Type");
    case Role:
        return tr("Role");
    case Group:
        return tr("Group");
    case Missing:
        return tr("Missing");
    case Mean:
        return tr("Mean");
    case Std:
        return tr("Std. dev.");
    case Min:
        return tr("Min");
    case Median:
        return tr("Median");
    case Max:
        return tr("Max");
    case Distinct:
        return tr("Distinct");
    }
    return {};
}

} // namespace gugus::ui
