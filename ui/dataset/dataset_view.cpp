#include "dataset/dataset_view.h"

#include "controllers/document_controller.h"
#include "data/duplicate_ids.h"
#include "dataset/column_display_editor.h"
#include "dataset/column_list_model.h"
#include "dataset/data_table_model.h"
#include "dataset/row_rules_panel.h"
#include "state/document.h"
#include "support/combo.h"
#include "support/eliding_header.h"
#include "support/form.h"
#include "support/format.h"
#include "support/labels.h"
#include "support/live_update.h"
#include "support/message.h"
#include "support/slot_timing.h"
#include "support/windowed_table.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace gugus::ui {

namespace {

constexpr core::ColumnType kTypes[] = {core::ColumnType::Numeric, core::ColumnType::Binary,
                                       core::ColumnType::Categorical, core::ColumnType::Id};
constexpr core::Role kRoles[] = {core::Role::Feature, core::Role::ProfileOnly, core::Role::Id,
                                 core::Role::Ignore};
constexpr core::Imputation kImputations[] = {
    core::Imputation::Median, core::Imputation::Mean, core::Imputation::MostFrequent,
    core::Imputation::Constant, core::Imputation::DropRows};
constexpr core::Encoding kEncodings[] = {core::Encoding::OneHot, core::Encoding::Ordinal};
constexpr core::Transform kTransforms[] = {core::Transform::None, core::Transform::Log1p};
constexpr core::Scaling kScalings[] = {core::Scaling::Standard, core::Scaling::MinMax,
                                       core::Scaling::Robust, core::Scaling::None};
const char* const kGroupKeys[] = {"Demographics", "Money", "Behaviour", "Products", "Other"};

/// A combo with one item per value (texts come from fillCombos()).
template <class E, std::size_t N> QComboBox* newCombo(QWidget* parent, const E (&values)[N]) {
    auto* combo = new QComboBox(parent);
    for (E value : values) {
        addEnumItem(combo, value);
    }
    return combo;
}

/// The open data's load notice of `kind`, or null.
const core::CsvNotice* loadNotice(const Document& document, core::CsvNotice::Kind kind) {
    if (const auto data = document.data()) {
        for (const core::CsvNotice& n : data->notices) {
            if (n.kind == kind) {
                return &n;
            }
        }
    }
    return nullptr;
}

} // namespace

