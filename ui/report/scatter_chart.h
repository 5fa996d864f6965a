#pragma once

#include "report/chart.h"

#include <QColor>

#include <optional>
#include <vector>

namespace gugus::report {

/// The customer map: one dot per customer in its segment's colour, each segment's centre as a
/// numbered disc, and a legend of the segments under the plot.
class ScatterChart : public Chart {
public:
    struct Group {
        int number = 0; ///< 1-based; 0 = noise (no centre, drawn first and grey)
        QString name;
        QColor color;
        std::vector<QPointF> points;
        std::optional<QPointF> centre;
    };
    ScatterChart(std::vector<Group> groups, QString xTitle, QString yTitle, QLocale locale);

    double heightFor(double width) const override;
    void paint(QPainter& painter, const QRectF& rect, double u) const override;

private:
    /// Legend rows at `width` points, and the width of one legend entry.
    int legendRows(double width, double* entryWidth = nullptr) const;

    std::vector<Group> m_groups;
    QString m_xTitle;
    QString m_yTitle;
    QLocale m_locale;
};

} // namespace gugus::report
