#pragma once

#include <QFormLayout>
#include <QLabel>

namespace gugus::ui {

/// Sets the text of the label a form shows beside `field` (retranslation of form rows).
inline void setFormLabel(QFormLayout* form, QWidget* field, const QString& text) {
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
        label->setText(text);
    }
}

} // namespace gugus::ui
