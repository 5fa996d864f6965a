#pragma once

#include "report/number_format.h"
#include "report/report_content.h"
#include "report/unit_format.h"

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace gugus::report {

/// The words and number formats of one report language, independent of the UI's language: the
/// report is often written in another language than the one the analyst works in, so it never
/// reads the globally installed translator or QLocale's default.
///
/// Strings are marked in the sources with QT_TRANSLATE_NOOP("gugus::report", "...") (lupdate
/// collects them into translations/gugus_id.ts) and looked up with t() through a translator
/// loaded for this language only. Usable on any thread; one object per thread.
class ReportText {
public:
    /// "id" = Indonesian; anything else = English. `displays`: the labels and units of columns.
    explicit ReportText(const QString& language, core::ColumnDisplays displays = {});
    ~ReportText();
    ReportText(const ReportText&) = delete;
    ReportText& operator=(const ReportText&) = delete;

    QString language() const { return m_language; }
    const QLocale& locale() const { return m_locale; }

    /// The translation of a source string marked with QT_TRANSLATE_NOOP("gugus::report", ...);
    /// the source itself in English or when the catalogue lacks it.
    QString t(const char* source) const;

    /// A number with about `significant` digits, grouped (Indonesian 1.234,5); NaN as an en dash.
    QString number(double value, int significant = 4) const;
    /// A number with a fixed number of decimals, grouped.
    QString fixed(double value, int decimals) const;
    /// A number of a table column, with the column's decimals (NumberColumn).
    QString fixed(double value, const NumberColumn& column) const {
        return column.text(value, m_locale);
    }
    QString integer(std::int64_t value) const;
    /// A share 0..1 as a percentage ("24.7%", Indonesian "24,7%"); above 0 but rounding to zero:
    /// "< 0.1%".
    QString percent(double share, int decimals = 1) const;
    /// "30 November 2026" / "30 November 2026" (Indonesian month names).
    QString date(const core::ReportDate& date) const;

    /// A column as the report names it: its display label, else its name.
    QString column(const std::string& name) const;
    /// A stored value of a column with its unit ("Rp 341,8 jt", "53 tahun"); plain number() for
    /// columns without a display.
    QString value(const std::string& column, double stored, int significant = 4) const;

    /// The segment's name: the analyst's, or "Segment 3" in this language.
    QString segmentName(const core::ReportSegment& segment) const;
    /// Name of segment `s` of `content` (kNoise: "Atypical customers").
    QString segmentName(const core::ReportContent& content, int s) const;

private:
    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
    core::ColumnDisplays m_displays;
    UnitWords m_units;
};

} // namespace gugus::report
