#pragma once

#include "state/map_points.h"
#include "support/outcome.h"

#include <QFuture>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QVector>
#include <QWidget>

#include <memory>
#include <vector>

class QCPCurve;
class QCPGraph;
class QCPItemLine;
class QCPItemText;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QToolButton;

namespace gugus::ui {

class Document;
class PointImage;
class SelectionController;
class WhenShown;
struct Segmentation;

/// Customers on the first two principal axes, coloured by segment, with the segment centres.
/// Zoom (wheel) and pan (drag); hover shows the customer; rectangle and lasso selection set the
/// project's selected rows (linked brushing with the Dataset view), found by `selection` on a
/// worker.
class PcaScatter : public QWidget {
    Q_OBJECT
public:
    PcaScatter(Document* document, SelectionController* selection, QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    /// Points drawn for segment s (all its rows unless the data were subsampled).
    int pointCount(int segment) const;
    /// The highlighted points of the selected rows, in PCA coordinates (at most kMaxShown).
    QVector<QPointF> selectedPoints() const;
    /// Centre of segment s in PCA coordinates.
    QPointF centroid(int segment) const;
    /// K-Medoids: each segment's medoid (a real customer) on the map, in segment order; empty
    /// for other algorithms.
    QVector<QPointF> medoidPoints() const { return m_medoidPoints; }
    /// The legend entry of the medoid markers (nullptr when none are drawn).
    QCPGraph* medoidGraph() const { return m_medoids; }
    /// The two axes show less than kLowVariance of the variance (the caption warns).
    bool lowVariance() const { return m_lowVariance; }
    QLabel* caption() const { return m_caption; }
    /// The centre labels as drawn (pixel rectangles in the plot), for tests.
    QVector<QRectF> centreLabelRects() const;
    static constexpr double kLowVariance = 0.30;
    /// Gaussian mixtures draw each point with an opacity that follows its largest membership
    /// probability, in kCertaintyBands bands (band 0: p >= 0.95, opaque; then >= 0.8, >= 0.6,
    /// below). Points of segment s in band b (all in band 0 for other algorithms), for tests.
    int pointCount(int segment, int band) const;
    /// The fill opacity (0..255) band b of a segment is drawn with.
    static int bandAlpha(int band, int shownPoints);
    static constexpr int kCertaintyBands = 4;
    /// The matrix row of the customer nearest to `pixel` (plot widget coordinates) within 8
    /// pixels, among all customers (also those a large map does not draw), or -1: what hovering
    /// shows.
    int customerAt(const QPointF& pixel) const;
    /// Maps of more points than this are drawn smaller and paler.
    static constexpr int kDense = 20000;
    /// Maps of more drawn points than this (and every subset of a larger map) draw their points
    /// as one image (PointImage: a redraw while panning costs a few ms instead of ~30); smaller
    /// ones let QCustomPlot draw each point.
    static constexpr int kImagePoints = 10000;
    /// The points are drawn as one image (see kImagePoints); the graphs are hidden then.
    bool drawsPointImage() const;
    PointImage* pointImage() const { return m_pointImage; }
    /// Selects the rows whose PCA position lies inside the polygon (data coordinates); the
    /// future finishes once the Document holds them.
    QFuture<Outcome> selectInside(const QPolygonF& polygon);
    QFuture<Outcome> selectInside(const QRectF& rect);

private:
    enum class Mode { Navigate, Rectangle, Lasso };
    void rebuild();
    void recolour();
    /// Places the centre labels beside their centres, moving a label that would overlap another
    /// one up and drawing a leader line to its centre. Runs after every layout step of the plot
    /// (size, zoom and pan change the pixels), right before it is drawn.
    void layoutCentreLabels();
    void drawSelection();
    /// What the caption says about `seg`'s map: how many customers are drawn, how to read the
    /// points, and a warning when the two axes show little of the variance.
    static QString captionOf(const Segmentation& seg, const MapPoints& map);
    /// The share of the variance the map's two axes show.
    static double shownVariance(const Segmentation& seg);
    void retranslate();
    void setMode(Mode mode);
    void onMouseMove(QMouseEvent* event);
    void onMousePress(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    QString describeRow(int matrixRow) const;

    Document* m_document;
    SelectionController* m_selection;
    QCustomPlot* m_plot;
    PointImage* m_pointImage;            ///< owned by m_plot, under the graphs
    WhenShown* m_rebuildLater = nullptr; ///< rebuild() now, or when shown if hidden
    QLabel* m_caption;
    bool m_lowVariance = false;
    QToolButton* m_navigate;
    QToolButton* m_rectangle;
    QToolButton* m_lasso;
    QToolButton* m_clear;
    Mode m_mode = Mode::Navigate;
    std::vector<int> m_shown;                       ///< matrix rows drawn (all, or a seeded subset)
    const MapPoints* m_map = nullptr;               ///< the segmentation's (or m_ownMap)
    std::shared_ptr<const Segmentation> m_mapOwner; ///< holds the segmentation's map
    std::unique_ptr<MapPoints> m_ownMap;
    std::vector<QCPGraph*> m_graphs; ///< one per segment (band 0), in the legend
    /// Gaussian mixtures: per segment the graphs of bands 1.. (less certain points), not in the
    /// legend; empty for other algorithms.
    std::vector<std::vector<QCPGraph*>> m_bandGraphs;
    QCPGraph* m_centres = nullptr;
    QCPGraph* m_medoids = nullptr; ///< K-Medoids: squares around the medoid customers
    QCPGraph* m_noise = nullptr;   ///< DBSCAN noise ("atypical customers"), grey crosses
    QCPGraph* m_selected = nullptr;
    QCPCurve* m_lassoCurve = nullptr;
    QPolygonF m_lassoPath; ///< data coordinates while drawing a lasso
    QVector<int> m_pointsPerSegment;
    QVector<QPointF> m_centroids;
    QVector<QPointF> m_medoidPoints;
    QVector<QCPItemText*> m_centreLabels; ///< per segment, owned by m_plot
    QVector<QCPItemLine*> m_leaders;      ///< per segment, hidden unless its label moved
    QVector<QRectF> m_labelRects;         ///< where layoutCentreLabels() put them (pixels)
};

} // namespace gugus::ui