DatasetView::DatasetView(Document* document, DocumentController* controller, QWidget* parent)
    : QWidget(parent), m_document(document), m_controller(controller),
      m_tableModel(new DataTableModel(document, this)),
      m_columnModel(new ColumnListModel(document, this)), m_table(new WindowedTable(this)),
      m_columns(new QTableView(this)), m_selectedOnly(new QCheckBox(this)),
      m_selectionLabel(new QLabel(this)), m_editor(new QGroupBox(this)),
      m_rowRules(new RowRulesPanel(
          document, controller, [this] { return selectedColumnNames(); }, this)),
      m_display(new ColumnDisplayEditor(document, this)) {
    // The table shows the rows that fit through a window over the data (a million rows cost
    // the GUI thread nothing more than a screenful).
    QTableView* table = m_table->view();
    table->setHorizontalHeader(new ElidingHeader(Qt::Horizontal, table));
    m_table->setModel(m_tableModel);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    table->horizontalHeader()->setDefaultSectionSize(120);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);

    m_columns->setModel(m_columnModel);
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columns->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_columns->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DatasetView::showCurrentColumn);

    // --- column editor ---------------------------------------------------------------------
    m_form = new QFormLayout(m_editor);
    m_type = newCombo(m_editor, kTypes);
    m_role = newCombo(m_editor, kRoles);
    m_group = new QComboBox(m_editor);
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_imputation = newCombo(m_editor, kImputations);
    m_constant = new QDoubleSpinBox(m_editor);
    m_constant->setRange(-1e15, 1e15);
    m_constant->setDecimals(4);
    m_encoding = newCombo(m_editor, kEncodings);
    m_transform = newCombo(m_editor, kTransforms);
    m_scaling = newCombo(m_editor, kScalings);
    m_details = new QLabel(m_editor);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_type, m_role, m_group, m_imputation, m_constant,
                                         m_encoding, m_transform, m_scaling}) {
        m_form->addRow(QStringLiteral("-"), w);
    }
    m_form->addRow(m_details);
    m_editor->setMinimumWidth(300);

    connect(m_type, &QComboBox::activated, this,
            [this](int i) { changeType(enumAt<core::ColumnType>(m_type, i)); });
    connect(m_role, &QComboBox::activated, this, [this](int i) {
        editSpecs([&](core::ColumnSpec& s) { s.role = enumAt<core::Role>(m_role, i); });
    });
    connect(m_group, &QComboBox::activated, this, [this](int i) {
        const QString key = m_group->itemData(i).toString();
        editSpecs([&](core::ColumnSpec& s) { s.group = key.toStdString(); });
    });
    connect(m_group->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_updating) {
            return;
        }
        // Typed text: a known group's translated name maps back to its key.
        QString key = m_group->currentText().trimmed();
        for (const char* k : kGroupKeys) {
            if (groupDisplayName(QString::fromLatin1(k)) == key) {
                key = QString::fromLatin1(k);
            }
        }
        editSpecs([&](core::ColumnSpec& s) { s.group = key.toStdString(); });
    });
    connect(m_imputation, &QComboBox::activated, this, [this](int i) {
        editSpecs(
            [&](core::ColumnSpec& s) { s.imputation = enumAt<core::Imputation>(m_imputation, i); });
    });
    connect(m_constant, &QDoubleSpinBox::editingFinished, this, [this] {
        const double v = m_constant->value();
        editSpecs([&](core::ColumnSpec& s) { s.constant = v; });
    });
    connect(m_encoding, &QComboBox::activated, this, [this](int i) {
        editSpecs([&](core::ColumnSpec& s) { s.encoding = enumAt<core::Encoding>(m_encoding, i); });
    });
    connect(m_transform, &QComboBox::activated, this, [this](int i) {
        editSpecs(
            [&](core::ColumnSpec& s) { s.transform = enumAt<core::Transform>(m_transform, i); });
    });
    connect(m_scaling, &QComboBox::activated, this, [this](int i) {
        editSpecs([&](core::ColumnSpec& s) { s.scaling = enumAt<core::Scaling>(m_scaling, i); });
    });
    connect(controller, &DocumentController::conversionFinished, this,
            [this](const QString& column, qint64 unparsed, const Outcome& outcome) {
                if (!outcome.ok()) {
                    if (outcome.failed()) {
                        showWarning(this, tr("Cannot change the type"), outcome.error);
                    }
                    showCurrentColumn();
                    return;
                }
                selectColumns({column});
                if (unparsed > 0) {
                    showInformation(this, tr("Type changed"),
                                    tr("%L1 values of %2 are not numbers and are now missing.")
                                        .arg(unparsed)
                                        .arg(column));
                }
            });

    connect(m_selectedOnly, &QCheckBox::toggled, m_tableModel, &DataTableModel::setSelectedOnly);
    connect(document, &Document::selectionChanged, this, &DatasetView::updateSelectionLabel);
    connect(document, &Document::recipeChanged, this, [this] {
        showCurrentColumn();
        updateSelectionLabel(); // a column's role may have become or stopped being the id
    });
    connect(document, &Document::displayChanged, this, &DatasetView::updateSelectionLabel);
    // The column list sizes its columns itself (ResizeToContents): measuring them here as well
    // laid out every cell's text once more on the GUI thread (a few ms of an opening's stall).
    connect(document, &Document::dataChanged, this, timedSlot(this, "dataChanged", [this] {
                if (m_columnModel->rowCount() > 0) {
                    m_columns->selectRow(0);
                }
                showCurrentColumn();
                updateSelectionLabel(); // the new data's encoding note
            }));

    // Row counts, the selection and repeated ids: wrapped, so a long sentence (Indonesian more
    // so) never makes the window wider than a 1,280 px screen.
    m_selectionLabel->setWordWrap(true);
    auto* tableBar = new QHBoxLayout;
    tableBar->addWidget(m_selectionLabel, 1);
    tableBar->addWidget(m_selectedOnly);
    auto* tablePane = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(tableBar);
    tableLayout->addWidget(m_table, 1);

    auto* editors = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editors);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor);
    editorLayout->addWidget(m_display);
    connect(m_display, &ColumnDisplayEditor::saveRequested, this,
            [this] { m_controller->saveDisplayFile(); });
    editorLayout->addStretch(1);
    auto* inspector = new QSplitter(Qt::Horizontal, this);
    inspector->addWidget(m_columns);
    inspector->addWidget(editors);
    inspector->addWidget(m_rowRules);
    inspector->setStretchFactor(0, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tablePane);
    splitter->addWidget(inspector);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    onLanguageChange(this, [this] {
        retranslate();
        m_tableModel->refresh();
        m_columnModel->refresh();
        showCurrentColumn();
        updateSelectionLabel();
    });
    retranslate();
    showCurrentColumn();
    updateSelectionLabel();
}

