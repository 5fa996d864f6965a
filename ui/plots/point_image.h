#pragma once

#include <qcustomplot.h>

#include <QImage>
#include <QPointer>

#include <vector>

namespace gugus::ui {

/// Draws the scatter points of some graphs of a plot as one image, for maps of many points.
///
/// QCustomPlot draws every point of a graph as its own antialiased shape through QPainter, which
/// costs about 1.5 microseconds a point: 20,000 points take ~30 ms of every redraw (each step of a
/// pan or a zoom). This layerable stamps a small image of each graph's shape (drawn once by
/// QCustomPlot's own QCPScatterStyle, antialiased, at 4 x 4 sub-pixel offsets) into an image of
/// the axis rectangle and draws that image: the same look at a fraction of the cost. The graphs
/// stay in the plot (data, legend, axis rescaling) but are hidden while the image draws them.
///
/// On vector output (PDF, SVG) the shapes are drawn one by one, as QCustomPlot would.
class PointImage : public QCPLayerable {
    Q_OBJECT
public:
    /// A layerable of `plot`'s current layer over `axisRect`, drawing nothing until setGraphs().
    PointImage(QCustomPlot* plot, QCPAxisRect* axisRect);

    /// Draws `graphs` (in this order, the first at the bottom) and hides them; the graphs drawn
    /// before become visible again. An empty list: the image draws nothing.
    void setGraphs(std::vector<QCPGraph*> graphs);
    const std::vector<QPointer<QCPGraph>>& graphs() const { return m_graphs; }
    /// Points the last drawing placed (inside the axis rectangle), for tests.
    int lastDrawnPoints() const { return m_lastDrawn; }

protected:
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
    void draw(QCPPainter* painter) override;
    QRect clipRect() const override;

private:
    /// A graph's shape drawn at kPhases x kPhases sub-pixel offsets, at `scale` device pixels a
    /// pixel; `centre` is where the shape's centre falls in a stamp at offset 0.
    struct Stamps {
        QCPScatterStyle style;
        double scale = 0;
        int side = 0;
        double centre = 0;
        std::vector<QImage> images; ///< [phaseY * kPhases + phaseX]
    };
    static constexpr int kPhases = 4;
    const Stamps& stampsFor(std::size_t graph, const QCPScatterStyle& style, double scale);
    int stamp(QImage& target, const QCPGraph& graph, const Stamps& stamps, double scale) const;

    QPointer<QCPAxisRect> m_axisRect;
    std::vector<QPointer<QCPGraph>> m_graphs;
    std::vector<Stamps> m_stamps; ///< per graph, rebuilt when its style or the scale changes
    int m_lastDrawn = 0;
};

} // namespace gugus::ui
