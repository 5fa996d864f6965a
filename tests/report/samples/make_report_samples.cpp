// Writes the sample reports of the bundled data for looking at them (and for the README's page
// images): K-Means with k = 2, 6 and 30, each as PDF, HTML and XLSX in English and Indonesian
// (with the GUI preview's page images for k = 6), then in English a k chosen by a sweep, a
// hierarchical and a DBSCAN run for their charts.
//   gugus_test_report_samples OUTDIR
//   pdftoppm -png -r 60 OUTDIR/report_k6_en.pdf OUTDIR/k6_en
#include "report_fixture.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>

#include <cstdio>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: gugus_test_report_samples OUTDIR\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(dir);
    for (const int k : {2, 6, 30}) {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("id")}) {
            gugus::core::ReportSettings settings = gugus::test::testSettings();
            if (language == QLatin1String("id")) {
                settings.title = "Segmen nasabah FundFusion";
                settings.actions = {"Undang mereka ke kampanye deposito premium pada kuartal "
                                    "pertama."};
            }
            const auto content = gugus::test::sampleContent(k, settings);
            if (k == 6) { // the GUI's preview of the same pages
                gugus::core::NullProgress progress;
                const auto pages = gugus::report::reportPages(content, language, 60.0, progress);
                for (int i = 0; i < pages.size(); ++i) {
                    pages[i].save(QStringLiteral("%1/preview_k6_%2_%3.png")
                                      .arg(dir, language)
                                      .arg(i + 1, 2, 10, QLatin1Char('0')));
                }
            }
            for (const char* ext : {"pdf", "html", "xlsx"}) {
                const QString file = QStringLiteral("report_k%1_%2.%3").arg(k).arg(language, ext);
                gugus::test::writeSample(content, dir, file, language);
                std::printf("%s/%s\n", qPrintable(dir), qPrintable(file));
            }
        }
    }
    // The other charts: the sweep's curves, the hierarchical tree, DBSCAN's k-distance curve.
    gugus::test::writeSample(gugus::test::sampleContent(0), dir,
                             QStringLiteral("report_sweep_en.pdf"), QStringLiteral("en"));
    gugus::core::SegmentationOptions tree;
    tree.algorithm = gugus::core::Algorithm::Hierarchical;
    tree.k = 5;
    gugus::core::SegmentationOptions density;
    density.algorithm = gugus::core::Algorithm::Dbscan;
    density.dbscan.eps = 2.0;
    density.dbscan.minSamples = 10;
    for (const auto& [name, options] : {std::pair{"tree", tree}, std::pair{"dbscan", density}}) {
        const auto content = gugus::test::sampleContent(options);
        const QString file = QStringLiteral("report_%1_en.pdf").arg(QLatin1String(name));
        gugus::test::writeSample(content, dir, file, QStringLiteral("en"));
        std::printf("%s/%s\n", qPrintable(dir), qPrintable(file));
    }
    return 0;
}
