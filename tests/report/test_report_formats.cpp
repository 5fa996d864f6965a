// Every format in both languages on the bundled sample, read back by tools that share no code
// with the writers: poppler's pdftotext/pdfinfo/pdffonts, Python's html.parser and Qt's XML
// reader, and openpyxl.
#include "report/report_text.h"
#include "report_fixture.h"
#include "test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <thread>

using namespace gugus;
using gugus::test::python;
using gugus::test::run;

namespace {

/// English words that must not appear anywhere in an Indonesian report.
const QStringList kEnglish = {QStringLiteral("Segment "),
                              QStringLiteral("customers"),
                              QStringLiteral("Summary"),
                              QStringLiteral("Method"),
                              QStringLiteral("silhouette is"),
                              QStringLiteral("Executive"),
                              QStringLiteral("Page "),
                              QStringLiteral("Recommended"),
                              QStringLiteral("segments"),
                              QStringLiteral("Customer"),
                              QStringLiteral("Share"),
                              QStringLiteral("Products"),
                              QStringLiteral(" of "),
                              QStringLiteral(" and "),
                              QStringLiteral("the "),
                              QStringLiteral("Prepared"),
                              QStringLiteral("Data fingerprint"),
                              QStringLiteral("Owners"),
                              QStringLiteral("strong"),
                              QStringLiteral("weak"),
                              QStringLiteral("reasonable"),
                              QStringLiteral("structure"),
                              QStringLiteral("Owned"),
                              QStringLiteral("Algorithm"),
                              QStringLiteral("Number of"),
                              QStringLiteral("chosen"),
                              QStringLiteral("Restarts"),
                              QStringLiteral("missing"),
                              QStringLiteral("Random seed"),
                              QStringLiteral("average")};

/// Settings whose own text is in the report's language (the analyst writes it).
core::ReportSettings settingsFor(const QString& language) {
    core::ReportSettings s = test::testSettings();
    if (language == QLatin1String("id")) {
        s.title = "Segmen nasabah FundFusion";
        s.actions = {"Undang mereka ke kampanye deposito premium pada kuartal pertama."};
    }
    return s;
}

QString pdfText(const QString& path, bool layout) {
    QString text;
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (layout) {
        args << QStringLiteral("-layout");
    }
    EXPECT_EQ(run(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"), &text), 0);
    return text;
}

int pdfPages(const QString& path) {
    QString info;
    EXPECT_EQ(run(QStringLiteral("pdfinfo"), {path}, &info), 0);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

/// Every font is embedded: pdffonts' "emb" column (fifth from the right) says yes.
void expectFontsEmbedded(const QString& path) {
    QString fonts;
    ASSERT_EQ(run(QStringLiteral("pdffonts"), {path}, &fonts), 0);
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(lines.isEmpty()) << fonts.toStdString();
    for (const QString& line : lines) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 6);
        EXPECT_EQ(cols[cols.size() - 5], QStringLiteral("yes")) << line.toStdString();
    }
}

class ReportFormats : public ::testing::TestWithParam<const char*> {
protected:
    QString language() const { return QString::fromLatin1(GetParam()); }
    QTemporaryDir m_dir;
};

TEST_P(ReportFormats, PdfHasEveryNameTheEnginesSizesAndEmbeddedFonts) {
    const core::ReportContent content = test::sampleContent(0, settingsFor(language()));
    const report::ReportText t(language());
    const QString path =
        test::writeSample(content, m_dir.path(), QStringLiteral("r.pdf"), language());
    const int pages = pdfPages(path);
    // Cover, summary, sizes, profiles, one page per segment, map, choice of k, method (2 pages).
    EXPECT_GE(pages, 8 + int(content.segments.size()));
    EXPECT_LE(pages, 16 + int(content.segments.size()));
    expectFontsEmbedded(path);

    const QString layout = pdfText(path, true);
    const QStringList lines = layout.split(QLatin1Char('\n'));
    for (const core::ReportSegment& s : content.segments) {
        const QString name = t.segmentName(s);
        const QString size = t.integer(s.size);
        // The sizes table: the segment's row holds its name and the engine's count.
        const bool found = std::any_of(lines.begin(), lines.end(), [&](const QString& line) {
            return line.contains(name) && line.contains(size) && line.contains(t.percent(s.share));
        });
        EXPECT_TRUE(found) << name.toStdString() << " " << size.toStdString();
    }
    const QString plain = pdfText(path, false);
    EXPECT_TRUE(plain.contains(QStringLiteral("<script>alert(1)</script>")));
    EXPECT_TRUE(plain.contains(QStringLiteral("30 November 2026")));
    EXPECT_TRUE(plain.contains(QString::fromStdString(content.method.fingerprint)));
    if (language() == QLatin1String("id")) {
        for (const QString& word : kEnglish) {
            EXPECT_FALSE(plain.contains(word))
                << "English in the Indonesian PDF: \"" << word.toStdString() << "\"";
        }
        EXPECT_TRUE(plain.contains(QStringLiteral("Ringkasan eksekutif")));
        EXPECT_TRUE(plain.contains(t.integer(content.summary.rows))); // 5.000
        EXPECT_TRUE(plain.contains(QStringLiteral("5.000")));
    } else {
        EXPECT_TRUE(plain.contains(QStringLiteral("Executive summary")));
        EXPECT_TRUE(plain.contains(QStringLiteral("5,000")));
    }
}

TEST_P(ReportFormats, HtmlIsWellFormedSelfContainedAndEscaped) {
    const core::ReportContent content = test::sampleContent(0, settingsFor(language()));
    const report::ReportText t(language());
    const QString path =
        test::writeSample(content, m_dir.path(), QStringLiteral("r.html"), language());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    // Well-formed as XML, inline SVG included.
    QXmlStreamReader xml(html);
    while (!xml.atEnd()) {
        xml.readNext();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line "
                                 << xml.lineNumber();
    EXPECT_FALSE(html.contains("<script"));
    EXPECT_TRUE(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));

    QStringList expected{QStringLiteral("<script>alert(1)</script>"),
                         QStringLiteral("30 November 2026")};
    for (const core::ReportSegment& s : content.segments) {
        expected << t.segmentName(s) << t.integer(s.size);
    }
    QString out;
    EXPECT_EQ(python(QStringLiteral("check_html.py"), QStringList{path} + expected, &out), 0)
        << out.toStdString();
}

TEST_P(ReportFormats, XlsxHoldsNumbersAsNumbersAndTheElbowChart) {
    core::ReportSettings settings = settingsFor(language());
    settings.names.push_back("=1+2"); // a formula-like name stays text
    const core::ReportContent content = test::sampleContent(0, settings);
    const report::ReportText t(language());
    const QString path =
        test::writeSample(content, m_dir.path(), QStringLiteral("r.xlsx"), language());
    const bool id = language() == QLatin1String("id");
    const QStringList sheetNames =
        id ? QStringList{"Ringkasan", "Segmen",       "Profil", "Produk",
                         "Penawaran", "Metrik per k", "Metode", "Anggota"}
           : QStringList{"Summary", "Segments",     "Profiles", "Products",
                         "Offers",  "Metrics by k", "Method",   "Members"};
    const QJsonArray sheets = QJsonArray::fromStringList(sheetNames);
    QJsonArray sizes;
    QJsonArray names;
    for (const core::ReportSegment& s : content.segments) {
        sizes.append(qint64(s.size));
        names.append(t.segmentName(s));
    }
    const QJsonObject want{
        {QStringLiteral("sheets"), sheets}, {QStringLiteral("members"), QJsonArray{sheets.last()}},
        {QStringLiteral("sizes"), sizes},   {QStringLiteral("names"), names},
        {QStringLiteral("chart"), true},    {QStringLiteral("metric_formats"), true}};
    const QString json = m_dir.filePath(QStringLiteral("want.json"));
    QFile wantFile(json);
    ASSERT_TRUE(wantFile.open(QIODevice::WriteOnly));
    wantFile.write(QJsonDocument(want).toJson());
    wantFile.close();
    QString out;
    EXPECT_EQ(python(QStringLiteral("check_xlsx.py"), {path, json}, &out), 0) << out.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, ReportFormats, ::testing::Values("en", "id"));

TEST(Report, MembersPastTheSheetLimitContinueOnTheNextSheet) {
    QTemporaryDir dir;
    const core::ReportContent content = test::sampleContent(4);
    report::XlsxOptions small;
    small.maxRowsPerSheet = 2000; // 1,999 members per sheet: 5,000 need three sheets
    const QString path = test::writeSample(content, dir.path(), QStringLiteral("m.xlsx"),
                                           QStringLiteral("en"), small);
    QJsonArray sizes;
    QJsonArray names;
    const report::ReportText t(QStringLiteral("en"));
    for (const core::ReportSegment& s : content.segments) {
        sizes.append(qint64(s.size));
        names.append(t.segmentName(s));
    }
    const QJsonObject want{
        {QStringLiteral("sheets"),
         QJsonArray{"Summary", "Segments", "Profiles", "Products", "Offers", "Metrics by k",
                    "Method", "Members", "Members 2", "Members 3"}},
        {QStringLiteral("members"), QJsonArray{"Members", "Members 2", "Members 3"}},
        {QStringLiteral("sizes"), sizes},
        {QStringLiteral("names"), names},
        {QStringLiteral("chart"), false}}; // k was fixed: no sweep, no chart
    QFile wantFile(dir.filePath(QStringLiteral("want.json")));
    ASSERT_TRUE(wantFile.open(QIODevice::WriteOnly));
    wantFile.write(QJsonDocument(want).toJson());
    wantFile.close();
    QString out;
    EXPECT_EQ(python(QStringLiteral("check_xlsx.py"), {path, wantFile.fileName()}, &out), 0)
        << out.toStdString();
}

TEST(Report, TwoAndThirtySegmentsStayReadable) {
    QTemporaryDir dir;
    for (const int k : {2, 30}) {
        const core::ReportContent content = test::sampleContent(k);
        const report::ReportText t(QStringLiteral("en"));
        const QString path = test::writeSample(
            content, dir.path(), QStringLiteral("k%1.pdf").arg(k), QStringLiteral("en"));
        const int pages = pdfPages(path);
        EXPECT_GE(pages, 7 + k);
        EXPECT_LE(pages, 14 + k);
        const QString text = pdfText(path, false);
        for (const core::ReportSegment& s : content.segments) {
            EXPECT_TRUE(text.contains(t.segmentName(s))) << k << " " << s.segment;
        }
    }
}

TEST(Report, CancelledOrFailedWritesLeaveNoFileAndKeepTheOldOne) {
    QTemporaryDir dir;
    const core::ReportContent content = test::sampleContent(4);
    for (const QString& file :
         {QStringLiteral("c.pdf"), QStringLiteral("c.html"), QStringLiteral("c.xlsx")}) {
        const QString path = dir.filePath(file);
        {
            QFile old(path);
            ASSERT_TRUE(old.open(QIODevice::WriteOnly));
            old.write("previous report");
        }
        report::ReportOptions options;
        options.format = *report::reportFormatFor(path);
        test::CancelAfterReports cancel(1);
        EXPECT_THROW(report::writeReport(content, options, path, cancel), core::Cancelled);
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::ReadOnly));
        EXPECT_EQ(old.readAll(), QByteArray("previous report")) << file.toStdString();
        // No temporary file left beside it.
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1)
            << QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).join(' ').toStdString();
        QFile::remove(path);
    }
    report::ReportOptions options;
    core::NullProgress p;
    EXPECT_EQ(test::errorCodeOf([&] {
                  report::writeReport(content, options,
                                      dir.filePath(QStringLiteral("missing/dir/r.pdf")), p);
              }),
              core::ErrorCode::WriteFailed);
}

