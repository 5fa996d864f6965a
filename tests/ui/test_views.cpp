// The three views over the real engine, offscreen, driven through their own widgets and the same
// code paths as the GUI: models and the data inside the plots are checked against independent
// computations.
#include "controllers/compare_controller.h"
#include "controllers/document_controller.h"
#include "controllers/scoring_controller.h"
#include "dataset/column_list_model.h"
#include "dataset/data_table_model.h"
#include "dataset/dataset_view.h"
#include "dataset/import_dialog.h"
#include "explore/explore_view.h"
#include "language.h"
#include "main_window.h"
#include "metrics/cluster_metrics.h"
#include "segments/compare_view.h"
#include "segments/dendrogram_chart.h"
#include "segments/kdistance_chart.h"
#include "segments/offers_view.h"
#include "segments/pca_scatter.h"
#include "segments/profile_heatmap.h"
#include "segments/segment_cards.h"
#include "segments/segment_list.h"
#include "segments/segments_view.h"
#include "segments/silhouette_chart.h"
#include "segments/sweep_chart.h"
#include "segments/tune_view.h"
#include "state/document.h"
#include "support/format.h"
#include "support/job_runner.h"
#include "support/job_status.h"

#include <qcustomplot.h>

#include "ui_test_support.h"
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <QStatusBar>
#include <QTest>

#include <cmath>
#include <memory>
#include <sys/stat.h>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::finish;
using gugus::ui::test::openSample;
using gugus::ui::test::SampleWindow;
using gugus::ui::test::waitFor;

class ViewsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QApplication::setOrganizationName(QStringLiteral("GugusTest"));
        QApplication::setApplicationName(QStringLiteral("GugusTest"));
    }

    void datasetTableAndInspector() {
        Language language;
        auto window = openSample(language);
        QVERIFY(window);
        Document* document = window->document();
        DatasetView* view = window->datasetView();
        DataTableModel* model = view->tableModel();
        QCOMPARE(model->rowCount(), 5000);
        QCOMPARE(model->columnCount(), 18);
        const core::Table& table = document->table();
        QCOMPARE(model->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QString::fromStdString(table.column(1).name()));
        QCOMPARE(model->data(model->index(0, 1), Qt::DisplayRole).toString(),
                 QString::fromStdString(table.column(1).toText(0)));

        // Change a role through the inspector's combo: the recipe follows.
        view->selectColumns({QStringLiteral("Produk_Tabungan")});
        QComboBox* role = view->roleCombo();
        const int featureIndex = 0;
        role->setCurrentIndex(featureIndex);
        emit role->activated(featureIndex);
        QCOMPARE(int(document->recipe().find("Produk_Tabungan")->role), int(core::Role::Feature));
        role->setCurrentIndex(3); // Ignore
        emit role->activated(3);
        QCOMPARE(int(document->recipe().find("Produk_Tabungan")->role), int(core::Role::Ignore));

        // Linked selection: highlighted rows (a repaint, not a reset of the model) and the
        // selected-only view.
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy repaints(model, &QAbstractItemModel::dataChanged);
        document->setSelectedRows({7, 3, 4999});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(repaints.count(), 1);
        QVERIFY(model->data(model->index(3, 0), Qt::BackgroundRole).isValid());
        QVERIFY(!model->data(model->index(2, 0), Qt::BackgroundRole).isValid());
        view->selectedOnlyBox()->setChecked(true);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->tableRow(0), qint64(3));
        QCOMPARE(model->tableRow(2), qint64(4999));
        const auto resetsBefore = resets.count(); // other rows shown: a reset
        document->setSelectedRows({8, 3});
        QCOMPARE(resets.count(), resetsBefore + 1);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->tableRow(1), qint64(8));
        document->setSelectedRows({});
        QCOMPARE(model->rowCount(), 5000);

        // Indonesian: numbers with a decimal comma and dot thousands.
        language.apply(QStringLiteral("id"), false);
        const auto usia = table.indexOf("Total_Relationship_Balance");
        QVERIFY(usia);
        const QString text = model->data(model->index(0, int(*usia)), Qt::DisplayRole).toString();
        QVERIFY2(!text.contains(QLatin1Char(',')) || text.indexOf(QLatin1Char(',')) > 0,
                 qPrintable(text));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        QTRY_COMPARE(window->tabs()->tabText(0), QStringLiteral("Data"));
        language.apply(QStringLiteral("en"), false);
    }

    void importDialogPreviewsAndRejectsBadSettings() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("semi.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id;income;area\n1;1,5;Jakarta\n2;2,25;Bogor\n3;\"3,0\";Solo\n");
        f.close();
        ImportDialog dialog(path);
        QVERIFY(dialog.busy()); // the head of the file is read on a worker
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.busy(), 20000);
        QVERIFY(!dialog.isWorkbook());
        QCOMPARE(dialog.previewRows(), 3);
        QVERIFY(dialog.previewError().isEmpty());
        QCOMPARE(dialog.options().delimiter, char(0));
        dialog.setDelimiter(';');
        QCOMPARE(dialog.options().delimiter, ';');
        QCOMPARE(dialog.previewRows(), 3);
    }

    void importDialogOpensTheFileOnAWorkerAndNeverWaitsOnAPipe() {
        // A pipe with no writer would block an open() for reading: the dialog opens on a worker
        // and refuses what is not a regular file.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("customers.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        ImportDialog pipe(fifo);
        QTRY_VERIFY_WITH_TIMEOUT(!pipe.busy(), 20000);
        QVERIFY2(pipe.previewError().contains(QStringLiteral("cannot be read")),
                 qPrintable(pipe.previewError()));
        QCOMPARE(pipe.previewRows(), 0);
        pipe.setDelimiter(';'); // no preview of a head that was never read: the reason stays
        QVERIFY2(pipe.previewError().contains(QStringLiteral("cannot be read")),
                 qPrintable(pipe.previewError()));
        ImportDialog missing(dir.filePath(QStringLiteral("gone.csv")));
        QTRY_VERIFY_WITH_TIMEOUT(!missing.busy(), 20000);
        QVERIFY2(missing.previewError().contains(QStringLiteral("does not exist")),
                 qPrintable(missing.previewError()));
    }

    void importDialogChoosesAWorkbookSheetOnAWorker() {
        const QString book = QStringLiteral(GUGUS_TEST_DATA_DIR "/xlsx/customers.xlsx");
        ImportDialog dialog(book);
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog.sheets(), (QStringList{QStringLiteral("Nasabah"), QStringLiteral("Ringkasan")}),
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.busy() && dialog.previewRows() == 20, 20000);
        QVERIFY(dialog.isWorkbook());
        QVERIFY(dialog.previewError().isEmpty());
        QCOMPARE(dialog.sheet(), QStringLiteral("Nasabah"));
        dialog.setSheet(QStringLiteral("Ringkasan"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.busy() && dialog.previewRows() == 5, 20000);
        QCOMPARE(dialog.sheet(), QStringLiteral("Ringkasan"));

        // An old .xls is refused with the advice to save it as .xlsx; OK stays off.
        ImportDialog old(QStringLiteral(GUGUS_TEST_DATA_DIR "/xlsx/old.xls"));
        QTRY_VERIFY_WITH_TIMEOUT(!old.busy() && !old.previewError().isEmpty(), 20000);
        QVERIFY(old.isWorkbook());
        QVERIFY2(old.previewError().contains(QStringLiteral(".xlsx")),
                 qPrintable(old.previewError()));
        // A text file is still the CSV dialog.
        ImportDialog csv(QStringLiteral(GUGUS_TEST_DATA_DIR "/xlsx/customers.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(!csv.busy(), 20000);
        QVERIFY(!csv.isWorkbook());
        QVERIFY(csv.sheet().isEmpty());
        QCOMPARE(csv.previewRows(), 20);
    }

    void segmentsSweepFitAndCharts() {
        SampleWindow sample;
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;

        // The FundFusion preset: cluster on demographics, products read against them.
        view->setPerspective(SegmentsView::Perspective::Demographics);
        QCOMPARE(int(document->recipe().find("Produk_Deposito")->role),
                 int(core::Role::ProfileOnly));
        QCOMPARE(int(document->recipe().find("Usia")->role), int(core::Role::Feature));
        view->setPerspective(SegmentsView::Perspective::Products);
        QCOMPARE(int(document->recipe().find("Produk_Deposito")->role), int(core::Role::Feature));
        QCOMPARE(int(document->recipe().find("Usia")->role), int(core::Role::ProfileOnly));
        // The count of the product flags is found from the data and read, not clustered on.
        QCOMPARE(int(document->recipe().find("Total_Kepemilikan_Produk")->role),
                 int(core::Role::ProfileOnly));

        QVERIFY(finish(view->runSweep()).ok());
        QCOMPARE(view->sweepChart()->pointCount(), 9); // k = 2..10
        QVERIFY(document->sweep());
        QCOMPARE(view->sweepChart()->markedKnee(), document->sweep()->kneeK);

        view->setK(4);
        QVERIFY(finish(view->runSegmentation()).ok());
        const Segmentation* seg = document->segmentation();
        QVERIFY(seg);
        QCOMPARE(seg->result.k, 4);

        // Segment list: 4 rows whose sizes sum to the clustered rows; renaming goes to Document.
        SegmentListModel* list = view->segmentList()->model();
        QCOMPARE(list->rowCount(), 4);
        qint64 total = 0;
        for (int s = 0; s < 4; ++s) {
            total += seg->result.partition.sizes[std::size_t(s)];
            QCOMPARE(view->pcaScatter()->pointCount(s),
                     int(seg->result.partition.sizes[std::size_t(s)]));
        }
        QCOMPARE(total, qint64(seg->result.data.x.rows()));
        // A map this small draws each point as its own shape (the look of the sample).
        QVERIFY(!view->pcaScatter()->drawsPointImage());
        QVERIFY(list->setData(list->index(1, SegmentListModel::Name), QStringLiteral("Savers"),
                              Qt::EditRole));
        QCOMPARE(document->segmentName(1), QStringLiteral("Savers"));

        // Centroids are the projected K-Means centres.
        const auto centres = core::projectPca(seg->pca, seg->result.partition.centres);
        QVERIFY(std::abs(view->pcaScatter()->centroid(2).x() - centres(2, 0)) < 1e-12);

        // Rectangle selection selects exactly the rows inside.
        const QRectF rect(-1.0, -1.0, 2.0, 2.0);
        QVERIFY(finish(view->pcaScatter()->selectInside(rect)).ok());
        qint64 inside = 0;
        for (int i = 0; i < int(seg->pca.scores.rows()); ++i) {
            const double px = seg->pca.scores(i, 0);
            const double py = seg->pca.scores(i, 1);
            inside += (px >= -1 && px <= 1 && py >= -1 && py <= 1) ? 1 : 0;
        }
        QCOMPARE(qint64(document->selectedRows().size()), inside);
        QVERIFY(inside > 0);
        // The map highlights exactly those customers: the selection holds table rows, drawn at
        // their matrix rows' coordinates.
        const QVector<QPointF> highlighted = view->pcaScatter()->selectedPoints();
        QCOMPARE(qint64(highlighted.size()), inside);
        for (const QPointF& p : highlighted) {
            QVERIFY(rect.contains(p));
        }

        // Silhouette line at the mean; heatmap cells equal the profile's standardized differences.
        QVERIFY(std::abs(view->silhouetteChart()->averageLine() - seg->result.silhouette.mean) <
                1e-12);
        QVERIFY(std::abs(seg->result.silhouette.mean - seg->result.scores.silhouette) < 1e-12);
        ProfileHeatmap* heat = view->profileHeatmap();
        const int col = heat->columnIndex(QStringLiteral("Usia"));
        QVERIFY(col >= 0);
        const auto& profile = seg->result.profile;
        const auto usia = std::distance(
            profile.columns.begin(),
            std::find(profile.columns.begin(), profile.columns.end(), std::string("Usia")));
        for (int s = 0; s < 4; ++s) {
            QVERIFY(std::abs(heat->cellValue(s, col) -
                             profile.segments[std::size_t(s)].columns[std::size_t(usia)].stdDiff) <
                    1e-12);
        }

        // A sweep followed at once by a segmentation: no crash, the segmentation lands.
        view->runSweep();
        QVERIFY(finish(view->runSegmentation()).ok());
        QVERIFY(document->segmentation());
    }

    /// With a row filter, the clustered matrix's rows are not the table's: the map's selection
    /// holds table rows and highlights each at its own matrix row's coordinates.
    void mapSelectionWithRowsLeftOut() {
        SampleWindow sample;
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;
        core::Recipe recipe = document->recipe();
        recipe.filters.push_back({"Jalur_Pembukaan", core::FilterOp::OneOf, {"Telemarketing"}});
        document->setRecipe(recipe);
        view->setK(3);
        QVERIFY(finish(view->runSegmentation()).ok());
        const Segmentation* seg = document->segmentation();
        QVERIFY(seg);
        const std::vector<std::int64_t>& tableRows = seg->result.data.rows;
        QVERIFY(tableRows.size() < std::size_t(document->table().rowCount()));
        QVERIFY(tableRows.back() > std::int64_t(tableRows.size()) - 1); // rows were left out

        const QRectF rect(-1.0, -1.0, 2.0, 2.0);
        QVERIFY(finish(view->pcaScatter()->selectInside(rect)).ok());
        std::vector<std::int64_t> inside; // the table rows whose points lie in the rectangle
        QVector<QPointF> expected;
        for (int i = 0; i < int(seg->pca.scores.rows()); ++i) {
            const QPointF p(seg->pca.scores(i, 0), seg->pca.scores(i, 1));
            if (p.x() >= -1 && p.x() <= 1 && p.y() >= -1 && p.y() <= 1) {
                inside.push_back(tableRows[std::size_t(i)]);
                expected.append(p);
            }
        }
        QVERIFY(!inside.empty());
        std::vector<std::int64_t> selected(document->selectedRows().begin(),
                                           document->selectedRows().end());
        std::sort(selected.begin(), selected.end());
        QVERIFY(selected == inside);
        // The status bar tells what was found, not that the job ended.
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("Customers selected on the map: %1.")
                     .arg(QLocale().toString(qint64(inside.size()))));
        QVector<QPointF> highlighted = view->pcaScatter()->selectedPoints();
        const auto byXy = [](const QPointF& a, const QPointF& b) {
            return std::pair(a.x(), a.y()) < std::pair(b.x(), b.y());
        };
        std::sort(highlighted.begin(), highlighted.end(), byXy);
        std::sort(expected.begin(), expected.end(), byXy);
        QCOMPARE(highlighted, expected);
    }

    /// Cancel on a big table ends both jobs as cancelled and logs the latency: set GUGUS_BIG_CSV
    /// to a 1M-row file (e.g. the benchmark's blobs_1000000.csv) to run it; skipped otherwise.
    void cancelOnABigTableIsQuick() {
        const QString path = qEnvironmentVariable("GUGUS_BIG_CSV");
        if (path.isEmpty()) {
            QSKIP("GUGUS_BIG_CSV not set: cancel latency on 1M rows not measured");
        }
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        QVERIFY(finish(window.documentController()->openFile(path), 120000).ok());
        window.segmentsView()->setPerspective(SegmentsView::Perspective::Custom);
        for (const char* stage : {"sweep", "segmentation"}) {
            QFuture<Outcome> job;
            if (QByteArray(stage) == "sweep") {
                job = window.segmentsView()->runSweep();
            } else {
                window.segmentsView()->setK(5);
                job = window.segmentsView()->runSegmentation();
            }
            QTest::qWait(1500); // well inside the job
            QVERIFY(window.jobStatus()->runningCount() > 0);
            QElapsedTimer timer;
            timer.start();
            window.jobStatus()->cancelButton()->click(); // the status bar's Cancel
            QVERIFY(QTest::qWaitFor([&] { return job.isFinished(); }, 5000));
            QVERIFY(job.result().cancelled());
            // A measurement, not a limit: the figure goes to the log (and docs/performance.md).
            qInfo("%s cancelled after %lld ms", stage, timer.elapsed());
        }
    }

    void hierarchicalTreeCutAndDbscanNoise() {
        SampleWindow sample(SegmentsView::Perspective::Products);
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;

        // Ward into 4 segments: the dendrogram shows the top 60 merges over 61 collapsed
        // subtrees that hold every customer, and the cut line sits between merges 4 and 3.
        view->setAlgorithm(core::Algorithm::Hierarchical);
        view->setK(4);
        QVERIFY(finish(view->runSegmentation()).ok());
        const Segmentation* seg = document->segmentation();
        QVERIFY(seg && seg->result.tree);
        QCOMPARE(seg->result.k, 4);
        DendrogramChart* tree = view->dendrogram();
        QCOMPARE(tree->mergesShown(), 60);
        QCOMPARE(tree->leavesShown(), 61);
        qint64 under = 0;
        for (const qint64 size : tree->leafSizes()) {
            under += size;
        }
        QCOMPARE(under, qint64(seg->result.data.x.rows()));
        QCOMPARE(core::clustersAtHeight(*seg->result.tree, tree->cutHeight()), 4);

        // Dragging the cut lower re-cuts the same tree into 6 segments for every view.
        const auto& merges = seg->result.tree->merges;
        const double six =
            0.5 * (merges[merges.size() - 6].height + merges[merges.size() - 5].height);
        QSignalSpy changed(document, &Document::segmentationChanged);
        tree->dragCutTo(six);
        QVERIFY(waitFor([&] { return changed.count() > 0; }));
        seg = document->segmentation();
        QCOMPARE(seg->result.k, 6);
        QCOMPARE(view->segmentList()->model()->rowCount(), 6);
        QCOMPARE(core::adjustedRandIndex(seg->result.partition.labels,
                                         core::cutTree(*seg->result.tree, 6)),
                 1.0);

        // DBSCAN: the k-distance curve over every customer suggests eps; noise becomes the
        // "Atypical customers" row and is left out of the metrics.
        view->setAlgorithm(core::Algorithm::Dbscan);
        view->setMinSamples(10);
        QVERIFY(finish(view->runKDistance()).ok());
        const core::KDistanceCurve* curve = view->kDistanceChart()->curve();
        QVERIFY(curve && curve->suggestedEps);
        QCOMPARE(qint64(curve->distances.size()), qint64(seg->result.data.x.rows()));
        view->kDistanceChart()->dragEpsTo(*curve->suggestedEps * 0.8);
        QVERIFY(finish(view->runSegmentation()).ok());
        seg = document->segmentation();
        QVERIFY(std::abs(seg->options.dbscan.eps - *curve->suggestedEps * 0.8) < 1e-4); // 4 dp
        QVERIFY(seg->result.partition.noise > 0);
        SegmentListModel* list = view->segmentList()->model();
        QCOMPARE(list->rowCount(), seg->result.k + 1);
        const QModelIndex noiseRow = list->index(seg->result.k, SegmentListModel::Name);
        QCOMPARE(list->data(noiseRow, Qt::DisplayRole).toString(),
                 QStringLiteral("Atypical customers"));
        QVERIFY(!(list->flags(noiseRow) & Qt::ItemIsEditable));
        QCOMPARE(list->data(list->index(seg->result.k, SegmentListModel::Size), Qt::DisplayRole)
                     .toString(),
                 QLocale().toString(qint64(seg->result.partition.noise)));
        QCOMPARE(seg->result.scores.silhouetteSampleSize,
                 seg->result.data.x.rows() - seg->result.partition.noise);
    }

    void saveModelScoreFileAndExportSql() {
        SampleWindow sample(SegmentsView::Perspective::Demographics);
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;
        view->setK(4);
        QVERIFY(finish(view->runSegmentation()).ok());
        document->setSegmentName(2, QStringLiteral("Keluarga muda"));

        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("model.json"));
        ScoringController* scoring = window->scoringController();
        QVERIFY(finish(scoring->saveModel(model)).ok());
        QFile file(model);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Keluarga muda"));

        // Prospects: demographics only (the model clusters on demographics), one unseen area.
        const QString prospects = dir.filePath(QStringLiteral("prospects.csv"));
        QFile out(prospects);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Area,Jalur_Pembukaan,Vintage,Usia,Jenis_Kelamin,Status_Perkawinan,Jumlah_Anak,"
                  "Pendidikan\n"
                  "Jakarta,Cabang,> 4 Tahun,45,Laki-laki,Menikah,2,Sarjana\n"
                  "Medan,Cabang,> 4 Tahun,45,Laki-laki,Menikah,2,Sarjana\n");
        out.close();
        const QString scored = dir.filePath(QStringLiteral("scored.csv"));
        QVERIFY(finish(scoring->scoreFile(model, prospects, scored)).ok());
        QVERIFY2(scoring->lastScoreSummary().contains(QStringLiteral("1 placed in a segment")),
                 qPrintable(scoring->lastScoreSummary()));
        QFile result(scored);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(result.readAll()).split(QLatin1Char('\n'));
        QVERIFY(lines[0].endsWith(QStringLiteral(",segment,segment_name,segment_note")));
        QVERIFY(lines[2].endsWith(QStringLiteral(",-1,,unseen category: Area=Medan")));
        // In the Indonesian interface the note is written in Indonesian: the scored file goes to
        // colleagues who read the analyst's language.
        language.apply(QStringLiteral("id"), false);
        const QString scoredId = dir.filePath(QStringLiteral("scored_id.csv"));
        QVERIFY(finish(scoring->scoreFile(model, prospects, scoredId)).ok());
        language.apply(QStringLiteral("en"), false);
        QFile resultId(scoredId);
        QVERIFY(resultId.open(QIODevice::ReadOnly));
        const QString noteId = QString::fromUtf8(resultId.readAll()).split(QLatin1Char('\n'))[2];
        QVERIFY2(noteId.endsWith(
                     QStringLiteral(",-1,,kategori baru (tidak ada saat pelatihan): Area=Medan")),
                 qPrintable(noteId));

        // Products and offers: one row per segment, one column per product flag; each cell is
        // the segment's ownership rate; the campaign list holds every customer with an offer.
        OffersView* offers = view->offersView();
        const Segmentation* seg = document->segmentation();
        const auto products = core::productColumns(seg->result.profile);
        QCOMPARE(products.size(), std::size_t(6));
        QCOMPARE(offers->ownershipTable()->rowCount(), 4);
        QCOMPARE(offers->ownershipTable()->columnCount(), 6);
        const auto& profile = seg->result.profile;
        const auto col = std::find(profile.columns.begin(), profile.columns.end(), products[1]) -
                         profile.columns.begin();
        QVERIFY(offers->ownershipTable()->item(2, 1)->text().startsWith(
            formatPercent(profile.segments[2].columns[std::size_t(col)].rate, 0)));
        offers->setThresholdPercent(60);
        const QString campaign = dir.filePath(QStringLiteral("campaign.csv"));
        QVERIFY(finish(offers->exportCampaign(campaign)).ok());
        QFile campaignFile(campaign);
        QVERIFY(campaignFile.open(QIODevice::ReadOnly));
        const QStringList campaignLines =
            QString::fromUtf8(campaignFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto expected =
            core::crossSell(document->table(), seg->result.tableLabels, profile, products, 0.6);
        QCOMPARE(campaignLines.size(), qsizetype(expected.size()) + 1);
        QCOMPARE(campaignLines[0],
                 QStringLiteral("customer_id,segment,segment_name,recommended_products,reason"));

        // Segment cards: traits in words from the profile, suggested names applied on request.
        SegmentCards* cards = view->segmentCards();
        const QStringList suggested = cards->suggestedNames();
        QCOMPARE(suggested.size(), 4);
        const auto top = core::distinctiveTraits(profile, profile.segments[0], 5);
        QVERIFY(!top.empty());
        QVERIFY(cards->html().contains(cards->describe(top[0]).toHtmlEscaped()));
        QCOMPARE(suggested[0],
                 cards->shortLabel(top[0]) + QStringLiteral(" · ") + cards->shortLabel(top[1]));
        cards->useSuggestedNames();
        QCOMPARE(document->segmentName(3), suggested[3]);

        const QString sql = dir.filePath(QStringLiteral("model.sql"));
        QVERIFY(finish(scoring->exportSql(sql, QStringLiteral("customers"))).ok());
        QFile sqlFile(sql);
        QVERIFY(sqlFile.open(QIODevice::ReadOnly));
        QVERIFY(sqlFile.readAll().contains("FROM customers AS t;"));
    }

    void compareDemographicWithProductSegments() {
        SampleWindow sample(SegmentsView::Perspective::Demographics);
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;
        view->setK(4);
        QVERIFY(finish(view->runSegmentation()).ok());
        document->pinCurrent();
        QVERIFY(document->pinned());
        view->setPerspective(SegmentsView::Perspective::Products);
        view->setK(3);
        QVERIFY(finish(view->runSegmentation()).ok());
        // Counted on a worker.
        QVERIFY(finish(window->compareController()->latest()).ok());

        QTableWidget* table = view->compareView()->table();
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->columnCount(), 3);
        const auto t = core::crossTabulate(document->pinned()->segmentation->result.tableLabels, 4,
                                           document->segmentation()->result.tableLabels, 3);
        QCOMPARE(t.rows, qint64(5000));
        QVERIFY(table->item(1, 2)->text().startsWith(QLocale().toString(qint64(t.counts[1][2]))));
        QVERIFY(view->compareView()->summary().contains(formatNumber(t.ari, 3)));
    }

    void autoTuneFindsAndAppliesASolution() {
        SampleWindow sample(SegmentsView::Perspective::Products);
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;
        QVERIFY(finish(view->tuneView()->run()).ok());
        const core::AutoTuneResult* r = view->tuneView()->result();
        QVERIFY(r && !r->best.empty());
        QCOMPARE(view->tuneView()->table()->rowCount(), int(r->best.size()));
        QVERIFY(
            view->tuneView()->statement().contains(formatNumber(r->best.front().silhouette, 3)));

        const auto& best = r->best.front();
        QStringList columns;
        for (const auto& c : best.columns) {
            columns << QString::fromStdString(c);
        }
        QVERIFY(finish(view->applySolution(best.algorithm, best.k, columns)).ok());
        const Segmentation* seg = document->segmentation();
        QCOMPARE(seg->result.k, best.k);
        QCOMPARE(seg->result.recipe.recipe().featureColumns(), best.columns);
        QCOMPARE(int(seg->result.algorithm), int(best.algorithm));
    }

    void projectFileRestoresSegmentsNamesAndColours() {
        SampleWindow sample(SegmentsView::Perspective::Products);
        QVERIFY(sample.window);
        auto& [language, window, document, view] = sample;
        view->setAlgorithm(core::Algorithm::Hierarchical);
        view->setK(5);
        QVERIFY(finish(view->runSegmentation()).ok());
        window->document()->setSegmentName(1, QStringLiteral("Penabung"));
        window->document()->setSegmentColor(2, QColor(QStringLiteral("#112233")));
        const core::Labels before = window->document()->segmentation()->result.tableLabels;

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("analysis.gugus"));
        QVERIFY(finish(window->documentController()->saveProject(path)).ok());

        MainWindow other(&language);
        QVERIFY(finish(other.documentController()->openProject(path)).ok());
        const Segmentation* seg = other.document()->segmentation();
        QVERIFY(seg);
        QCOMPARE(int(seg->result.algorithm), int(core::Algorithm::Hierarchical));
        QCOMPARE(seg->result.k, 5);
        QVERIFY(seg->result.tableLabels == before);
        QCOMPARE(other.document()->segmentName(1), QStringLiteral("Penabung"));
        QCOMPARE(other.document()->segmentColor(2), QColor(QStringLiteral("#112233")));
        QCOMPARE(other.document()->segmentName(0), QStringLiteral("Segment 1")); // still default
    }

    void aCountOfTheProductFlagsIsReadNotClusteredWhateverItsName() {
        // Kredit_Total adds up the three product flags (its name says nothing of it);
        // Kredit_Limit is a product-group amount that adds up nothing.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bank.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Usia,Area,Produk_A,Produk_B,Produk_C,Kredit_Total,Kredit_Limit\n");
        for (int r = 0; r < 40; ++r) {
            const int a = r & 1;
            const int b = (r >> 1) & 1;
            const int c = (r >> 2) & 1;
            f.write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                        .arg(20 + r)
                        .arg(r % 3 ? QStringLiteral("Solo") : QStringLiteral("Bogor"))
                        .arg(a)
                        .arg(b)
                        .arg(c)
                        .arg(a + b + c)
                        .arg(1000 + 37 * r)
                        .toUtf8());
        }
        f.close();
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        QVERIFY(finish(window.documentController()->openFile(path)).ok());
        const Document* document = window.document();
        window.segmentsView()->setPerspective(SegmentsView::Perspective::Products);
        QCOMPARE(int(document->recipe().find("Produk_B")->role), int(core::Role::Feature));
        QCOMPARE(int(document->recipe().find("Kredit_Limit")->role), int(core::Role::Feature));
        QCOMPARE(int(document->recipe().find("Kredit_Total")->role), int(core::Role::ProfileOnly));
        QCOMPARE(int(document->recipe().find("Usia")->role), int(core::Role::ProfileOnly));
    }

    void segmentationErrorKeepsTheOldResult() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tiny.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b\n1,2\n2,3\n3,5\n");
        f.close();
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        const QFuture<Outcome> open = window.documentController()->openFile(path);
        QVERIFY(waitFor([&] { return open.isFinished(); }));
        window.segmentsView()->setK(2);
        QVERIFY(finish(window.segmentsView()->runSegmentation()).ok());
        const Segmentation* before = window.document()->segmentation();
        window.segmentsView()->setK(9); // more segments than customers
        // The failure is reported in a message box; close it as a user would.
        QTimer::singleShot(500, [] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (w->inherits("QMessageBox")) {
                    w->close();
                }
            }
        });
        const Outcome failed = finish(window.segmentsView()->runSegmentation());
        QVERIFY(!failed.ok());
        QCOMPARE(window.document()->segmentation(), before);
    }
};

QTEST_MAIN(ViewsTest)
#include "test_views.moc"
