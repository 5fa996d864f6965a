#include "report/unit_format.h"

#include "data/compact_amount.h"

#include <cmath>

namespace gugus::report {

QString formatMoney(double amount, const std::string& currency, const QLocale& locale,
                    const UnitWords& words) {
    if (std::isnan(amount)) {
        return QStringLiteral("–");
    }
    const QString symbol = currency == "IDR" ? words.rupiah : QString::fromStdString(currency);
    const QString* suffixes[] = {nullptr, &words.thousands, &words.millions, &words.billions,
                                 &words.trillions};
    const core::CompactAmount shortAmount = core::compactAmount(amount);
    if (shortAmount.step == 0) {
        return QStringLiteral("%1 %2").arg(symbol, locale.toString(amount, 'f', 0));
    }
    return QStringLiteral("%1 %2 %3")
        .arg(symbol, locale.toString(shortAmount.value, 'f', 1), *suffixes[shortAmount.step]);
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
