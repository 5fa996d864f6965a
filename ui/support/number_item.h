#pragma once

#include <QTableWidgetItem>

namespace gugus::ui {

/// A read-only table cell holding a number: right-aligned so a column's digits line up, and
/// sorted by its value, not its text ("1.234" after "987" in Indonesian). Give a column's cells
/// the same decimals (NumberColumn in support/format.h).
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(const QString& text, double value) : QTableWidgetItem(text), m_value(value) {
        setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setData(Qt::UserRole, value);
    }
    double value() const { return m_value; }
    bool operator<(const QTableWidgetItem& other) const override {
        const auto* o = dynamic_cast<const NumberItem*>(&other);
        return o ? m_value < o->m_value : QTableWidgetItem::operator<(other);
    }

private:
    double m_value;
};

} // namespace gugus::ui
