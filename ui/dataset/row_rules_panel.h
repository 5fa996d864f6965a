#pragma once

#include "prep/row_rules.h"

#include <QGroupBox>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace gugus::ui {

class Document;
class DocumentController;

/// The Dataset view's "Rows" box: which customers the recipe clusters. Row filters (keep rows
/// where a column is / is not one of some values, or a number is within a bound; all must hold)
/// and outlier rules (|z| >= t or outside k x IQR, dropped or clipped) are edited here, and the
/// rows kept out of the total is counted on a worker after every change, before any run.
class RowRulesPanel : public QGroupBox {
    Q_OBJECT
public:
    /// `selectedColumns` gives the columns selected in the inspector (outlier rules apply to
    /// them).
    RowRulesPanel(Document* document, DocumentController* controller,
                  std::function<QStringList()> selectedColumns, QWidget* parent = nullptr);

    QLabel* countLabel() const { return m_count; }
    QListWidget* filterList() const { return m_filters; }
    QListWidget* outlierList() const { return m_outliers; }
    QComboBox* filterColumnCombo() const { return m_filterColumn; }
    QComboBox* filterOpCombo() const { return m_filterOp; }
    QLineEdit* filterValueEdit() const { return m_filterValue; }
    QPushButton* addFilterButton() const { return m_addFilter; }
    QPushButton* removeFilterButton() const { return m_removeFilter; }
    QComboBox* methodCombo() const { return m_method; }
    QDoubleSpinBox* thresholdSpin() const { return m_threshold; }
    QComboBox* actionCombo() const { return m_action; }
    QPushButton* addOutlierButton() const { return m_addOutlier; }

private:
    void retranslate();
    void fillColumns();
    void showRules();
    void addFilter();
    void removeFilter();
    void addOutlierRule();
    void removeOutlierRule();
    void recount();
    void showCount(const core::RowCounts& counts, const QString& error);
    QString ruleText(const core::OutlierRule& rule) const;

    Document* m_document;
    DocumentController* m_controller;
    std::function<QStringList()> m_selectedColumns;
    QLabel* m_count;
    QTimer* m_recountSoon; ///< one count after a burst of changes (new data, then its recipe)
    QLabel* m_filtersTitle;
    QListWidget* m_filters;
    QComboBox* m_filterColumn;
    QComboBox* m_filterOp;
    QLineEdit* m_filterValue;
    QPushButton* m_addFilter;
    QPushButton* m_removeFilter;
    QLabel* m_outliersTitle;
    QListWidget* m_outliers;
    QComboBox* m_method;
    QDoubleSpinBox* m_threshold;
    QComboBox* m_action;
    QPushButton* m_addOutlier;
    QPushButton* m_removeOutlier;
};

} // namespace gugus::ui
