#include "segments/offers_view.h"

#include "controllers/scoring_controller.h"
#include "state/document.h"
#include "support/format.h"
#include "support/live_update.h"
#include "support/message.h"
#include "support/number_item.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace gugus::ui {

namespace {

/// Lift as a colour: blue below 1 (under-owned), white at 1, orange above (over-owned).
QColor liftColor(double lift) {
    if (!std::isfinite(lift)) {
        return Qt::white;
    }
    const double t = std::clamp(std::log2(std::max(lift, 1e-3)) / 1.5, -1.0, 1.0);
    const QColor hi(0xE6, 0x9F, 0x00);
    const QColor lo(0x56, 0xB4, 0xE9);
    const QColor& end = t >= 0 ? hi : lo;
    const double a = std::abs(t);
    return QColor::fromRgbF(float(1 - a + a * end.redF()), float(1 - a + a * end.greenF()),
                            float(1 - a + a * end.blueF()));
}

QTableWidgetItem* item(const QString& text, const QVariant& sortKey = {}) {
    auto* it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (sortKey.isValid()) {
        it->setData(Qt::UserRole, sortKey);
    }
    return it;
}

} // namespace

OffersView::OffersView(Document* document, ScoringController* scoring, QWidget* parent)
    : QWidget(parent), m_document(document), m_scoring(scoring) {
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_supportLabel = new QLabel(this);
    m_support = new QSpinBox(this);
    m_support->setRange(0, 100);
    m_support->setValue(int(std::lround(scoring->offerSupport() * 100)));
    m_support->setSuffix(QStringLiteral(" %"));
    m_thresholdLabel = new QLabel(this);
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(1, 100);
    m_threshold->setValue(50);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_export = new QPushButton(this);
    // One setting a line (with the export beside the campaign's): one line would not fit beside
    // the settings and the segment list on a 1,280 px screen.
    auto* controls = new QGridLayout;
    controls->addWidget(m_supportLabel, 0, 0);
    controls->addWidget(m_support, 0, 1);
    controls->addWidget(m_thresholdLabel, 1, 0);
    controls->addWidget(m_threshold, 1, 1);
    controls->addWidget(m_export, 1, 2);
    controls->setColumnStretch(3, 1);

    m_ownership = new QTableWidget(this);
    m_ownership->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ownership->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ownership->setSelectionMode(QAbstractItemView::SingleSelection);
    m_offersTitle = new QLabel(this);
    m_offersTitle->setWordWrap(true);
    m_offers = new QTableWidget(this);
    m_offers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_offers->setSortingEnabled(true);
    m_offers->verticalHeader()->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(controls);
    layout->addWidget(m_ownership, 3);
    layout->addWidget(m_offersTitle);
    layout->addWidget(m_offers, 2);

    // The setting lives in the ScoringController, so one-customer scoring offers as this view
    // lists.
    connect(m_support, &QSpinBox::valueChanged, this,
            [this](int percent) { m_scoring->setOfferSupport(percent / 100.0); });
    connect(scoring, &ScoringController::offerSupportChanged, this, [this](double share) {
        m_support->setValue(int(std::lround(share * 100)));
        refresh();
    });
    connect(m_ownership, &QTableWidget::currentCellChanged, this,
            [this](int row) { showOffersOf(row); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export campaign list"),
                                                          QString(), tr("CSV files (*.csv)"));
        if (!path.isEmpty()) {
            exportCampaign(path);
        }
    });
    connect(scoring, &ScoringController::campaignWritten, this,
            [this](qint64 customers, const QString& path) {
                showInformation(this, tr("Campaign list"),
                                tr("%L1 customers with at least one offer written to %2.")
                                    .arg(customers)
                                    .arg(path));
            });
    connect(scoring, &ScoringController::campaignFailed, this,
            [this](const QString& error) { showWarning(this, tr("Cannot save"), error); });
    followSegmentation(this, document, [this] { refresh(); });
    onLanguageChange(this, [this] { retranslate(); });
    retranslate();
    refresh();
}

void OffersView::retranslate() {
    m_intro->setText(tr("Product ownership per segment: the share of the segment that owns each "
                        "product and, in brackets, the lift against all customers (orange: owned "
                        "more than average, blue: less). Select a segment to rank its offers."));
    m_supportLabel->setText(tr("List products owned by at least"));
    m_thresholdLabel->setText(tr("Campaign: offer products owned by at least"));
    m_threshold->setToolTip(tr("A customer is offered the products owned by at least this share "
                               "of their segment that they do not own yet"));
    m_export->setText(tr("Export campaign list…"));
}

void OffersView::setThresholdPercent(int percent) {
    m_threshold->setValue(percent);
}

void OffersView::setMinSupportPercent(int percent) {
    m_support->setValue(percent);
}

