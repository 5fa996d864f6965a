#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QToolButton;

namespace gugus::ui {

class Document;

/// The quality of the current segmentation in the Segments summary: k, customers and time, the
/// silhouette with its rating in plain words and what that means; Calinski–Harabasz,
/// Davies–Bouldin and inertia behind a "Details" expander, each explained in its tooltip.
class QualitySummary : public QWidget {
    Q_OBJECT
public:
    explicit QualitySummary(Document* document, QWidget* parent = nullptr);

    /// The summary above the expander (rich text).
    QString text() const;
    /// The rating word shown next to the silhouette (empty without a segmentation).
    QString ratingText() const;
    QToolButton* detailsButton() const { return m_detailsButton; }
    /// The expander's content (hidden until the button is checked).
    QWidget* details() const { return m_details; }

private:
    void refresh();

    Document* m_document;
    QLabel* m_summary;
    QLabel* m_rating;
    QToolButton* m_detailsButton;
    QWidget* m_details;
    QFormLayout* m_detailsForm;
    QLabel* m_calinski;
    QLabel* m_davies;
    QLabel* m_inertia;
};

} // namespace gugus::ui
