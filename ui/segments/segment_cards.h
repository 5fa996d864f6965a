#pragma once

#include "profile/segment_traits.h"

#include <QStringList>
#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace gugus::ui {

class Document;

/// One card per segment: name, size and share, its 3-5 most distinctive characteristics in
/// words (from the profile's structured traits, worded here with tr()), risk indicators when the
/// data has them, and a suggested name. "Use suggested names" names every segment that way; the
/// names stay editable in the segment list.
class SegmentCards : public QWidget {
    Q_OBJECT
public:
    explicit SegmentCards(Document* document, QWidget* parent = nullptr);

    /// The suggested name of each segment (0..k-1) of the current segmentation.
    QStringList suggestedNames() const;
    /// Gives every segment its suggested name.
    void useSuggestedNames();
    /// One trait in words (TraitWords::describe with the Document's column labels).
    QString describe(const core::SegmentTrait& trait) const;
    /// A short label from a trait (TraitWords::shortLabel with the Document's column labels).
    QString shortLabel(const core::SegmentTrait& trait) const;
    QString html() const;

private:
    void refresh();

    Document* m_document;
    QPushButton* m_useNames;
    QTextBrowser* m_text;
};

} // namespace gugus::ui
