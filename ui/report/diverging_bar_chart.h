#pragma once

#include "report/chart.h"

namespace gugus::report {

/// A segment's largest differences from all customers: one bar per column, left of the axis when
/// the segment is lower, right when higher, coloured on the heatmap's scale.
class DivergingBarChart : public Chart {
public:
    struct Bar {
        QString label;
        double value = 0.0; ///< standardized difference
    };
    DivergingBarChart(QVector<Bar> bars, QString lower, QString higher, QLocale locale);

    double heightFor(double width) const override;
    void paint(QPainter& painter, const QRectF& rect, double u) const override;

private:
    QVector<Bar> m_bars;
    QString m_lower;  ///< axis caption left of zero
    QString m_higher; ///< right of zero
    QLocale m_locale;
};

} // namespace gugus::report
