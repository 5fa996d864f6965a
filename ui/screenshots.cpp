#include "screenshots.h"

#include "dataset/dataset_view.h"
#include "explore/explore_view.h"
#include "main_window.h"
#include "segments/segments_view.h"

#include <qcustomplot.h>

#include <QDir>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace gugus::ui {

namespace {

void say(const QString& text) {
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
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
            if (widget != view.widget) {
                save(widget, QStringLiteral("%1_%2_%3")
                                 .arg(index, 2, 10, QLatin1Char('0'))
                                 .arg(view.name, stem));
            }
        }
        ++index;
    }
    return failures;
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
        // Let views apply their queued updates before grabbing.
        QTimer::singleShot(200, window,
                           [window, dir, done] { done(grabAll(window, dir) ? 1 : 0); });
    };
    auto afterSweep = [window, fail, afterSegmentation](bool ok) {
        if (!ok) {
            fail(QStringLiteral("k sweep failed"));
            return;
        }
        window->segmentsView()->runSegmentation(afterSegmentation);
    };
    auto afterLoad = [window, fail, afterSweep](bool ok) {
        if (!ok) {
            fail(QStringLiteral("could not open the data"));
            return;
        }
        window->segmentsView()->runSweep(afterSweep);
    };
    if (file.isEmpty()) {
        window->openSample(afterLoad);
    } else {
        window->openFile(file, core::CsvOptions{}, afterLoad, true);
    }
}

} // namespace gugus::ui
