// gugus_bench_gui: does the desktop program stay responsive on a large file? Not a test (no
// assertion, no ctest entry): it measures and prints a table for docs/performance.md.
//
// The real main window runs offscreen while a 5 ms timer on the GUI thread measures the gap
// between its ticks (an event-loop probe): a gap of more than 50 ms is a stall the user would
// feel as a frozen window, recorded with the step of the user's path that was running and the
// CPU time the GUI thread itself spent in the gap (the wall time is inflated when other programs
// load the machine; the CPU time is the work this program did on its GUI thread).
//
// The path: open the file, look at every tab and sub-tab, segment with K-Means (k = 5), look at
// every tab again, save the labelled data, pin the segmentation and segment again with the Compare
// view shown, optionally run the Choose-k sweep, scroll the data table from top to bottom, select
// on the customer map, and pan, zoom and hover it, timing each redraw.
//
// Where a step's GUI-thread time goes: the views connect to the document's and the segmentation
// controller's signals through timedSlot() (ui/support/slot_timing.h); the probe installs the
// recorder and prints, per step, each receiver's count, wall and GUI-thread CPU time.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/gugus_bench_gui /tmp/blobs_1000000.csv
//   QT_QPA_PLATFORM=offscreen build/tests/bench/gugus_bench_gui          (the bundled sample)
//   options: --sweep (also Choose k, k = 2..6), --stalls (list every stall), --grab DIR (save
//   the customer map as drawn, DIR/customer_map.png), --open-only (open the file, open it again
//   over the first, and stop: the opening alone, e.g. under `perf record`), --stall-ms N (count
//   gaps longer than N ms as stalls instead of 50 ms, to list what shorter gaps are made of)
#include "common/huge_pages.h"
#include "controllers/document_controller.h"
#include "dataset/dataset_view.h"
#include "language.h"
#include "main_window.h"
#include "plots/point_image.h"
#include "segments/compare_view.h"
#include "segments/pca_scatter.h"
#include "segments/segments_view.h"
#include "segments/sweep_chart.h"
#include "state/document.h"
#include "support/job_runner.h"
#include "support/slot_timing.h"
#include "support/windowed_table.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMetaEnum>
#include <QMouseEvent>
#include <QPromise>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace {

using gugus::ui::MainWindow;
using gugus::ui::Outcome;

constexpr int kTickMs = 5;
/// A gap longer than this is a stall; --stall-ms N lowers it to list the parts of shorter gaps.
double g_stallMs = 50.0;

/// CPU time of the calling thread in milliseconds.
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// One event the GUI thread handled from its event loop (not one sent from within another).
struct LoopEvent {
    std::string name; ///< "Receiver's class / event type"
    double wallMs;
    double cpuMs;
};

struct Stall {
    QString step;
    double wallMs;
    double cpuMs;                  ///< GUI-thread CPU time within the gap
    std::vector<LoopEvent> events; ///< the gap's events of 1 ms of CPU or more
};

/// One receiver's share of a step: how often it ran and its time.
struct SlotStats {
    int calls = 0;
    double wallMs = 0;
    double cpuMs = 0;      ///< GUI-thread CPU time
    double worstCpuMs = 0; ///< of one call
};

struct StepStats {
    QString name;
    double wallMs = 0;
    double worstMs = 0;
    double worstCpuMs = 0;
    double cpuMs = 0; ///< all of the step's GUI-thread CPU time (the probe's own ticks included)
    int stalls = 0;
    std::map<std::string, SlotStats> receivers; ///< "Class <- signal" -> its time in this step
    std::map<std::string, SlotStats> events;    ///< "Class / event type" -> its time (loop level)
};

/// The receiver running now (slots are not nested: one at a time on the GUI thread; a nested one
/// is counted within its caller as well).
struct SlotClock {
    std::vector<std::pair<qint64, double>> starts; ///< wall ns, CPU ms
    QElapsedTimer clock;
    StepStats* step = nullptr; ///< the step running, or null between steps
};
SlotClock g_slotClock;

