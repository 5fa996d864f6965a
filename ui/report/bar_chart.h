#pragma once

#include "report/chart.h"

#include <QColor>

namespace gugus::report {

/// Horizontal bars, one per segment, in the segments' colours: the segment sizes.
class BarChart : public Chart {
public:
    struct Bar {
        QString label; ///< "3  Savers"
        double value = 0.0;
        QString valueText; ///< printed after the bar, e.g. "1,234 · 24.7%"
        QColor color;
    };
    explicit BarChart(QVector<Bar> bars);

    double heightFor(double width) const override;
    void paint(QPainter& painter, const QRectF& rect, double u) const override;

private:
    double rowHeight() const; ///< points
    QVector<Bar> m_bars;
};

} // namespace gugus::report
