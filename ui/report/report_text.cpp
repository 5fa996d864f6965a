#include "report/report_text.h"

#include <QDate>
#include <QTranslator>

#include <cmath>

namespace gugus::report {

namespace {

constexpr const char* kContext = "gugus::report";

} // namespace

ReportText::ReportText(const QString& language, core::ColumnDisplays displays)
    : m_language(language == QLatin1String("id") ? QStringLiteral("id") : QStringLiteral("en")),
      m_locale(m_language == QLatin1String("id")
                   ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                   : QLocale(QLocale::English, QLocale::UnitedStates)) {
    if (m_language == QLatin1String("id")) {
        // gugus_report embeds its own copy of the catalogue (ui/report/CMakeLists.txt), so the
        // CLI, which has no gugus_ui, has it too.
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/report-i18n/gugus_id.qm"))) {
            m_translator.reset();
        }
    }
    m_displays = std::move(displays);
    m_units = unitWords([this](const char* source) { return t(source); });
}

QString ReportText::column(const std::string& name) const {
    const auto it = m_displays.find(name);
    return QString::fromStdString(
        it == m_displays.end() || it->second.label.empty() ? name : it->second.label);
}

QString ReportText::value(const std::string& column, double stored, int significant) const {
    const auto it = m_displays.find(column);
    return formatColumnValue(stored, it == m_displays.end() ? core::ColumnDisplay{} : it->second,
                             m_locale, m_units, [&](double v) { return number(v, significant); });
}

ReportText::~ReportText() = default;

QString ReportText::t(const char* source) const {
    if (m_translator) {
        const QString text = m_translator->translate(kContext, source);
        if (!text.isEmpty()) {
            return text;
        }
    }
    return QString::fromUtf8(source);
}

QString ReportText::number(double value, int significant) const {
    if (std::isnan(value)) {
        return QStringLiteral("–");
    }
    const double magnitude = std::abs(value);
    if (magnitude >= 1e15 || (magnitude > 0 && magnitude < 1e-4)) {
        return m_locale.toString(value, 'g', significant);
    }
    // Grouped thousands, enough decimals for `significant` digits, trailing zeros dropped.
    const int digits = magnitude >= 1 ? int(std::floor(std::log10(magnitude))) + 1 : 1;
    const int decimals = std::max(0, significant - digits);
    QString text = m_locale.toString(value, 'f', decimals);
    const QString point = m_locale.decimalPoint();
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

QString ReportText::fixed(double value, int decimals) const {
    return std::isnan(value) ? QStringLiteral("–") : m_locale.toString(value, 'f', decimals);
}

QString ReportText::integer(std::int64_t value) const {
    return m_locale.toString(qint64(value));
}

QString ReportText::percent(double share, int decimals) const {
    if (std::isnan(share)) {
        return QStringLiteral("–");
    }
    const double smallest = std::pow(10.0, -decimals); // in percent
    if (share > 0 && 100.0 * share < smallest / 2) {
        return QStringLiteral("< ") + m_locale.toString(smallest, 'f', decimals) +
               m_locale.percent();
    }
    return m_locale.toString(100.0 * share, 'f', decimals) + m_locale.percent();
}

QString ReportText::date(const core::ReportDate& date) const {
    return m_locale.toString(QDate(date.year, date.month, date.day), QStringLiteral("d MMMM yyyy"));
}

QString ReportText::segmentName(const core::ReportSegment& segment) const {
    if (!segment.name.empty()) {
        return QString::fromStdString(segment.name);
    }
    return t(QT_TRANSLATE_NOOP("gugus::report", "Segment %1")).arg(segment.segment + 1);
}

QString ReportText::segmentName(const core::ReportContent& content, int s) const {
    if (s < 0) {
        return t(QT_TRANSLATE_NOOP("gugus::report", "Atypical customers"));
    }
    if (std::size_t(s) < content.segments.size()) {
        return segmentName(content.segments[std::size_t(s)]);
    }
    return t(QT_TRANSLATE_NOOP("gugus::report", "Segment %1")).arg(s + 1);
}

} // namespace gugus::report
