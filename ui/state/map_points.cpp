#include "state/map_points.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace gugus::ui {

namespace {

/// Each group's share of `total` drawn points (total below the sum of sizes): min(size, minimum)
/// first, the rest shared in proportion to the rows each group has left (largest remainders), so
/// the shares add up to `total` and never exceed a group's size.
std::vector<std::size_t> quotas(const std::vector<std::size_t>& sizes, std::size_t total,
                                std::size_t minimum) {
    std::vector<std::size_t> quota(sizes.size(), 0);
    std::size_t given = 0, left = 0;
    for (std::size_t g = 0; g < sizes.size(); ++g) {
        quota[g] = std::min(sizes[g], minimum);
        given += quota[g];
        left += sizes[g] - quota[g];
    }
    if (given >= total || left == 0) {
        return quota;
    }
    const std::size_t rest = total - given;
    std::vector<std::pair<double, std::size_t>> remainders;
    for (std::size_t g = 0; g < sizes.size(); ++g) {
        const double exact = double(rest) * double(sizes[g] - quota[g]) / double(left);
        const auto whole = std::size_t(exact);
        quota[g] += whole;
        given += whole;
        remainders.emplace_back(exact - double(whole), g);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; given < total && i < remainders.size(); ++i) {
        const std::size_t g = remainders[i].second;
        if (quota[g] < sizes[g]) {
            ++quota[g];
            ++given;
        }
    }
    return quota;
}

} // namespace

MapPoints MapPoints::build(const Eigen::Ref<const Eigen::VectorXd>& x,
                           const Eigen::Ref<const Eigen::VectorXd>& y, const core::Labels& labels,
                           int k, std::uint64_t seed, int maxShown) {
    MapPoints map;
    const auto n = std::size_t(x.size());
    map.m_x.assign(x.data(), x.data() + x.size());
    map.m_y.assign(y.data(), y.data() + y.size());
    if (n <= std::size_t(maxShown)) {
        map.shown.resize(n);
        std::iota(map.shown.begin(), map.shown.end(), 0);
    } else {
        // Groups 0..k-1 are the segments, group k the atypical (and any other) rows.
        std::vector<std::vector<int>> groups(std::size_t(k) + 1);
        for (std::size_t i = 0; i < n; ++i) {
            const int l = i < labels.size() ? labels[i] : core::kNoise;
            groups[l >= 0 && l < k ? std::size_t(l) : std::size_t(k)].push_back(int(i));
        }
        std::vector<std::size_t> sizes;
        for (const auto& g : groups) {
            sizes.push_back(g.size());
        }
        const auto quota = quotas(sizes, std::size_t(maxShown), std::size_t(kMinPerSegment));
        std::mt19937_64 rng(seed);
        for (std::size_t g = 0; g < groups.size(); ++g) {
            auto& rows = groups[g];
            // A partial Fisher-Yates shuffle: the first quota[g] rows are a uniform sample.
            for (std::size_t i = 0; i < quota[g]; ++i) {
                std::uniform_int_distribution<std::size_t> pick(i, rows.size() - 1);
                std::swap(rows[i], rows[pick(rng)]);
            }
            map.shown.insert(map.shown.end(), rows.begin(), rows.begin() + long(quota[g]));
        }
        std::sort(map.shown.begin(), map.shown.end());
        map.subset = true;
    }
    // The grid: about 8 points per cell, at most 1024 cells a side, over the finite positions.
    double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isfinite(map.m_x[i]) && std::isfinite(map.m_y[i])) {
            x0 = std::min(x0, map.m_x[i]);
            x1 = std::max(x1, map.m_x[i]);
            y0 = std::min(y0, map.m_y[i]);
            y1 = std::max(y1, map.m_y[i]);
        }
    }
    if (!(x0 <= x1)) {
        return map; // no finite point: nothing to find
    }
    const int side = std::clamp(int(std::sqrt(double(n) / 8.0)), 1, 1024);
    map.m_nx = map.m_ny = side;
    map.m_x0 = x0;
    map.m_y0 = y0;
    map.m_cellW = x1 > x0 ? (x1 - x0) / side : 1.0;
    map.m_cellH = y1 > y0 ? (y1 - y0) / side : 1.0;
    const std::size_t cells = std::size_t(side) * std::size_t(side);
    std::vector<int> cellOf(n, -1);
    map.m_cellStart.assign(cells + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isfinite(map.m_x[i]) && std::isfinite(map.m_y[i])) {
            cellOf[i] = map.cellY(map.m_y[i]) * side + map.cellX(map.m_x[i]);
            ++map.m_cellStart[std::size_t(cellOf[i]) + 1];
        }
    }
    std::partial_sum(map.m_cellStart.begin(), map.m_cellStart.end(), map.m_cellStart.begin());
    map.m_rows.resize(std::size_t(map.m_cellStart.back()));
    std::vector<int> next(map.m_cellStart.begin(), map.m_cellStart.end() - 1);
    for (std::size_t i = 0; i < n; ++i) { // rows ascending within a cell: ties go to the first
        if (cellOf[i] >= 0) {
            map.m_rows[std::size_t(next[std::size_t(cellOf[i])]++)] = int(i);
        }
    }
    return map;
}

int MapPoints::cellX(double x) const {
    return std::clamp(int(std::floor((x - m_x0) / m_cellW)), 0, m_nx - 1);
}

int MapPoints::cellY(double y) const {
    return std::clamp(int(std::floor((y - m_y0) / m_cellH)), 0, m_ny - 1);
}

int MapPoints::nearest(double x, double y, double rx, double ry) const {
    if (m_nx == 0 || !(rx > 0) || !(ry > 0) || !std::isfinite(x) || !std::isfinite(y)) {
        return -1;
    }
    const double left = m_x0, right = m_x0 + m_cellW * m_nx;
    const double bottom = m_y0, top = m_y0 + m_cellH * m_ny;
    if (x + rx < left || x - rx > right || y + ry < bottom || y - ry > top) {
        return -1;
    }
    const int cx0 = cellX(x - rx), cx1 = cellX(x + rx);
    const int cy0 = cellY(y - ry), cy1 = cellY(y + ry);
    double best = 1.0; // inside the ellipse: (dx/rx)^2 + (dy/ry)^2 < 1
    int bestRow = -1;
    for (int cy = cy0; cy <= cy1; ++cy) {
        for (int cx = cx0; cx <= cx1; ++cx) {
            const auto c = std::size_t(cy) * std::size_t(m_nx) + std::size_t(cx);
            for (int at = m_cellStart[c]; at < m_cellStart[c + 1]; ++at) {
                const int row = m_rows[std::size_t(at)];
                const double dx = (m_x[std::size_t(row)] - x) / rx;
                const double dy = (m_y[std::size_t(row)] - y) / ry;
                const double d = dx * dx + dy * dy;
                if (d < best || (d == best && bestRow >= 0 && row < bestRow)) {
                    best = d;
                    bestRow = row;
                }
            }
        }
    }
    return bestRow;
}

} // namespace gugus::ui
