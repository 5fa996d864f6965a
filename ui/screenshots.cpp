#include "screenshots.h"

#include "about_dialog.h"
#include "controllers/database_controller.h"
#include "controllers/document_controller.h"
#include "controllers/explore_controller.h"
#include "controllers/scoring_controller.h"
#include "dataset/database_dialog.h"
#include "dataset/dataset_view.h"
#include "explore/explore_view.h"
#include "export/customer_score_dialog.h"
#include "export/score_dialog.h"
#include "main_window.h"
#include "segments/segments_view.h"
#include "segments/tune_view.h"
#include "source/db_source.h"
#include "state/document.h"
#include "support/typed_value.h"

#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace gugus::ui {

namespace {

void say(const QString& text) {
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

/// A part on a sub-tab that was never shown has no layout yet (a grab gives 100 x 30 pixels):
/// makes each tab on its way up current, as a user would click them, and lays it out.
void bringForward(QWidget* widget) {
    if (widget->isVisible()) {
        return;
    }
    for (QWidget *child = widget, *parent = widget->parentWidget(); parent;
         child = parent, parent = parent->parentWidget()) {
        auto* stack = qobject_cast<QStackedWidget*>(parent);
        if (!stack) {
            continue;
        }
        if (auto* tabs = qobject_cast<QTabWidget*>(stack->parentWidget())) {
            tabs->setCurrentWidget(child);
        }
    }
    QCoreApplication::sendPostedEvents();
}

/// Grabs every view (after making it the current tab) and its named charts.
int grabAll(MainWindow* window, const QString& dir) {
    int failures = 0;
    const auto save = [&](QWidget* widget, const QString& stem) {
        for (QCustomPlot* plot : widget->findChildren<QCustomPlot*>()) {
            plot->replot(QCustomPlot::rpImmediateRefresh);
        }
        if (auto* plot = qobject_cast<QCustomPlot*>(widget)) {
            plot->replot(QCustomPlot::rpImmediateRefresh);
        }
        const QString path = QDir(dir).filePath(stem + QStringLiteral(".png"));
        if (widget->grab().save(path)) {
            say(QStringLiteral("wrote %1").arg(path));
        } else {
            say(QStringLiteral("could not write %1").arg(path));
            ++failures;
        }
    };
    struct View {
        QString name;
        QWidget* widget;
        QList<QPair<QString, QWidget*>> parts;
    };
    const QList<View> views{{QStringLiteral("dataset"), window->datasetView(),
                             window->datasetView()->screenshotParts()},
                            {QStringLiteral("explore"), window->exploreView(),
                             window->exploreView()->screenshotParts()},
                            {QStringLiteral("segments"), window->segmentsView(),
                             window->segmentsView()->screenshotParts()}};
    int index = 1;
    for (const View& view : views) {
        window->tabs()->setCurrentWidget(view.widget);
        QCoreApplication::sendPostedEvents();
        save(window, QStringLiteral("%1_%2").arg(index, 2, 10, QLatin1Char('0')).arg(view.name));
        for (const auto& [stem, widget] : view.parts) {
            bringForward(widget);
            // Charts of other algorithms (the dendrogram, the k-distance curve, the components)
            // are hidden after K-Means; their own runs below grab them.
            if (widget != view.widget && widget->isVisible()) {
                save(widget, QStringLiteral("%1_%2_%3")
                                 .arg(index, 2, 10, QLatin1Char('0'))
                                 .arg(view.name, stem));
            }
        }
        ++index;
    }
    // Help ▸ About as a user opens it: version, build, libraries and their licences.
    AboutDialog about(window);
    about.show();
    QCoreApplication::sendPostedEvents();
    save(&about, QStringLiteral("00_about"));
    return failures;
}

/// Saves the named parts of the Segments view under `prefix` (after a hierarchical or DBSCAN run).
int grabParts(MainWindow* window, const QString& dir, const QString& prefix,
              const QStringList& stems) {
    int failures = 0;
    window->tabs()->setCurrentWidget(window->segmentsView());
    QCoreApplication::sendPostedEvents();
    for (const auto& [stem, widget] : window->segmentsView()->screenshotParts()) {
        if (!stems.contains(stem)) {
            continue;
        }
        bringForward(widget);
        for (QCustomPlot* plot : widget->findChildren<QCustomPlot*>()) {
            plot->replot(QCustomPlot::rpImmediateRefresh);
        }
        const QString path = QDir(dir).filePath(prefix + stem + QStringLiteral(".png"));
        if (!widget->isVisible()) {
            say(QStringLiteral("not shown, not written: %1").arg(path));
            ++failures;
        } else if (widget->grab().save(path)) {
            say(QStringLiteral("wrote %1").arg(path));
        } else {
            say(QStringLiteral("could not write %1").arg(path));
            ++failures;
        }
    }
    return failures;
}

/// Runs `then(ok)` on the GUI thread when `job` ends.
void whenDone(QFuture<Outcome> job, MainWindow* window, std::function<void(bool)> then) {
    job.then(window, [then = std::move(then)](const Outcome& outcome) { then(outcome.ok()); });
}

/// K-Medoids with the Gower distance and the same k: the segment cards name each segment's
/// medoid (also marked on the map), and the silhouette is Gower's. `done` receives the number of
/// failed grabs.
void medoidShots(MainWindow* window, const QString& dir, int k, std::function<void(int)> done) {
    SegmentsView* view = window->segmentsView();
    view->setAlgorithm(core::Algorithm::KMedoids);
    view->setK(k);
    whenDone(view->runSegmentation(), window, [=](bool ok) {
        if (!ok) {
            say(QStringLiteral("K-Medoids segmentation failed"));
            done(1);
            return;
        }
        QTimer::singleShot(200, window, [=] {
            done(grabParts(window, dir, QStringLiteral("07_kmedoids_"),
                           {QStringLiteral("cards"), QStringLiteral("silhouette"),
                            QStringLiteral("overview"), QStringLiteral("pca")}));
        });
    });
}

/// Last: a Gaussian mixture (diagonal covariances): its k sweep with BIC and AIC, the
/// map with paler points for uncertain customers, and its settings page.
void gmmShots(MainWindow* window, const QString& dir, int failures, std::function<void(int)> done) {
    SegmentsView* view = window->segmentsView();
    core::SegmentationOptions options = view->options();
    options.algorithm = core::Algorithm::Gmm;
    options.gmm.covariance = core::CovarianceType::Diag;
    options.reduction = {};
    options.kMin = 2;
    options.kMax = 8;
    view->setOptions(options);
    whenDone(view->runSweep(), window, [=](bool sweepOk) {
        whenDone(view->runSegmentation(), window, [=](bool ok) {
            if (!ok || !sweepOk) {
                say(QStringLiteral("Gaussian mixture failed"));
                done(1);
                return;
            }
            QTimer::singleShot(200, window, [=] {
                const int gmmFailures = grabParts(window, dir, QStringLiteral("10_gmm_"),
                                                  {QStringLiteral("sweep"), QStringLiteral("pca"),
                                                   QStringLiteral("algorithm_settings")});
                done(failures + gmmFailures ? 1 : 0);
            });
        });
    });
}

/// Then: K-Means on the codes of a small autoencoder (the reduction settings with the loss
/// curve and the comparison with PCA, and the Components page).
void autoencoderReduction(MainWindow* window, const QString& dir, int failures,
                          std::function<void(int)> done) {
    SegmentsView* view = window->segmentsView();
    core::SegmentationOptions options = view->options();
    options.algorithm = core::Algorithm::KMeans;
    options.k = 4;
    options.reduction = {};
    options.reduction.method = core::ReductionMethod::Autoencoder;
    options.reduction.autoencoder.hidden = {16};
    options.reduction.autoencoder.bottleneck = 3;
    options.reduction.autoencoder.epochs = 20;
    options.reduction.autoencoder.batchSize = 64;
    view->setOptions(options);
    whenDone(view->runSegmentation(), window, [=](bool ok) {
        if (!ok) {
            say(QStringLiteral("autoencoder-reduced segmentation failed"));
            done(1);
            return;
        }
        QTimer::singleShot(200, window, [=] {
            const int aeFailures =
                grabParts(window, dir, QStringLiteral("09_autoencoder_"),
                          {QStringLiteral("components"), QStringLiteral("reduction_settings")});
            gmmShots(window, dir, failures + aeFailures, done);
        });
    });
}

/// File ▸ Open from database… with a real preview (the open data written to a temporary SQLite
/// file), and the scoring dialog writing into a table of that database. `done` receives the
/// number of failed grabs.
void databaseShots(MainWindow* window, const QString& dir, std::function<void(int)> done) {
    auto temp = std::make_shared<QTemporaryDir>();
    core::DbSource source;
    source.kind = core::DbKind::Sqlite;
    source.path = temp->filePath(QStringLiteral("bank.db")).toStdString();
    source.query = "SELECT * FROM customers\nWHERE \"Jalur_Pembukaan\" = 'Telemarketing'";
    QFile file(QString::fromStdString(source.path)); // an empty file is an empty SQLite database
    file.open(QIODevice::WriteOnly);
    file.close();
    try {
        core::NullProgress progress;
        core::DbSource target = source;
        target.query.clear(); // the writer refuses a table the query reads: this one will
        core::writeDbTable(target, "customers", window->document()->table(), {},
                           core::DbWriteMode::Create, progress);
    } catch (const std::exception& e) {
        say(QStringLiteral("cannot write the screenshot database: %1").arg(e.what()));
        done(1);
        return;
    }
    auto* dialog = new DatabaseDialog(window->databaseController(), window);
    dialog->setSource(source);
    dialog->show();
    whenDone(dialog->runPreview(), window, [=](bool ok) {
        int failures = ok ? 0 : 1;
        const auto grab = [&](QWidget* widget, const QString& stem) {
            const QString path = QDir(dir).filePath(stem + QStringLiteral(".png"));
            if (widget->grab().save(path)) {
                say(QStringLiteral("wrote %1").arg(path));
            } else {
                ++failures;
            }
        };
        grab(dialog, QStringLiteral("00_open_from_database"));
        ScoreDialog score(window->scoringController(), window->databaseController(), window);
        score.setModelPath(QStringLiteral("segments_model.json"));
        score.setDatabaseInput(source);
        score.setTargetTable(QStringLiteral("scored_customers"), true);
        score.show();
        QCoreApplication::sendPostedEvents();
        grab(&score, QStringLiteral("00_score_into_table"));
        dialog->deleteLater();
        (void)temp; // the database lives until the shots are taken
        done(failures);
    });
}

/// Segments ▸ Score one customer… on the current segmentation: the form filled with the first
/// customer of the data (numbers in the UI locale and the columns' display units) and the
/// result. `done` receives the number of
/// failed grabs.
void customerShot(MainWindow* window, const QString& dir, std::function<void(int)> done) {
    auto* dialog = new CustomerScoreDialog(window->scoringController(), window->document(), window);
    dialog->show();
    // The dialog asked for the current segmentation's model (connected first, so its form is
    // built when this runs).
    auto ready = std::make_shared<QMetaObject::Connection>();
    *ready = QObject::connect(
        window->scoringController(), &ScoringController::customerModelReady, dialog, [=] {
            QObject::disconnect(*ready);
            const core::Table& table = window->document()->table();
            const ColumnLabels& labels = window->document()->columnLabels();
            for (const QString& column : dialog->columns()) {
                const core::Column& c = table.column(column.toStdString());
                const QString text = QString::fromStdString(c.toText(0));
                // Numbers as the views show them: in the column's display units.
                dialog->setValue(column,
                                 c.isNumericLike() && !c.isMissing(0)
                                     ? typingValue(labels, column.toStdString(), c.values()[0], 15)
                                     : text);
            }
            whenDone(dialog->score(), window, [=](bool ok) {
                // Let the dialog lay out its result before grabbing.
                QTimer::singleShot(200, window, [=] {
                    const QString path =
                        QDir(dir).filePath(QStringLiteral("00_score_one_customer.png"));
                    const bool saved = ok && dialog->grab().save(path);
                    say(saved ? QStringLiteral("wrote %1").arg(path)
                              : QStringLiteral("one-customer scoring failed"));
                    dialog->deleteLater();
                    done(saved ? 0 : 1);
                });
            });
        });
}

/// Then: K-Means on the principal components keeping 95 % of the variance (the reduction
/// settings with their scree cut, and the Components page with the loadings).
void pcaReduction(MainWindow* window, const QString& dir, int failures,
                  std::function<void(int)> done) {
    SegmentsView* view = window->segmentsView();
    core::SegmentationOptions options = view->options();
    options.algorithm = core::Algorithm::KMeans;
    options.k = 4;
    options.reduction.method = core::ReductionMethod::Pca;
    options.reduction.varianceShare = 0.95;
    view->setOptions(options);
    whenDone(view->runSegmentation(), window, [=](bool ok) {
        if (!ok) {
            say(QStringLiteral("PCA-reduced segmentation failed"));
            done(1);
            return;
        }
        QTimer::singleShot(200, window, [=] {
            const int pcaFailures =
                grabParts(window, dir, QStringLiteral("08_pca_"),
                          {QStringLiteral("components"), QStringLiteral("reduction_settings")});
            autoencoderReduction(window, dir, failures + pcaFailures, done);
        });
    });
}

/// After the K-Means shots: Ward hierarchical with the same k (dendrogram, map), then DBSCAN
/// with the eps the k-distance curve suggests (curve, map, segment list with the noise row), the
/// auto-tune table, and K-Medoids (Gower).
void otherAlgorithms(MainWindow* window, const QString& dir, int failures,
                     std::function<void(int)> done) {
    SegmentsView* view = window->segmentsView();
    const int k = window->document()->segmentCount();
    window->document()->pinCurrent(); // the Compare tab then maps K-Means onto Ward
    view->setAlgorithm(core::Algorithm::Hierarchical);
    view->setK(k);
    whenDone(view->runSegmentation(), window, [=](bool ok) {
        if (!ok) {
            say(QStringLiteral("hierarchical segmentation failed"));
            done(1);
            return;
        }
        QTimer::singleShot(200, window, [=] {
            const int treeFailures = grabParts(
                window, dir, QStringLiteral("04_hierarchical_"),
                {QStringLiteral("dendrogram"), QStringLiteral("pca"), QStringLiteral("compare")});
            view->setAlgorithm(core::Algorithm::Dbscan);
            view->setMinSamples(10);
            whenDone(view->runKDistance(), window, [=](bool curveOk) {
                if (!curveOk) {
                    say(QStringLiteral("k-distance curve failed"));
                    done(1);
                    return;
                }
                whenDone(view->runSegmentation(), window, [=](bool dbOk) {
                    if (!dbOk) {
                        say(QStringLiteral("DBSCAN segmentation failed"));
                        done(1);
                        return;
                    }
                    QTimer::singleShot(200, window, [=] {
                        const int dbFailures =
                            grabParts(window, dir, QStringLiteral("05_dbscan_"),
                                      {QStringLiteral("k_distance"), QStringLiteral("pca"),
                                       QStringLiteral("segment_list"), QStringLiteral("profiles")});
                        whenDone(view->tuneView()->run(), window, [=](bool tuneOk) {
                            const int tuneFailures =
                                tuneOk ? grabParts(window, dir, QStringLiteral("06_"),
                                                   {QStringLiteral("tune")})
                                       : 1;
                            const int before = failures + treeFailures + dbFailures + tuneFailures;
                            medoidShots(window, dir, k, [=](int medoidFailures) {
                                pcaReduction(window, dir, before + medoidFailures, done);
                            });
                        });
                    });
                });
            });
        });
    });
}

} // namespace

void takeScreenshots(MainWindow* window, const QString& dir, const QString& file,
                     std::function<void(int)> done) {
    if (!QDir().mkpath(dir)) {
        say(QStringLiteral("cannot create %1").arg(dir));
        done(2);
        return;
    }
    auto fail = [done](const QString& what) {
        say(what);
        done(1);
    };
    auto afterSegmentation = [window, dir, done, fail](bool ok) {
        if (!ok) {
            fail(QStringLiteral("segmentation failed"));
            return;
        }
        // Explore computes its charts when it is first shown: show it, and grab once they are
        // in (and the views have applied their queued updates).
        window->tabs()->setCurrentWidget(window->exploreView());
        whenDone(window->exploreController()->latest(), window, [window, dir, done](bool) {
            QTimer::singleShot(200, window, [window, dir, done] {
                const int failures = grabAll(window, dir);
                databaseShots(window, dir, [=](int dbFailures) {
                    customerShot(window, dir, [=](int customerFailures) {
                        otherAlgorithms(window, dir, failures + dbFailures + customerFailures,
                                        done);
                    });
                });
            });
        });
    };
    auto afterSweep = [window, fail, afterSegmentation](bool ok) {
        if (!ok) {
            fail(QStringLiteral("k sweep failed"));
            return;
        }
        whenDone(window->segmentsView()->runSegmentation(), window, afterSegmentation);
    };
    auto afterLoad = [window, fail, afterSweep](bool ok) {
        if (!ok) {
            fail(QStringLiteral("could not open the data"));
            return;
        }
        whenDone(window->segmentsView()->runSweep(), window, afterSweep);
    };
    DocumentController* documents = window->documentController();
    // A project brings its recipe (roles, row filters, outlier rules) along.
    const bool project = file.endsWith(QLatin1String(".gugus"), Qt::CaseInsensitive);
    whenDone(file.isEmpty() ? documents->openSample()
             : project      ? documents->openProject(file)
                            : documents->openFile(file, core::CsvOptions{}),
             window, afterLoad);
}

} // namespace gugus::ui
