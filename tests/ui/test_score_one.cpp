// Segments ▸ Score one customer…, offscreen through its own widgets: the form generated from the
// current segmentation's model, one customer typed in the UI locale (English, then Indonesian)
// and scored to the segment and distances the engine gives the same row, a number that does not
// parse refused naming its column, and a damaged model file refused with a clear error.
#include "controllers/scoring_controller.h"
#include "export/customer_score_dialog.h"
#include "model/customer_score.h"
#include "segments/segments_view.h"
#include "state/document.h"

#include "ui_test_support.h"

#include <QDir>
#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::finish;
using gugus::ui::test::openSample;

namespace {

/// Fills the form with row `r` of the open data, numbers written in the UI locale (products are
/// drop-downs of 1 / 0).
void typeRow(CustomerScoreDialog& dialog, const core::Table& table, std::int64_t r) {
    for (const QString& column : dialog.columns()) {
        const core::Column& c = table.column(column.toStdString());
        const bool number = !dialog.hint(column).isEmpty() && !c.isMissing(r);
        QVERIFY(dialog.setValue(column, number
                                            ? QLocale().toString(c.values()[std::size_t(r)], 'f', 2)
                                            : QString::fromStdString(c.toText(r))));
    }
}

} // namespace

class ScoreOneTest : public QObject {
    Q_OBJECT
private slots:
    void formScoresTheRowAsTheEngineInBothLanguages() {
        Language language;
        auto window = openSample(language);
        QVERIFY(window);
        Document* document = window->document();
        SegmentsView* view = window->segmentsView();
        view->setPerspective(SegmentsView::Perspective::Demographics);
        view->setK(4);
        QVERIFY(finish(view->runSegmentation(), 300000).ok());
        const core::Table& table = document->table();

        CustomerScoreDialog dialog(window->scoringController(), document);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.columns().isEmpty(); }, 60000));
        // Identifiers are not asked; numbers show their training range.
        QVERIFY(!dialog.columns().contains(QStringLiteral("GCIF")));
        QVERIFY(dialog.columns().contains(QStringLiteral("Usia")));
        QCOMPARE(dialog.hint(QStringLiteral("Usia")), QStringLiteral("training range 20 – 70"));

        // What the engine says for the same rows.
        std::vector<std::string> names;
        for (int s = 0; s < document->segmentCount(); ++s) {
            names.push_back(document->segmentName(s).toStdString());
        }
        const Segmentation* seg = document->segmentation();
        const core::SegmentModel model =
            core::SegmentModel::fromSegmentation(table, seg->options, seg->result, names);
        core::NullProgress progress;
        const core::ScoreResult batch = core::scoreTable(model, table, progress);

        for (const auto& [code, segmentWord, distanceWord] :
             {std::tuple{"en", "Segment", "Distance"}, std::tuple{"id", "Segmen", "Jarak"}}) {
            language.apply(QString::fromLatin1(code), false);
            for (const std::int64_t r : {std::int64_t(0), std::int64_t(7)}) {
                typeRow(dialog, table, r);
                QVERIFY(finish(dialog.score()).ok());
                const int expected = batch.labels[std::size_t(r)];
                QVERIFY(expected >= 0);
                QVERIFY2(
                    dialog.segmentText().contains(
                        QStringLiteral("%1 %2").arg(QLatin1String(segmentWord)).arg(expected + 1)),
                    qPrintable(dialog.segmentText()));
                QTableWidget* values = dialog.valuesTable();
                QCOMPARE(values->rowCount(), 4);
                QCOMPARE(values->horizontalHeaderItem(2)->text(), QLatin1String(distanceWord));
                // The nearest segment is the customer's, shown in bold.
                int nearest = 0;
                for (int s = 0; s < 4; ++s) {
                    const double d = values->item(s, 2)->data(Qt::UserRole).toDouble();
                    if (d < values->item(nearest, 2)->data(Qt::UserRole).toDouble()) {
                        nearest = s;
                    }
                    QCOMPARE(values->item(s, 0)->font().bold(), s == expected);
                }
                QCOMPARE(nearest, expected);
                QVERIFY(!dialog.notesText().isEmpty());
            }
        }
        // A distance in the table is the engine's for the same pairs.
        std::vector<core::CustomerValue> pairs;
        for (const QString& column : dialog.columns()) {
            const core::Column& c = table.column(column.toStdString());
            std::string text = c.toText(7);
            if (c.isNumericLike() && !c.isMissing(7)) {
                text = QLocale::c().toString(c.values()[7], 'f', 2).toStdString();
            }
            if (!text.empty()) {
                pairs.push_back({column.toStdString(), text});
            }
        }
        const core::CustomerScore engine = core::scoreCustomer(model, pairs, 0.3);
        QCOMPARE(dialog.valuesTable()->item(1, 2)->text(),
                 QLocale().toString(engine.values[1], 'f', 4));

        // Still Indonesian: a number in the wrong locale is refused, naming its column.
        dialog.setValue(QStringLiteral("Usia"), QStringLiteral("abc"));
        QVERIFY(!finish(dialog.score()).ok());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Usia")),
                 qPrintable(dialog.statusText()));
        language.apply(QStringLiteral("en"), false);
    }

    void damagedModelFileIsRefusedInTheDialog() {
        Language language;
        auto window = openSample(language);
        QVERIFY(window);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "gugus-model", "version": 1, "algorithm": "kmeans"})");
        file.close();
        CustomerScoreDialog dialog(window->scoringController(), window->document());
        QVERIFY(!finish(dialog.loadModel(path)).ok());
        // The loader's check, worded for the user: the field that is wrong.
        QCOMPARE(dialog.statusText(),
                 QStringLiteral("The model file is invalid: the field recipe is missing."));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("recipe")),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.columns().isEmpty());
        QVERIFY(!finish(dialog.score()).ok()); // nothing to score with
    }
};

QTEST_MAIN(ScoreOneTest)
#include "test_score_one.moc"
