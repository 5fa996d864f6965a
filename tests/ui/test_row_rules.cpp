// The Dataset view's Rows box: filters and outlier rules edited as a user would, the count of
// kept rows shown before any run (and equal to the engine's), a segmentation that leaves the
// other rows unassigned, and the rules surviving a project file.
#include "ui_test_support.h"

#include "controllers/segmentation_controller.h"
#include "dataset/dataset_view.h"
#include "dataset/row_rules_panel.h"
#include "state/document.h"
#include "support/job_runner.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace gugus::ui;
using gugus::ui::test::finish;

namespace {

/// Waits until the count label shows a finished count and returns it.
QString countText(RowRulesPanel* panel) {
    QLabel* label = panel->countLabel();
    const bool counted =
        QTest::qWaitFor([&] { return label->text().contains(QStringLiteral("Rows kept")); }, 20000);
    return counted ? label->text() : QStringLiteral("(no count shown)");
}

QString keptText(const gugus::core::RowCounts& c) {
    return QStringLiteral("Rows kept: %1 of %2")
        .arg(QLocale().toString(c.kept), QLocale().toString(c.input));
}

} // namespace

class RowRulesTest : public QObject {
    Q_OBJECT
private slots:
    void newDataIsCountedByOneJob() {
        // A million rows take a while to count: opening data starts one count, not one that the
        // next replaces.
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        JobRunner* counts = window.documentController()->runners().at(2);
        QSignalSpy started(counts, &JobRunner::started);
        QVERIFY(finish(window.documentController()->openSample(), 20000).ok());
        QVERIFY(countText(window.datasetView()->rowRules())
                    .contains(QStringLiteral("Rows kept: 5,000 of 5,000")));
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(1).toString(), QStringLiteral("Counting rows"));
    }

    void filtersAndOutlierRulesAreCountedBeforeTheRun() {
        Language language;
        auto window = gugus::ui::test::openSample(language);
        QVERIFY(window);
        Document* doc = window->documentController()->document();
        RowRulesPanel* panel = window->datasetView()->rowRules();
        QVERIFY(countText(panel).contains(QStringLiteral("Rows kept: 5,000 of 5,000")));

        // Keep Telemarketing, as a user types it.
        panel->filterColumnCombo()->setCurrentText(QStringLiteral("Jalur_Pembukaan"));
        panel->filterOpCombo()->setCurrentIndex(0); // "is"
        panel->filterValueEdit()->setText(QStringLiteral("Telemarketing"));
        panel->countLabel()->clear();
        QTest::mouseClick(panel->addFilterButton(), Qt::LeftButton);
        QCOMPARE(doc->recipe().filters.size(), std::size_t(1));
        QCOMPARE(panel->filterList()->count(), 1);
        QCOMPARE(panel->filterList()->item(0)->text(),
                 QStringLiteral("Jalur_Pembukaan=Telemarketing"));
        auto expected =
            gugus::core::rowCounts(gugus::core::selectRows(doc->table(), doc->recipe()));
        QVERIFY(expected.filteredOut > 0);
        QString shown = countText(panel);
        QVERIFY2(shown.contains(keptText(expected)), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("left out by the filters")));

        // |z| >= 2 on income and balance, dropped: selected in the column list, then applied.
        window->datasetView()->selectColumns(
            {QStringLiteral("Pendapatan_Tahunan"), QStringLiteral("Total_Relationship_Balance")});
        panel->thresholdSpin()->setValue(2.0);
        panel->countLabel()->clear();
        QTest::mouseClick(panel->addOutlierButton(), Qt::LeftButton);
        QCOMPARE(doc->recipe().outliers.size(), std::size_t(2));
        QCOMPARE(doc->recipe().outliers[0].threshold, 2.0);
        expected = gugus::core::rowCounts(gugus::core::selectRows(doc->table(), doc->recipe()));
        QVERIFY(expected.outliers > 0);
        shown = countText(panel);
        QVERIFY2(shown.contains(keptText(expected)), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("dropped as outliers")));

        // The run clusters exactly the counted rows; the others stay in the table, unassigned.
        gugus::core::SegmentationOptions options;
        options.k = 3;
        QVERIFY(finish(window->segmentationController()->segment(options)).ok());
        const auto& labels = doc->segmentation()->result.tableLabels;
        QCOMPARE(qint64(labels.size()), expected.input);
        QCOMPARE(qint64(std::count(labels.begin(), labels.end(), gugus::core::kUnassigned)),
                 expected.input - expected.kept);

        // The rules travel in the project file.
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("rows.gugus"));
        QVERIFY(finish(window->documentController()->saveProject(project)).ok());
        auto reopened = std::make_unique<MainWindow>(&language);
        QVERIFY(finish(reopened->documentController()->openProject(project)).ok());
        Document* back = reopened->documentController()->document();
        QVERIFY(back->recipe().filters == doc->recipe().filters);
        QVERIFY(back->recipe().outliers == doc->recipe().outliers);
        QCOMPARE(reopened->datasetView()->rowRules()->outlierList()->count(), 2);

        // Removing the filter counts again.
        panel->filterList()->setCurrentRow(0);
        panel->countLabel()->clear();
        QTest::mouseClick(panel->removeFilterButton(), Qt::LeftButton);
        QVERIFY(doc->recipe().filters.empty());
        expected = gugus::core::rowCounts(gugus::core::selectRows(doc->table(), doc->recipe()));
        shown = countText(panel);
        QVERIFY2(shown.contains(keptText(expected)), qPrintable(shown));
    }

    void aBoundOnTextIsRefusedWithoutChangingTheRecipe() {
        Language language;
        auto window = gugus::ui::test::openSample(language);
        QVERIFY(window);
        RowRulesPanel* panel = window->datasetView()->rowRules();
        panel->filterColumnCombo()->setCurrentText(QStringLiteral("Area"));
        panel->filterOpCombo()->setCurrentIndex(2); // "is at least"
        panel->filterValueEdit()->setText(QStringLiteral("3"));
        QTest::mouseClick(panel->addFilterButton(), Qt::LeftButton);
        QVERIFY(window->documentController()->document()->recipe().filters.empty());
        const auto boxes = panel->findChildren<QMessageBox*>();
        QCOMPARE(boxes.size(), 1);
        QVERIFY(boxes.front()->text().contains(QStringLiteral("Area is not numeric")));
    }
};

QTEST_MAIN(RowRulesTest)
#include "test_row_rules.moc"
