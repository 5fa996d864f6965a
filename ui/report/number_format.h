#pragma once

#include <QLocale>
#include <QString>

#include <span>
#include <vector>

namespace gugus::report {

/// The decimals one table column of numbers is shown with, picked from its values so that every
/// row reads alike and the column lines up when right-aligned: enough decimals for `significant`
/// digits of the largest magnitude, never more than the values need (whole numbers get none,
/// 41.5 one) and at most `maxDecimals`. NaN and infinities are ignored; no finite value → 0.
int columnDecimals(std::span<const double> values, int significant = 3, int maxDecimals = 4);

/// `value` with exactly `decimals` decimals and grouped thousands in `locale` (Indonesian
/// 1.234,50); NaN is an en dash. -0.00 reads 0.00.
QString formatFixed(double value, int decimals, const QLocale& locale);

/// A column of numbers formatted alike: the decimals picked once from all its values
/// (columnDecimals), then every cell through formatFixed. Also the matching spreadsheet number
/// format, so an XLSX keeps the numbers as numbers and shows them as the PDF does.
class NumberColumn {
public:
    NumberColumn() = default;
    explicit NumberColumn(std::span<const double> values, int significant = 3, int maxDecimals = 4)
        : m_decimals(columnDecimals(values, significant, maxDecimals)) {}
    static NumberColumn withDecimals(int decimals) {
        NumberColumn c;
        c.m_decimals = decimals;
        return c;
    }

    int decimals() const { return m_decimals; }
    QString text(double value, const QLocale& locale = QLocale()) const {
        return formatFixed(value, m_decimals, locale);
    }
    /// The spreadsheet format: "#,##0" or "#,##0.00" (Excel/LibreOffice localise it on display).
    QString spreadsheetFormat() const;

private:
    int m_decimals = 0;
};

} // namespace gugus::report
