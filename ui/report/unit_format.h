#pragma once

#include "data/column_display.h"

#include <QLocale>
#include <QString>

#include <functional>
#include <string>

namespace gugus::report {

/// The words of amounts in one language: the rupiah's symbol and the suffixes of thousands,
/// millions, billions and trillions ("rb", "jt", "M", "T" in Indonesian). Shared by the desktop
/// program (its UI language) and the report (the report's own language), so both read alike.
struct UnitWords {
    QString rupiah = QStringLiteral("IDR");
    QString thousands; ///< the words of core::kCompactStepWords, translated
    QString millions;
    QString billions;
    QString trillions;
};

/// The words in one language: `wordFor` maps an English source text of the context
/// "gugus::report" to the language's words (the report's own translator, or the program's for
/// its UI language); the identity gives English, as gugus-cli writes it.
UnitWords unitWords(const std::function<QString(const char* source)>& wordFor);

/// An amount of money in units of `currency`, compacted with one decimal: "IDR 341.8 M" /
/// "Rp 341,8 jt"; below a thousand whole units ("USD 950"). NaN is an en dash.
QString formatMoney(double amount, const std::string& currency, const QLocale& locale,
                    const UnitWords& words);

/// A stored value of a column with `display`: money as formatMoney (after the scale), other units
/// after the number ("53 tahun"), plain numbers through `number`. NaN is an en dash.
QString formatColumnValue(double stored, const core::ColumnDisplay& display, const QLocale& locale,
                          const UnitWords& words, const std::function<QString(double)>& number);

} // namespace gugus::report
