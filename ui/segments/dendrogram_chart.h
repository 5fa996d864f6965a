#pragma once

#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPItemStraightLine;
class QCPItemText;
class QMouseEvent;

namespace gugus::ui {

class Document;

/// The top of a hierarchical clustering tree, readable at any size: the last merges (at most
/// 60) drawn as a dendrogram whose leaves are whole subtrees labelled with their number of
/// customers, coloured by segment below the cut. A red cut line at the current number of
/// segments can be dragged; releasing it asks for a re-cut at that height (cutRequested), which
/// updates every view.
class DendrogramChart : public QWidget {
    Q_OBJECT
public:
    explicit DendrogramChart(Document* document, QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    /// Height of the cut line (NaN when no tree is shown).
    double cutHeight() const { return m_cut; }
    /// Merges drawn and leaves (collapsed subtrees) shown.
    int mergesShown() const { return m_merges; }
    int leavesShown() const { return int(m_leafSizes.size()); }
    /// Customers under each shown leaf, left to right.
    const QVector<qint64>& leafSizes() const { return m_leafSizes; }
    /// Moves the cut line as a drag would, and emits cutRequested when the number of segments
    /// changes (used by tests; the mouse does the same).
    void dragCutTo(double height);

signals:
    void cutRequested(double height);

private:
    void redraw();
    void placeCut(double height);
    void onPress(QMouseEvent* event);
    void onMove(QMouseEvent* event);
    void onRelease(QMouseEvent* event);

    Document* m_document;
    QCustomPlot* m_plot;
    QCPItemStraightLine* m_cutLine = nullptr;
    QCPItemText* m_cutLabel = nullptr;
    double m_cut;
    double m_minCut = 0.0; ///< lowest height allowed (at most kMaxSegments segments)
    int m_merges = 0;
    QVector<qint64> m_leafSizes;
    bool m_dragging = false;
};

} // namespace gugus::ui
