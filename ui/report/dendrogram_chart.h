#pragma once

#include "report/chart.h"
#include "report/report_content.h"

#include <QColor>

namespace gugus::report {

/// The top of a hierarchical tree: merges joining groups of customers, drawn in a segment's
/// colour below the cut and grey above it, with the cut as a dashed line.
class DendrogramChart : public Chart {
public:
    /// `colors[s]`: segment s's colour.
    DendrogramChart(core::TreeChart tree, QVector<QColor> colors, QString xTitle, QString yTitle,
                    QString cutLabel, QLocale locale);

    double heightFor(double width) const override;
    void paint(QPainter& painter, const QRectF& rect, double u) const override;

private:
    core::TreeChart m_tree;
    QVector<QColor> m_colors;
    QString m_xTitle;
    QString m_yTitle;
    QString m_cutLabel;
    QLocale m_locale;
};

} // namespace gugus::report
