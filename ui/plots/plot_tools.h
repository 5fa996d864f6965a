#pragma once

#include "support/outcome.h"

#include <QFuture>
#include <QString>

class QCustomPlot;
class QCPAxis;
class QCPTextElement;
class QWidget;

namespace gugus::ui {

class FileSaver;

/// Shared set-up for every chart: white background, readable fonts, axis tick labels in the UI
/// locale (Indonesian: 1.234,56), and a context menu "Export chart as PNG / SVG / PDF…".
/// Call once after creating the plot. `name` is the default file name stem for exports.
void setUpPlot(QCustomPlot* plot, const QString& name);
/// Moves the plot's legend out of the axis rect into a column on its right, so it never covers
/// data (points, centres, labels). The legend keeps its natural width.
void placeLegendOutside(QCustomPlot* plot);

/// Creates a chart that fills `owner` (a layout with no margins), with a title row above the
/// axes, set up as setUpPlot does and at least 400 x 300. The title is plotTitle(plot).
QCustomPlot* addTitledPlot(QWidget* owner, const QString& name);
/// The title element of a chart made by addTitledPlot.
QCPTextElement* plotTitle(QCustomPlot* plot);

/// Exports the plot to `path` in the format its suffix names (.png, .svg, .pdf; `width` and
/// `height` 0: the plot's size). The drawing is made here, on the GUI thread (QCustomPlot draws
/// there); `saver` encodes a PNG and writes the file on a worker, atomically, and refuses a path
/// that is one of the document's inputs.
QFuture<Outcome> exportPlot(QCustomPlot* plot, const QString& path, FileSaver* saver, int width = 0,
                            int height = 0);

/// The saver of the "Export chart" menu of the charts in `window` (and in the dialogs opened
/// from it): the main window's, which checks its document's inputs and reports the end in its
/// status bar. `saver` must live as long as the window. A chart in no such window has a saver
/// of its own, which checks nothing and warns in a message box when a write fails.
void setChartSaver(QWidget* window, FileSaver* saver);

/// Asks for a file name and exports the plot (used by the context menu). A name without one of
/// the three suffixes gets the one of the chosen file type.
void askExportPlot(QCustomPlot* plot, const QString& name, QWidget* parent);

/// Keeps the value labels of a bar chart inside the plot: after every layout the upper end of
/// `valueAxis` (a range starting at 0) is raised until each text item placed at a bar's end on
/// that axis ends inside the axis rect, whatever the chart's size, font or language. Labels sit
/// past the bar's end (right of horizontal bars, above vertical ones). `minUpper` is the
/// smallest upper end (e.g. the tallest bar plus a little air). Call after adding the labels;
/// calling again replaces the earlier rule.
void fitBarLabels(QCustomPlot* plot, QCPAxis* valueAxis, double minUpper);
/// Keeps the plot's annotations (text items placed at a data point, e.g. "knee: k = 4") inside
/// the axis rect: after every layout, a label that would cross an edge is put on the other side
/// of its point (left instead of right, above instead of below), padding mirrored. A label too
/// large for either side stays as placed. Call once; it applies to the items of later redraws.
void keepLabelsInside(QCustomPlot* plot);

/// Drops the plot's fitBarLabels rule (a chart that shows a message instead of bars).
void stopFittingBarLabels(QCustomPlot* plot);

/// Queues a replot, unless the plot is about to be shown at a new size: QCustomPlot replots on
/// every resize, and a queued replot would draw the same contents a second time.
void replotSoon(QCustomPlot* plot);

/// Re-applies the UI locale to the plot's numeric tickers (after a language switch).
void applyLocale(QCustomPlot* plot);

} // namespace gugus::ui
