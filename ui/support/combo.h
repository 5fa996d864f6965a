#pragma once

#include <QComboBox>
#include <QVariant>

namespace gugus::ui {

/// Combo boxes whose items carry an enum value as item data (int(value)), so the order and the
/// set of items can change without any code reading an enum from an item's position.

/// Appends an item for `value` (its text is usually set by the widget's retranslate()).
template <class E> void addEnumItem(QComboBox* combo, E value, const QString& text = {}) {
    combo->addItem(text, QVariant::fromValue(int(value)));
}

/// The enum value of the current item (`fallback` when nothing is selected).
template <class E> E currentEnum(const QComboBox* combo, E fallback = E{}) {
    const QVariant data = combo->currentData();
    return data.isValid() ? E(data.toInt()) : fallback;
}

/// The enum value of item `index` (e.g. from QComboBox::activated).
template <class E> E enumAt(const QComboBox* combo, int index) {
    return E(combo->itemData(index).toInt());
}

/// Makes the item of `value` current (no-op when the combo has no such item).
template <class E> void selectEnum(QComboBox* combo, E value) {
    const int index = combo->findData(QVariant::fromValue(int(value)));
    if (index >= 0) {
        combo->setCurrentIndex(index);
    }
}

/// Sets the text of the item of `value`.
template <class E> void setEnumText(QComboBox* combo, E value, const QString& text) {
    const int index = combo->findData(QVariant::fromValue(int(value)));
    if (index >= 0) {
        combo->setItemText(index, text);
    }
}

} // namespace gugus::ui
