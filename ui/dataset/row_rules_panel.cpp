#include "dataset/row_rules_panel.h"

#include "controllers/document_controller.h"
#include "state/document.h"
#include "support/combo.h"
#include "support/format.h"
#include "support/live_update.h"
#include "support/message.h"
#include "support/slot_timing.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace gugus::ui {

namespace {

/// What the filter editor offers; "is" / "is not" take one value or several separated by "|".
enum class FilterChoice { Is, IsNot, AtLeast, AtMost };
constexpr FilterChoice kChoices[] = {FilterChoice::Is, FilterChoice::IsNot, FilterChoice::AtLeast,
                                     FilterChoice::AtMost};
constexpr core::OutlierMethod kMethods[] = {core::OutlierMethod::ZScore, core::OutlierMethod::Iqr};
constexpr core::OutlierAction kActions[] = {core::OutlierAction::Drop, core::OutlierAction::Clip};

/// A number typed in the user's locale (1.234,5 in Indonesian) or in C form.
std::optional<double> typedNumber(const QString& text) {
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok) {
        v = QLocale::c().toDouble(text, &ok);
    }
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

} // namespace

RowRulesPanel::RowRulesPanel(Document* document, DocumentController* controller,
                             std::function<QStringList()> selectedColumns, QWidget* parent)
    : QGroupBox(parent), m_document(document), m_controller(controller),
      m_selectedColumns(std::move(selectedColumns)), m_count(new QLabel(this)),
      m_recountSoon(new QTimer(this)), m_filtersTitle(new QLabel(this)),
      m_filters(new QListWidget(this)), m_filterColumn(new QComboBox(this)),
      m_filterOp(new QComboBox(this)), m_filterValue(new QLineEdit(this)),
      m_addFilter(new QPushButton(this)), m_removeFilter(new QPushButton(this)),
      m_outliersTitle(new QLabel(this)), m_outliers(new QListWidget(this)),
      m_method(new QComboBox(this)), m_threshold(new QDoubleSpinBox(this)),
      m_action(new QComboBox(this)), m_addOutlier(new QPushButton(this)),
      m_removeOutlier(new QPushButton(this)) {
    m_count->setWordWrap(true);
    m_count->setTextFormat(Qt::RichText);
    // Changes come in bursts: new data, then the recipe its perspective sets. Counting a million
    // rows on each would start a job only for the next one to replace it, so the count starts
    // once the burst is over (the next turn of the event loop).
    m_recountSoon->setSingleShot(true);
    m_recountSoon->setInterval(0);
    connect(m_recountSoon, &QTimer::timeout, this, [this] {
        if (m_document->hasData()) {
            m_controller->countRows();
        }
    });
    for (FilterChoice c : kChoices) {
        addEnumItem(m_filterOp, c);
    }
    for (core::OutlierMethod m : kMethods) {
        addEnumItem(m_method, m);
    }
    for (core::OutlierAction a : kActions) {
        addEnumItem(m_action, a);
    }
    m_threshold->setRange(0.1, 100.0);
    m_threshold->setDecimals(2);
    m_threshold->setSingleStep(0.5);
    m_threshold->setValue(3.0);
    m_filters->setMaximumHeight(fontMetrics().height() * 5);
    m_outliers->setMaximumHeight(fontMetrics().height() * 5);

    auto* filterEditor = new QHBoxLayout;
    filterEditor->addWidget(m_filterColumn, 2);
    filterEditor->addWidget(m_filterOp, 1);
    filterEditor->addWidget(m_filterValue, 2);
    filterEditor->addWidget(m_addFilter);
    auto* outlierEditor = new QHBoxLayout;
    outlierEditor->addWidget(m_method, 1);
    outlierEditor->addWidget(m_threshold);
    outlierEditor->addWidget(m_action, 1);
    outlierEditor->addWidget(m_addOutlier, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(m_filtersTitle);
    layout->addWidget(m_filters);
    layout->addLayout(filterEditor);
    layout->addWidget(m_removeFilter, 0, Qt::AlignLeft);
    layout->addWidget(m_outliersTitle);
    layout->addWidget(m_outliers);
    layout->addLayout(outlierEditor);
    layout->addWidget(m_removeOutlier, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_addFilter, &QPushButton::clicked, this, &RowRulesPanel::addFilter);
    connect(m_filterValue, &QLineEdit::returnPressed, this, &RowRulesPanel::addFilter);
    connect(m_removeFilter, &QPushButton::clicked, this, &RowRulesPanel::removeFilter);
    connect(m_addOutlier, &QPushButton::clicked, this, &RowRulesPanel::addOutlierRule);
    connect(m_removeOutlier, &QPushButton::clicked, this, &RowRulesPanel::removeOutlierRule);
    connect(m_filters, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeFilter->setEnabled(row >= 0); });
    connect(m_outliers, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeOutlier->setEnabled(row >= 0); });
    // New data always comes with recipeChanged next, which shows the rules and counts the rows:
    // counting here too would start a job over every row only for the next to replace it.
    connect(document, &Document::dataChanged, this,
            timedSlot(this, "dataChanged", [this] { fillColumns(); }));
    connect(document, &Document::recipeChanged, this, &RowRulesPanel::showRules);
    connect(controller, &DocumentController::rowsCounted, this, &RowRulesPanel::showCount);
    onLanguageChange(this, [this] {
        retranslate();
        showRules();
    });
    retranslate();
    fillColumns();
    showRules();
}