void OffersView::refresh() {
    const Segmentation* seg = m_document->segmentation();
    m_ownership->clear();
    m_ownership->setRowCount(0);
    m_ownership->setColumnCount(0);
    m_ranked.clear();
    const std::vector<std::string> products =
        seg ? core::productColumns(seg->result.profile) : std::vector<std::string>{};
    m_export->setEnabled(seg && !products.empty());
    if (!seg || products.empty()) {
        m_offersTitle->setText(seg ? tr("This table has no 0/1 product columns to offer.")
                                   : tr("Run a segmentation to see what each segment owns."));
        m_offers->clear();
        m_offers->setRowCount(0);
        return;
    }
    const auto& profile = seg->result.profile;
    m_ranked = core::rankOffers(profile, products, m_support->value() / 100.0);
    QStringList headers;
    for (const auto& p : products) {
        headers << m_document->columnLabels().label(p);
    }
    m_ownership->setColumnCount(int(products.size()));
    m_ownership->setHorizontalHeaderLabels(headers);
    // The lifts of the whole matrix share their decimals, so every cell reads alike.
    std::vector<double> lifts;
    for (const auto& s : profile.segments) {
        for (const auto& column : s.columns) {
            lifts.push_back(column.lift);
        }
    }
    const NumberColumn liftColumn(lifts, 3, 2);
    QStringList rows;
    int r = 0;
    for (const auto& s : profile.segments) {
        m_ownership->insertRow(r);
        rows << QStringLiteral("%1 (%L2)").arg(m_document->segmentName(s.segment)).arg(s.size);
        for (std::size_t c = 0; c < products.size(); ++c) {
            const auto it = std::find(profile.columns.begin(), profile.columns.end(), products[c]);
            const core::ColumnProfile& p = s.columns[std::size_t(it - profile.columns.begin())];
            auto* cell = item(
                QStringLiteral("%1 (%2×)").arg(formatPercent(p.rate, 0), liftColumn.text(p.lift)));
            cell->setBackground(liftColor(p.lift));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setToolTip(tr("%1 in %2: %L3 of %L4 own it (%5; all customers %6)")
                                 .arg(headers[int(c)], m_document->segmentName(s.segment))
                                 .arg(p.owners)
                                 .arg(p.count)
                                 .arg(formatPercent(p.rate), formatPercent(p.overallRate)));
            m_ownership->setItem(r, int(c), cell);
        }
        ++r;
    }
    m_ownership->setVerticalHeaderLabels(rows);
    m_ownership->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ownership->setCurrentCell(0, 0);
    showOffersOf(0);
}

void OffersView::showOffersOf(int row) {
    m_offers->setSortingEnabled(false);
    m_offers->clear();
    m_offers->setRowCount(0);
    m_offers->setColumnCount(7);
    m_offers->setHorizontalHeaderLabels({tr("Product"), tr("Owners"), tr("Customers"),
                                         tr("Ownership"), tr("All customers"), tr("Lift"),
                                         tr("Not yet owning")});
    if (row < 0 || row >= int(m_ranked.size())) {
        return;
    }
    const core::SegmentOffers& s = m_ranked[std::size_t(row)];
    m_offersTitle->setText(
        tr("Offers for %1, highest lift first (products owned by at least %2 of the segment)")
            .arg(m_document->segmentName(s.segment), formatPercent(m_support->value() / 100.0, 0)));
    std::vector<double> lifts;
    for (const auto& p : s.products) {
        lifts.push_back(p.lift);
    }
    const NumberColumn liftColumn(lifts);
    int r = 0;
    for (const auto& p : s.products) {
        m_offers->insertRow(r);
        m_offers->setItem(r, 0, item(m_document->columnLabels().label(p.product)));
        m_offers->setItem(r, 1, new NumberItem(QLocale().toString(p.owners), double(p.owners)));
        m_offers->setItem(r, 2, new NumberItem(QLocale().toString(p.members), double(p.members)));
        m_offers->setItem(r, 3, new NumberItem(formatPercent(p.rate), p.rate));
        m_offers->setItem(r, 4, new NumberItem(formatPercent(p.overallRate), p.overallRate));
        auto* lift = new NumberItem(liftColumn.text(p.lift), p.lift);
        lift->setBackground(liftColor(p.lift));
        m_offers->setItem(r, 5, lift);
        m_offers->setItem(r, 6, new NumberItem(QLocale().toString(p.gap), double(p.gap)));
        ++r;
    }
    m_offers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_offers->setSortingEnabled(true);
}

QFuture<Outcome> OffersView::exportCampaign(const QString& path) {
    return m_scoring->exportCampaign(path, m_threshold->value() / 100.0);
}

} // namespace gugus::ui
