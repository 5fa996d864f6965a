#pragma once

#include <QWidget>

class QCustomPlot;

namespace gugus::ui {

class Document;

/// The silhouette plot: per segment, its customers' silhouette values sorted from high to low as
/// horizontal bars in the segment colour, with the overall mean as a dashed line.
class SilhouetteChart : public QWidget {
    Q_OBJECT
public:
    explicit SilhouetteChart(Document* document, QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    /// The x position of the average line (NaN when nothing is drawn).
    double averageLine() const { return m_average; }
    /// Bars drawn for a segment (its scored rows, or quantiles of them when there are many).
    int barCount(int segment) const;

private:
    void redraw();

    Document* m_document;
    QCustomPlot* m_plot;
    double m_average;
    QVector<int> m_barCounts;
};

} // namespace gugus::ui
