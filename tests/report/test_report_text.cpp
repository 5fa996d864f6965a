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
    EXPECT_EQ(en.percent(0.0004), QStringLiteral("< 0.1%")); // 2 of 5,000 are not none
    EXPECT_EQ(en.percent(0.0), QStringLiteral("0.0%"));
    EXPECT_EQ(en.percent(0.0006), QStringLiteral("0.1%"));
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

TEST(ReportText, ColumnsByTheirLabelsAndValuesInTheirUnits) {
    const core::ColumnDisplays displays{
        {"Pendapatan_Tahunan", {"Pendapatan tahunan", "IDR", core::ValueScale::Millions}},
        {"Total_Relationship_Balance", {"Saldo relasi", "IDR", core::ValueScale::Units}},
        {"Usia", {"", "tahun", core::ValueScale::Units}}};
    const report::ReportText id(QStringLiteral("id"), displays);
    EXPECT_EQ(id.column("Total_Relationship_Balance"), QStringLiteral("Saldo relasi"));
    EXPECT_EQ(id.column("Usia"), QStringLiteral("Usia")); // no label: the name
    EXPECT_EQ(id.value("Total_Relationship_Balance", 341.8e6), QStringLiteral("Rp 341,8 jt"));
    EXPECT_EQ(id.value("Pendapatan_Tahunan", 1500.0), QStringLiteral("Rp 1,5 M"));
    EXPECT_EQ(id.value("Usia", 53.0), QStringLiteral("53 tahun"));
    EXPECT_EQ(id.value("Jumlah_Anak", 2.5), QStringLiteral("2,5"));
    const report::ReportText en(QStringLiteral("en"), displays);
    EXPECT_EQ(en.value("Total_Relationship_Balance", 341.8e6), QStringLiteral("IDR 341.8 M"));
    EXPECT_EQ(en.value("Pendapatan_Tahunan", 1500.0), QStringLiteral("IDR 1.5 B"));
    EXPECT_EQ(en.value("Total_Relationship_Balance", 12.0), QStringLiteral("IDR 12"));
    // The trait wording uses both.
    core::SegmentTrait high;
    high.kind = core::TraitKind::High;
    high.column = "Total_Relationship_Balance";
    high.value = 341.8e6;
    high.overall = 120e6;
    EXPECT_EQ(report::words::trait(en, high),
              QStringLiteral("Saldo relasi is high: IDR 341.8 M on average vs IDR 120.0 M for all "
                             "customers"));
}
