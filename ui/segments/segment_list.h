#pragma once

#include <QAbstractTableModel>
#include <QWidget>

class QCustomPlot;
class QTableView;

namespace gugus::ui {

class Document;

/// Segments of the current segmentation: colour, name (editable), size, share, mean silhouette.
/// Names and colours live in Document, so every view agrees.
class SegmentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Size, Share, Silhouette, Note, ColumnCount };
    explicit SegmentListModel(Document* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    /// The segment shown in a row: 0..k-1, then kNoise for the DBSCAN noise row.
    int segmentAt(int row) const;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    Document* m_document;
};

/// The segment list with in-place renaming, colour picking (double-click the colour) and a bar
/// chart of segment sizes in the segment colours.
class SegmentList : public QWidget {
    Q_OBJECT
public:
    explicit SegmentList(Document* document, QWidget* parent = nullptr);

    SegmentListModel* model() const { return m_model; }
    QCustomPlot* sizePlot() const { return m_sizes; }

private:
    void redrawSizes();

    Document* m_document;
    SegmentListModel* m_model;
    QTableView* m_table;
    QCustomPlot* m_sizes;
};

} // namespace gugus::ui
