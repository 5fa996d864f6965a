#pragma once

#include "reduce/autoencoder.h"

#include <QWidget>

#include <vector>

class QCustomPlot;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gugus::core {
struct Reduction;
}

namespace gugus::ui {

/// The autoencoder's settings inside the Reduction box: hidden layer widths, bottleneck, epochs,
/// batch size and seed; while a network trains, its loss per epoch drawn live; afterwards the
/// reconstruction error next to PCA's with as many components.
class AutoencoderBox : public QWidget {
    Q_OBJECT
public:
    explicit AutoencoderBox(QWidget* parent = nullptr);

    /// The settings; hidden is empty when the widths text is not a valid list (see valid()).
    core::AutoencoderOptions options() const;
    void setOptions(const core::AutoencoderOptions& options);
    /// Whether the widths text is a list of at most 3 widths from 1 to 4096.
    bool valid() const;
    QCustomPlot* plot() const { return m_plot; }
    QString summaryText() const;

public slots:
    /// A new training started: the live curve starts empty.
    void startTraining();
    /// Epoch `epoch` (1-based) of the running training ended with `loss`.
    void addEpoch(int epoch, double loss);
    /// The finished network of the current segmentation (nullptr: none, or not an autoencoder).
    void showResult(const core::Reduction* reduction);

private:
    void retranslate();
    void redraw();

    QFormLayout* m_form;
    QLineEdit* m_hidden;
    QSpinBox* m_bottleneck;
    QSpinBox* m_epochs;
    QSpinBox* m_batch;
    QSpinBox* m_seed;
    QCustomPlot* m_plot;
    QLabel* m_summary;
    std::vector<double> m_losses;
    double m_pcaMse = 0.0;
    double m_mse = 0.0;
    bool m_training = false;
};

} // namespace gugus::ui
