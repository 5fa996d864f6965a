// A chart exported from its menu: drawn on the GUI thread, encoded and written in a job, as a
// complete PNG, SVG or PDF of the asked size; never written over one of the document's inputs,
// nor under a name whose type it cannot write.
#include "plots/plot_tools.h"
#include "support/file_saver.h"

#include "ui_test_support.h"

#include <qcustomplot.h>

#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gugus::ui;
using gugus::ui::test::contents;
using gugus::ui::test::finish;
using gugus::ui::test::writeFile;

class ChartExportTest : public QObject {
    Q_OBJECT
private slots:
    void writesEachFormatInAJob() {
        QTemporaryDir dir;
        QCustomPlot plot;
        setUpPlot(&plot, QStringLiteral("chart"));
        QCPGraph* graph = plot.addGraph();
        graph->setData({1, 2, 3, 4}, {4, 1, 3, 2});
        plot.rescaleAxes();
        plot.resize(400, 300);
        FileSaver saver({});
        QStringList saved;
        connect(&saver, &FileSaver::saved, this, [&](const QString& path) { saved << path; });

        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(finish(exportPlot(&plot, png, &saver)).ok());
        QImage image;
        QVERIFY(image.loadFromData(contents(png), "PNG"));
        QCOMPARE(image.size(), QSize(800, 600)); // twice the plot's size, for print

        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(finish(exportPlot(&plot, svg, &saver, 640, 480)).ok());
        const QByteArray svgBytes = contents(svg);
        QVERIFY(svgBytes.startsWith("<?xml"));
        QVERIFY(svgBytes.contains("viewBox=\"0 0 640 480\""));
        QVERIFY(svgBytes.trimmed().endsWith("</svg>"));

        const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY(finish(exportPlot(&plot, pdf, &saver)).ok());
        const QByteArray pdfBytes = contents(pdf);
        QVERIFY(pdfBytes.startsWith("%PDF-"));
        // One page of the plot's size in points.
        const QRegularExpressionMatch page =
            QRegularExpression(QStringLiteral(R"(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\])"))
                .match(QString::fromLatin1(pdfBytes));
        QVERIFY(page.hasMatch());
        QCOMPARE(page.captured(1).toDouble(), 400.0);
        QCOMPARE(page.captured(2).toDouble(), 300.0);
        QVERIFY(pdfBytes.trimmed().endsWith("%%EOF"));

        QCOMPARE(saved, QStringList({png, svg, pdf}));
        // Atomic: nothing but the three files is left behind (no temporary file).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
    }

    void neverWritesOverAnInputNorAnUnknownType() {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("customers.png"));
        QVERIFY(writeFile(input, "the open data"));
        QCustomPlot plot;
        plot.resize(200, 150);
        FileSaver saver([input] { return QStringList{input}; });
        QStringList errors;
        connect(&saver, &FileSaver::failed, this, [&](const QString& error) { errors << error; });

        const Outcome onInput = finish(exportPlot(&plot, input, &saver));
        QVERIFY(onInput.failed());
        QCOMPARE(contents(input), QByteArray("the open data"));

        const QString text = dir.filePath(QStringLiteral("chart.txt"));
        QVERIFY(finish(exportPlot(&plot, text, &saver)).failed());
        QVERIFY(!QFile::exists(text));
        QCOMPARE(errors.size(), 2);
        QVERIFY(!errors[0].isEmpty() && !errors[1].isEmpty());
    }
};

QTEST_MAIN(ChartExportTest)
#include "test_chart_export.moc"
