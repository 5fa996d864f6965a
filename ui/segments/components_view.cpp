#include "segments/components_view.h"

#include "plots/plot_tools.h"
#include "segments/loss_plot.h"
#include "segments/scree_plot.h"
#include "state/document.h"
#include "support/format.h"
#include "support/live_update.h"
#include "support/slot_timing.h"

#include <qcustomplot.h>

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace gugus::ui {

namespace {

/// Tints a loading by its sign and size relative to the largest of its component: blue for
/// positive, orange for negative, stronger for the columns that drive the component.
QColor tint(double value, double largest) {
    const double strength = largest > 0 ? std::min(1.0, std::abs(value) / largest) : 0.0;
    const QColor base = value >= 0 ? QColor(0x00, 0x72, 0xB2) : QColor(0xE6, 0x9F, 0x00);
    QColor c = base;
    c.setAlphaF(float(0.6 * strength));
    return c;
}

} // namespace

ComponentsView::ComponentsView(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document) {
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto* plotHolder = new QWidget(this);
    m_plot = addTitledPlot(plotHolder, QStringLiteral("scree"));
    m_plot->setMinimumSize(400, 220);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(plotHolder, 1);
    layout->addWidget(m_table, 1);
    connect(document, &Document::segmentationChanged, this,
            timedSlot(this, "segmentationChanged", [this] { rebuild(); }));
    onLanguageChange(this, [this] { rebuild(); });
    rebuild();
}

QString ComponentsView::loadingText(double value) {
    return QLocale().toString(std::abs(value) < 0.005 ? 0.0 : value, 'f', 2);
}

QString ComponentsView::summaryText() const {
    return m_summary->text();
}

void ComponentsView::showAutoencoder(const core::Reduction& r) {
    const core::Autoencoder& ae = r.autoencoder;
    QStringList widths;
    for (const int w : ae.hidden) {
        widths << QString::number(w);
    }
    const QString layers =
        QString::number(r.inputDims()) + QStringLiteral(" → ") +
        (widths.isEmpty() ? QString()
                          : widths.join(QStringLiteral(" → ")) + QStringLiteral(" → ")) +
        QString::number(r.outputDims());
    m_summary->setText(
        tr("The segments were found on the %1 codes of an autoencoder (%2, mirrored back to the "
           "columns) trained for %3 epochs. Rebuilding the scaled columns from the codes leaves "
           "a mean squared error of %4; PCA with %1 components leaves %5, so the network %6. "
           "Silhouette and the other quality scores are measured on the codes; profiles, cards "
           "and offers describe the original columns.")
            .arg(r.outputDims())
            .arg(layers)
            .arg(ae.lossPerEpoch.size())
            .arg(formatNumber(r.reconstructionMse, 3), formatNumber(r.pcaReconstructionMse, 3),
                 r.reconstructionMse < r.pcaReconstructionMse
                     ? tr("rebuilds the columns better than PCA")
                     : tr("does not beat PCA here")));
    plotTitle(m_plot)->setText(tr("Training loss per epoch, and PCA's error"));
    drawLossCurve(m_plot, ae.lossPerEpoch, r.pcaReconstructionMse, false);
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_table->setToolTip(QString());
    m_table->setVisible(false); // no axes, no loadings
}

void ComponentsView::rebuild() {
    const Segmentation* seg = m_document->segmentation();
    const core::ReducedFeatures* reduced =
        seg && seg->result.reduction ? &*seg->result.reduction : nullptr;
    m_table->clear();
    if (!reduced) {
        m_summary->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        drawScree(m_plot, Eigen::VectorXd(), 0, false);
        return;
    }
    const core::Reduction& r = reduced->reduction;
    const std::int64_t m = r.outputDims();
    m_table->setVisible(r.method != core::ReductionMethod::Autoencoder);
    if (r.method == core::ReductionMethod::Autoencoder) {
        showAutoencoder(r);
        return;
    }
    m_summary->setText(
        tr("The segments were found on %1 principal components of the %2 scaled columns: they "
           "keep %3 of the variance, and rebuilding the columns from them leaves a mean squared "
           "error of %4 (scaled units)%5. Silhouette and the other quality scores are measured "
           "on the components; profiles, cards and offers describe the original columns.")
            .arg(m)
            .arg(r.inputDims())
            .arg(formatPercent(r.explainedVarianceRatio.sum()))
            .arg(formatNumber(r.reconstructionMse, 3))
            .arg(r.whiten ? tr(", whitened") : QString()));
    plotTitle(m_plot)->setText(tr("Explained variance per component, and the cut"));
    drawScree(m_plot, r.spectrumRatio, m, false);

    const Eigen::MatrixXd loadings = r.loadings(); // d x m
    const auto& features = seg->result.data.features;
    m_table->setRowCount(int(loadings.rows()));
    m_table->setColumnCount(int(m));
    for (std::int64_t j = 0; j < m; ++j) {
        m_table->setHorizontalHeaderItem(
            int(j),
            new QTableWidgetItem(
                tr("PC%1 (%2)").arg(j + 1).arg(formatPercent(r.explainedVarianceRatio[j]))));
    }
    for (std::int64_t f = 0; f < loadings.rows(); ++f) {
        const QString name = f < std::int64_t(features.size())
                                 ? QString::fromStdString(features[std::size_t(f)].name)
                                 : QString::number(f + 1);
        m_table->setVerticalHeaderItem(int(f), new QTableWidgetItem(name));
    }
    for (std::int64_t j = 0; j < m; ++j) {
        const double largest = loadings.col(j).cwiseAbs().maxCoeff();
        for (std::int64_t f = 0; f < loadings.rows(); ++f) {
            auto* item = new QTableWidgetItem(loadingText(loadings(f, j)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setBackground(tint(loadings(f, j), largest));
            m_table->setItem(int(f), int(j), item);
        }
    }
    m_table->setToolTip(tr("Loadings: each column's weight in a component times the component's "
                           "standard deviation. Large values (strong colour) are the columns "
                           "that drive the component; blue positive, orange negative."));
}

} // namespace gugus::ui