void DatasetView::retranslate() {
    m_editor->setTitle(tr("Column settings"));
    setFormLabel(m_form, m_type, tr("Type"));
    setFormLabel(m_form, m_role, tr("Role"));
    setFormLabel(m_form, m_group, tr("Group"));
    setFormLabel(m_form, m_imputation, tr("Missing values"));
    setFormLabel(m_form, m_constant, tr("Fill value"));
    setFormLabel(m_form, m_encoding, tr("Encoding"));
    setFormLabel(m_form, m_transform, tr("Transform"));
    setFormLabel(m_form, m_scaling, tr("Scaling"));
    m_role->setToolTip(tr("Feature: used to build the segments. Profile only: described per "
                          "segment but not clustered on. Identifier: names the customer."));
    m_selectedOnly->setText(tr("Show selected rows only"));
    fillCombos();
}

void DatasetView::fillCombos() {
    const bool was = m_updating;
    m_updating = true;
    for (core::ColumnType t : kTypes) {
        setEnumText(m_type, t, typeName(t));
    }
    for (core::Role r : kRoles) {
        setEnumText(m_role, r, roleName(r));
    }
    for (core::Imputation i : kImputations) {
        setEnumText(m_imputation, i, imputationName(i));
    }
    for (core::Encoding e : kEncodings) {
        setEnumText(m_encoding, e, encodingName(e));
    }
    for (core::Transform t : kTransforms) {
        setEnumText(m_transform, t, transformName(t));
    }
    for (core::Scaling s : kScalings) {
        setEnumText(m_scaling, s, scalingName(s));
    }
    m_group->clear();
    QStringList keys;
    for (const char* k : kGroupKeys) {
        keys << QString::fromLatin1(k);
    }
    for (const QString& g : m_document->groups()) {
        if (!keys.contains(g)) {
            keys << g;
        }
    }
    for (const QString& k : keys) {
        m_group->addItem(groupDisplayName(k), k);
    }
    m_updating = was;
}

QStringList DatasetView::selectedColumnNames() const {
    QStringList names;
    for (const QModelIndex& index : m_columns->selectionModel()->selectedRows()) {
        names << QString::fromStdString(m_document->table().column(index.row()).name());
    }
    return names;
}