void RowRulesPanel::retranslate() {
    setTitle(tr("Rows"));
    m_filtersTitle->setText(tr("Keep only rows where (all must hold):"));
    setEnumText(m_filterOp, FilterChoice::Is, tr("is"));
    setEnumText(m_filterOp, FilterChoice::IsNot, tr("is not"));
    setEnumText(m_filterOp, FilterChoice::AtLeast, tr("is at least"));
    setEnumText(m_filterOp, FilterChoice::AtMost, tr("is at most"));
    m_filterValue->setPlaceholderText(tr("value, or a|b|c"));
    m_filterValue->setToolTip(tr("One value, or several separated by | (e.g. Jakarta|Bogor). A "
                                 "missing value matches no value."));
    m_addFilter->setText(tr("Add filter"));
    m_removeFilter->setText(tr("Remove filter"));
    m_outliersTitle->setText(tr("Outlier rules (computed on the rows the filters keep):"));
    setEnumText(m_method, core::OutlierMethod::ZScore, tr("|z| at least"));
    setEnumText(m_method, core::OutlierMethod::Iqr, tr("outside k × IQR, k ="));
    setEnumText(m_action, core::OutlierAction::Drop, tr("drop the row"));
    setEnumText(m_action, core::OutlierAction::Clip, tr("clip the value"));
    m_addOutlier->setText(tr("Apply to selected columns"));
    m_addOutlier->setToolTip(tr("Sets this rule on the numeric columns selected in the column "
                                "list (replacing their earlier rule)."));
    m_removeOutlier->setText(tr("Remove rule"));
}

void RowRulesPanel::fillColumns() {
    m_filterColumn->clear();
    for (const core::Column& col : m_document->table().columns()) {
        m_filterColumn->addItem(QString::fromStdString(col.name()));
    }
}

QString RowRulesPanel::ruleText(const core::OutlierRule& rule) const {
    const QString column = QString::fromStdString(rule.column);
    const QString t = formatNumber(rule.threshold);
    const QString test = rule.method == core::OutlierMethod::ZScore
                             ? tr("|z| ≥ %1").arg(t)
                             : tr("outside Q1 − %1 × IQR, Q3 + %1 × IQR").arg(t);
    return rule.action == core::OutlierAction::Drop
               ? tr("%1: %2, drop the row").arg(column, test)
               : tr("%1: %2, clip the value").arg(column, test);
}

void RowRulesPanel::showRules() {
    const core::Recipe& recipe = m_document->recipe();
    m_filters->clear();
    for (const core::RowFilter& f : recipe.filters) {
        m_filters->addItem(QString::fromStdString(core::describeRowFilter(f)));
    }
    m_outliers->clear();
    for (const core::OutlierRule& rule : recipe.outliers) {
        m_outliers->addItem(ruleText(rule));
    }
    m_removeFilter->setEnabled(false);
    m_removeOutlier->setEnabled(false);
    setEnabled(m_document->hasData());
    recount();
}

void RowRulesPanel::recount() {
    if (!m_document->hasData()) {
        m_recountSoon->stop();
        m_count->clear();
        return;
    }
    m_count->setText(tr("Counting the rows the filters keep…"));
    m_recountSoon->start();
}

