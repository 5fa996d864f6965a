#include "support/column_labels.h"

#include "support/format.h"

#include <QCoreApplication>
#include <QLocale>

namespace gugus::ui {

report::UnitWords ColumnLabels::unitWords() {
    // The report's words in the program's language: one catalogue entry for both.
    return report::unitWords(
        [](const char* source) { return QCoreApplication::translate("gugus::report", source); });
}

core::ColumnDisplay ColumnLabels::display(const std::string& column) const {
    const auto it = m_displays.find(column);
    return it == m_displays.end() ? core::ColumnDisplay{} : it->second;
}

QString ColumnLabels::label(const std::string& column) const {
    const auto it = m_displays.find(column);
    return QString::fromStdString(
        it == m_displays.end() || it->second.label.empty() ? column : it->second.label);
}

bool ColumnLabels::isMoney(const std::string& column) const {
    const auto it = m_displays.find(column);
    return it != m_displays.end() && it->second.isCurrency();
}

QString ColumnLabels::value(const std::string& column, double stored, int significant) const {
    return report::formatColumnValue(stored, display(column), QLocale(), unitWords(),
                                     [&](double v) { return formatNumber(v, significant); });
}

QString ColumnLabels::value(const std::string& column, double stored,
                            const report::NumberColumn& decimals) const {
    return report::formatColumnValue(stored, display(column), QLocale(), unitWords(),
                                     [&](double v) { return decimals.text(v); });
}

QString ColumnLabels::currencySymbol(const std::string& currency) {
    return currency == "IDR" ? unitWords().rupiah : QString::fromStdString(currency);
}

QString ColumnLabels::money(double amount, const std::string& currency) {
    return report::formatMoney(amount, currency, QLocale(), unitWords());
}

} // namespace gugus::ui
