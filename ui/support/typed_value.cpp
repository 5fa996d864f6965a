#include "support/typed_value.h"

#include "support/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <utility>

namespace gugus::ui {

namespace {

/// The amount words of the UI language (the report's catalogue entries, as ColumnLabels uses).
report::UnitWords uiUnitWords() {
    return report::unitWords(
        [](const char* source) { return QCoreApplication::translate("gugus::report", source); });
}

/// Removes `word` from the start of `text` (any case); the rest trimmed.
void dropPrefix(QString& text, const QString& word) {
    if (!word.isEmpty() && text.startsWith(word, Qt::CaseInsensitive)) {
        text = text.mid(word.size()).trimmed();
    }
}

/// Removes the longest of `steps`' words that ends `text` and returns its multiplier (1: none).
/// Case matters: in Indonesian "M" is miliar (billions), "jt" juta (millions).
double dropStep(QString& text, const std::pair<QString, double> (&steps)[4]) {
    const std::pair<QString, double>* found = nullptr;
    for (const auto& step : steps) {
        if (!step.first.isEmpty() && text.endsWith(step.first) &&
            (!found || step.first.size() > found->first.size())) {
            found = &step;
        }
    }
    if (!found) {
        return 1.0;
    }
    text = text.left(text.size() - found->first.size()).trimmed();
    return found->second;
}

} // namespace

QString typingUnit(const ColumnLabels& labels, const std::string& column) {
    const core::ColumnDisplay d = labels.display(column);
    return d.isCurrency() ? ColumnLabels::currencySymbol(d.unit) : QString::fromStdString(d.unit);
}

QString typingValue(const ColumnLabels& labels, const std::string& column, double stored,
                    int significant) {
    const core::ColumnDisplay d = labels.display(column);
    if (!d.isCurrency()) {
        return formatNumber(stored * d.factor(), significant);
    }
    // The views' compact amount without its symbol (the field shows the symbol beside it).
    const QString money = ColumnLabels::money(stored * d.factor(), d.unit);
    const QString symbol = ColumnLabels::currencySymbol(d.unit) + QLatin1Char(' ');
    return money.startsWith(symbol) ? money.mid(symbol.size()) : money;
}

std::optional<double> storedValue(const ColumnLabels& labels, const std::string& column,
                                  const QString& typed) {
    const core::ColumnDisplay d = labels.display(column);
    QString text = typed.simplified();
    double step = 1.0;
    if (d.isCurrency()) {
        dropPrefix(text, ColumnLabels::currencySymbol(d.unit));
        dropPrefix(text, QString::fromStdString(d.unit));
        // Only the UI language's words: "M" is millions in English, billions in Indonesian.
        const report::UnitWords w = uiUnitWords();
        const std::pair<QString, double> steps[4] = {
            {w.thousands, 1e3}, {w.millions, 1e6}, {w.billions, 1e9}, {w.trillions, 1e12}};
        step = dropStep(text, steps);
    } else if (const QString unit = QString::fromStdString(d.unit);
               !unit.isEmpty() && text.endsWith(unit, Qt::CaseInsensitive)) {
        text = text.left(text.size() - unit.size()).trimmed();
    }
    bool ok = false;
    const double number = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(number)) {
        return std::nullopt;
    }
    // Powers of ten apart: multiply or divide by their exact whole ratio, so "565,6 jt" of a
    // column stored in millions is 565.6 itself, not 565.6 × 1e6 / 1e6 rounded twice.
    const double stored =
        step >= d.factor() ? number * (step / d.factor()) : number / (d.factor() / step);
    return std::isfinite(stored) ? std::optional<double>(stored) : std::nullopt;
}

} // namespace gugus::ui
