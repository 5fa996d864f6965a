#include "segments/mini_batch_offer.h"

#include "support/live_update.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace gugus::ui {

MiniBatchOffer::MiniBatchOffer(QWidget* parent) : QWidget(parent) {
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_use = new QCheckBox(this);
    m_batchSize = new QSpinBox(this);
    m_batchSize->setRange(16, 1'000'000);
    m_batchSize->setSingleStep(1024);
    m_batchSize->setValue(int(core::MiniBatchOptions{}.batchSize));
    m_batchLabel = new QLabel(this);
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_batchLabel, m_batchSize);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_use);
    layout->addLayout(form);
    connect(m_use, &QCheckBox::toggled, this, [this](bool on) {
        update();
        emit toggled(on);
    });
    onLanguageChange(this, [this] { retranslate(); });
    retranslate();
}

void MiniBatchOffer::setRows(std::int64_t rows) {
    m_rows = rows;
    retranslate();
}

bool MiniBatchOffer::isOn() const {
    return m_use->isChecked();
}

void MiniBatchOffer::apply(core::KMeansOptions& options,
                           core::KMeansAlgorithm fullAlgorithm) const {
    options.algorithm = isOn() ? core::KMeansAlgorithm::MiniBatch : fullAlgorithm;
    options.miniBatch.batchSize = m_batchSize->value();
}

void MiniBatchOffer::setOptions(const core::KMeansOptions& options) {
    m_batchSize->setValue(
        int(std::min<std::int64_t>(options.miniBatch.batchSize, m_batchSize->maximum())));
    m_use->setChecked(options.algorithm == core::KMeansAlgorithm::MiniBatch);
    update();
}

void MiniBatchOffer::retranslate() {
    m_note->setText(
        tr("This table has %1 customers. Mini-batch K-Means learns the centres from random "
           "batches of customers instead of passing over all of them again and again: many "
           "times faster at this size, with segments close to, but not the same as, full "
           "K-Means. Every customer still gets a segment.")
            .arg(QLocale().toString(qlonglong(m_rows))));
    m_use->setText(tr("Use mini-batch K-Means"));
    m_use->setToolTip(tr("With mini-batch, the restarts are compared on a sample and the "
                         "iteration limit counts passes over the customers; the fit stops when "
                         "the smoothed error stops falling."));
    m_batchLabel->setText(tr("Customers per batch"));
    update();
}

void MiniBatchOffer::update() {
    const bool offered = m_rows >= kOfferRows;
    setVisible(offered || isOn());
    m_note->setVisible(offered);
    m_batchLabel->setEnabled(isOn());
    m_batchSize->setEnabled(isOn());
}

} // namespace gugus::ui
