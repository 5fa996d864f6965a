#include "segments/compare_view.h"

#include "controllers/compare_controller.h"
#include "metrics/cluster_metrics.h"
#include "state/document.h"
#include "support/format.h"
#include "support/live_update.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gugus::ui {

namespace {

/// "Usia, Area, ..." — the columns a segmentation was built on.
QString featuresOf(const Segmentation& seg) {
    QStringList names;
    for (const auto& name : seg.result.recipe.recipe().featureColumns()) {
        names << QString::fromStdString(name);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

CompareView::CompareView(Document* document, CompareController* compare, QWidget* parent)
    : QWidget(parent), m_document(document), m_compare(compare), m_intro(new QLabel(this)),
      m_pin(new QPushButton(this)), m_summary(new QLabel(this)), m_table(new QTableWidget(this)) {
    m_intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_pin, 0, Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_pin, &QPushButton::clicked, document, &Document::pinCurrent);
    connect(document, &Document::pinnedChanged, this, &CompareView::refresh);
    connect(compare, &CompareController::compared, this, &CompareView::refresh);
    followSegmentation(this, document, [this] { refresh(); });
    refresh();
}

QString CompareView::summary() const {
    return m_summary->text();
}

void CompareView::refresh() {
    m_intro->setText(tr("Compare two segmentations of the same customers, e.g. segments built on "
                        "demographics with segments built on products: pin one, change the "
                        "perspective or algorithm, segment again, and read how the segments map "
                        "onto each other."));
    m_pin->setText(tr("Pin the current segmentation for comparison"));
    m_pin->setEnabled(m_document->segmentation() != nullptr);
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    const Document::Pinned* pinned = m_document->pinned();
    const Segmentation* current = m_document->segmentation();
    if (!pinned || !current) {
        m_summary->setText(pinned ? tr("Pinned. Now segment again to compare.")
                                  : tr("Nothing pinned yet."));
        return;
    }
    const core::CrossTab* table = m_compare->comparison();
    if (!table) {
        m_summary->setText(tr("Comparing the pinned segmentation with the current one…"));
        return;
    }
    const Segmentation& old = *pinned->segmentation;
    const core::CrossTab& t = *table;
    m_summary->setText(
        tr("Rows: pinned segmentation (k = %1, clustered on %2). Columns: current segmentation "
           "(k = %3, clustered on %4). %L5 customers in both; adjusted Rand index %6 (1 = the "
           "same segments, 0 = no more alike than chance).")
            .arg(old.result.k)
            .arg(featuresOf(old))
            .arg(current->result.k)
            .arg(featuresOf(*current))
            .arg(t.rows)
            .arg(formatNumber(t.ari, 3)));
    m_table->setRowCount(old.result.k);
    m_table->setColumnCount(current->result.k);
    QStringList columns;
    for (int c = 0; c < current->result.k; ++c) {
        columns << m_document->segmentName(c);
    }
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setVerticalHeaderLabels(pinned->names);
    for (int r = 0; r < old.result.k; ++r) {
        std::int64_t rowTotal = 0;
        for (const auto v : t.counts[std::size_t(r)]) {
            rowTotal += v;
        }
        for (int c = 0; c < current->result.k; ++c) {
            const std::int64_t n = t.counts[std::size_t(r)][std::size_t(c)];
            const double share = rowTotal > 0 ? double(n) / double(rowTotal) : 0.0;
            auto* cell = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(
                QLocale().toString(qint64(n)), formatPercent(share, 0)));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            QColor shade = m_document->segmentColor(c);
            shade.setAlphaF(float(0.1 + 0.8 * share));
            cell->setBackground(shade);
            m_table->setItem(r, c, cell);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace gugus::ui