void recordSlot(const char* receiver, const char* signal, bool started) {
    SlotClock& c = g_slotClock;
    if (started) {
        c.starts.emplace_back(c.clock.nsecsElapsed(), threadCpuMs());
        return;
    }
    if (c.starts.empty()) {
        return;
    }
    const auto [wall0, cpu0] = c.starts.back();
    c.starts.pop_back();
    if (!c.step) {
        return;
    }
    std::string name = receiver;
    if (name.rfind("gugus::ui::", 0) == 0) {
        name = name.substr(11);
    }
    SlotStats& s = c.step->receivers[name + " <- " + signal];
    const double cpu = threadCpuMs() - cpu0;
    ++s.calls;
    s.wallMs += double(c.clock.nsecsElapsed() - wall0) / 1e6;
    s.cpuMs += cpu;
    s.worstCpuMs = std::max(s.worstCpuMs, cpu);
}

/// The class of `object`, "gugus::ui::" shortened to "gugus ".
std::string shortName(const QObject* object) {
    std::string name = object->metaObject()->className();
    if (name.rfind("gugus::ui::", 0) == 0) {
        name = "gugus " + name.substr(11);
    }
    return name;
}

/// Every event the event loop hands to a receiver, timed (QApplication::notify at depth 0): where
/// the GUI thread's time goes outside the timed slots (layouts, paints, queued calls, deletes).
struct EventClock {
    int depth = 0;
    StepStats* step = nullptr;
    std::vector<LoopEvent> gap; ///< the events since the probe's last tick
};
EventClock g_eventClock;

class ProbeApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override {
        EventClock& c = g_eventClock;
        if (c.depth > 0 || !c.step) {
            ++c.depth;
            const bool result = QApplication::notify(receiver, event);
            --c.depth;
            return result;
        }
        // Named before the event: handling it may delete the receiver.
        std::string name = shortName(receiver);
        if (name.rfind("gugus", 0) != 0) {
            // A Qt object: which of the program's widgets it belongs to ("QCustomPlot in ...").
            for (QObject* up = receiver->parent(); up; up = up->parent()) {
                if (const std::string owner = shortName(up); owner.rfind("gugus", 0) == 0) {
                    name += " in " + owner.substr(6);
                    break;
                }
            }
        }
        const char* type = QMetaEnum::fromType<QEvent::Type>().valueToKey(event->type());
        name += " / " + (type ? std::string(type) : std::to_string(int(event->type())));
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = threadCpuMs();
        ++c.depth;
        const bool result = QApplication::notify(receiver, event);
        --c.depth;
        const double cpu = threadCpuMs() - cpu0;
        const double wallMs = double(wall.nsecsElapsed()) / 1e6;
        if (c.step) {
            SlotStats& st = c.step->events[name];
            ++st.calls;
            st.wallMs += wallMs;
            st.cpuMs += cpu;
            st.worstCpuMs = std::max(st.worstCpuMs, cpu);
        }
        if (cpu >= 1.0) {
            c.gap.push_back({std::move(name), wallMs, cpu});
        }
        return result;
    }
};