TEST(Report, PreviewPagesAreThePdfsPages) {
    QTemporaryDir dir;
    const core::ReportContent content = test::sampleContent(4);
    const QString path =
        test::writeSample(content, dir.path(), QStringLiteral("p.pdf"), QStringLiteral("id"));
    core::NullProgress p;
    const QVector<QImage> pages = report::reportPages(content, QStringLiteral("id"), 50.0, p);
    ASSERT_EQ(pages.size(), pdfPages(path));
    EXPECT_EQ(pages[0].size(), QSize(413, 585)); // A4 at 50 dpi
    // Not blank: the cover's band and a page's text leave dark pixels.
    for (const QImage& page : {pages[0], pages[1]}) {
        int dark = 0;
        for (int y = 0; y < page.height(); y += 3) {
            for (int x = 0; x < page.width(); x += 3) {
                dark += qGray(page.pixel(x, y)) < 128;
            }
        }
        EXPECT_GT(dark, 50);
    }
}

TEST(Report, WritesFromAWorkerThread) {
    // The GUI writes on a worker thread: nothing may depend on the GUI thread.
    QTemporaryDir dir;
    const core::ReportContent content = test::sampleContent(4);
    std::exception_ptr error;
    std::thread worker([&] {
        try {
            for (const char* file : {"w.pdf", "w.html", "w.xlsx"}) {
                test::writeSample(content, dir.path(), QString::fromLatin1(file),
                                  QStringLiteral("id"));
            }
        } catch (...) {
            error = std::current_exception();
        }
    });
    worker.join();
    ASSERT_FALSE(error);
    core::NullProgress p; // the same pages as laid out on this thread
    EXPECT_EQ(pdfPages(dir.filePath(QStringLiteral("w.pdf"))),
              report::reportPages(content, QStringLiteral("id"), 20.0, p).size());
    EXPECT_TRUE(pdfText(dir.filePath(QStringLiteral("w.pdf")), false)
                    .contains(QStringLiteral("Ringkasan eksekutif")));
    EXPECT_GT(QFileInfo(dir.filePath(QStringLiteral("w.html"))).size(), 10000);
    EXPECT_GT(QFileInfo(dir.filePath(QStringLiteral("w.xlsx"))).size(), 10000);
}

