#pragma once

#include <QAbstractTableModel>

#include <memory>

namespace gugus::ui {

class Document;
class RowSelection;

/// The open table as a Qt model, read straight from the core columns (no per-cell copies, so a
/// million rows cost nothing extra; the Dataset view shows it through a WindowedTable, whose
/// view holds only the rows on screen). When segments exist a first column shows each row's
/// segment in its colour. Rows selected elsewhere (the PCA map) are highlighted, and the view
/// can be limited to them.
class DataTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit DataTableModel(Document* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Shows only the project's selected rows (true) or every row (false).
    void setSelectedOnly(bool selectedOnly);
    bool selectedOnly() const { return m_selectedOnly; }
    /// Table row shown at model row `row`.
    qint64 tableRow(int row) const;
    bool hasSegmentColumn() const;
    /// Refreshes texts after a language (locale) change.
    void refresh();

private:
    static constexpr std::size_t kCellBytes = 300;     ///< text shown in a cell
    static constexpr std::size_t kTooltipBytes = 4000; ///< text shown in a cell's tooltip
    /// `text` for a cell or its tooltip, cut to a prefix with an ellipsis when long.
    static QString cellText(const std::string& text, int role);

    Document* m_document;
    bool m_selectedOnly = false;
    /// The Document's selection as this model shows it (taken inside a reset when the rows
    /// shown depend on it); never null.
    std::shared_ptr<const RowSelection> m_selection;
};

} // namespace gugus::ui
