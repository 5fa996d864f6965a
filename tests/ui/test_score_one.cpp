// Segments ▸ Score one customer…, offscreen through its own widgets: the form generated from the
// current segmentation's model, one customer typed in the UI locale (English, then Indonesian)
// and scored to the segment and distances the engine gives the same row, a number that does not
// parse refused naming its column, and a damaged model file refused with a clear error. The
// segment named as the Overview names it (a suggestion marked as one), numbers typed and ranges
// shown in the columns' display units, row-rule columns as drop-downs, and the offers cut at the
// Offers view's setting (a model file alone: the documented default), each saying so.
#include "controllers/scoring_controller.h"
#include "export/customer_form.h"
#include "export/customer_score_dialog.h"
#include "model/customer_score.h"
#include "segments/offers_view.h"
#include "segments/overview_view.h"
#include "segments/segments_view.h"
#include "state/document.h"

#include "ui_test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <tuple>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::finish;
using gugus::ui::test::openSample;

namespace {

/// Fills the form with row `r` of the open data, numbers written in the UI locale and in the
/// column's display units (`labels`: stored × scale; products are drop-downs of 1 / 0).
void typeRow(CustomerScoreDialog& dialog, const core::Table& table, std::int64_t r,
             const ColumnLabels& labels = {}) {
    for (const QString& column : dialog.columns()) {
        const core::Column& c = table.column(column.toStdString());
        const bool number = !dialog.hint(column).isEmpty() && !c.isMissing(r);
        const double factor = labels.display(column.toStdString()).factor();
        QVERIFY(dialog.setValue(
            column, number ? QLocale().toString(c.values()[std::size_t(r)] * factor, 'f', 2)
                           : QString::fromStdString(c.toText(r))));
    }
}

/// The engine's values of row `r` for the form's columns (numbers in stored units).
std::vector<core::CustomerValue> engineRow(const QStringList& columns, const core::Table& table,
                                           std::int64_t r) {
    std::vector<core::CustomerValue> pairs;
    for (const QString& column : columns) {
        const core::Column& c = table.column(column.toStdString());
        if (!c.isMissing(r)) {
            pairs.push_back({column.toStdString(), c.toText(r)});
        }
    }
    return pairs;
}

/// The sample segmented on the Demographics perspective into `k` segments, its recipe first
/// changed by `adjust`; null when that failed.
std::unique_ptr<MainWindow>
demographicsSample(Language& language, int k,
                   const std::function<void(core::Recipe&)>& adjust = {}) {
    auto window = openSample(language);
    if (!window) {
        return nullptr;
    }
    SegmentsView* view = window->segmentsView();
    view->setPerspective(SegmentsView::Perspective::Demographics);
    if (adjust) {
        core::Recipe recipe = window->document()->recipe();
        adjust(recipe);
        window->document()->setRecipe(recipe);
    }
    view->setK(k);
    return finish(view->runSegmentation(), 300000).ok() ? std::move(window) : nullptr;
}

/// The model the dialog builds from the current segmentation, with the Document's names.
core::SegmentModel currentModel(const Document& document) {
    std::vector<std::string> names;
    for (int s = 0; s < document.segmentCount(); ++s) {
        names.push_back(document.segmentName(s).toStdString());
    }
    const Segmentation* seg = document.segmentation();
    return core::SegmentModel::fromSegmentation(document.table(), seg->options, seg->result, names);
}

} // namespace

