#include "segments/segment_list.h"

#include "plots/plot_tools.h"
#include "segments/trait_words.h"
#include "state/document.h"
#include "support/format.h"
#include "support/live_update.h"
#include "support/slot_timing.h"

#include <qcustomplot.h>

#include <QColorDialog>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace gugus::ui {

SegmentListModel::SegmentListModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document) {
    connect(document, &Document::segmentationChanged, this,
            timedSlot(this, "segmentationChanged", [this] {
                beginResetModel();
                endResetModel();
            }));
    connect(document, &Document::segmentStyleChanged, this,
            timedSlot(this, "segmentStyleChanged", [this] {
                if (rowCount() > 0) {
                    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
                }
            }));
}

int SegmentListModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid()) {
        return 0;
    }
    const Segmentation* seg = m_document->segmentation();
    const bool noise = seg && seg->result.partition.noise > 0;
    return m_document->segmentCount() + (noise ? 1 : 0); // DBSCAN noise: a last row
}

int SegmentListModel::segmentAt(int row) const {
    return row < m_document->segmentCount() ? row : core::kNoise;
}

int SegmentListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentListModel::data(const QModelIndex& index, int role) const {
    const Segmentation* seg = m_document->segmentation();
    if (!seg || !index.isValid()) {
        return {};
    }
    const int s = segmentAt(index.row());
    const auto& profile = seg->result.profile;
    // Profiles list segments 0..k-1, then noise: the row index is the profile index.
    const int p = index.row();
    if (role == Qt::DecorationRole && index.column() == Name) {
        return m_document->segmentColor(s);
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name && index.column() != Note) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    const auto cautions = p < int(profile.segments.size()) && s >= 0
                              ? core::segmentFlags(profile, profile.segments[std::size_t(p)])
                              : std::vector<core::SegmentFlag>{};
    if (role == Qt::ToolTipRole && index.column() == Note && !cautions.empty()) {
        QStringList lines;
        for (const auto& f : cautions) {
            lines << TraitWords::flag(f, m_document->columnLabels());
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && index.column() == Note) {
        return QColor(0xB0, 0x40, 0x00);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return m_document->segmentName(s);
    case Size:
        return p < int(profile.segments.size()) ? QLocale().toString(profile.segments[p].size)
                                                : QString();
    case Share:
        return p < int(profile.segments.size()) ? formatPercent(profile.segments[p].share)
                                                : QString();
    case Silhouette: {
        const auto& perCluster = seg->result.silhouette.perCluster;
        return s >= 0 && s < int(perCluster.size())
                   ? NumberColumn(perCluster, 2).text(perCluster[std::size_t(s)])
                   : QString();
    }
    case Note: {
        QStringList notes;
        if (!cautions.empty()) {
            notes << QStringLiteral("⚠ ") + TraitWords::flagsShort(cautions);
        }
        if (s >= Document::kDistinctColors) {
            notes << tr("grey: more segments than distinguishable colours (%1)")
                         .arg(Document::kDistinctColors);
        }
        return notes.join(QStringLiteral("; "));
    }
    }
    return {};
}

bool SegmentListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || index.column() != Name) {
        return false;
    }
    if (segmentAt(index.row()) < 0) {
        return false;
    }
    m_document->setSegmentName(index.row(), value.toString());
    return true;
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Segment");
    case Size:
        return tr("Customers");
    case Share:
        return tr("Share");
    case Silhouette:
        return tr("Silhouette");
    case Note:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags SegmentListModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Name && segmentAt(index.row()) >= 0) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

SegmentList::SegmentList(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new SegmentListModel(document, this)),
      m_table(new QTableView(this)), m_sizes(new QCustomPlot(this)) {
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SegmentListModel::Name, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setToolTip(tr("Click a selected name to rename the segment; double-click it to "
                           "change its colour."));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() != SegmentListModel::Name || index.row() >= m_document->segmentCount()) {
            return; // noise keeps its grey
        }
        const QColor color =
            QColorDialog::getColor(m_document->segmentColor(index.row()), this,
                                   tr("Colour of %1").arg(m_document->segmentName(index.row())));
        if (color.isValid()) {
            m_document->setSegmentColor(index.row(), color);
        }
    });
    setUpPlot(m_sizes, QStringLiteral("segment_sizes"));
    m_sizes->setMinimumHeight(160);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_sizes, 1);
    followSegmentation(this, document, [this] { redrawSizes(); });
    onLanguageChange(this, [this] {
        m_table->setToolTip(tr("Click a selected name to rename the segment; double-click it to "
                               "change its colour."));
    });
    redrawSizes();
}

void SegmentList::redrawSizes() {
    m_sizes->clearPlottables();
    m_sizes->clearItems();
    applyLocale(m_sizes);
    m_sizes->xAxis->setLabel(tr("Customers"));
    const Segmentation* seg = m_document->segmentation();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    stopFittingBarLabels(m_sizes);
    if (seg) {
        const auto& segments = seg->result.profile.segments;
        double maxSize = 1;
        for (int s = 0; s < int(segments.size()); ++s) {
            const int label = segments[s].segment;
            // Top to bottom in segment order: segment 0 at the top.
            const double y = double(segments.size()) - s;
            auto* bars = new QCPBars(m_sizes->yAxis, m_sizes->xAxis);
            bars->setWidth(0.7);
            bars->setPen(Qt::NoPen);
            bars->setBrush(m_document->segmentColor(label));
            bars->addData(y, double(segments[s].size));
            ticker->addTick(y, m_document->segmentName(label));
            maxSize = std::max(maxSize, double(segments[s].size));
        }
        m_sizes->xAxis->ticker()->setTickCount(3);
        m_sizes->yAxis->setRange(0.3, double(segments.size()) + 0.7);
        // Value labels at the end of each bar: count and share.
        for (int s = 0; s < int(segments.size()); ++s) {
            const double y = double(segments.size()) - s;
            auto* text = new QCPItemText(m_sizes);
            text->position->setAxes(m_sizes->xAxis, m_sizes->yAxis);
            text->position->setCoords(double(segments[s].size), y);
            text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            text->setPadding(QMargins(4, 0, 0, 0));
            text->setText(QStringLiteral("%1 (%2)").arg(QLocale().toString(segments[s].size),
                                                        formatPercent(segments[s].share)));
        }
        // Room for the labels past the longest bar, at any width.
        fitBarLabels(m_sizes, m_sizes->xAxis, maxSize * 1.05);
    }
    m_sizes->yAxis->setTicker(ticker);
    m_sizes->yAxis->grid()->setVisible(false);
    m_sizes->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace gugus::ui
