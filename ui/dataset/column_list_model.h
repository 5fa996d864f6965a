#pragma once

#include <QAbstractTableModel>

namespace gugus::ui {

class Document;

/// One row per column of the table: its display label, type, role and group from the recipe,
/// missing values and the cached summary statistics (in the column's unit).
class ColumnListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Label,
        Type,
        Role,
        Group,
        Missing,
        Mean,
        Std,
        Min,
        Median,
        Max,
        Distinct,
        Count
    };
    explicit ColumnListModel(Document* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void refresh();

private:
    Document* m_document;
};

} // namespace gugus::ui
