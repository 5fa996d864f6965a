#pragma once

#include "support/column_labels.h"

#include <QString>

#include <optional>
#include <string>

namespace gugus::ui {

/// Numbers a person types for a column, in the units the views show its values in (the column's
/// display: label, unit and scale; ColumnLabels), and back to the stored units the engine reads.
/// An income stored in millions of rupiah is shown "Rp 565,6 jt" and typed "565,6 jt".

/// What a number typed for the column is counted in: the currency's symbol for money ("Rp"),
/// else the unit ("tahun"), "" for plain numbers.
QString typingUnit(const ColumnLabels& labels, const std::string& column);

/// A stored value in the column's display units without the unit: stored × the display scale,
/// money compacted as the views show it ("565,6 jt"), other numbers with `significant` digits.
QString typingValue(const ColumnLabels& labels, const std::string& column, double stored,
                    int significant = 6);

/// A number typed in the column's display units, as typingValue() writes it, in stored units
/// (divided by the display scale): digits in the UI locale; for money optionally the currency
/// symbol or code before it and the UI language's step word after it ("Rp 565,6 jt",
/// "565,6 jt", "565.600.000"); for other units optionally the unit after it ("53 tahun").
/// Nothing when the text is no such number.
std::optional<double> storedValue(const ColumnLabels& labels, const std::string& column,
                                  const QString& typed);

} // namespace gugus::ui
