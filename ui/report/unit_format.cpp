#include "report/unit_format.h"

#include "data/compact_amount.h"

#include <QCoreApplication>

#include <cmath>
#include <iterator>
#include <string_view>

namespace gugus::report {

namespace {

// The English words are core's (gugus-cli writes them untranslated); lupdate needs them spelt
// out here to put them in the catalogue, so the compiler checks that both agree.
constexpr const char* kStepSources[] = {
    "", QT_TRANSLATE_NOOP("gugus::report", "K"), QT_TRANSLATE_NOOP("gugus::report", "M"),
    QT_TRANSLATE_NOOP("gugus::report", "B"), QT_TRANSLATE_NOOP("gugus::report", "T")};

constexpr bool sameWords() {
    for (std::size_t step = 0; step < std::size(kStepSources); ++step) {
        if (std::string_view(kStepSources[step]) != core::kCompactStepWords[step]) {
            return false;
        }
    }
    return std::size(kStepSources) == std::size(core::kCompactStepWords);
}
static_assert(sameWords(), "the amount words differ from core::kCompactStepWords");

} // namespace

UnitWords unitWords(const std::function<QString(const char* source)>& wordFor) {
    constexpr const char* kRupiah = QT_TRANSLATE_NOOP("gugus::report", "IDR");
    UnitWords w;
    w.rupiah = wordFor(kRupiah);
    w.thousands = wordFor(kStepSources[1]);
    w.millions = wordFor(kStepSources[2]);
    w.billions = wordFor(kStepSources[3]);
    w.trillions = wordFor(kStepSources[4]);
    return w;
}

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
