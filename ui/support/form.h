#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QString>

namespace gugus::ui {

/// Sets the text of the label a QFormLayout made for `field` (rows are added with a placeholder
/// label and worded by the widget's retranslate()).
inline void setFormLabel(QFormLayout* form, QWidget* field, const QString& text) {
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
        label->setText(text);
    }
}

} // namespace gugus::ui
