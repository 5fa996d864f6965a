// Display labels and units: the sample opens with its labels, the inspector edits them, the
// Overview, cards and inspector statistics use them ("IDR 341.8 M", "Rp 341,8 jt"), money
// columns fill the Overview's value column, and a project file carries them. Also the
// inspector's sanity (an identifier is not prepared) and the status bar's last job. Offscreen.
#include "controllers/document_controller.h"
#include "dataset/column_display_editor.h"
#include "dataset/column_list_model.h"
#include "dataset/dataset_view.h"
#include "language.h"
#include "main_window.h"
#include "profile/segment_flags.h"
#include "profile/segment_traits.h"
#include "segments/overview_view.h"
#include "segments/segment_cards.h"
#include "segments/segment_list.h"
#include "segments/segments_view.h"
#include "segments/trait_words.h"
#include "state/document.h"
#include "support/column_labels.h"

#include "ui_test_support.h"
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::finish;
using gugus::ui::test::openSample;

class ColumnDisplayTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QApplication::setOrganizationName(QStringLiteral("GugusTest"));
        QApplication::setApplicationName(QStringLiteral("GugusTest"));
    }

    void moneyReadsInTheUiLanguage() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        QCOMPARE(ColumnLabels::money(341.8e6, "IDR"), QStringLiteral("IDR 341.8 M"));
        QCOMPARE(ColumnLabels::money(1.26e12, "IDR"), QStringLiteral("IDR 1.3 T"));
        QCOMPARE(ColumnLabels::money(999'960.0, "IDR"), QStringLiteral("IDR 1.0 M"));
        QCOMPARE(ColumnLabels::money(950.0, "USD"), QStringLiteral("USD 950"));
        language.apply(QStringLiteral("id"), false);
        QCOMPARE(ColumnLabels::money(341.8e6, "IDR"), QStringLiteral("Rp 341,8 jt"));
        QCOMPARE(ColumnLabels::money(2.5e9, "IDR"), QStringLiteral("Rp 2,5 M"));
        QCOMPARE(ColumnLabels::money(12'500.0, "IDR"), QStringLiteral("Rp 12,5 rb"));
        // A column stored in millions reads as the whole amount; other units follow the number.
        const ColumnLabels labels(
            {{"Pendapatan_Tahunan", {"Pendapatan tahunan", "IDR", core::ValueScale::Millions}},
             {"Usia", {"Usia", "tahun", core::ValueScale::Units}}});
        QCOMPARE(labels.value("Pendapatan_Tahunan", 274.0), QStringLiteral("Rp 274,0 jt"));
        QCOMPARE(labels.value("Usia", 53.0), QStringLiteral("53 tahun"));
        QCOMPARE(labels.label(std::string("Jumlah_Anak")),
                 QStringLiteral("Jumlah_Anak")); // no display
        language.apply(QStringLiteral("en"), false);
    }

    void sampleLabelsFlowIntoTheInspectorAndTheOverview() {
        Language language;
        auto window = openSample(language);
        QVERIFY(window);
        Document* document = window->document();
        const ColumnLabels& labels = document->columnLabels();
        QCOMPARE(labels.label(std::string("Total_Relationship_Balance")),
                 QStringLiteral("Saldo relasi"));
        QVERIFY(labels.isMoney("Pendapatan_Tahunan"));

        // Repeated customer ids are said on load and above the data table.
        DatasetView* dataset = window->datasetView();
        const QString repeats = QStringLiteral(
            "ID nasabah (GCIF) has 4,618 distinct ids in 5,000 rows: some customers appear more "
            "than once.");
        QVERIFY2(window->statusBar()->currentMessage().endsWith(repeats),
                 qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(dataset->selectionLabel()->text().contains(repeats));

        // The inspector lists the label with its unit and shows statistics in it.
        ColumnListModel* columns = dataset->columnModel();
        const int balance = int(*document->table().indexOf("Total_Relationship_Balance"));
        QCOMPARE(columns->data(columns->index(balance, ColumnListModel::Label), Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Saldo relasi (IDR)"));
        const double mean = document->table().column(std::size_t(balance)).stats().mean;
        QCOMPARE(columns->data(columns->index(balance, ColumnListModel::Mean), Qt::DisplayRole)
                     .toString(),
                 ColumnLabels::money(mean, "IDR"));

        // Editing the display in the inspector: label for one column, unit and scale.
        dataset->selectColumns({QStringLiteral("Jumlah_Anak")});
        ColumnDisplayEditor* editor = dataset->displayEditor();
        QVERIFY(editor->labelEdit()->isEnabled());
        editor->labelEdit()->setText(QStringLiteral("Anak"));
        emit editor->labelEdit()->editingFinished();
        editor->unitCombo()->setEditText(QStringLiteral("orang"));
        emit editor->unitCombo()->lineEdit()->editingFinished();
        QCOMPARE(labels.label(std::string("Jumlah_Anak")), QStringLiteral("Anak"));
        QCOMPARE(labels.display("Jumlah_Anak").unit, std::string("orang"));
        QVERIFY(editor->preview()->text().contains(QStringLiteral("orang")));

        // An identifier offers no imputation or scaling.
        dataset->selectColumns({QStringLiteral("GCIF")});
        QVERIFY(!dataset->imputationCombo()->isEnabled());
        QVERIFY(!dataset->scalingCombo()->isEnabled());
        dataset->selectColumns({QStringLiteral("Usia")});
        QVERIFY(dataset->imputationCombo()->isEnabled());
        QVERIFY(dataset->scalingCombo()->isEnabled());

        // The Overview: labels in traits and names, money summed per segment.
        SegmentsView* view = window->segmentsView();
        view->setK(4);
        QVERIFY(finish(view->runSegmentation()).ok());
        const auto& profile = document->segmentation()->result.profile;
        // The status bar tells the last job, not the load before it.
        // (Chart jobs that finish later may follow with "<job>: done.")
        const QString last = window->statusBar()->currentMessage();
        QVERIFY2(last == QStringLiteral("Segmented 5,000 customers into 4 segments.") ||
                     last.endsWith(QStringLiteral(": done.")),
                 qPrintable(last));
        OverviewView* overview = view->overviewView();
        QTableWidget* table = overview->table();
        QVERIFY(!table->isColumnHidden(OverviewView::Value));
        const auto rows = overview->rows();
        QCOMPARE(rows.size(), 4);
        const auto c = std::size_t(std::find(profile.columns.begin(), profile.columns.end(),
                                             "Total_Relationship_Balance") -
                                   profile.columns.begin());
        QVERIFY(c < profile.columns.size());
        double total = 0;
        for (int s = 0; s < rows.size(); ++s) {
            const auto& column = profile.segments[std::size_t(s)].columns[c];
            const int i =
                rows[s].moneyColumns.indexOf(QStringLiteral("Total_Relationship_Balance"));
            QVERIFY(i >= 0);
            QCOMPARE(rows[s].sums[i], column.mean * double(column.count));
            QCOMPARE(rows[s].means[i], column.mean);
            total += rows[s].sums[i];
            const QString cell = table->item(s, OverviewView::Value)->text();
            QVERIFY2(cell.contains(ColumnLabels::money(rows[s].sums[i], "IDR")), qPrintable(cell));
            QVERIFY(cell.contains(QStringLiteral("Saldo relasi")));
            // Income is stored in millions: its sum is in rupiah.
            const int income = rows[s].moneyColumns.indexOf(QStringLiteral("Pendapatan_Tahunan"));
            QVERIFY(income >= 0);
            QVERIFY(rows[s].means[income] > 1e7);
            // No raw column names in the words a marketer reads.
            for (const QString& trait : rows[s].traits) {
                QVERIFY2(!trait.contains(QLatin1Char('_')), qPrintable(trait));
            }
            QVERIFY2(!rows[s].name.contains(QLatin1Char('_')), qPrintable(rows[s].name));
        }
        // Segments made of one category or of imputed values say so in the Overview, on their
        // card and in the list, as the profile's flags have it.
        SegmentListModel* list = view->segmentList()->model();
        int flagged = 0;
        for (int s = 0; s < rows.size(); ++s) {
            const auto flags = core::segmentFlags(profile, profile.segments[std::size_t(s)]);
            QCOMPARE(rows[s].cautions.size(), qsizetype(flags.size()));
            const QString note =
                list->data(list->index(s, SegmentListModel::Note), Qt::DisplayRole).toString();
            QCOMPARE(note.isEmpty(), flags.empty());
            for (const auto& f : flags) {
                QVERIFY(view->segmentCards()->html().contains(
                    TraitWords::flag(f, document->columnLabels()).toHtmlEscaped()));
            }
            flagged += flags.empty() ? 0 : 1;
        }
        QVERIFY2(flagged > 0, "the sample has a segment of (nearly) one marital status");
        const auto& all = profile.overall[c];
        QVERIFY(std::abs(total - all.mean * double(all.count)) <= 1e-6 * total);
        const auto top = core::distinctiveTraits(profile, profile.segments[0], 5);
        QVERIFY(!top.empty());
        QCOMPARE(view->segmentCards()->describe(top[0]),
                 TraitWords::describe(top[0], document->columnLabels()));

        // Without money columns the value column is hidden.
        document->setColumnDisplay("Total_Relationship_Balance", {"Saldo relasi", "", {}});
        document->setColumnDisplay("Pendapatan_Tahunan", {});
        QVERIFY(table->isColumnHidden(OverviewView::Value));
    }

    void aProjectKeepsTheDisplays() {
        Language language;
        auto window = openSample(language);
        QVERIFY(window);
        Document* document = window->document();
        document->setColumnDisplay("Usia", {"Umur nasabah", "tahun", core::ValueScale::Units});
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("labels.gugus"));
        QVERIFY(finish(window->documentController()->saveProject(project)).ok());
        const core::ColumnDisplays saved = document->columnLabels().displays();

        auto other = openSample(language);
        QVERIFY(other);
        QCOMPARE(other->document()->columnLabels().label(std::string("Usia")),
                 QStringLiteral("Usia"));
        QVERIFY(finish(other->documentController()->openProject(project)).ok());
        QVERIFY(other->document()->columnLabels().displays() == saved);
        QCOMPARE(other->document()->columnLabels().label(std::string("Usia")),
                 QStringLiteral("Umur nasabah"));
    }
};

QTEST_MAIN(ColumnDisplayTest)
#include "test_column_display.moc"
