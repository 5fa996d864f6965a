#include "dataset/column_display_editor.h"

#include "controllers/document_controller.h"
#include "state/document.h"
#include "support/column_labels.h"
#include "support/combo.h"
#include "support/form.h"
#include "support/live_update.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace gugus::ui {

namespace {

constexpr core::ValueScale kScales[] = {core::ValueScale::Units, core::ValueScale::Thousands,
                                        core::ValueScale::Millions, core::ValueScale::Billions};

} // namespace

ColumnDisplayEditor::ColumnDisplayEditor(Document* document, QWidget* parent)
    : QGroupBox(parent), m_document(document), m_form(new QFormLayout(this)),
      m_label(new QLineEdit(this)), m_unit(new QComboBox(this)), m_scale(new QComboBox(this)),
      m_preview(new QLabel(this)), m_save(new QPushButton(this)) {
    m_label->setMaxLength(int(core::ColumnDisplay::kMaxLabel));
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->lineEdit()->setMaxLength(int(core::ColumnDisplay::kMaxUnit));
    for (const char* unit : {"", "IDR", "USD"}) {
        m_unit->addItem(QString::fromLatin1(unit));
    }
    for (core::ValueScale s : kScales) {
        addEnumItem(m_scale, s);
    }
    m_preview->setWordWrap(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_label, m_unit, m_scale}) {
        m_form->addRow(QStringLiteral("-"), w);
    }
    m_form->addRow(m_preview);
    m_form->addRow(m_save);
    connect(m_save, &QPushButton::clicked, this, &ColumnDisplayEditor::saveRequested);
    connect(document, &Document::dataChanged, this, &ColumnDisplayEditor::updateSaveButton);
    connect(m_label, &QLineEdit::editingFinished, this, &ColumnDisplayEditor::apply);
    connect(m_unit, &QComboBox::activated, this, &ColumnDisplayEditor::apply);
    connect(m_unit->lineEdit(), &QLineEdit::editingFinished, this, &ColumnDisplayEditor::apply);
    connect(m_scale, &QComboBox::activated, this, &ColumnDisplayEditor::apply);
    connect(document, &Document::displayChanged, this, [this] { showColumns(m_columns); });
    onLanguageChange(this, [this] {
        retranslate();
        showColumns(m_columns);
    });
    retranslate();
    showColumns({});
}

void ColumnDisplayEditor::retranslate() {
    setTitle(tr("Display"));
    setFormLabel(m_form, m_label, tr("Label"));
    setFormLabel(m_form, m_unit, tr("Unit"));
    setFormLabel(m_form, m_scale, tr("Values are in"));
    m_label->setPlaceholderText(tr("the column name"));
    m_label->setToolTip(tr("The name every view, card and report shows for this column"));
    m_unit->setToolTip(tr("A currency code (IDR, USD) marks money: amounts are shown with the "
                          "currency and summed per segment in the Overview. Any other text "
                          "(e.g. years) is written after the values."));
    m_scale->setToolTip(tr("What one stored value stands for, e.g. an income kept in millions"));
    m_unit->setItemText(0, tr("(none)"));
    setEnumText(m_scale, core::ValueScale::Units, tr("units"));
    setEnumText(m_scale, core::ValueScale::Thousands, tr("thousands"));
    setEnumText(m_scale, core::ValueScale::Millions, tr("millions"));
    setEnumText(m_scale, core::ValueScale::Billions, tr("billions"));
    m_save->setText(tr("Save labels beside the data"));
    updateSaveButton();
}

void ColumnDisplayEditor::updateSaveButton() {
    // The embedded sample (":/...") has no folder to write into.
    const QString source = m_document->sourcePath();
    const bool file =
        m_document->hasData() && !source.isEmpty() && !source.startsWith(QLatin1String(":/"));
    m_save->setVisible(file);
    if (file) {
        m_save->setToolTip(
            tr("Writes the labels, units and scales of every column to %1, which is read the next "
               "time %2 is opened (here and in gugus-cli --display).")
                .arg(QFileInfo(displayFilePathFor(source)).fileName(),
                     QFileInfo(source).fileName()));
    }
}

void ColumnDisplayEditor::showColumns(const QStringList& columns) {
    m_columns = columns;
    setEnabled(!columns.isEmpty());
    m_updating = true;
    const core::ColumnDisplay d =
        columns.isEmpty() ? core::ColumnDisplay{}
                          : m_document->columnLabels().display(columns.front().toStdString());
    m_label->setText(QString::fromStdString(d.label));
    // One label for several columns would make them indistinguishable.
    m_label->setEnabled(columns.size() == 1);
    if (d.unit.empty()) {
        m_unit->setCurrentIndex(0);
    } else {
        m_unit->setEditText(QString::fromStdString(d.unit));
    }
    selectEnum(m_scale, d.scale);
    m_updating = false;
    updatePreview();
}

void ColumnDisplayEditor::apply() {
    if (m_updating || m_columns.isEmpty()) {
        return;
    }
    QString unit = m_unit->currentText().trimmed();
    if (m_unit->currentIndex() == 0 && unit == m_unit->itemText(0)) {
        unit.clear(); // "(none)"
    }
    const auto scale = currentEnum<core::ValueScale>(m_scale);
    // Copied: each change re-shows the editor through displayChanged.
    const QStringList columns = m_columns;
    for (const QString& column : columns) {
        core::ColumnDisplay d = m_document->columnLabels().display(column.toStdString());
        if (columns.size() == 1) {
            d.label = m_label->text().trimmed().toStdString();
        }
        d.unit = unit.toStdString();
        d.scale = scale;
        m_document->setColumnDisplay(column.toStdString(), d);
    }
    updatePreview();
}

void ColumnDisplayEditor::updatePreview() {
    if (m_columns.isEmpty()) {
        m_preview->clear();
        return;
    }
    const std::string column = m_columns.front().toStdString();
    const ColumnLabels& labels = m_document->columnLabels();
    const auto index = m_document->table().indexOf(column);
    if (!index || !m_document->table().column(*index).isNumericLike()) {
        m_preview->setText(tr("Shown as: %1").arg(labels.label(column)));
        return;
    }
    const double mean = m_document->table().column(*index).stats().mean;
    m_preview->setText(
        tr("Shown as: %1, e.g. mean %2").arg(labels.label(column), labels.value(column, mean)));
}

} // namespace gugus::ui
