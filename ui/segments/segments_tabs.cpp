// SegmentsView's pages in two levels (Overview | Results ▸ … | Quality ▸ …), the centred message
// an empty page shows, and the named parts for screenshots. The settings panel is in
// segments_view.cpp, the jobs in segments_jobs.cpp.
#include "segments/segments_view.h"

#include "controllers/segmentation_controller.h"
#include "segments/compare_view.h"
#include "segments/components_view.h"
#include "segments/dendrogram_chart.h"
#include "segments/empty_state.h"
#include "segments/kdistance_chart.h"
#include "segments/offers_view.h"
#include "segments/overview_view.h"
#include "segments/pca_scatter.h"
#include "segments/profile_heatmap.h"
#include "segments/reduction_box.h"
#include "segments/segment_cards.h"
#include "segments/segment_list.h"
#include "segments/silhouette_chart.h"
#include "segments/sweep_chart.h"
#include "segments/tune_view.h"
#include "state/document.h"
#include "support/switching_tabs.h"

#include <QLayout>
#include <QTabWidget>

#include <algorithm>

namespace gugus::ui {

void SegmentsView::buildTabs() {
    m_tabs = new SwitchingTabs(this);
    m_resultTabs = new QTabWidget(m_tabs);
    m_qualityTabs = new QTabWidget(m_tabs);
    for (QTabWidget* group : {m_resultTabs, m_qualityTabs}) {
        group->setDocumentMode(true);
    }
    // Every page but the Compare and Auto-tune forms (whose buttons fill them) says what fills
    // it while it is empty.
    m_tabs->addTab(new EmptyState(m_overview, m_tabs), QString());
    m_tabs->addTab(m_resultTabs, QString());
    m_tabs->addTab(m_qualityTabs, QString());
    for (QWidget* page : {static_cast<QWidget*>(m_cards), static_cast<QWidget*>(m_offersView),
                          static_cast<QWidget*>(m_scatter), static_cast<QWidget*>(m_heatmap),
                          static_cast<QWidget*>(m_dendrogram)}) {
        m_resultTabs->addTab(new EmptyState(page, m_resultTabs), QString());
    }
    m_qualityTabs->addTab(new EmptyState(m_sweepChart, m_qualityTabs), QString());
    m_qualityTabs->addTab(new EmptyState(m_silhouette, m_qualityTabs), QString());
    m_qualityTabs->addTab(m_compare, QString());
    m_qualityTabs->addTab(m_tune, QString());
    m_qualityTabs->addTab(new EmptyState(m_kdistance, m_qualityTabs), QString());
    m_qualityTabs->addTab(new EmptyState(m_components, m_qualityTabs), QString());
}

void SegmentsView::retranslateTabs() {
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Results"));
    m_tabs->setTabText(2, tr("Quality"));
    m_resultTabs->setTabText(0, tr("Segment cards"));
    m_resultTabs->setTabText(1, tr("Offers"));
    m_resultTabs->setTabText(2, tr("Customer map"));
    m_resultTabs->setTabText(3, tr("Profiles"));
    m_resultTabs->setTabText(4, tr("Dendrogram"));
    m_qualityTabs->setTabText(0, tr("Choose k"));
    m_qualityTabs->setTabText(1, tr("Silhouette"));
    m_qualityTabs->setTabText(2, tr("Compare"));
    m_qualityTabs->setTabText(3, tr("Auto-tune"));
    m_qualityTabs->setTabText(4, tr("k-distance"));
    m_qualityTabs->setTabText(5, tr("Components"));
    m_qualityTabs->setTabToolTip(5, tr("What the reduction kept: PCA's explained variance and the "
                                       "columns behind each component, or the autoencoder's "
                                       "training and error"));
    m_tabs->setTabToolTip(1, tr("What the segments are: cards, offers, map and profiles"));
    m_tabs->setTabToolTip(2, tr("How good the segmentation is: choose k, silhouette, compare "
                                "and auto-tune"));
    m_resultTabs->setTabToolTip(2, tr("Customers on the first two principal components (PCA)"));
    updateEmptyStates();
}

EmptyState* SegmentsView::wrapperOf(QWidget* page) const {
    return page ? qobject_cast<EmptyState*>(page->parentWidget()) : nullptr;
}

void SegmentsView::showPage(QWidget* page) {
    QWidget* tab = wrapperOf(page) ? static_cast<QWidget*>(wrapperOf(page)) : page;
    for (QTabWidget* group : {m_resultTabs, m_qualityTabs}) {
        if (const int index = group->indexOf(tab); index >= 0) {
            group->setCurrentIndex(index);
            m_tabs->setCurrentWidget(group);
            return;
        }
    }
    if (const int index = m_tabs->indexOf(tab); index >= 0) {
        m_tabs->setCurrentIndex(index);
    }
}

bool SegmentsView::isPageVisible(QWidget* page) const {
    QWidget* tab = wrapperOf(page) ? static_cast<QWidget*>(wrapperOf(page)) : page;
    for (QTabWidget* group : {static_cast<QTabWidget*>(m_tabs), m_resultTabs, m_qualityTabs}) {
        if (const int index = group->indexOf(tab); index >= 0) {
            return group->isTabVisible(index);
        }
    }
    return false;
}

QString SegmentsView::emptyMessage(QWidget* page) const {
    const EmptyState* wrapper = wrapperOf(page);
    return wrapper ? wrapper->message() : QString();
}

void SegmentsView::updateEmptyStates() {
    const Segmentation* seg = m_document->segmentation();
    const QString segment =
        m_document->hasData()
            ? tr("Press “%1” to segment the customers with the settings on the left.")
                  .arg(tr("Segment"))
            : tr("Open a customer table first (File ▸ Open, or the bundled sample).");
    wrapperOf(m_overview)
        ->setEmpty(!seg,
                   tr("The overview of the segments appears here.") + QLatin1Char('\n') + segment);
    for (QWidget* page : {static_cast<QWidget*>(m_cards), static_cast<QWidget*>(m_offersView),
                          static_cast<QWidget*>(m_scatter), static_cast<QWidget*>(m_heatmap),
                          static_cast<QWidget*>(m_silhouette)}) {
        wrapperOf(page)->setEmpty(!seg, segment);
    }
    wrapperOf(m_dendrogram)
        ->setEmpty(!seg || !seg->result.tree,
                   tr("Choose the Hierarchical algorithm and press “%1” to draw the tree.")
                       .arg(tr("Segment")));
    wrapperOf(m_sweepChart)
        ->setEmpty(m_sweepChart->pointCount() == 0,
                   tr("Run the k sweep to compare numbers of segments."));
    wrapperOf(m_kdistance)
        ->setEmpty(!m_controller->kDistanceCurve(),
                   tr("Press “Suggest eps” to draw the k-distance curve and choose DBSCAN's "
                      "radius."));
    wrapperOf(m_components)
        ->setEmpty(!seg || !seg->result.reduction,
                   tr("Choose PCA or an autoencoder under Reduction and press “%1” to see what "
                      "the reduction kept: the components and the columns that drive them, or "
                      "the network's training and its error next to PCA's.")
                       .arg(tr("Segment")));
}

QList<QPair<QString, QWidget*>> SegmentsView::screenshotParts() {
    // Hidden tab pages have no layout size yet: give each the visible page's size before grabbing.
    const QSize size = m_tabs->currentWidget()->size().expandedTo(QSize(1000, 640));
    for (QWidget* page : {static_cast<QWidget*>(m_overview), static_cast<QWidget*>(m_sweepChart),
                          static_cast<QWidget*>(m_scatter), static_cast<QWidget*>(m_silhouette),
                          static_cast<QWidget*>(m_heatmap), static_cast<QWidget*>(m_dendrogram),
                          static_cast<QWidget*>(m_kdistance), static_cast<QWidget*>(m_offersView),
                          static_cast<QWidget*>(m_cards), static_cast<QWidget*>(m_compare),
                          static_cast<QWidget*>(m_tune), static_cast<QWidget*>(m_components)}) {
        // A page inside an EmptyState is laid out to its wrapper's size: resize both.
        if (EmptyState* wrapper = wrapperOf(page)) {
            wrapper->resize(size);
        }
        page->resize(size);
    }
    // The list steps aside while the Overview is shown: lay it out at its usual width.
    m_list->resize(QSize(std::max(m_list->width(), 400), size.height()));
    if (m_list->layout()) {
        m_list->layout()->activate();
    }
    return {{QStringLiteral("overview"), m_overview},
            {QStringLiteral("sweep"), m_sweepChart},
            {QStringLiteral("pca"), m_scatter},
            {QStringLiteral("silhouette"), m_silhouette},
            {QStringLiteral("profiles"), m_heatmap},
            {QStringLiteral("dendrogram"), m_dendrogram},
            {QStringLiteral("k_distance"), m_kdistance},
            {QStringLiteral("offers"), m_offersView},
            {QStringLiteral("cards"), m_cards},
            {QStringLiteral("compare"), m_compare},
            {QStringLiteral("tune"), m_tune},
            {QStringLiteral("components"), m_components},
            {QStringLiteral("reduction_settings"), m_reductionBox},
            {QStringLiteral("algorithm_settings"), m_algorithmBox},
            {QStringLiteral("segment_list"), m_list}};
}

} // namespace gugus::ui