void DatasetView::selectColumns(const QStringList& names) {
    QItemSelection selection;
    for (int r = 0; r < m_columnModel->rowCount(); ++r) {
        if (names.contains(QString::fromStdString(m_document->table().column(r).name()))) {
            selection.select(m_columnModel->index(r, 0),
                             m_columnModel->index(r, ColumnListModel::Count - 1));
        }
    }
    m_columns->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void DatasetView::editSpecs(const std::function<void(core::ColumnSpec&)>& change) {
    if (m_updating) {
        return;
    }
    for (const QString& name : selectedColumnNames()) {
        if (const core::ColumnSpec* spec = m_document->recipe().find(name.toStdString())) {
            core::ColumnSpec edited = *spec;
            change(edited);
            m_document->setColumnSpec(edited);
        }
    }
}

void DatasetView::changeType(core::ColumnType type) {
    if (m_updating) {
        return;
    }
    const QStringList names = selectedColumnNames();
    if (names.size() != 1) {
        QMessageBox::information(this, tr("Change type"),
                                 tr("Select exactly one column to change its type."));
        showCurrentColumn();
        return;
    }
    m_controller->convertColumn(names.front(), type);
}

void DatasetView::showCurrentColumn() {
    const QStringList names = selectedColumnNames();
    m_editor->setEnabled(!names.isEmpty());
    m_display->showColumns(names);
    if (names.isEmpty()) {
        m_details->setText(tr("Select one or more columns to change how they are used."));
        return;
    }
    const auto index = m_document->table().indexOf(names.front().toStdString());
    const core::ColumnSpec* spec = m_document->recipe().find(names.front().toStdString());
    if (!index || !spec) {
        return;
    }
    const core::Column& column = m_document->table().column(*index);
    m_updating = true;
    fillCombos();
    selectEnum(m_type, column.type());
    selectEnum(m_role, spec->role);
    const int group = m_group->findData(QString::fromStdString(spec->group));
    if (group >= 0) {
        m_group->setCurrentIndex(group);
    } else {
        m_group->setEditText(QString::fromStdString(spec->group));
    }
    selectEnum(m_imputation, spec->imputation);
    m_constant->setValue(spec->constant);
    // An identifier names customers: nothing is imputed, encoded, transformed or scaled.
    const bool prepared = spec->role != core::Role::Id && column.type() != core::ColumnType::Id;
    m_imputation->setEnabled(prepared);
    m_constant->setEnabled(prepared && spec->imputation == core::Imputation::Constant);
    const bool categorical = column.type() == core::ColumnType::Categorical;
    selectEnum(m_encoding, spec->encoding);
    m_encoding->setEnabled(prepared && categorical);
    selectEnum(m_transform, spec->transform);
    m_transform->setEnabled(prepared && !categorical);
    selectEnum(m_scaling, spec->scaling);
    m_scaling->setEnabled(prepared);
    m_updating = false;

    // Details of the first selected column.
    const auto& st = column.stats();
    QString details;
    if (names.size() > 1) {
        details = tr("%1 columns selected: changes apply to all of them.").arg(names.size()) +
                  QStringLiteral("<br>");
    }
    details += QStringLiteral("<b>%1</b> — %2<br>")
                   .arg(names.front().toHtmlEscaped(), typeName(column.type()));
    details +=
        tr("%L1 values, %L2 missing, %L3 distinct").arg(st.count).arg(st.missing).arg(st.distinct);
    if (column.isNumericLike() && st.count > 0) {
        // Two groups that each share their decimals: the spread, and the quantiles (which are
        // data values, so whole numbers stay whole).
        const std::vector<double> spreadValues{st.mean, st.std};
        const NumberColumn spread(spreadValues, 4);
        const std::vector<double> quantileValues{st.min, st.q1, st.median, st.q3, st.max};
        const NumberColumn quantiles(quantileValues, 6);
        details += QStringLiteral("<br>") +
                   tr("mean %1, std. dev. %2<br>min %3, Q1 %4, median %5, Q3 %6, max %7")
                       .arg(spread.text(st.mean), spread.text(st.std), quantiles.text(st.min),
                            quantiles.text(st.q1), quantiles.text(st.median), quantiles.text(st.q3),
                            quantiles.text(st.max));
        if (st.nonFinite > 0) {
            details += QStringLiteral("<br>") +
                       tr("%L1 infinite values (left out of the statistics)").arg(st.nonFinite);
        }
        if (column.suggestCategorical()) {
            details += QStringLiteral("<br><i>") +
                       tr("Few whole-number values: consider the type Categorical.") +
                       QStringLiteral("</i>");
        }
    } else if (column.type() == core::ColumnType::Categorical) {
        std::vector<std::int64_t> counts(column.categories().size(), 0);
        for (const auto code : column.codes()) {
            if (code >= 0) {
                ++counts[std::size_t(code)];
            }
        }
        std::vector<std::size_t> order(counts.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return counts[a] > counts[b]; });
        QStringList top;
        for (std::size_t i = 0; i < order.size() && i < 6; ++i) {
            top << QStringLiteral("%1 (%2)").arg(
                QString::fromStdString(column.categories()[order[i]]).toHtmlEscaped(),
                formatPercent(double(counts[order[i]]) /
                              double(std::max<std::int64_t>(1, st.count))));
        }
        details +=
            QStringLiteral("<br>") + tr("Most frequent: %1").arg(top.join(QStringLiteral(", ")));
    }
    m_details->setText(details);
}

