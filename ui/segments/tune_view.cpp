#include "segments/tune_view.h"

#include "controllers/segmentation_controller.h"
#include "state/document.h"
#include "support/format.h"
#include "support/live_update.h"
#include "support/message.h"
#include "support/number_item.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gugus::ui {

namespace {

QString algorithmName(core::Algorithm a) {
    switch (a) {
    case core::Algorithm::KMeans:
        return QStringLiteral("K-Means");
    case core::Algorithm::Hierarchical:
        return TuneView::tr("Hierarchical (Ward)");
    case core::Algorithm::Dbscan:
        return QStringLiteral("DBSCAN");
    case core::Algorithm::KMedoids:
        return QStringLiteral("K-Medoids");
    case core::Algorithm::Gmm:
        return TuneView::tr("Gaussian mixture");
    }
    return {};
}

} // namespace

TuneView::TuneView(Document* document, SegmentationController* controller, QWidget* parent)
    : QWidget(parent), m_document(document), m_controller(controller) {
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_kLabel = new QLabel(this);
    m_kMin = new QSpinBox(this);
    m_kMin->setRange(2, 30);
    m_kMin->setValue(2);
    m_kMax = new QSpinBox(this);
    m_kMax->setRange(2, 30);
    m_kMax->setValue(8);
    m_shareLabel = new QLabel(this);
    m_minShare = new QSpinBox(this);
    m_minShare->setRange(0, 49);
    m_minShare->setValue(5);
    m_minShare->setSuffix(QStringLiteral(" %"));
    m_run = new QPushButton(this);
    m_apply = new QPushButton(this);
    m_apply->setEnabled(false);
    // Two lines (the range and smallest segment, then the actions): beside the settings and the
    // segment list on a 1,280 px screen one line would not fit.
    auto* range = new QHBoxLayout;
    range->addWidget(m_kLabel);
    range->addWidget(m_kMin);
    range->addWidget(m_kMax);
    range->addSpacing(12);
    range->addWidget(m_shareLabel);
    range->addWidget(m_minShare);
    range->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_run);
    actions->addWidget(m_apply);
    actions->addStretch(1);
    auto* controls = new QVBoxLayout;
    controls->addLayout(range);
    controls->addLayout(actions);
    m_statement = new QLabel(this);
    m_statement->setWordWrap(true);
    m_statement->setTextFormat(Qt::PlainText);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(controls);
    layout->addWidget(m_statement);
    layout->addWidget(m_table, 1);
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_apply, &QPushButton::clicked, this, [this] { applyRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { applyRow(row); });
    // The controller forgets its result when new data arrives (it connected first).
    connect(document, &Document::dataChanged, this, &TuneView::showResult);
    connect(controller, &SegmentationController::tuneFinished, this, [this](const Outcome& o) {
        if (o.ok()) {
            showResult();
        } else if (o.failed() && !o.error.isEmpty()) {
            showWarning(this, tr("Auto-tune failed"), o.error);
        }
    });
    onLanguageChange(this, [this] {
        retranslate();
        showResult();
    });
    retranslate();
    showResult();
}

const core::AutoTuneResult* TuneView::result() const {
    return m_controller->tuneResult();
}

void TuneView::retranslate() {
    m_intro->setText(tr("Search for the best-separated segments within the current feature "
                        "columns (the perspective): every k in the range with K-Means on the "
                        "feature subsets a backward elimination visits, then Ward on the best "
                        "subsets. Stability is the agreement of refits on 80 % subsamples (1 = "
                        "always the same segments)."));
    m_kLabel->setText(tr("k from / to"));
    m_shareLabel->setText(tr("Smallest segment at least"));
    m_run->setText(tr("Run auto-tune"));
    m_apply->setText(tr("Apply the selected solution"));
}

QString TuneView::statement() const {
    return m_statement->text();
}

QFuture<Outcome> TuneView::run() {
    core::AutoTuneOptions o;
    o.kMin = m_kMin->value();
    o.kMax = std::max(m_kMax->value(), o.kMin);
    o.minSegmentShare = m_minShare->value() / 100.0;
    return m_controller->autoTune(o);
}

void TuneView::showResult() {
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Algorithm"), tr("k"), tr("Silhouette"),
                                        tr("Smallest segment"), tr("Stability"), tr("Columns")});
    m_apply->setEnabled(false);
    const core::AutoTuneResult* result = m_controller->tuneResult();
    if (!result) {
        m_statement->setText(tr("Not run yet."));
        return;
    }
    const auto& r = *result;
    const std::size_t featureCount = m_controller->tuneFeatureCount();
    std::vector<double> silhouettes;
    std::vector<double> stabilities;
    for (const auto& c : r.best) {
        silhouettes.push_back(c.silhouette);
        stabilities.push_back(c.stability);
    }
    const NumberColumn silhouette(silhouettes);
    const NumberColumn stability(stabilities);
    int row = 0;
    for (const auto& c : r.best) {
        QStringList columns;
        for (const auto& name : c.columns) {
            columns << QString::fromStdString(name);
        }
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(algorithmName(c.algorithm)));
        m_table->setItem(row, 1, new NumberItem(QLocale().toString(c.k), c.k));
        m_table->setItem(row, 2, new NumberItem(silhouette.text(c.silhouette), c.silhouette));
        m_table->setItem(row, 3, new NumberItem(formatPercent(c.smallestShare), c.smallestShare));
        m_table->setItem(row, 4, new NumberItem(stability.text(c.stability), c.stability));
        m_table->setItem(row, 5, new QTableWidgetItem(columns.join(QStringLiteral(", "))));
        ++row;
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (row > 0) {
        m_table->selectRow(0);
        m_apply->setEnabled(true);
    }
    QStringList text;
    text << tr("%L1 solutions scored.").arg(r.evaluated);
    if (r.best.empty()) {
        text << tr("No solution keeps every segment above the minimum size.");
    } else if (r.targetReached) {
        text << tr("The best solution reaches a silhouette of 0.7 or more (%1).")
                    .arg(formatNumber(r.best.front().silhouette, 3));
    } else {
        text << tr("No solution reaches a silhouette of 0.7: the best is %1.")
                    .arg(formatNumber(r.best.front().silhouette, 3));
    }
    if (!r.best.empty() && r.best.front().columns.size() < featureCount) {
        text << tr("Trade-off: the best solution uses %1 of the %2 feature columns; high "
                   "silhouettes on few columns describe the customers less fully.")
                    .arg(r.best.front().columns.size())
                    .arg(featureCount);
    }
    for (const auto& note : r.notes) {
        const QString n = QString::fromStdString(note);
        if (n.startsWith(QStringLiteral("min-size-excluded:"))) {
            text << tr("%1 solutions had a segment below the minimum size and were left out.")
                        .arg(n.section(QLatin1Char(':'), 1));
        } else if (n.startsWith(QStringLiteral("hierarchical-skipped:"))) {
            text << tr("Ward was not tried: more than 20,000 customers.");
        }
    }
    m_statement->setText(text.join(QLatin1Char(' ')));
}

void TuneView::applyRow(int row) {
    const core::AutoTuneResult* result = m_controller->tuneResult();
    if (!result || row < 0 || row >= int(result->best.size())) {
        return;
    }
    const auto& c = result->best[std::size_t(row)];
    QStringList columns;
    for (const auto& name : c.columns) {
        columns << QString::fromStdString(name);
    }
    emit applyRequested(c.algorithm, c.k, columns);
}

} // namespace gugus::ui
