#include "plots/polygon_hit.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace gugus::ui {

PolygonHitTest::PolygonHitTest(const QPolygonF& polygon) {
    if (polygon.isEmpty()) {
        return;
    }
    // The edges containsPoint() counts: each side, and the closing one when the path is open.
    const auto add = [this](const QPointF& a, const QPointF& b) {
        if (qFuzzyCompare(a.y(), b.y())) {
            return; // horizontal: never counted (the scan conversion rule)
        }
        const QPointF& low = a.y() < b.y() ? a : b;
        const QPointF& high = a.y() < b.y() ? b : a;
        m_edges.push_back(
            {low.x(), low.y(), high.y(), (high.x() - low.x()) / (high.y() - low.y())});
    };
    for (qsizetype i = 1; i < polygon.size(); ++i) {
        add(polygon[i - 1], polygon[i]);
    }
    if (polygon.back() != polygon.front()) {
        add(polygon.back(), polygon.front());
    }
    if (m_edges.empty()) {
        return;
    }
    const QRectF bounds = polygon.boundingRect();
    m_top = bounds.top();
    // About four bands an edge: a band then holds a few edges (a hand-drawn lasso's are short).
    m_bands = int(std::clamp<std::size_t>(4 * m_edges.size(), 1, 4096));
    m_scale = bounds.height() > 0 ? m_bands / bounds.height() : 0.0;
    // Each edge goes into every band from its top's to its bottom's: bandOf() never decreases
    // with y, so any y an edge spans falls in one of them.
    std::vector<int> counts(std::size_t(m_bands) + 1, 0);
    for (const Edge& e : m_edges) {
        for (int b = bandOf(e.y1); b <= bandOf(e.y2); ++b) {
            ++counts[std::size_t(b) + 1];
        }
    }
    m_bandStart.assign(std::size_t(m_bands) + 1, 0);
    for (int b = 0; b < m_bands; ++b) {
        m_bandStart[std::size_t(b) + 1] = m_bandStart[std::size_t(b)] + counts[std::size_t(b) + 1];
    }
    m_bandEdges.resize(std::size_t(m_bandStart.back()));
    std::vector<int> next(m_bandStart.begin(), m_bandStart.end() - 1);
    for (int i = 0; i < int(m_edges.size()); ++i) {
        for (int b = bandOf(m_edges[std::size_t(i)].y1); b <= bandOf(m_edges[std::size_t(i)].y2);
             ++b) {
            m_bandEdges[std::size_t(next[std::size_t(b)]++)] = i;
        }
    }
}

int PolygonHitTest::bandOf(double y) const {
    const double band = std::floor((y - m_top) * m_scale);
    return int(std::clamp(band, 0.0, double(m_bands - 1)));
}

bool PolygonHitTest::contains(const QPointF& point) const {
    if (m_bands == 0 || std::isnan(point.y())) {
        return false;
    }
    const int b = bandOf(point.y());
    const double y = point.y();
    int crossings = 0;
    for (int k = m_bandStart[std::size_t(b)]; k < m_bandStart[std::size_t(b) + 1]; ++k) {
        const Edge& e = m_edges[std::size_t(m_bandEdges[std::size_t(k)])];
        // qt_polygon_isect_line(), as QPolygonF::containsPoint() calls it.
        if (y >= e.y1 && y < e.y2) {
            const double x = e.x1 + e.slope * (y - e.y1);
            if (x <= point.x()) {
                ++crossings;
            }
        }
    }
    return crossings % 2 != 0;
}

} // namespace gugus::ui
