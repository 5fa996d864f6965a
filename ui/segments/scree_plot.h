#pragma once

#include <Eigen/Core>

#include <cstdint>

class QCustomPlot;

namespace gugus::ui {

/// Draws the explained-variance (scree) curve into `plot`: each principal component's share of
/// the variance as a bar, the cumulative share as a line, and a dashed cut after the first
/// `kept` components (none when kept <= 0). An empty spectrum leaves the plot empty. Used by the
/// reduction settings (compact) and the Components page.
void drawScree(QCustomPlot* plot, const Eigen::VectorXd& spectrum, std::int64_t kept, bool compact);

} // namespace gugus::ui
