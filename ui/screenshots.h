#pragma once

#include <QString>

#include <functional>

namespace gugus::ui {

class MainWindow;

/// `gugus --screenshots DIR [FILE]`: opens FILE (empty = the bundled sample; a .gugus project
/// with its recipe) through the same code path as File ▸ Open, runs the k sweep and a default
/// segmentation through the Segments view, then writes one PNG per view (the whole window) and per
/// main chart into DIR. `done(exitCode)` is called on the GUI thread at the end (0 = every PNG
/// written).
void takeScreenshots(MainWindow* window, const QString& dir, const QString& file,
                     std::function<void(int)> done);

} // namespace gugus::ui
