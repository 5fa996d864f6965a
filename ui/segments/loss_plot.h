#pragma once

#include <vector>

class QCustomPlot;

namespace gugus::ui {

/// Draws an autoencoder's training loss per epoch into `plot` as a line, and, when pcaMse > 0,
/// PCA's reconstruction error with as many components as a dashed level to beat. Empty losses
/// leave the plot empty. Used live by the reduction settings (compact) and by the Components page.
void drawLossCurve(QCustomPlot* plot, const std::vector<double>& losses, double pcaMse,
                   bool compact);

} // namespace gugus::ui
