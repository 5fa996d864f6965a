#include "segments/autoencoder_box.h"

#include "plots/plot_tools.h"
#include "reduce/reduction.h"
#include "segments/loss_plot.h"
#include "support/form.h"
#include "support/format.h"
#include "support/live_update.h"

#include <qcustomplot.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

#include <climits>

namespace gugus::ui {

namespace {

/// "32, 16" to {32, 16}; nothing for anything else.
std::optional<std::vector<int>> widthsOf(const QString& text) {
    std::vector<int> widths;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return widths; // no hidden layer: a linear encoder straight to the bottleneck
    }
    for (const QString& part : trimmed.split(QLatin1Char(','))) {
        bool ok = false;
        const int width = part.trimmed().toInt(&ok);
        if (!ok || width < 1 || width > core::kAutoencoderMaxWidth) {
            return std::nullopt;
        }
        widths.push_back(width);
    }
    if (widths.size() > std::size_t(core::kAutoencoderMaxHidden)) {
        return std::nullopt;
    }
    return widths;
}

QString textOf(const std::vector<int>& widths) {
    QStringList parts;
    for (const int w : widths) {
        parts << QString::number(w);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

AutoencoderBox::AutoencoderBox(QWidget* parent) : QWidget(parent) {
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    const core::AutoencoderOptions defaults;
    m_hidden = new QLineEdit(textOf(defaults.hidden), this);
    m_hidden->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\s*(\\d+\\s*(,\\s*\\d+\\s*){0,2})?$")), m_hidden));
    m_bottleneck = new QSpinBox(this);
    m_bottleneck->setRange(1, core::kAutoencoderMaxWidth);
    m_bottleneck->setValue(defaults.bottleneck);
    m_epochs = new QSpinBox(this);
    m_epochs->setRange(1, core::kAutoencoderMaxEpochs);
    m_epochs->setValue(defaults.epochs);
    m_batch = new QSpinBox(this);
    m_batch->setRange(1, 65536);
    m_batch->setValue(defaults.batchSize);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, INT_MAX);
    m_seed->setValue(int(defaults.seed));
    m_form->addRow(QStringLiteral("-"), m_hidden);
    m_form->addRow(QStringLiteral("-"), m_bottleneck);
    m_form->addRow(QStringLiteral("-"), m_epochs);
    m_form->addRow(QStringLiteral("-"), m_batch);
    m_form->addRow(QStringLiteral("-"), m_seed);
    m_plot = new QCustomPlot(this);
    setUpPlot(m_plot, QStringLiteral("autoencoder_loss"));
    m_plot->setFixedHeight(120);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_form->addRow(m_plot);
    m_form->addRow(m_summary);
    onLanguageChange(this, [this] { retranslate(); });
    retranslate();
}

void AutoencoderBox::retranslate() {
    setFormLabel(m_form, m_hidden, tr("Hidden layers"));
    m_hidden->setToolTip(tr("Widths of up to 3 hidden layers before the bottleneck, outermost "
                            "first (e.g. 32, 16); the decoder mirrors them"));
    setFormLabel(m_form, m_bottleneck, tr("Bottleneck"));
    m_bottleneck->setToolTip(tr("Codes the clustering works on; fewer than the scaled columns"));
    setFormLabel(m_form, m_epochs, tr("Epochs"));
    setFormLabel(m_form, m_batch, tr("Batch size"));
    setFormLabel(m_form, m_seed, tr("Seed"));
    m_seed->setToolTip(tr("The same seed gives the same network"));
    redraw();
}

core::AutoencoderOptions AutoencoderBox::options() const {
    core::AutoencoderOptions o;
    o.hidden = widthsOf(m_hidden->text()).value_or(std::vector<int>{});
    o.bottleneck = m_bottleneck->value();
    o.epochs = m_epochs->value();
    o.batchSize = m_batch->value();
    o.seed = std::uint64_t(m_seed->value());
    return o;
}

void AutoencoderBox::setOptions(const core::AutoencoderOptions& o) {
    m_hidden->setText(textOf(o.hidden));
    m_bottleneck->setValue(o.bottleneck);
    m_epochs->setValue(o.epochs);
    m_batch->setValue(o.batchSize);
    m_seed->setValue(int(std::min<std::uint64_t>(o.seed, INT_MAX)));
}

bool AutoencoderBox::valid() const {
    return widthsOf(m_hidden->text()).has_value();
}

QString AutoencoderBox::summaryText() const {
    return m_summary->text();
}

void AutoencoderBox::startTraining() {
    m_losses.clear();
    m_pcaMse = 0.0;
    m_mse = 0.0;
    m_training = true;
    redraw();
}

void AutoencoderBox::addEpoch(int epoch, double loss) {
    if (!m_training || epoch != int(m_losses.size()) + 1) {
        return; // a late epoch of a replaced training
    }
    m_losses.push_back(loss);
    redraw();
}

void AutoencoderBox::showResult(const core::Reduction* reduction) {
    m_training = false;
    if (reduction && reduction->method == core::ReductionMethod::Autoencoder) {
        m_losses = reduction->autoencoder.lossPerEpoch;
        m_pcaMse = reduction->pcaReconstructionMse;
        m_mse = reduction->reconstructionMse;
    } else {
        m_losses.clear();
        m_pcaMse = 0.0;
        m_mse = 0.0;
    }
    redraw();
}

void AutoencoderBox::redraw() {
    drawLossCurve(m_plot, m_losses, m_pcaMse, true);
    m_plot->setVisible(!m_losses.empty());
    if (m_training) {
        m_summary->setText(m_losses.empty() ? tr("Training the network…")
                                            : tr("Training: epoch %1 of %2, loss %3.")
                                                  .arg(m_losses.size())
                                                  .arg(m_epochs->value())
                                                  .arg(formatNumber(m_losses.back(), 3)));
    } else if (m_pcaMse > 0.0) {
        m_summary->setText(
            tr("Reconstruction error (mean squared, scaled columns): autoencoder %1, PCA with "
               "as many components %2.")
                .arg(formatNumber(m_mse, 3), formatNumber(m_pcaMse, 3)));
    } else {
        m_summary->setText(tr("Segment to train the network and compare it with PCA."));
    }
}

} // namespace gugus::ui
