#pragma once

#include "prep/recipe.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QTableView;

namespace gugus::ui {

class ColumnDisplayEditor;
class ColumnListModel;
class DataTableModel;
class Document;
class DocumentController;
class RowRulesPanel;
class WindowedTable;

/// The Dataset view: the data table (with segments and linked selection) and the column
/// inspector, where each column's type, role, group and preparation (imputation, encoding,
/// transform, scaling) and its display (label, unit) are set. Several selected columns are edited
/// together. A type change runs in the DocumentController.
class DatasetView : public QWidget {
    Q_OBJECT
public:
    DatasetView(Document* document, DocumentController* controller, QWidget* parent = nullptr);

    /// Named parts for `gugus --screenshots`: file stem -> widget to grab.
    QList<QPair<QString, QWidget*>> screenshotParts();

    DataTableModel* tableModel() const { return m_tableModel; }
    WindowedTable* tableView() const { return m_table; }
    ColumnListModel* columnModel() const { return m_columnModel; }
    QTableView* columnView() const { return m_columns; }
    QComboBox* roleCombo() const { return m_role; }
    QComboBox* imputationCombo() const { return m_imputation; }
    QComboBox* scalingCombo() const { return m_scaling; }
    ColumnDisplayEditor* displayEditor() const { return m_display; }
    QCheckBox* selectedOnlyBox() const { return m_selectedOnly; }
    RowRulesPanel* rowRules() const { return m_rowRules; }
    /// Identifier columns whose ids repeat, in words ("" when none): the load message and the
    /// line above the table say so, since rows are then not customers.
    static QString duplicateIdsText(const Document& document);
    /// A UTF-16 file converted to UTF-8 on load, in words ("" otherwise): files saved from the
    /// data are UTF-8, which the user's tool may not expect.
    static QString encodingText(const Document& document);
    /// A load cut short by the import's row limit, in words ("" otherwise): the table is a
    /// sample of the file's first rows, not every customer.
    static QString rowLimitText(const Document& document);
    /// encodingText, rowLimitText and duplicateIdsText together: the load message and the line
    /// above the table.
    static QString loadNotesText(const Document& document);
    QLabel* selectionLabel() const { return m_selectionLabel; }
    /// Selects the inspector rows of these columns (as a click would).
    void selectColumns(const QStringList& names);

private:
    void retranslate();
    void fillCombos();
    void showCurrentColumn();
    QStringList selectedColumnNames() const;
    /// Applies `change` to the spec of every selected column.
    void editSpecs(const std::function<void(core::ColumnSpec&)>& change);
    void changeType(core::ColumnType type);
    void updateSelectionLabel();

    Document* m_document;
    DocumentController* m_controller;
    DataTableModel* m_tableModel;
    ColumnListModel* m_columnModel;
    WindowedTable* m_table;
    QTableView* m_columns;
    QCheckBox* m_selectedOnly;
    QLabel* m_selectionLabel;
    QGroupBox* m_editor;
    QFormLayout* m_form;
    QComboBox* m_type;
    QComboBox* m_role;
    QComboBox* m_group;
    QComboBox* m_imputation;
    QDoubleSpinBox* m_constant;
    QComboBox* m_encoding;
    QComboBox* m_transform;
    QComboBox* m_scaling;
    QLabel* m_details;
    RowRulesPanel* m_rowRules;
    ColumnDisplayEditor* m_display;
    bool m_updating = false; ///< true while controls are filled from the model
};

} // namespace gugus::ui
