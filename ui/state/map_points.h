#pragma once

#include "common/matrix.h"

#include <cstdint>
#include <vector>

namespace gugus::ui {

/// What the customer map draws and searches, built on the worker with the segmentation (the
/// map's own work on the GUI thread then stays small at a million customers):
/// - `shown`: the matrix rows drawn as points. All of them up to kMaxShown; above that a
///   stratified subset: each segment (and the atypical customers) keeps a share of the drawn
///   points proportional to its size, at least kMinPerSegment (or all its rows), chosen at random
///   with the run's seed, so a small segment does not vanish from the map.
/// - a grid index over every point's map position, so hovering finds the nearest customer among
///   all of them, also those the subset does not draw.
struct MapPoints {
    static constexpr int kMaxShown = 20000;
    static constexpr int kMinPerSegment = 200;

    /// @param x, y map coordinates of every matrix row (PCA scores), same length as `labels`
    /// @param labels segment of every matrix row (0..k-1, or core::kNoise)
    static MapPoints build(const Eigen::Ref<const Eigen::VectorXd>& x,
                           const Eigen::Ref<const Eigen::VectorXd>& y, const core::Labels& labels,
                           int k, std::uint64_t seed, int maxShown = kMaxShown);

    /// The matrix row nearest to (x, y) within the ellipse of half-axes rx, ry (map units; the
    /// distance is measured in those units, i.e. in pixels when rx and ry are the same number of
    /// pixels), or -1 when none lies within it.
    int nearest(double x, double y, double rx, double ry) const;

    /// Number of points indexed (every matrix row).
    std::size_t size() const { return m_x.size(); }

    std::vector<int> shown; ///< sorted matrix rows to draw
    bool subset = false;    ///< `shown` leaves rows out

private:
    int cellX(double x) const;
    int cellY(double y) const;

    std::vector<double> m_x, m_y;
    double m_x0 = 0, m_y0 = 0, m_cellW = 1, m_cellH = 1;
    int m_nx = 0, m_ny = 0;
    std::vector<int> m_cellStart; ///< rows of cell c: m_rows[m_cellStart[c] .. m_cellStart[c+1])
    std::vector<int> m_rows;
};

} // namespace gugus::ui
