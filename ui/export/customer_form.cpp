#include "export/customer_form.h"

#include "state/document.h"
#include "support/column_labels.h"
#include "support/typed_value.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::ui {

namespace {

/// A number as the engine reads it (C locale, shortest round trip).
QString engineNumber(double v) {
    return QLocale::c().toString(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace

CustomerForm::CustomerForm(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_form(new QFormLayout(this)) {}

void CustomerForm::clear() {
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    m_fields.clear();
}

void CustomerForm::setModel(const core::SegmentModel& m, bool current) {
    clear();
    const core::Table* data = current && m_document->hasData() ? &m_document->table() : nullptr;
    for (const std::string& name : core::customerColumns(m)) {
        Field field;
        field.column = QString::fromStdString(name);
        const auto ref =
            std::find_if(m.columns.begin(), m.columns.end(),
                         [&](const core::ColumnReference& c) { return c.name == name; });
        const bool product =
            m.offers && std::find(m.offers->products.begin(), m.offers->products.end(), name) !=
                            m.offers->products.end();
        QStringList choices;
        if (ref != m.columns.end() && ref->categorical) {
            field.kind = Field::Kind::Category;
            for (const auto& label : ref->labels) {
                choices << QString::fromStdString(label);
            }
        } else if (product && ref == m.columns.end()) {
            field.kind = Field::Kind::Product;
        } else if (ref != m.columns.end()) {
            field.kind = Field::Kind::Number;
            field.min = ref->min;
            field.max = ref->max;
        } else if (const auto at = data ? data->indexOf(name) : std::nullopt) {
            // Read only by the row rules: the model keeps no list of its values, the open data
            // it was trained on does.
            field.ruleOnly = true;
            const core::Column& column = data->column(*at);
            if (column.type() == core::ColumnType::Categorical) {
                field.kind = Field::Kind::Category;
                for (const auto& label : column.categories()) {
                    choices << QString::fromStdString(label);
                }
            } else {
                field.kind = Field::Kind::Number;
                field.min = field.max = std::numeric_limits<double>::quiet_NaN();
            }
        } else {
            field.kind = Field::Kind::Text; // a model file's row-rule column: free text
            field.ruleOnly = true;
        }
        addField(std::move(field), choices);
    }
    retranslate();
}

void CustomerForm::addField(Field field, const QStringList& choices) {
    QWidget* widget = nullptr;
    if (field.kind == Field::Kind::Category || field.kind == Field::Kind::Product) {
        field.combo = new QComboBox(this);
        field.combo->addItem(QString(), QString());
        if (field.kind == Field::Kind::Product) {
            field.combo->addItem(QString(), QStringLiteral("1"));
            field.combo->addItem(QString(), QStringLiteral("0"));
        }
        for (const QString& c : choices) {
            field.combo->addItem(c, c);
        }
        widget = field.combo;
    } else {
        // No validator: a number may carry its unit and step word ("Rp 565,6 jt"); values()
        // reads it and names the field when it is no number.
        field.edit = new QLineEdit(this);
        field.unit = new QLabel(this);
        field.hint = new QLabel(this);
        // A range of amounts is long ("rentang data pelatihan Rp 96,0 jt – Rp 895,0 jt"): it
        // wraps beside a field kept wide enough for a number, not squeezing the field.
        field.hint->setWordWrap(true);
        field.edit->setMinimumWidth(field.edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) *
                                    12);
        auto* row = new QWidget(this);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(field.edit, 1);
        layout->addWidget(field.unit);
        layout->addWidget(field.hint);
        widget = row;
    }
    // Columns as the views name them (their display label), the data's name in the tooltip.
    widget->setToolTip(field.column);
    m_form->addRow(m_document->columnLabels().label(field.column), widget);
    m_fields.push_back(field);
}

QString CustomerForm::rangeText(const Field& f) const {
    const ColumnLabels& labels = m_document->columnLabels();
    const std::string column = f.column.toStdString();
    if (labels.isMoney(column)) { // as the Overview shows amounts: "Rp 12,3 jt"
        return tr("training range %1 – %2")
            .arg(labels.value(column, f.min), labels.value(column, f.max));
    }
    return tr("training range %1 – %2")
        .arg(typingValue(labels, column, f.min), typingValue(labels, column, f.max));
}

void CustomerForm::retranslate() {
    const ColumnLabels& labels = m_document->columnLabels();
    for (Field& f : m_fields) {
        if (f.combo) {
            f.combo->setItemText(0, f.kind == Field::Kind::Product ? tr("(not known)")
                                                                   : tr("(missing)"));
            if (f.kind == Field::Kind::Product) {
                f.combo->setItemText(1, tr("owns it"));
                f.combo->setItemText(2, tr("does not own it"));
            }
            if (f.ruleOnly) {
                f.combo->setToolTip(tr("%1, read by the model's row rules").arg(f.column));
            }
        }
        if (!f.edit) {
            continue;
        }
        const std::string column = f.column.toStdString();
        const bool number = f.kind == Field::Kind::Number;
        f.unit->setText(number ? typingUnit(labels, column) : QString());
        f.unit->setVisible(!f.unit->text().isEmpty());
        if (number && std::isfinite(f.min)) {
            f.hint->setText(rangeText(f));
        } else if (number && !f.ruleOnly) {
            f.hint->setText(tr("a number"));
        } else {
            f.hint->setText(tr("read by the model's row rules"));
        }
        f.edit->setPlaceholderText(
            number && labels.isMoney(column)
                ? tr("e.g. %1; empty = missing")
                      .arg(typingValue(labels, column,
                                       std::isfinite(f.min) ? (f.min + f.max) / 2 : 0.0))
                : tr("empty = missing"));
    }
}

QStringList CustomerForm::columns() const {
    QStringList out;
    for (const Field& f : m_fields) {
        out << f.column;
    }
    return out;
}

bool CustomerForm::setValue(const QString& column, const QString& text) {
    for (const Field& f : m_fields) {
        if (f.column != column) {
            continue;
        }
        if (f.edit) {
            f.edit->setText(text);
            return true;
        }
        const int i = f.combo->findData(text);
        f.combo->setCurrentIndex(i);
        return i >= 0;
    }
    return false;
}

QString CustomerForm::hint(const QString& column) const {
    for (const Field& f : m_fields) {
        if (f.column == column && f.kind == Field::Kind::Number) {
            return f.hint->text();
        }
    }
    return {};
}

QString CustomerForm::unit(const QString& column) const {
    for (const Field& f : m_fields) {
        if (f.column == column && f.unit) {
            return f.unit->text();
        }
    }
    return {};
}

std::optional<std::vector<core::CustomerValue>> CustomerForm::values(QString& error) const {
    const ColumnLabels& labels = m_document->columnLabels();
    std::vector<core::CustomerValue> out;
    for (const Field& f : m_fields) {
        QString text = f.combo ? f.combo->currentData().toString() : f.edit->text().trimmed();
        if (f.kind == Field::Kind::Number && !text.isEmpty()) {
            const std::string column = f.column.toStdString();
            const auto stored = storedValue(labels, column, text);
            if (!stored) {
                error =
                    labels.isMoney(column)
                        ? tr("%1: \"%2\" is not an amount (for example %3).")
                              .arg(labels.label(column), text,
                                   typingValue(labels, column, std::isfinite(f.min) ? f.min : 0.0))
                        : tr("%1: \"%2\" is not a number.").arg(labels.label(column), text);
                f.edit->setFocus();
                return std::nullopt;
            }
            text = engineNumber(*stored);
        }
        if (!text.isEmpty()) {
            out.push_back({f.column.toStdString(), text.toStdString()});
        }
    }
    return out;
}

} // namespace gugus::ui