void RowRulesPanel::showCount(const core::RowCounts& c, const QString& error) {
    if (m_recountSoon->isActive()) {
        return; // an older count: the rules changed since, and their count is about to start
    }
    if (!error.isEmpty()) {
        m_count->setText(tr("<b>Rows kept: unknown</b> — %1").arg(error.toHtmlEscaped()));
        return;
    }
    QString text = tr("<b>Rows kept: %L1 of %L2</b>").arg(c.kept).arg(c.input);
    QStringList parts;
    if (c.filteredOut > 0) {
        parts << tr("%L1 left out by the filters").arg(c.filteredOut);
    }
    if (c.outliers > 0) {
        parts << tr("%L1 dropped as outliers").arg(c.outliers);
    }
    if (c.missing > 0) {
        parts << tr("%L1 dropped for missing values").arg(c.missing);
    }
    if (!parts.isEmpty()) {
        text += QStringLiteral(" — ") + parts.join(QStringLiteral(", "));
    }
    m_count->setText(text);
}

void RowRulesPanel::addFilter() {
    const QString column = m_filterColumn->currentText();
    const QString value = m_filterValue->text().trimmed();
    if (column.isEmpty() || value.isEmpty()) {
        showWarning(this, tr("Add filter"), tr("Choose a column and type a value."));
        return;
    }
    core::RowFilter filter;
    filter.column = column.toStdString();
    const auto choice = currentEnum(m_filterOp, FilterChoice::Is);
    if (choice == FilterChoice::AtLeast || choice == FilterChoice::AtMost) {
        const auto index = m_document->table().indexOf(filter.column);
        if (!index || !m_document->table().column(*index).isNumericLike()) {
            showWarning(this, tr("Add filter"),
                        tr("%1 is not numeric: use \"is\" or \"is not\".").arg(column));
            return;
        }
        const auto bound = typedNumber(value);
        if (!bound) {
            showWarning(this, tr("Add filter"), tr("\"%1\" is not a number.").arg(value));
            return;
        }
        filter.op =
            choice == FilterChoice::AtLeast ? core::FilterOp::AtLeast : core::FilterOp::AtMost;
        filter.bound = *bound;
    } else {
        filter.op = choice == FilterChoice::Is ? core::FilterOp::OneOf : core::FilterOp::NoneOf;
        for (const QString& v : value.split(QLatin1Char('|'))) {
            if (!v.trimmed().isEmpty()) {
                filter.values.push_back(v.trimmed().toStdString());
            }
        }
    }
    core::Recipe recipe = m_document->recipe();
    recipe.filters.push_back(std::move(filter));
    m_filterValue->clear();
    m_document->setRecipe(std::move(recipe));
}

void RowRulesPanel::removeFilter() {
    const int row = m_filters->currentRow();
    core::Recipe recipe = m_document->recipe();
    if (row < 0 || row >= int(recipe.filters.size())) {
        return;
    }
    recipe.filters.erase(recipe.filters.begin() + row);
    m_document->setRecipe(std::move(recipe));
}

void RowRulesPanel::addOutlierRule() {
    QStringList numeric;
    QStringList skipped;
    for (const QString& name : m_selectedColumns()) {
        const auto index = m_document->table().indexOf(name.toStdString());
        (index && m_document->table().column(*index).isNumericLike() ? numeric : skipped) << name;
    }
    if (numeric.isEmpty()) {
        showWarning(this, tr("Outlier rule"),
                    tr("Select one or more numeric columns in the column list first."));
        return;
    }
    core::Recipe recipe = m_document->recipe();
    for (const QString& name : numeric) {
        const std::string column = name.toStdString();
        std::erase_if(recipe.outliers,
                      [&](const core::OutlierRule& r) { return r.column == column; });
        recipe.outliers.push_back({column, currentEnum(m_method, core::OutlierMethod::ZScore),
                                   m_threshold->value(),
                                   currentEnum(m_action, core::OutlierAction::Drop)});
    }
    m_document->setRecipe(std::move(recipe));
    if (!skipped.isEmpty()) {
        showInformation(
            this, tr("Outlier rule"),
            tr("Not numeric, so left without a rule: %1.").arg(skipped.join(QStringLiteral(", "))));
    }
}

void RowRulesPanel::removeOutlierRule() {
    const int row = m_outliers->currentRow();
    core::Recipe recipe = m_document->recipe();
    if (row < 0 || row >= int(recipe.outliers.size())) {
        return;
    }
    recipe.outliers.erase(recipe.outliers.begin() + row);
    m_document->setRecipe(std::move(recipe));
}

} // namespace gugus::ui
