#pragma once

#include "reduce/reduction.h"

#include <Eigen/Core>

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace gugus::ui {

class AutoencoderBox;
class Document;

/// The reduction step in the Segments settings: none, PCA (keep a variance share or a number
/// of components, optionally whitened), with the explained-variance (scree) curve of the current
/// features and where the chosen setting cuts it, or an autoencoder (AutoencoderBox: its
/// settings, the live loss curve, the comparison with PCA). The scree comes from the last
/// segmentation of these features (every run computes the whole spectrum); the cut follows the
/// controls live.
class ReductionBox : public QGroupBox {
    Q_OBJECT
public:
    explicit ReductionBox(Document* document, QWidget* parent = nullptr);

    core::ReductionOptions options() const;
    void setOptions(const core::ReductionOptions& options);
    /// Components the current setting keeps of the known spectrum (0 when none is known).
    std::int64_t keptComponents() const;
    QCustomPlot* plot() const { return m_plot; }
    AutoencoderBox* autoencoderBox() const { return m_autoencoder; }
    QString summaryText() const;

private:
    void retranslate();
    void update();

    Document* m_document;
    QComboBox* m_method;
    QFormLayout* m_form;
    QComboBox* m_keep;
    QDoubleSpinBox* m_share;
    QSpinBox* m_count;
    QCheckBox* m_whiten;
    QCustomPlot* m_plot;
    QLabel* m_summary;
    AutoencoderBox* m_autoencoder;
    Eigen::VectorXd m_spectrum; ///< shares of every axis of the current features, or empty
};

} // namespace gugus::ui