class ScoreOneTest : public QObject {
    Q_OBJECT
private slots:
    void formScoresTheRowAsTheEngineInBothLanguages() {
        Language language;
        auto window = demographicsSample(language, 4);
        QVERIFY(window);
        Document* document = window->document();
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
                typeRow(dialog, table, r, document->columnLabels());
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

    void segmentIsNamedAsTheOverviewNamesIt() {
        Language language;
        auto window = demographicsSample(language, 4);
        QVERIFY(window);
        Document* document = window->document();
        SegmentsView* view = window->segmentsView();
        const core::Table& table = document->table();
        CustomerScoreDialog dialog(window->scoringController(), document);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.columns().isEmpty(); }, 60000));
        const core::ScoreResult batch = [&] {
            core::NullProgress progress;
            return core::scoreTable(currentModel(*document), table, progress);
        }();
        for (const QString& code : {QStringLiteral("en"), QStringLiteral("id")}) {
            language.apply(code, false);
            QCoreApplication::sendPostedEvents(); // the language change reaches every view
            const QVector<OverviewView::Row> rows = view->overviewView()->rows();
            QCOMPARE(rows.size(), 4);
            // No name was given: the Overview shows suggestions, in italics.
            QVERIFY(
                std::any_of(rows.begin(), rows.end(), [](auto& row) { return row.suggestedName; }));
            typeRow(dialog, table, 0, document->columnLabels());
            QVERIFY(finish(dialog.score()).ok());
            const int expected = batch.labels[0];
            for (const OverviewView::Row& row : rows) {
                QTableWidgetItem* name = dialog.valuesTable()->item(row.segment, 1);
                QCOMPARE(name->text(), row.name);
                QCOMPARE(name->font().italic(), row.suggestedName);
                if (row.segment != expected) {
                    continue;
                }
                const QString text = dialog.segmentText();
                QVERIFY2(text.contains(row.name.toHtmlEscaped()), qPrintable(text));
                QVERIFY2(text.contains(code == QLatin1String("en")
                                           ? QStringLiteral("(suggested name)")
                                           : QStringLiteral("(nama saran)")) == row.suggestedName,
                         qPrintable(text));
            }
        }
        // Kept in the Overview, a suggestion is the segment's name: shown plainly at once.
        language.apply(QStringLiteral("en"), false);
        const OverviewView::Row kept = view->overviewView()->rows().value(batch.labels[0]);
        document->setSegmentName(kept.segment, QStringLiteral("Pensiunan mapan"));
        QVERIFY2(dialog.segmentText().contains(QStringLiteral("Pensiunan mapan")),
                 qPrintable(dialog.segmentText()));
        QVERIFY(!dialog.segmentText().contains(QStringLiteral("(suggested name)")));
        QVERIFY(!dialog.valuesTable()->item(kept.segment, 1)->font().italic());
    }

    void numbersInDisplayUnitsRuleColumnsAsChoicesAndTheOfferSetting() {
        Language language;
        // The income (IDR, stored in millions) is clustered on; the opening channel is only
        // filtered on, so the model reads it through its row rules alone.
        auto window = demographicsSample(language, 3, [](core::Recipe& recipe) {
            recipe.find("Pendapatan_Tahunan")->role = core::Role::Feature;
            recipe.find("Jalur_Pembukaan")->role = core::Role::ProfileOnly;
            recipe.filters.push_back(
                {"Jalur_Pembukaan", core::FilterOp::OneOf, {"Telemarketing", "Cabang"}, 0.0});
        });
        QVERIFY(window);
        Document* document = window->document();
        SegmentsView* view = window->segmentsView();
        const core::Table& table = document->table();
        const core::SegmentModel model = currentModel(*document);
        CustomerScoreDialog dialog(window->scoringController(), document);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.columns().isEmpty(); }, 60000));
        const QString income = QStringLiteral("Pendapatan_Tahunan");
        const QString channel = QStringLiteral("Jalur_Pembukaan");
        QVERIFY(dialog.columns().contains(channel));

        const auto ref = std::find_if(model.columns.begin(), model.columns.end(),
                                      [](auto& c) { return c.name == "Pendapatan_Tahunan"; });
        QVERIFY(ref != model.columns.end());
        // A row of the training data that the channel filter keeps.
        std::int64_t r = 0;
        while (table.column("Jalur_Pembukaan").toText(r) != "Cabang") {
            ++r;
        }
        const double stored = table.column("Pendapatan_Tahunan").values()[std::size_t(r)];
        for (const auto& [code, unit, step] :
             {std::tuple{"en", "IDR", "M"}, std::tuple{"id", "Rp", "jt"}}) {
            language.apply(QString::fromLatin1(code), false);
            QCoreApplication::sendPostedEvents(); // the language change reaches the dialog
            // The range as the Overview writes amounts, the unit beside the field.
            QCOMPARE(dialog.form()->unit(income), QLatin1String(unit));
            const QString hint = dialog.hint(income);
            QCOMPARE(hint,
                     (code == std::string("en") ? QStringLiteral("training range %1 – %2")
                                                : QStringLiteral("rentang data pelatihan %1 – %2"))
                         .arg(ColumnLabels::money(ref->min * 1e6, "IDR"),
                              ColumnLabels::money(ref->max * 1e6, "IDR")));
            QVERIFY2(hint.contains(QStringLiteral(" %1").arg(QLatin1String(step))),
                     qPrintable(hint));
            // The channel is a drop-down of the data's channels: no other value can be picked.
            QVERIFY(dialog.setValue(channel, QStringLiteral("Internet Banking")));
            QVERIFY(!dialog.setValue(channel, QStringLiteral("Kantor Pos")));

            // The income typed as the Overview shows it, with and without its unit and step.
            const core::CustomerScore engine =
                core::scoreCustomer(model, engineRow(dialog.columns(), table, r), 0.3);
            QVERIFY(engine.segment >= 0);
            for (const QString& typed :
                 {QStringLiteral("%1 %2").arg(QLocale().toString(stored, 'f', 1),
                                              QLatin1String(step)),
                  QStringLiteral("%1 %2 %3")
                      .arg(QLatin1String(unit), QLocale().toString(stored, 'f', 1),
                           QLatin1String(step)),
                  QLocale().toString(stored * 1e6, 'f', 0)}) {
                typeRow(dialog, table, r, document->columnLabels());
                QVERIFY(dialog.setValue(income, typed));
                QVERIFY2(finish(dialog.score()).ok(), qPrintable(typed + dialog.statusText()));
                for (int s = 0; s < model.k; ++s) {
                    QCOMPARE(dialog.valuesTable()->item(s, 2)->text(),
                             QLocale().toString(engine.values[std::size_t(s)], 'f', 4));
                }
            }
            // Text that is no amount is refused, naming the field as the form labels it.
            QVERIFY(dialog.setValue(income, QStringLiteral("abc %1").arg(QLatin1String(step))));
            QVERIFY(!finish(dialog.score()).ok());
            QVERIFY2(dialog.statusText().contains(document->columnLabels().label(income)),
                     qPrintable(dialog.statusText()));
        }
        language.apply(QStringLiteral("en"), false);

        // The offers follow the Offers view's setting, and say so.
        std::int64_t differs = -1; // a customer whose offers depend on the setting
        for (std::int64_t row = 0; row < 400 && differs < 0; ++row) {
            const auto pairs = engineRow(dialog.columns(), table, row);
            if (core::scoreCustomer(model, pairs, 0.8).offers.size() !=
                core::scoreCustomer(model, pairs, 0.3).offers.size()) {
                differs = row;
            }
        }
        QVERIFY(differs >= 0);
        view->offersView()->setMinSupportPercent(80);
        QCOMPARE(window->scoringController()->offerSupport(), 0.8);
        typeRow(dialog, table, differs, document->columnLabels());
        QVERIFY(finish(dialog.score()).ok());
        const auto offered =
            core::scoreCustomer(model, engineRow(dialog.columns(), table, differs), 0.8).offers;
        QCOMPARE(dialog.offersText().count(QStringLiteral("<li>")), qsizetype(offered.size()));
        QVERIFY2(dialog.offersText().contains(QStringLiteral("at least 80% of the segment, as "
                                                             "set in the Offers view")),
                 qPrintable(dialog.offersText()));

        // A model file with no analysis open: the documented default, said to be one.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.json"));
        QVERIFY(finish(window->scoringController()->saveModel(path)).ok());
        MainWindow empty(&language);
        CustomerScoreDialog alone(empty.scoringController(), empty.document());
        QVERIFY(finish(alone.loadModel(path)).ok());
        QVERIFY(QTest::qWaitFor([&] { return !alone.columns().isEmpty(); }, 60000));
        QVERIFY(!alone.offerSupportIsAnalysts());
        QCOMPARE(alone.offerSupport(), core::kDefaultOfferSupport);
        typeRow(alone, table, differs); // no data open: no display units, stored numbers
        QVERIFY(finish(alone.score()).ok());
        QVERIFY2(alone.offersText().contains(QStringLiteral("at least 30% of the segment: the "
                                                            "default")),
                 qPrintable(alone.offersText()));
        // The model file keeps no list of the channels: free text there.
        QVERIFY(alone.setValue(channel, QStringLiteral("Kantor Pos")));
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