TEST(Report, TheMethodStatesTheReductionBeforeClustering) {
    QTemporaryDir dir;
    // Without a reduction the method page says the clustering saw the prepared features.
    const QString plain = test::writeSample(test::sampleContent(4), dir.path(),
                                            QStringLiteral("plain.pdf"), QStringLiteral("en"));
    const QString plainText = pdfText(plain, false).simplified();
    EXPECT_TRUE(plainText.contains(QStringLiteral("Reduction before clustering")));
    EXPECT_TRUE(plainText.contains(QStringLiteral("none: clustered on the prepared features")));
    // With PCA: the components kept of those found, their variance share and the rule.
    core::SegmentationOptions options = test::sampleRun(4).options;
    options.reduction.method = core::ReductionMethod::Pca;
    options.reduction.components = 0;
    options.reduction.varianceShare = 0.8;
    const core::ReportContent content = test::sampleContent(options);
    ASSERT_TRUE(content.method.reduction);
    const core::MethodReduction& r = *content.method.reduction;
    EXPECT_GT(r.kept, 0);
    EXPECT_LT(r.kept, r.found);
    EXPECT_GT(r.varianceShare, 0.8);
    const report::ReportText t(QStringLiteral("en"));
    for (const QString& file : {QStringLiteral("pca.pdf"), QStringLiteral("pca.html")}) {
        const QString path = test::writeSample(content, dir.path(), file, QStringLiteral("en"));
        QString text;
        if (file.endsWith(QLatin1String(".pdf"))) {
            text = pdfText(path, false);
        } else {
            QFile html(path);
            ASSERT_TRUE(html.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(html.readAll());
        }
        text = text.simplified();
        const QString kept =
            QStringLiteral("PCA: clustered on %1 of %2 principal components, "
                           "which hold %3 of the variance")
                .arg(t.integer(r.kept), t.integer(r.found), t.percent(r.varianceShare));
        EXPECT_TRUE(text.contains(kept)) << file.toStdString() << ": " << kept.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("the fewest holding more than 80% of the "
                                                 "variance")))
            << file.toStdString();
    }
    // In Indonesian, and no English left on the method page.
    const QString id =
        test::writeSample(content, dir.path(), QStringLiteral("pca_id.pdf"), QStringLiteral("id"));
    const QString idText = pdfText(id, false).simplified();
    EXPECT_TRUE(idText.contains(QStringLiteral("komponen utama"))) << idText.toStdString();
    EXPECT_FALSE(idText.contains(QStringLiteral("principal components")));
}

TEST(Report, FormatFollowsTheExtension) {
    EXPECT_EQ(report::reportFormatFor(QStringLiteral("a/b.PDF")), report::ReportFormat::Pdf);
    EXPECT_EQ(report::reportFormatFor(QStringLiteral("b.htm")), report::ReportFormat::Html);
    EXPECT_EQ(report::reportFormatFor(QStringLiteral("b.html")), report::ReportFormat::Html);
    EXPECT_EQ(report::reportFormatFor(QStringLiteral("b.xlsx")), report::ReportFormat::Xlsx);
    EXPECT_FALSE(report::reportFormatFor(QStringLiteral("b.docx")).has_value());
}

} // namespace
