#pragma once

#include "report/chart.h"

#include <QColor>
#include <QStringList>

#include <vector>

namespace gugus::report {

/// The profile heatmap: one row per column (or category) of the data, one column per segment,
/// each cell coloured by the standardized difference from all customers (the GUI's scale:
/// blue lower, red higher, white no data). Rows run down the page so labels stay horizontal and
/// 30 segments still fit across.
class HeatmapChart : public Chart {
public:
    struct Column {
        int number = 0; ///< 1-based segment number, printed in the colour chip
        QString name;
        QColor color;
    };
    struct Labels {
        QString lower;  ///< legend: "lower than all customers"
        QString higher; ///< "higher than all customers"
        QString noData; ///< "no data"
    };
    /// `values[row][column]`: standardized differences, NaN = no data.
    HeatmapChart(QStringList rows, QVector<Column> columns, std::vector<std::vector<double>> values,
                 Labels labels, QLocale locale);

    double heightFor(double width) const override;
    void paint(QPainter& painter, const QRectF& rect, double u) const override;

private:
    struct Geometry {
        double label = 0.0; ///< row label width
        double cell = 0.0;  ///< cell width
        double row = 0.0;   ///< cell height
        double header = 0.0;
        bool rotated = false; ///< segment names turned a quarter (narrow columns)
        bool values = false;  ///< numbers printed in the cells
    };
    Geometry geometry(double width) const; ///< in points
    double maxAbs() const;
    QString signedText(double v) const;
    void paintHeader(QPainter& p, const Geometry& g, const QPointF& origin, double u) const;
    void paintLegend(QPainter& p, const QRectF& rect, double u) const;

    QStringList m_rows;
    QVector<Column> m_columns;
    std::vector<std::vector<double>> m_values;
    Labels m_labels;
    QLocale m_locale;
};

} // namespace gugus::report
