#pragma once

#include "data/column_display.h"
#include "report/number_format.h"
#include "report/unit_format.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace gugus::ui {

/// Columns as people read them: the display label instead of the raw name, and values with their
/// unit in the UI language ("Rp 341,8 jt" in Indonesian, "IDR 341.8 M" in English, "53 tahun").
/// A value type over core::ColumnDisplays; columns without a display show their name and plain
/// numbers, so every view can use it unconditionally.
class ColumnLabels {
    Q_DECLARE_TR_FUNCTIONS(gugus::ui::ColumnLabels)
public:
    ColumnLabels() = default;
    explicit ColumnLabels(core::ColumnDisplays displays) : m_displays(std::move(displays)) {}

    const core::ColumnDisplays& displays() const { return m_displays; }
    /// The column's display (a default one when it has none).
    core::ColumnDisplay display(const std::string& column) const;
    /// The label, or the column name when no label was given.
    QString label(const std::string& column) const;
    QString label(const QString& column) const { return label(column.toStdString()); }
    /// A stored value of the column in words: scaled to units, money compacted with the currency
    /// ("Rp 1,2 M"), other units appended ("53 tahun"); NaN shows as an en dash.
    QString value(const std::string& column, double stored, int significant = 4) const;
    /// The same with a table column's fixed decimals for plain numbers (money stays compact).
    QString value(const std::string& column, double stored,
                  const report::NumberColumn& decimals) const;
    /// The column holds money (its unit is a currency code).
    bool isMoney(const std::string& column) const;

    /// An amount in units of `currency` ("IDR", "USD"), compacted to thousands / millions /
    /// billions / trillions with one decimal: "Rp 341,8 jt" (Indonesian), "IDR 341.8 M".
    static QString money(double amount, const std::string& currency);
    /// The symbol of a currency code in the UI language (IDR: "Rp"); other codes as they are.
    static QString currencySymbol(const std::string& currency);

private:
    /// The amount words (Rp, rb, jt ...) in the UI language.
    static report::UnitWords unitWords();

    core::ColumnDisplays m_displays;
};

} // namespace gugus::ui
