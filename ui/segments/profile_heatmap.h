#pragma once

#include <QPoint>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QCPColorMap;
class QCPColorScale;
class QCustomPlot;
class QLabel;
class QMouseEvent;

namespace gugus::ui {

class Document;

/// Segments × columns heatmap of standardized differences from all customers: numeric and product
/// (0/1) columns by their mean, categorical columns one cell per category by its share. Columns
/// are ranked by how strongly they separate the segments (strongest left); clustering features
/// are marked with ●. A cell without a value (e.g. a column no customer of the segment has a
/// value in) is drawn grey and hatched and says "no data": it is never coloured as a finding.
class ProfileHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit ProfileHeatmap(Document* document, QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    QStringList columnLabels() const;
    /// Value of the cell (NaN outside the map).
    double cellValue(int segment, int column) const;
    /// Column index of a heatmap column whose label starts with `name` (-1 if absent).
    int columnIndex(const QString& name) const;
    /// The cells drawn as "no data" (grey hatching), read back from the plot: x = column,
    /// y = segment row.
    QVector<QPoint> noDataCells() const;
    /// The hover text of a cell (empty outside the map).
    QString cellToolTip(int segment, int column) const;

private:
    struct Cell {
        QString label;   ///< x-axis label
        QString tooltip; ///< per segment: details for the hover text
        bool feature = false;
        double strength = 0.0;    ///< the column's association with the segments
        double within = 0.0;      ///< largest |standardized difference| of this cell
        QVector<double> values;   ///< per segment: standardized difference
        QVector<QString> details; ///< per segment: "mean 41 vs 38" / "share 52 % vs 30 %"
    };
    void rebuild();
    void markNoData();
    void onMouseMove(QMouseEvent* event);

    Document* m_document;
    QCustomPlot* m_plot;
    QLabel* m_caption;
    QCPColorMap* m_map = nullptr;
    QCPColorScale* m_scale = nullptr;
    QVector<Cell> m_cells;
    int m_segments = 0;
};

} // namespace gugus::ui
