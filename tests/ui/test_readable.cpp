// Readable results, read back from the widgets offscreen: numbers in tables right-aligned with one
// number of decimals per column (Indonesian separators too), bar labels that stay inside their
// charts at any size, display labels in the data table header and the Explore charts, display
// files beside a CSV (read on open, hostile ones refused with the field named, saved from the
// inspector), the Overview without a horizontal scroll bar at 1,280 and 1,920 px with columns
// sized by their content and rows of a few lines, the main window within a 1,280 px screen in
// both languages, chart annotations inside their plots, K-Medoids' medoids marked on the
// customer map, and the import previews' column titles whole.
#include "controllers/document_controller.h"
#include "controllers/explore_controller.h"
#include "dataset/column_display_editor.h"
#include "dataset/column_list_model.h"
#include "dataset/data_table_model.h"
#include "dataset/dataset_view.h"
#include "explore/explore_view.h"
#include "language.h"
#include "main_window.h"
#include "model/project_file.h"
#include "segments/offers_view.h"
#include "segments/overview_view.h"
#include "segments/pca_scatter.h"
#include "segments/segment_list.h"
#include "segments/segments_view.h"
#include "segments/sweep_chart.h"
#include "state/document.h"
#include "support/eliding_header.h"
#include "support/file_saver.h"
#include "support/format.h"
#include "support/labels.h"
#include "support/table_preview.h"

#include "common/progress.h"
#include "data/csv_reader.h"

#include <qcustomplot.h>

#include "ui_test_support.h"
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleOptionHeader>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <memory>
#include <set>
#include <string>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::finish;
using gugus::ui::test::openSample;

namespace {

/// An ElidingHeader that tells the title it draws for a section.
class ShownHeader : public ElidingHeader {
public:
    using ElidingHeader::ElidingHeader;
    QString shownTitle(int section) const {
        QStyleOptionHeader option;
        initStyleOption(&option);
        initStyleOptionForIndex(&option, section);
        return option.text;
    }
};

/// Digits after the decimal separator of a formatted number ("1,234.50" → 2; "IDR 3.4 M" → 1).
int decimalsOf(const QString& text, const QString& point) {
    const qsizetype at = text.lastIndexOf(point);
    if (at < 0) {
        return 0;
    }
    int digits = 0;
    for (qsizetype i = at + point.size(); i < text.size() && text[i].isDigit(); ++i) {
        ++digits;
    }
    return digits;
}

/// Every cell of `column` in `table` is right-aligned and has the same decimals; returns them.
int checkNumberColumn(QTableWidget* table, int column, const char* what) {
    std::set<int> decimals;
    for (int r = 0; r < table->rowCount(); ++r) {
        QTableWidgetItem* item = table->item(r, column);
        if (!item) {
            continue;
        }
        const auto alignment = Qt::Alignment(item->textAlignment());
        if (!(alignment & Qt::AlignRight)) {
            qWarning("%s: row %d is not right-aligned", what, r);
            return -1;
        }
        decimals.insert(decimalsOf(item->text(), QLocale().decimalPoint()));
    }
    if (decimals.size() != 1) {
        qWarning("%s: %d different decimal counts", what, int(decimals.size()));
        return -1;
    }
    return *decimals.begin();
}

/// Every text item of the plot ends inside the axis rect (a pixel of slack for rounding).
bool labelsInside(QCustomPlot* plot, QString* failure) {
    const QRect rect = plot->axisRect()->rect();
    int texts = 0;
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto* text = qobject_cast<QCPItemText*>(plot->item(i));
        if (!text) {
            continue;
        }
        ++texts;
        const QPointF topRight = text->topRight->pixelPosition();
        if (topRight.x() > rect.right() + 1 || topRight.y() < rect.top() - 1) {
            *failure = QStringLiteral("label \"%1\" reaches (%2, %3), axes end at (%4, %5)")
                           .arg(text->text())
                           .arg(topRight.x())
                           .arg(topRight.y())
                           .arg(rect.right())
                           .arg(rect.top());
            return false;
        }
    }
    if (texts == 0) {
        *failure = QStringLiteral("no labels drawn");
        return false;
    }
    return true;
}

