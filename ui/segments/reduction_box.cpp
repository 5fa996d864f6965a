#include "segments/reduction_box.h"

#include "plots/plot_tools.h"
#include "segments/autoencoder_box.h"
#include "segments/scree_plot.h"
#include "state/document.h"
#include "support/combo.h"
#include "support/form.h"
#include "support/format.h"
#include "support/live_update.h"
#include "support/slot_timing.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gugus::ui {

namespace {

/// How PCA decides how many components to keep.
enum class KeepBy { Share, Count };

} // namespace

ReductionBox::ReductionBox(Document* document, QWidget* parent)
    : QGroupBox(parent), m_document(document) {
    m_method = new QComboBox(this);
    addEnumItem(m_method, core::ReductionMethod::None);
    addEnumItem(m_method, core::ReductionMethod::Pca);
    addEnumItem(m_method, core::ReductionMethod::Autoencoder);
    auto* details = new QWidget(this);
    m_form = new QFormLayout(details);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_keep = new QComboBox(details);
    addEnumItem(m_keep, KeepBy::Share);
    addEnumItem(m_keep, KeepBy::Count);
    m_share = new QDoubleSpinBox(details);
    m_share->setRange(0.5, 0.999);
    m_share->setDecimals(3);
    m_share->setSingleStep(0.01);
    m_share->setValue(0.95);
    m_count = new QSpinBox(details);
    m_count->setRange(1, 500);
    m_count->setValue(2);
    m_whiten = new QCheckBox(details);
    m_form->addRow(QStringLiteral("-"), m_keep);
    m_form->addRow(QStringLiteral("-"), m_share);
    m_form->addRow(QStringLiteral("-"), m_count);
    m_form->addRow(QString(), m_whiten);
    m_plot = new QCustomPlot(details);
    setUpPlot(m_plot, QStringLiteral("scree"));
    m_plot->setFixedHeight(120);
    m_summary = new QLabel(details);
    m_summary->setWordWrap(true);
    m_form->addRow(m_plot);
    m_form->addRow(m_summary);
    m_autoencoder = new AutoencoderBox(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_method);
    layout->addWidget(details);
    layout->addWidget(m_autoencoder);

    connect(m_method, &QComboBox::currentIndexChanged, this, [this] { update(); });
    connect(m_keep, &QComboBox::currentIndexChanged, this, [this] { update(); });
    connect(m_share, &QDoubleSpinBox::valueChanged, this, [this] { update(); });
    connect(m_count, &QSpinBox::valueChanged, this, [this] { update(); });
    // The spectrum belongs to the features of the last run: other features make it stale.
    connect(document, &Document::segmentationChanged, this,
            timedSlot(this, "segmentationChanged", [this] {
                const Segmentation* seg = m_document->segmentation();
                m_spectrum = seg ? seg->pca.spectrumRatio : Eigen::VectorXd();
                m_autoencoder->showResult(
                    seg && seg->result.reduction ? &seg->result.reduction->reduction : nullptr);
                update();
            }));
    const auto stale = [this] {
        m_spectrum = Eigen::VectorXd();
        update();
    };
    connect(document, &Document::dataChanged, this, stale);
    connect(document, &Document::recipeChanged, this, stale);
    onLanguageChange(this, [this] { retranslate(); });
    retranslate();
}

void ReductionBox::retranslate() {
    setTitle(tr("Reduction (before clustering)"));
    setEnumText(m_method, core::ReductionMethod::None, tr("None: cluster the scaled columns"));
    setEnumText(m_method, core::ReductionMethod::Pca, tr("PCA (principal components)"));
    setEnumText(m_method, core::ReductionMethod::Autoencoder,
                tr("Autoencoder (neural network codes)"));
    setFormLabel(m_form, m_keep, tr("Keep"));
    setEnumText(m_keep, KeepBy::Share, tr("a share of the variance"));
    setEnumText(m_keep, KeepBy::Count, tr("a number of components"));
    setFormLabel(m_form, m_share, tr("Variance share"));
    setFormLabel(m_form, m_count, tr("Components"));
    m_whiten->setText(tr("Whiten (unit variance)"));
    m_whiten->setToolTip(tr("Divide each component by its standard deviation"));
    m_method->setToolTip(
        tr("PCA replaces the scaled columns by fewer uncorrelated components before clustering; "
           "an autoencoder by the codes of a trained neural network. Profiles, cards and offers "
           "still describe the original columns."));
    update();
}

core::ReductionOptions ReductionBox::options() const {
    core::ReductionOptions o;
    o.method = currentEnum(m_method, core::ReductionMethod::None);
    if (currentEnum(m_keep, KeepBy::Share) == KeepBy::Count) {
        o.components = m_count->value();
    } else {
        o.varianceShare = m_share->value();
    }
    o.whiten = m_whiten->isChecked();
    o.autoencoder = m_autoencoder->options();
    return o;
}

void ReductionBox::setOptions(const core::ReductionOptions& o) {
    selectEnum(m_method, o.method);
    selectEnum(m_keep, o.components > 0 ? KeepBy::Count : KeepBy::Share);
    if (o.components > 0) {
        m_count->setValue(o.components);
    } else {
        m_share->setValue(o.varianceShare);
    }
    m_whiten->setChecked(o.whiten);
    m_autoencoder->setOptions(o.autoencoder);
    update();
}

std::int64_t ReductionBox::keptComponents() const {
    return m_spectrum.size() > 0 ? core::componentsToKeep(options(), m_spectrum) : 0;
}

QString ReductionBox::summaryText() const {
    return m_summary->text();
}

void ReductionBox::update() {
    const bool pca =
        currentEnum(m_method, core::ReductionMethod::None) == core::ReductionMethod::Pca;
    const bool byCount = currentEnum(m_keep, KeepBy::Share) == KeepBy::Count;
    m_form->parentWidget()->setVisible(pca);
    m_autoencoder->setVisible(currentEnum(m_method, core::ReductionMethod::None) ==
                              core::ReductionMethod::Autoencoder);
    m_form->setRowVisible(m_share, !byCount);
    m_form->setRowVisible(m_count, byCount);
    const std::int64_t kept = keptComponents();
    drawScree(m_plot, m_spectrum, pca ? kept : 0, true);
    m_plot->setVisible(m_spectrum.size() > 0);
    if (m_spectrum.size() == 0) {
        m_summary->setText(tr("Segment once with these columns to see how much variance each "
                              "component explains."));
        return;
    }
    m_summary->setText(tr("Keeps %1 of %2 components: %3 of the variance.")
                           .arg(kept)
                           .arg(m_spectrum.size())
                           .arg(formatPercent(m_spectrum.head(kept).sum())));
}

} // namespace gugus::ui
