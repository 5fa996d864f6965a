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

class Document;

/// The reduction step in the Segments settings: none or PCA (keep a variance share or a number
/// of components, optionally whitened), with the explained-variance (scree) curve of the current
/// features and where the chosen setting cuts it. The curve comes from the last segmentation of
/// these features (every run computes the whole spectrum); the cut follows the controls live.
class ReductionBox : public QGroupBox {
    Q_OBJECT
public:
    explicit ReductionBox(Document* document, QWidget* parent = nullptr);

    core::ReductionOptions options() const;
    void setOptions(const core::ReductionOptions& options);
    /// Components the current setting keeps of the known spectrum (0 when none is known).
    std::int64_t keptComponents() const;
    QCustomPlot* plot() const { return m_plot; }
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
    Eigen::VectorXd m_spectrum; ///< shares of every axis of the current features, or empty
};

} // namespace gugus::ui
