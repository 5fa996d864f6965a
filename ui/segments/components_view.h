#pragma once

#include <QWidget>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace gugus::ui {

class Document;

/// The Components page (Quality): for a segmentation run on principal components, what the
/// reduction kept (explained variance, reconstruction error), its scree curve with the cut, and
/// the loadings table - which original columns drive each component. Empty without a reduction.
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

    Document* m_document;
    QLabel* m_summary;
    QCustomPlot* m_plot;
    QTableWidget* m_table;
};

} // namespace gugus::ui