QString DatasetView::duplicateIdsText(const Document& document) {
    QStringList notes;
    for (const core::ColumnSpec& spec : document.recipe().columns) {
        const auto index = document.table().indexOf(spec.name);
        if (spec.role != core::Role::Id || !index) {
            continue;
        }
        if (const auto d = core::duplicateIds(document.table().column(*index))) {
            notes << tr("%1 has %L2 distinct ids in %L3 rows: some customers appear more than "
                        "once.")
                         .arg(document.columnLabels().label(d->column))
                         .arg(d->distinct)
                         .arg(d->values);
        }
    }
    return notes.join(QLatin1Char(' '));
}

QString DatasetView::encodingText(const Document& document) {
    if (const core::CsvNotice* n = loadNotice(document, core::CsvNotice::Kind::Utf16Transcoded)) {
        return tr("The file is %1 text: it was read as UTF-8, and files saved from it are UTF-8.")
            .arg(QString::fromStdString(n->detail));
    }
    return {};
}

QString DatasetView::rowLimitText(const Document& document) {
    if (const core::CsvNotice* n = loadNotice(document, core::CsvNotice::Kind::Truncated)) {
        return tr("Only the first %L1 rows of the file were read (the import's row limit).")
            .arg(n->count);
    }
    return {};
}

QString DatasetView::loadNotesText(const Document& document) {
    QStringList notes{encodingText(document), rowLimitText(document), duplicateIdsText(document)};
    notes.removeAll(QString());
    return notes.join(QLatin1Char(' '));
}

void DatasetView::updateSelectionLabel() {
    const auto n = m_document->selectedRows().size();
    QString text = n == 0 ? tr("%L1 rows × %L2 columns. Select customers on the map "
                               "(Segments view) to highlight them here.")
                                .arg(m_document->table().rowCount())
                                .arg(m_document->table().columnCount())
                          : tr("%L1 rows selected on the customer map (highlighted).").arg(n);
    if (const QString notes = loadNotesText(*m_document); !notes.isEmpty()) {
        text += QLatin1Char(' ') + notes;
    }
    m_selectionLabel->setText(text);
    m_selectedOnly->setEnabled(n > 0);
    if (n == 0 && m_selectedOnly->isChecked()) {
        m_selectedOnly->setChecked(false);
    }
}

QList<QPair<QString, QWidget*>> DatasetView::screenshotParts() {
    return {{QStringLiteral("table"), m_table},
            {QStringLiteral("columns"), m_columns},
            {QStringLiteral("rows"), m_rowRules}};
}

} // namespace gugus::ui
