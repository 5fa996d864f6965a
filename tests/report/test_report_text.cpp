// The report's language is its own: numbers, dates and words follow it, not the UI's locale or
// the installed translator.
#include "report/report_text.h"
#include "report/report_words.h"

#include <QCoreApplication>
#include <QLocale>

#include <gtest/gtest.h>

using namespace gugus;

TEST(ReportText, IndonesianNumbersDatesAndWords) {
    const report::ReportText id(QStringLiteral("id"));
    EXPECT_EQ(id.number(1234.5, 5), QStringLiteral("1.234,5"));
    EXPECT_EQ(id.integer(28129), QStringLiteral("28.129"));
    EXPECT_EQ(id.percent(0.247), QStringLiteral("24,7%"));
    EXPECT_EQ(id.date({2026, 11, 30}), QStringLiteral("30 November 2026"));
    EXPECT_EQ(id.date({2026, 1, 5}), QStringLiteral("5 Januari 2026"));
    EXPECT_EQ(id.date({2026, 8, 17}), QStringLiteral("17 Agustus 2026"));
    EXPECT_EQ(id.t(QT_TRANSLATE_NOOP("gugus::report", "Executive summary")),
              QStringLiteral("Ringkasan eksekutif"));
    EXPECT_EQ(id.segmentName(core::ReportSegment{2, {}, {}, 0, 0.0}), QStringLiteral("Segmen 3"));
    EXPECT_EQ(report::words::rating(id, core::SilhouetteRating::Strong),
              QStringLiteral("struktur kuat"));
}

TEST(ReportText, EnglishWhateverTheDefaultLocaleAndTranslator) {
    // The UI may be Indonesian while the report is English.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    const report::ReportText en(QStringLiteral("en"));
    EXPECT_EQ(en.number(1234.5, 5), QStringLiteral("1,234.5"));
    EXPECT_EQ(en.percent(0.5, 0), QStringLiteral("50%"));
    EXPECT_EQ(en.date({2026, 11, 30}), QStringLiteral("30 November 2026"));
    EXPECT_EQ(en.date({2026, 1, 5}), QStringLiteral("5 January 2026"));
    EXPECT_EQ(en.t(QT_TRANSLATE_NOOP("gugus::report", "Executive summary")),
              QStringLiteral("Executive summary"));
    EXPECT_EQ(en.segmentName(core::ReportSegment{0, "Savers", {}, 0, 0.0}),
              QStringLiteral("Savers"));
    EXPECT_EQ(en.number(std::nan("")), QStringLiteral("–"));
    QLocale::setDefault(before);
}

TEST(ReportText, UnknownLanguagesAreEnglish) {
    EXPECT_EQ(report::ReportText(QStringLiteral("fr")).language(), QStringLiteral("en"));
}
