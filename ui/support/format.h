#pragma once

#include "report/number_format.h"

#include <QLocale>
#include <QString>

#include <cmath>

namespace gugus::ui {

/// A number for display in the UI locale (Indonesian: 1.234,56); NaN shows as an en dash.
inline QString formatNumber(double value, int significant = 4) {
    if (std::isnan(value)) {
        return QStringLiteral("–");
    }
    const double magnitude = std::abs(value);
    if (magnitude >= 1e15 || (magnitude > 0 && magnitude < 1e-4)) {
        return QLocale().toString(value, 'g', significant);
    }
    // Grouped thousands, enough decimals for `significant` digits, trailing zeros kept short.
    const int digits = magnitude >= 1 ? int(std::floor(std::log10(magnitude))) + 1 : 1;
    const int decimals = std::max(0, significant - digits);
    QString text = QLocale().toString(value, 'f', decimals);
    const QString point = QLocale().decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
        if (text.endsWith(point)) {
            text.chop(point.size());
        }
    }
    return text;
}

/// A share 0..1 as a percentage in the UI locale, e.g. "12,5%" in Indonesian. A share above 0
/// that would round to zero reads "< 0.1%" (a few customers are not none).
inline QString formatPercent(double share, int decimals = 1) {
    if (std::isnan(share)) {
        return QStringLiteral("–");
    }
    const double smallest = std::pow(10.0, -decimals); // in percent
    if (share > 0 && 100.0 * share < smallest / 2) {
        return QStringLiteral("< ") + QLocale().toString(smallest, 'f', decimals) +
               QLocale().percent();
    }
    return QLocale().toString(100.0 * share, 'f', decimals) + QLocale().percent();
}

/// A column of numbers in a table, formatted alike in the UI locale: its decimals are picked once
/// from all its values (right-align the cells, e.g. NumberItem). See report::columnDecimals.
using report::NumberColumn;

} // namespace gugus::ui
