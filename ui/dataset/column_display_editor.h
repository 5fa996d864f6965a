#pragma once

#include <QGroupBox>
#include <QStringList>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gugus::ui {

class Document;

/// The "Display" part of the column inspector: the label views and reports show instead of the
/// column name, the unit (a currency code such as IDR makes it money: summed per segment in the
/// Overview) and the scale of the stored values (an income kept in millions), with a preview of
/// how a value reads. The label applies to one column; unit and scale to every selected column.
/// Writes through Document::setColumnDisplay (display only: the analysis does not change).
class ColumnDisplayEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit ColumnDisplayEditor(Document* document, QWidget* parent = nullptr);

    /// Shows the display of these columns (the first one's values).
    void showColumns(const QStringList& columns);

    QLineEdit* labelEdit() const { return m_label; }
    QComboBox* unitCombo() const { return m_unit; }
    QComboBox* scaleCombo() const { return m_scale; }
    QLabel* preview() const { return m_preview; }
    QPushButton* saveButton() const { return m_save; }

signals:
    /// "Save beside the data" was pressed: write every column's display to the display file.
    void saveRequested();

private:
    void retranslate();
    void apply();
    void updatePreview();
    void updateSaveButton();

    Document* m_document;
    QFormLayout* m_form;
    QLineEdit* m_label;
    QComboBox* m_unit;
    QComboBox* m_scale;
    QLabel* m_preview;
    QPushButton* m_save;
    QStringList m_columns;
    bool m_updating = false;
};

} // namespace gugus::ui
