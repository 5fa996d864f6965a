#pragma once

#include <QWidget>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace gugus::core {
struct Reduction;
}

namespace gugus::ui {

class Document;

/// The Components page (Quality): for a segmentation run on principal components, what the
/// reduction kept (explained variance, reconstruction error), its scree curve with the cut, and
/// the loadings table - which original columns drive each component; for an autoencoder's codes,
/// its loss per epoch and its reconstruction error next to PCA's with as many components. Empty
/// without a reduction.
class ComponentsView : public QWidget {
    Q_OBJECT
public:
    explicit ComponentsView(Document* document, QWidget* parent = nullptr);

    QTableWidget* loadings() const { return m_table; }
    QCustomPlot* plot() const { return m_plot; }
    QString summaryText() const;
    /// A loading as the table shows it: two decimals, no "-0.00".
    static QString loadingText(double value);

private:
    void rebuild();
    /// An autoencoder has no axes to load: its training curve and the comparison with PCA.
    void showAutoencoder(const core::Reduction& reduction);

    Document* m_document;
    QLabel* m_summary;
    QCustomPlot* m_plot;
    QTableWidget* m_table;
};

} // namespace gugus::ui
