#include "report/unit_format.h"

#include <cmath>

namespace gugus::report {

QString formatMoney(double amount, const std::string& currency, const QLocale& locale,
                    const UnitWords& words) {
    if (std::isnan(amount)) {
        return QStringLiteral("–");
    }
    const QString symbol = currency == "IDR" ? words.rupiah : QString::fromStdString(currency);
    const std::pair<double, const QString*> steps[] = {
        {1e12, &words.trillions},
        {1e9, &words.billions},
        {1e6, &words.millions},
        {1e3, &words.thousands},
    };
    const double magnitude = std::abs(amount);
    for (const auto& [size, suffix] : steps) {
        // 999,960 would round to "1,000.0 K": such amounts take the next step instead.
        if (magnitude >= size * 0.99995) {
            return QStringLiteral("%1 %2 %3")
                .arg(symbol, locale.toString(amount / size, 'f', 1), *suffix);
        }
    }
    return QStringLiteral("%1 %2").arg(symbol, locale.toString(amount, 'f', 0));
}

QString formatColumnValue(double stored, const core::ColumnDisplay& display, const QLocale& locale,
                          const UnitWords& words, const std::function<QString(double)>& number) {
    if (std::isnan(stored)) {
        return QStringLiteral("–");
    }
    if (display.isCurrency()) {
        return formatMoney(stored * display.factor(), display.unit, locale, words);
    }
    const QString text = number(stored * display.factor());
    return display.unit.empty()
               ? text
               : QStringLiteral("%1 %2").arg(text, QString::fromStdString(display.unit));
}

} // namespace gugus::report
