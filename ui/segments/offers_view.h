#pragma once

#include "profile/offers.h"
#include "support/outcome.h"

#include <QFuture>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace gugus::ui {

class Document;
class ScoringController;

/// What to offer each segment: a product-ownership table coloured as a heatmap (rate in each
/// segment, lift against all customers), the ranked offers of the selected segment with counts
/// and gaps, and the export of a per-customer campaign list (cross-sell).
class OffersView : public QWidget {
    Q_OBJECT
public:
    OffersView(Document* document, ScoringController* scoring, QWidget* parent = nullptr);

    QTableWidget* ownershipTable() const { return m_ownership; }
    QTableWidget* offersTable() const { return m_offers; }
    /// Writes the campaign list for the current threshold on a worker (ScoringController).
    QFuture<Outcome> exportCampaign(const QString& path);
    void setThresholdPercent(int percent);
    void setMinSupportPercent(int percent);

private:
    void retranslate();
    void refresh();
    void showOffersOf(int row);

    Document* m_document;
    ScoringController* m_scoring;
    QLabel* m_intro;
    QLabel* m_supportLabel;
    QSpinBox* m_support;
    QLabel* m_thresholdLabel;
    QSpinBox* m_threshold;
    QPushButton* m_export;
    QTableWidget* m_ownership;
    QLabel* m_offersTitle;
    QTableWidget* m_offers;
    std::vector<core::SegmentOffers> m_ranked;
};

} // namespace gugus::ui