/// The event-loop probe: a timer on the GUI thread that records every gap longer than g_stallMs.
class Probe {
public:
    Probe() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start() {
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    void beginStep(const QString& name) {
        tick(); // the gap so far belongs to the step before
        StepStats step;
        step.name = name;
        m_steps.push_back(std::move(step));
        g_slotClock.step = &m_steps.back();
        g_eventClock.step = &m_steps.back();
        m_stepClock.start();
        m_stepCpu = threadCpuMs();
    }
    void endStep() {
        tick();
        g_slotClock.step = nullptr;
        g_eventClock.step = nullptr;
        if (!m_steps.empty()) {
            m_steps.back().wallMs = double(m_stepClock.nsecsElapsed()) / 1e6;
            m_steps.back().cpuMs = threadCpuMs() - m_stepCpu;
        }
    }
    const std::vector<StepStats>& steps() const { return m_steps; }
    const std::vector<Stall>& stalls() const { return m_stalls; }

private:
    void tick() {
        const qint64 now = m_clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        const double gap = double(now - m_last) / 1e6;
        if (!m_steps.empty()) {
            // The longest gap of every step, so that the margin below g_stallMs shows too.
            StepStats& step = m_steps.back();
            const double cpuGap = cpu - m_lastCpu;
            if (gap > step.worstMs) {
                step.worstMs = gap;
                step.worstCpuMs = cpuGap;
            }
            if (gap > g_stallMs) {
                m_stalls.push_back({step.name, gap, cpuGap, g_eventClock.gap});
                ++step.stalls;
            }
        }
        m_last = now;
        m_lastCpu = cpu;
        g_eventClock.gap.clear();
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_stepClock;
    double m_stepCpu = 0;
    qint64 m_last = 0;
    double m_lastCpu = 0;
    std::vector<StepStats> m_steps;
    std::vector<Stall> m_stalls;
};

double median(std::vector<double> v) {
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double maximum(const std::vector<double>& v) {
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

/// The user's path as a list of steps run one after the other: each starts, the driver waits for
/// the job it started (if any), for every job runner of the window to be idle and for a quiet
/// moment (queued replots and model resets land), then the next one starts.
class Driver {
public:
    struct Step {
        QString name;
        std::function<QFuture<Outcome>()> run; ///< a default-constructed future: nothing to wait on
    };

    Driver(MainWindow* window, Probe* probe) : m_window(window), m_probe(probe) {}
    void add(QString name, std::function<QFuture<Outcome>()> run) {
        m_steps.push_back({std::move(name), std::move(run)});
    }
    void add(QString name, std::function<void()> run) {
        add(std::move(name), std::function<QFuture<Outcome>()>([run = std::move(run)] {
                run();
                return QFuture<Outcome>();
            }));
    }
    void start(std::function<void()> done) {
        m_done = std::move(done);
        // Found once: a search of the widget tree every 20 ms would itself load the GUI thread.
        m_runners = m_window->findChildren<gugus::ui::JobRunner*>();
        QTimer::singleShot(200, m_window, [this] { next(); });
    }
    bool failed() const { return m_failed; }
    /// Drops every step after the first `count`.
    void keepFirst(std::size_t count) {
        m_steps.erase(m_steps.begin() + std::ptrdiff_t(std::min(count, m_steps.size())),
                      m_steps.end());
    }

private:
    void next() {
        if (m_index >= m_steps.size()) {
            m_done();
            return;
        }
        Step& step = m_steps[m_index++];
        m_probe->beginStep(step.name);
        m_job = step.run();
        m_quietSince.invalidate();
        QTimer::singleShot(0, m_window, [this] { waitForIdle(); });
    }
    bool busy() const {
        if (m_job.isValid() && !m_job.isFinished()) {
            return true;
        }
        return std::any_of(m_runners.begin(), m_runners.end(), [](auto* r) { return r->busy(); });
    }
    void waitForIdle() {
        if (busy()) {
            m_quietSince.invalidate();
        } else if (!m_quietSince.isValid()) {
            m_quietSince.start();
        } else if (m_quietSince.elapsed() >= 400) {
            if (m_job.isValid() && m_job.resultCount() > 0 && !m_job.result().ok()) {
                std::fprintf(stderr, "step failed: %s\n",
                             qPrintable(m_steps[m_index - 1].name + QStringLiteral(": ") +
                                        m_job.result().error));
                m_failed = true;
            }
            m_probe->endStep();
            next();
            return;
        }
        QTimer::singleShot(20, m_window, [this] { waitForIdle(); });
    }

    MainWindow* m_window;
    QList<gugus::ui::JobRunner*> m_runners;
    Probe* m_probe;
    std::vector<Step> m_steps;
    std::size_t m_index = 0;
    QFuture<Outcome> m_job;
    QElapsedTimer m_quietSince;
    std::function<void()> m_done;
    bool m_failed = false;
};

/// Makes every tab of every tab widget under `root` current in turn (outer tabs first).
void visitTabs(Driver& driver, const QString& prefix, QTabWidget* tabs) {
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget* page = tabs->widget(i);
        const QString name = prefix + QStringLiteral(" / ") + tabs->tabText(i).remove('&');
        driver.add(name, std::function<void()>([tabs, page] {
                       if (tabs->indexOf(page) >= 0 && tabs->isTabVisible(tabs->indexOf(page))) {
                           tabs->setCurrentWidget(page);
                       }
                   }));
        // Direct sub-tab widgets of this page (not nested deeper ones, visited by their own page).
        for (QTabWidget* inner : page->findChildren<QTabWidget*>()) {
            QWidget* parent = inner->parentWidget();
            while (parent && !qobject_cast<QTabWidget*>(parent) && parent != page) {
                parent = parent->parentWidget();
            }
            if (parent == page) {
                visitTabs(driver, name, inner);
            }
        }
    }
}

/// Wall and GUI-thread CPU times of some repeated action, in ms.
struct Timings {
    std::vector<double> wall;
    std::vector<double> cpu;
};

/// Runs `action` once and adds its times to `into`.
void timed(Timings& into, const std::function<void()>& action) {
    QElapsedTimer t;
    const double cpu = threadCpuMs();
    t.start();
    action();
    into.wall.push_back(double(t.nsecsElapsed()) / 1e6);
    into.cpu.push_back(threadCpuMs() - cpu);
}

/// Times an immediate redraw of `plot` (as after a drag or a wheel step).
void timeReplot(QCustomPlot* plot, Timings& into) {
    timed(into, [plot] { plot->replot(QCustomPlot::rpImmediateRefresh); });
}

/// Runs `action(0..count-1)` one event at a time, 30 ms apart (as a user's drag or wheel steps
/// arrive), so the probe sees each as its own gap; the future finishes after the last.
QFuture<Outcome> paced(QObject* context, int count, std::function<void(int)> action) {
    auto promise = std::make_shared<QPromise<Outcome>>();
    promise->start();
    auto step = std::make_shared<std::function<void(int)>>();
    *step = [=](int i) {
        if (i >= count) {
            promise->addResult(Outcome::done());
            promise->finish();
            return;
        }
        action(i);
        QTimer::singleShot(30, context, [=] { (*step)(i + 1); });
    };
    QTimer::singleShot(0, context, [=] { (*step)(0); });
    return promise->future();
}

} // namespace

int main(int argc, char* argv[]) {
    gugus::core::preferHugePages(argv); // as gugus does
    qputenv("QT_QPA_PLATFORM", "offscreen");
    ProbeApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool sweep = args.removeAll(QStringLiteral("--sweep")) > 0;
    const bool listStalls = args.removeAll(QStringLiteral("--stalls")) > 0;
    const bool openOnly = args.removeAll(QStringLiteral("--open-only")) > 0;
    QString grabDir; // --grab DIR: the customer map as drawn after the pans, to look at
    if (const auto at = args.indexOf(QStringLiteral("--grab")); at >= 0 && at + 1 < args.size()) {
        grabDir = args.takeAt(at + 1);
        args.removeAt(at);
    }
    if (const auto at = args.indexOf(QStringLiteral("--stall-ms"));
        at >= 0 && at + 1 < args.size()) {
        g_stallMs = args.takeAt(at + 1).toDouble();
        args.removeAt(at);
    }
    const QString file = args.value(0);

    gugus::ui::Language language;
    language.apply(QStringLiteral("en"), false);
    MainWindow window(&language);
    window.resize(1400, 900);
    window.show();
    window.startAutosave(); // as gugus does: a recovery copy a second after each change
    gugus::ui::SegmentsView* segments = window.segmentsView();
    gugus::ui::PcaScatter* map = segments->pcaScatter();

    Probe probe;
    Driver driver(&window, &probe);
    Timings panTimes, zoomTimes, hoverTimes, scrollTimes, shapePanTimes;

    const auto open = [&] {
        auto* documents = window.documentController();
        return file.isEmpty() ? documents->openSample()
                              : documents->openFile(file, gugus::core::CsvOptions{});
    };
    driver.add(QStringLiteral("open the file"), std::function<QFuture<Outcome>()>(open));
    if (openOnly) {
        // The same file over the open one: the old data is let go as the new arrives.
        driver.add(QStringLiteral("open it again"), std::function<QFuture<Outcome>()>(open));
    }
    visitTabs(driver, QStringLiteral("before segmenting"), window.tabs());
    driver.add(QStringLiteral("segment (K-Means, k = 5)"), std::function<QFuture<Outcome>()>([&] {
                   window.tabs()->setCurrentWidget(segments);
                   segments->setAlgorithm(gugus::core::Algorithm::KMeans);
                   segments->setK(5);
                   return segments->runSegmentation();
               }));
    visitTabs(driver, QStringLiteral("after"), window.tabs());
    QTemporaryDir outputs;
    driver.add(QStringLiteral("save the labelled data"), std::function<QFuture<Outcome>()>([&] {
                   return window.documentController()->saveLabelled(
                       outputs.filePath(QStringLiteral("labelled.csv")));
               }));
    // Compare: the k = 5 segments pinned, then k = 4 with the comparison on screen.
    driver.add(QStringLiteral("pin the segmentation"),
               std::function<void()>([&] { window.document()->pinCurrent(); }));
    driver.add(QStringLiteral("segment again (k = 4), Compare shown"),
               std::function<QFuture<Outcome>()>([&] {
                   segments->showPage(segments->compareView());
                   segments->setK(4);
                   return segments->runSegmentation();
               }));
    if (sweep) {
        driver.add(QStringLiteral("Choose k sweep (k = 2..6)"),
                   std::function<QFuture<Outcome>()>([&] {
                       auto options = segments->options();
                       options.kMin = 2;
                       options.kMax = 6;
                       segments->setOptions(options);
                       segments->showPage(segments->sweepChart());
                       return segments->runSweep();
                   }));
    }
    driver.add(QStringLiteral("scroll the data table top to bottom"),
               std::function<QFuture<Outcome>()>([&] {
                   window.tabs()->setCurrentWidget(window.datasetView());
                   gugus::ui::WindowedTable* table = window.datasetView()->tableView();
                   return paced(&window, 41, [table, &scrollTimes](int i) {
                       QScrollBar* bar = table->rowBar();
                       bar->setValue(int(qint64(bar->maximum()) * i / 40));
                       timed(scrollTimes, [table] { table->view()->viewport()->repaint(); });
                   });
               }));
    QCustomPlot* plot = map->plot();
    // Two clicks, as a user makes them: the Segments tab (where a segmentation ends on the
    // Overview, brought up to date then), then the map's tab.
    driver.add(QStringLiteral("show the Segments tab (the Overview)"),
               std::function<void()>([&] { window.tabs()->setCurrentWidget(segments); }));
    driver.add(QStringLiteral("show the customer map"),
               std::function<void()>([&] { segments->showPage(map); }));
    // A lasso of 200 points around the middle of the view, and a rectangle, as the map's tools
    // draw them (the selection then reaches the data table's highlight).
    driver.add(
        QStringLiteral("select with a lasso on the map"), std::function<QFuture<Outcome>()>([&] {
            const QPointF centre(plot->xAxis->range().center(), plot->yAxis->range().center());
            const double rx = plot->xAxis->range().size() / 4;
            const double ry = plot->yAxis->range().size() / 4;
            QPolygonF lasso;
            for (int i = 0; i < 200; ++i) {
                const double a = 2 * M_PI * i / 200;
                lasso << centre +
                             QPointF(rx * std::cos(a), ry * std::sin(3 * a) / 2 + ry * std::sin(a));
            }
            return map->selectInside(lasso);
        }));
    driver.add(
        QStringLiteral("select a rectangle on the map"), std::function<QFuture<Outcome>()>([&] {
            const QPointF centre(plot->xAxis->range().center(), plot->yAxis->range().center());
            return map->selectInside(QRectF(
                centre, QSizeF(plot->xAxis->range().size() / 3, plot->yAxis->range().size() / 3)));
        }));
    // 20 pans of 5 % of the view, one every 30 ms, each redraw timed into `into`.
    const auto panMap = [&window, plot](Timings& into) {
        return paced(&window, 20, [plot, &into](int i) {
            const double step = (i % 10 < 5 ? 0.05 : -0.05);
            plot->xAxis->moveRange(plot->xAxis->range().size() * step);
            plot->yAxis->moveRange(plot->yAxis->range().size() * step);
            timeReplot(plot, into);
        });
    };
    driver.add(QStringLiteral("pan the customer map (20 times)"),
               std::function<QFuture<Outcome>()>([&] { return panMap(panTimes); }));
    if (!grabDir.isEmpty()) {
        driver.add(QStringLiteral("(grab the map)"), std::function<void()>([&] {
                       map->grab().save(grabDir + QStringLiteral("/customer_map.png"));
                   }));
    }
    // The same pans with every point drawn as its own shape by QCustomPlot (the map before it drew
    // large maps as one image), for a comparison under the same load; the image is put back.
    // Without the selection, as this comparison was made before the selection steps.
    std::vector<QCPGraph*> imageGraphs;
    driver.add(QStringLiteral("pan the map, points as shapes (20 times)"),
               std::function<QFuture<Outcome>()>([&] {
                   window.document()->setSelectedRows({});
                   for (const auto& g : map->pointImage()->graphs()) {
                       imageGraphs.push_back(g);
                   }
                   map->pointImage()->setGraphs({});
                   return panMap(shapePanTimes);
               }));
    if (!grabDir.isEmpty()) {
        driver.add(QStringLiteral("(grab the map, shapes)"), std::function<void()>([&] {
                       map->grab().save(grabDir + QStringLiteral("/customer_map_shapes.png"));
                       map->pointImage()->setGraphs(imageGraphs);
                   }));
    } else {
        driver.add(QStringLiteral("(the image again)"),
                   std::function<void()>([&] { map->pointImage()->setGraphs(imageGraphs); }));
    }
    driver.add(QStringLiteral("zoom the customer map (10 times)"),
               std::function<QFuture<Outcome>()>([&] {
                   return paced(&window, 10, [plot, &zoomTimes](int i) {
                       const double factor = i < 5 ? 0.8 : 1.25;
                       plot->xAxis->scaleRange(factor, plot->xAxis->range().center());
                       plot->yAxis->scaleRange(factor, plot->yAxis->range().center());
                       timeReplot(plot, zoomTimes);
                   });
               }));
    driver.add(QStringLiteral("hover the customer map (20 places)"),
               std::function<QFuture<Outcome>()>([&] {
                   return paced(&window, 20, [plot, &hoverTimes](int i) {
                       const QRect area = plot->axisRect()->rect();
                       const QPointF at(area.left() + area.width() * (i + 0.5) / 20.0,
                                        area.top() + area.height() * ((i * 7) % 20 + 0.5) / 20.0);
                       QMouseEvent move(QEvent::MouseMove, at, plot->mapToGlobal(at), Qt::NoButton,
                                        Qt::NoButton, Qt::NoModifier);
                       timed(hoverTimes, [&] { QCoreApplication::sendEvent(plot, &move); });
                   });
               }));

    if (openOnly) {
        driver.keepFirst(2);
    }
    g_slotClock.clock.start();
    gugus::ui::setSlotRecorder(&recordSlot);
    probe.start();
    driver.start([&] { app.quit(); });
    app.exec();

    std::printf("| step | wall (s) | GUI CPU (ms) | longest gap (ms) | its GUI CPU (ms) | stalls > "
                "%.0f ms |\n",
                g_stallMs);
    std::printf("|---|---:|---:|---:|---:|---:|\n");
    for (const StepStats& s : probe.steps()) {
        std::printf("| %s | %.2f | %.0f | %.0f | %.0f | %d |\n", qPrintable(s.name), s.wallMs / 1e3,
                    s.cpuMs, s.worstMs, s.worstCpuMs, s.stalls);
    }
    const auto line = [](const char* what, const Timings& t) {
        std::printf("%s: %zu, wall median %.1f ms, max %.1f ms; GUI CPU median %.1f ms, max "
                    "%.1f ms\n",
                    what, t.wall.size(), median(t.wall), maximum(t.wall), median(t.cpu),
                    maximum(t.cpu));
    };
    std::printf("\n");
    line("map redraws after a pan", panTimes);
    line("map redraws after a pan, points as shapes", shapePanTimes);
    line("map redraws after a zoom", zoomTimes);
    line("map hovers (nearest customer)", hoverTimes);
    line("table repaints while scrolling", scrollTimes);
    std::printf("map: %s; %s\n", qPrintable(map->caption()->text()),
                map->drawsPointImage() ? "points drawn as one image" : "points drawn as shapes");
    // Per step, the entries of `member` (receivers or events) of more than 2 ms of GUI CPU.
    const auto table = [&probe](const char* title, auto member) {
        std::printf("\n%s (more than 2 ms CPU in a step; calls, wall / CPU in all, CPU of the "
                    "worst call):\n",
                    title);
        for (const StepStats& s : probe.steps()) {
            for (const auto& [name, t] : s.*member) {
                if (t.cpuMs > 2.0) {
                    std::printf("  %-44s %-44s %3d %8.1f %8.1f %8.1f ms\n",
                                qPrintable(s.name.left(44)), name.c_str(), t.calls, t.wallMs,
                                t.cpuMs, t.worstCpuMs);
                }
            }
        }
    };
    table("where the GUI thread's time went: the timed receivers", &StepStats::receivers);
    table("the events the event loop handled (receiver / event type)", &StepStats::events);
    if (listStalls) {
        std::printf("\nstalls > %.0f ms (wall / GUI CPU), each with its events of 1 ms of CPU or "
                    "more (wall / CPU):\n",
                    g_stallMs);
        for (const Stall& s : probe.stalls()) {
            std::printf("  %-60s %7.0f ms %7.0f ms\n", qPrintable(s.step), s.wallMs, s.cpuMs);
            for (const LoopEvent& e : s.events) {
                std::printf("      %-56s %7.1f ms %7.1f ms\n", e.name.c_str(), e.wallMs, e.cpuMs);
            }
        }
    }
    return driver.failed() ? 1 : 0;
}
