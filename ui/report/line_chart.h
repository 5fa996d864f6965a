#pragma once

#include "report/chart.h"

#include <QColor>

#include <optional>
#include <vector>

namespace gugus::report {

/// One curve against x with optional marks: the elbow and silhouette-by-k curves of a sweep
/// (the chosen k as a vertical line), and DBSCAN's k-distance curve (eps as a horizontal line).
class LineChart : public Chart {
public:
    struct Rule {
        bool vertical = true;
        double at = 0.0;
        QString label;
        QColor color;
        bool strong = true; ///< false: a faint reference line (rating thresholds)
    };
    struct Point {
        QPointF at;
        QString label;
        QColor color;
    };
    /// `points`: the curve, NaN y values leave a gap. `integerX`: x ticks at whole numbers (k).
    LineChart(std::vector<QPointF> points, QString xTitle, QString yTitle, QLocale locale,
              bool integerX, bool markers);
    void addRule(Rule rule) { m_rules.push_back(std::move(rule)); }
    void addPoint(Point point) { m_points.push_back(std::move(point)); }
    /// Keeps 0 inside the y range (silhouette, distances).
    void includeZero() { m_includeZero = true; }

    double heightFor(double width) const override;
    void paint(QPainter& painter, const QRectF& rect, double u) const override;

private:
    std::vector<QPointF> m_curve;
    QString m_xTitle;
    QString m_yTitle;
    QLocale m_locale;
    bool m_integerX;
    bool m_markers;
    bool m_includeZero = false;
    std::vector<Rule> m_rules;
    std::vector<Point> m_points;
};

} // namespace gugus::report