/// Every text item of the plot lies wholly inside the axis rect (a pixel of slack); counts them.
bool notesInside(QCustomPlot* plot, int* count, QString* failure) {
    const QRectF rect = QRectF(plot->axisRect()->rect()).adjusted(-1, -1, 1, 1);
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto* text = qobject_cast<QCPItemText*>(plot->item(i));
        if (!text) {
            continue;
        }
        ++*count;
        const QRectF box(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition());
        if (!rect.contains(box)) {
            *failure = QStringLiteral("\"%1\" at (%2, %3)-(%4, %5), axes (%6, %7)-(%8, %9)")
                           .arg(text->text())
                           .arg(box.left())
                           .arg(box.top())
                           .arg(box.right())
                           .arg(box.bottom())
                           .arg(rect.left())
                           .arg(rect.top())
                           .arg(rect.right())
                           .arg(rect.bottom());
            return false;
        }
    }
    return true;
}

/// The first `rows` data rows of the sample (with its header) written to `path`.
void writeSampleHead(const QString& path, int rows) {
    std::ifstream in(GUGUS_SAMPLE_CSV);
    std::ofstream out(QFile::encodeName(path).toStdString());
    std::string line;
    for (int i = 0; i <= rows && std::getline(in, line); ++i) {
        out << line << '\n';
    }
}

void writeText(const QString& path, const std::string& text) {
    std::ofstream out(QFile::encodeName(path).toStdString(), std::ios::binary);
    out << text;
}

/// A main window on the sample segmented by K-Means into `k` segments, or null on a failure.
std::unique_ptr<MainWindow> segmentedSample(Language& language, int k) {
    auto window = openSample(language);
    if (!window) {
        return nullptr;
    }
    window->segmentsView()->setK(k);
    return finish(window->segmentsView()->runSegmentation()).ok() ? std::move(window) : nullptr;
}

} // namespace

class ReadableTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QApplication::setOrganizationName(QStringLiteral("GugusTest"));
        QApplication::setApplicationName(QStringLiteral("GugusTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void decimalsArePickedPerColumn() {
        using report::columnDecimals;
        // Whole numbers stay whole, however large.
        QCOMPARE(columnDecimals(std::vector<double>{20, 41, 79}), 0);
        QCOMPARE(columnDecimals(std::vector<double>{1e9, 2.5e9}), 0);
        // Enough for three significant digits of the largest value, no more than needed.
        QCOMPARE(columnDecimals(std::vector<double>{0.113, 0.152, 0.0912}), 3);
        QCOMPARE(columnDecimals(std::vector<double>{0.113, 0.152, 0.0912}, 2), 2);
        QCOMPARE(columnDecimals(std::vector<double>{41.5, 12.25, 7}), 1);
        QCOMPARE(columnDecimals(std::vector<double>{41.5, 12.0, 7}, 4), 1);
        QCOMPARE(columnDecimals(std::vector<double>{1.0 / 3, 2.0 / 3}, 3, 2), 2);
        // NaN and infinities do not count; nothing finite → 0.
        QCOMPARE(columnDecimals(std::vector<double>{std::nan(""), 0.25, INFINITY}, 3), 2);
        QCOMPARE(columnDecimals(std::vector<double>{std::nan("")}), 0);
        // Locale-aware, no negative zero.
        const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
        QCOMPARE(report::formatFixed(1234.5, 2, id), QStringLiteral("1.234,50"));
        QCOMPARE(report::formatFixed(-0.0004, 2, QLocale()), QStringLiteral("0.00"));
        QCOMPARE(report::formatFixed(std::nan(""), 2, QLocale()), QStringLiteral("–"));
        QCOMPARE(report::NumberColumn::withDecimals(3).spreadsheetFormat(),
                 QStringLiteral("#,##0.000"));
        QCOMPARE(report::NumberColumn::withDecimals(0).spreadsheetFormat(),
                 QStringLiteral("#,##0"));
    }

    void tablesLineUpTheirNumbers() {
        Language language;
        auto window = segmentedSample(language, 6);
        QVERIFY(window);
        SegmentsView* view = window->segmentsView();

        // The segment list: silhouettes right-aligned with one number of decimals.
        SegmentListModel* list = view->segmentList()->model();
        std::set<int> decimals;
        for (int r = 0; r < window->document()->segmentCount(); ++r) {
            const QModelIndex at = list->index(r, SegmentListModel::Silhouette);
            QVERIFY(Qt::Alignment(list->data(at, Qt::TextAlignmentRole).toInt()) & Qt::AlignRight);
            decimals.insert(
                decimalsOf(list->data(at, Qt::DisplayRole).toString(), QStringLiteral(".")));
        }
        QCOMPARE(int(decimals.size()), 1);

        // The offers table: counts whole, lifts with one number of decimals.
        QTableWidget* offers = view->offersView()->offersTable();
        QVERIFY(offers->rowCount() > 1);
        QCOMPARE(checkNumberColumn(offers, 1, "owners"), 0);
        QVERIFY(checkNumberColumn(offers, 5, "lift") > 0);

        // The column statistics: a column's mean and spread share decimals, and whole-number
        // data keeps whole minimum, median and maximum.
        ColumnListModel* columns = window->datasetView()->columnModel();
        const int age = int(*window->document()->table().indexOf("Jumlah_Anak"));
        const auto cell = [&](int column) {
            return columns->data(columns->index(age, column), Qt::DisplayRole).toString();
        };
        QCOMPARE(decimalsOf(cell(ColumnListModel::Mean), QStringLiteral(".")),
                 decimalsOf(cell(ColumnListModel::Std), QStringLiteral(".")));
        QVERIFY(!cell(ColumnListModel::Max).contains(QLatin1Char('.')));

        // In Indonesian the same cells use its separators.
        language.apply(QStringLiteral("id"), false);
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        const QString silhouette =
            list->data(list->index(0, SegmentListModel::Silhouette), Qt::DisplayRole).toString();
        QVERIFY2(silhouette.contains(QLatin1Char(',')), qPrintable(silhouette));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        language.apply(QStringLiteral("en"), false);
    }

    void barLabelsStayInsideTheirCharts() {
        Language language;
        auto window = segmentedSample(language, 3);
        QVERIFY(window);
        SegmentsView* view = window->segmentsView();
        // Segment sizes: "4,493 (89.9%)" past the longest bar, on a narrow and a wide chart.
        QCustomPlot* sizes = view->segmentList()->sizePlot();
        for (const QSize size : {QSize(260, 180), QSize(420, 240), QSize(900, 300)}) {
            // The list is hidden behind the Overview: its resize event waits for a show, so
            // the plot is told its new size directly.
            sizes->resize(size);
            sizes->setViewport(sizes->rect());
            sizes->replot();
            QString failure;
            QVERIFY2(labelsInside(sizes, &failure), qPrintable(QStringLiteral("%1 x %2: %3")
                                                                   .arg(size.width())
                                                                   .arg(size.height())
                                                                   .arg(failure)));
        }
        // Explore's category and average-by charts: labels above the bars, small and large.
        ExploreView* explore = window->exploreView();
        QTRY_VERIFY(!window->exploreController()->busy());
        for (QCustomPlot* plot : {explore->categoryPlot(), explore->groupPlot()}) {
            const double across = plot->xAxis->range().size();
            for (const QSize size : {QSize(420, 220), QSize(1000, 640), QSize(120, 90)}) {
                plot->resize(size);
                plot->setViewport(plot->rect());
                for (int again = 0; again < 4; ++again) {
                    plot->replot(); // layouts do not widen the bars' axis further and further
                }
                QVERIFY2(plot->xAxis->range().size() < 2 * across,
                         qPrintable(QStringLiteral("x range %1, drawn with %2")
                                        .arg(plot->xAxis->range().size())
                                        .arg(across)));
                if (size.width() >= 400) { // a tiny chart cannot hold its labels
                    QString failure;
                    QVERIFY2(labelsInside(plot, &failure), qPrintable(failure));
                }
            }
        }
    }

    void chartNotesStayInsideTheirPlots() {
        // A mixture's k sweep whose knee is the last k (right edge) and whose lowest BIC is the
        // lowest point of its chart (bottom edge): both notes turn inwards.
        core::SweepResult sweep;
        for (int k = 2; k <= 8; ++k) {
            core::SweepPoint p;
            p.k = k;
            p.scores.defined = true;
            p.scores.inertia = 1000.0 / k;
            p.scores.silhouette = 0.1 + 0.01 * k;
            p.scores.calinskiHarabasz = 100.0 + k;
            p.scores.daviesBouldin = 2.0 - 0.1 * k;
            p.bic = 5000.0 - 100.0 * k;
            p.aic = 4800.0 - 90.0 * k;
            sweep.points.push_back(p);
        }
        sweep.kneeK = 8;
        sweep.suggestedK = 8;
        sweep.lowestBicK = 8;
        sweep.lowestAicK = 8;
        Language language;
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("id")}) {
            language.apply(lang, false);
            SweepChart chart;
            chart.setSweep(sweep, true);
            for (QCustomPlot* plot : {chart.inertiaPlot(), chart.criteriaPlot()}) {
                for (const QSize size : {QSize(300, 200), QSize(640, 360)}) {
                    plot->resize(size);
                    plot->setViewport(plot->rect());
                    plot->replot();
                    int notes = 0;
                    QString failure;
                    QVERIFY2(notesInside(plot, &notes, &failure),
                             qPrintable(QStringLiteral("%1 %2 x %3: %4")
                                            .arg(lang)
                                            .arg(size.width())
                                            .arg(size.height())
                                            .arg(failure)));
                    QVERIFY(notes > 0);
                }
            }
            // BIC and AIC are lowest at the same k: one note names both, none printed over it.
            int minimumNotes = 0;
            QCustomPlot* criteria = chart.criteriaPlot();
            for (int i = 0; i < criteria->itemCount(); ++i) {
                const auto* text = qobject_cast<QCPItemText*>(criteria->item(i));
                if (text && text->text().contains(QStringLiteral("BIC"))) {
                    ++minimumNotes;
                    QVERIFY2(text->text().contains(QStringLiteral("AIC")),
                             qPrintable(text->text()));
                }
            }
            QCOMPARE(minimumNotes, 1);
        }
        language.apply(QStringLiteral("en"), false);
    }

    void displayLabelsInTheDataTableAndExplore() {
        Language language;
        auto window = openSample(language);
        QVERIFY(window);
        const core::Table& table = window->document()->table();
        const int balance = int(*table.indexOf("Total_Relationship_Balance"));
        DataTableModel* data = window->datasetView()->tableModel();
        QCOMPARE(data->headerData(balance, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Saldo relasi"));
        QVERIFY(data->headerData(balance, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Total_Relationship_Balance")));

        // Explore: the combos show labels and keep raw names as data; the charts use labels.
        ExploreView* explore = window->exploreView();
        QComboBox* measure = explore->numericCombo();
        const int item = measure->findData(QStringLiteral("Total_Relationship_Balance"));
        QVERIFY(item >= 0);
        QCOMPARE(measure->itemText(item), QStringLiteral("Saldo relasi"));
        measure->setCurrentIndex(item);
        emit measure->activated(item);
        QTRY_VERIFY(!window->exploreController()->busy());
        QTRY_COMPARE(explore->histogramPlot()->xAxis->label(), QStringLiteral("Saldo relasi"));
        QVERIFY(explore->groupPlot()->yAxis->label().contains(QStringLiteral("Saldo relasi")));

        // A label edited in the inspector reaches the header and Explore at once.
        window->document()->setColumnDisplay("Total_Relationship_Balance",
                                             {"Saldo total", "IDR", core::ValueScale::Units});
        QCOMPARE(data->headerData(balance, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Saldo total"));
        QCOMPARE(measure->currentText(), QStringLiteral("Saldo total"));
        QCOMPARE(explore->histogramPlot()->xAxis->label(), QStringLiteral("Saldo total"));
    }

    void displayFilesBesideTheData() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csv = dir.filePath(QStringLiteral("nasabah.csv"));
        writeSampleHead(csv, 300);
        const QString display = dir.filePath(QStringLiteral("nasabah.display.json"));
        QCOMPARE(displayFilePathFor(csv), display);
        writeText(display,
                  R"({"format": "gugus-display", "version": 1, "columns": [
                      {"column": "Usia", "label": "Umur", "unit": "tahun", "scale": "units"},
                      {"column": "Not_In_Data", "label": "x", "unit": "", "scale": "units"}]})");
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        DocumentController* documents = window.documentController();
        QVERIFY(finish(documents->openFile(csv)).ok());
        const ColumnLabels& labels = window.document()->columnLabels();
        QCOMPARE(labels.label(std::string("Usia")), QStringLiteral("Umur"));
        QCOMPARE(labels.display("Usia").unit, std::string("tahun"));
        QCOMPARE(labels.displays().count("Not_In_Data"), std::size_t(0));

        // Hostile display files: the data opens with raw names and the reason names the field.
        QSignalSpy unusable(documents, &DocumentController::displayFileUnusable);
        const std::pair<std::string, QString> hostile[] = {
            {R"({"format": "gugus-display", "version": 1, "columns": [
                 {"column": "Usia", "label": "Umur", "unit": "", "scale": "lots"}]})",
             QStringLiteral("scale")},
            {R"({"format": "gugus-display", "version": 1, "columns": [
                 {"column": "Usia", "label": "a\u0001b", "unit": "", "scale": "units"}]})",
             QStringLiteral("label")},
            {R"({"format": "gugus-display", "version": 9, "columns": []})",
             QStringLiteral("version")},
            {"{\"format\": \"gugus-display\", ", QStringLiteral("JSON")},
            {std::string(5 << 20, ' '), QString()},
        };
        for (const auto& [text, field] : hostile) {
            writeText(display, text);
            unusable.clear();
            QVERIFY(finish(documents->openFile(csv)).ok());
            QCOMPARE(window.document()->table().rowCount(), qint64(300));
            QCOMPARE(labels.label(std::string("Usia")), QStringLiteral("Usia"));
            QCOMPARE(unusable.count(), 1);
            const QString reason = unusable.first().at(1).toString();
            QVERIFY2(reason.contains(field, Qt::CaseInsensitive), qPrintable(reason));
        }

        // Saved from the inspector: the file beside the data, read back on the next opening.
        QFile::remove(display);
        QVERIFY(finish(documents->openFile(csv)).ok());
        QVERIFY(labels.displays().empty());
        ColumnDisplayEditor* editor = window.datasetView()->displayEditor();
        window.datasetView()->selectColumns({QStringLiteral("Jumlah_Anak")});
        editor->labelEdit()->setText(QStringLiteral("Anak"));
        emit editor->labelEdit()->editingFinished();
        QVERIFY(!editor->saveButton()->isHidden());
        const QByteArray data = test::contents(csv);
        QSignalSpy saved(documents->saver(), &FileSaver::saved);
        editor->saveButton()->click();
        QTRY_COMPARE(saved.count(), 1);
        const core::ColumnDisplays written =
            core::columnDisplaysFromFile(test::contents(display).toStdString());
        QCOMPARE(written, labels.displays());
        QVERIFY(finish(documents->openFile(csv)).ok());
        QCOMPARE(labels.label(std::string("Jumlah_Anak")), QStringLiteral("Anak"));
        // The data file itself is untouched by saving its labels.
        QCOMPARE(test::contents(csv), data);
    }

    void overviewFitsWithoutScrollingSideways() {
        Language language;
        auto window = segmentedSample(language, 6);
        QVERIFY(window);
        SegmentsView* view = window->segmentsView();
        window->tabs()->setCurrentWidget(view);
        view->tabs()->setCurrentWidget(view->tabs()->widget(0));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        OverviewView* overview = view->overviewView();
        QTableWidget* table = overview->table();
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("id")}) {
            language.apply(lang, false);
            QTest::qWait(50); // LanguageChange is posted
            for (const int width : {1280, 1920}) {
                window->resize(width, 800);
                QCoreApplication::sendPostedEvents();
                QTest::qWait(50);
                const int used = table->horizontalHeader()->length();
                const QString message =
                    QStringLiteral("%1, %2 px window: columns %3 px, viewport %4 px")
                        .arg(lang)
                        .arg(width)
                        .arg(used)
                        .arg(table->viewport()->width());
                QVERIFY2(used <= table->viewport()->width(), qPrintable(message));
                QVERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(message));
                // Wrapped cells keep their whole text in the tooltip.
                QCOMPARE(table->item(0, OverviewView::Traits)->toolTip().isEmpty(), false);
                // Columns sized by their content: no recommended action written yet, so that
                // column keeps its header's width, and the traits get more than any other.
                const QFontMetrics header(table->horizontalHeader()->font());
                const int actionTitle = header.horizontalAdvance(
                    table->horizontalHeaderItem(OverviewView::Action)->text());
                QVERIFY2(table->columnWidth(OverviewView::Action) <= actionTitle + 24,
                         qPrintable(message));
                for (const int c : {OverviewView::Name, OverviewView::Value, OverviewView::Offers,
                                    OverviewView::Dominant, OverviewView::Action}) {
                    QVERIFY2(table->columnWidth(OverviewView::Traits) >= table->columnWidth(c),
                             qPrintable(message + QStringLiteral(", column %1").arg(c)));
                }
                // Rows at most a few lines, whatever the text (the rest is in the tooltip).
                const int lines = QFontMetrics(table->font()).lineSpacing();
                for (int r = 0; r < table->rowCount(); ++r) {
                    QVERIFY2(
                        table->rowHeight(r) <= OverviewView::kMaxLines * lines + 8,
                        qPrintable(
                            message +
                            QStringLiteral(", row %1 is %2 px").arg(r).arg(table->rowHeight(r))));
                }
            }
        }
        language.apply(QStringLiteral("en"), false);
    }

    void previewTitlesFitTheirColumns() {
        // The import and database previews: each column as wide as its title "name\n[type]" (the
        // values are shorter here), so no title is cut; a title too long for the widest column
        // is cut with "…" on its own line, the type below it kept whole.
        const std::string longName(60, 'w');
        const std::string csv = "Pendapatan_Tahunan,Status_Perkawinan,Usia," + longName +
                                "\n1,Menikah,30,2\n3,Cerai,41,4\n";
        core::NullProgress progress;
        const core::Table table = core::readCsvText(csv, {}, progress).table;
        QTableWidget view;
        setUpTablePreview(&view);
        auto* header = new ShownHeader(Qt::Horizontal, &view);
        view.setHorizontalHeader(header);
        showTablePreview(&view, table);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int c = 0; c < 3; ++c) {
            const QString title = view.horizontalHeaderItem(c)->text();
            QCOMPARE(header->shownTitle(c), title);
        }
        const QStringList cut = header->shownTitle(3).split(QLatin1Char('\n'));
        QCOMPARE(cut.size(), 2);
        QVERIFY(cut[0].endsWith(QChar(0x2026)));
        QCOMPARE(cut[1], QStringLiteral("[%1]").arg(typeName(core::ColumnType::Numeric)));
    }

    void theWindowFitsA1280PxScreen() {
        // The widest page decides the window's minimum width: at most 1,280 px in English and
        // in Indonesian (longer words), with a segmentation on screen.
        Language language;
        auto window = segmentedSample(language, 6);
        QVERIFY(window);
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("id")}) {
            language.apply(lang, false);
            QTest::qWait(50); // LanguageChange is posted
            for (QWidget* page : {static_cast<QWidget*>(window->datasetView()),
                                  static_cast<QWidget*>(window->exploreView()),
                                  static_cast<QWidget*>(window->segmentsView())}) {
                window->tabs()->setCurrentWidget(page);
                QCoreApplication::sendPostedEvents();
                QVERIFY2(window->minimumSizeHint().width() <= 1280,
                         qPrintable(QStringLiteral("%1, %2: the window needs %3 px")
                                        .arg(lang, page->metaObject()->className())
                                        .arg(window->minimumSizeHint().width())));
            }
        }
        language.apply(QStringLiteral("en"), false);
    }

    void medoidsAreMarkedOnTheMap() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csv = dir.filePath(QStringLiteral("kecil.csv"));
        writeSampleHead(csv, 400);
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        QVERIFY(finish(window.documentController()->openFile(csv)).ok());
        SegmentsView* view = window.segmentsView();
        view->setAlgorithm(core::Algorithm::KMedoids);
        view->setK(3);
        QVERIFY(finish(view->runSegmentation()).ok());
        const Segmentation* seg = window.document()->segmentation();
        QVERIFY(seg);
        PcaScatter* map = view->pcaScatter();
        QVERIFY(map->medoidGraph());
        QCOMPARE(map->medoidGraph()->name(), QStringLiteral("medoid (typical customer)"));
        QVERIFY(map->plot()->legend->hasItemWithPlottable(map->medoidGraph()));
        const auto& medoids = seg->result.kmedoids.medoids;
        QCOMPARE(map->medoidPoints().size(), qsizetype(medoids.size()));
        for (std::size_t s = 0; s < medoids.size(); ++s) {
            const auto row = medoids[s];
            QCOMPARE(map->medoidPoints()[qsizetype(s)],
                     QPointF(seg->pca.scores(row, 0), seg->pca.scores(row, 1)));
        }
        // Other algorithms draw no medoids.
        view->setAlgorithm(core::Algorithm::KMeans);
        QVERIFY(finish(view->runSegmentation()).ok());
        QVERIFY(!map->medoidGraph());
        QVERIFY(map->medoidPoints().isEmpty());
    }
};

QTEST_MAIN(ReadableTest)
#include "test_readable.moc"
