#pragma once

#include "profile/segment_traits.h"

#include <QCoreApplication>
#include <QString>

namespace gugus::ui {

/// A segment's structured traits in words (translated): the one wording shared by the segment
/// cards and the Overview.
class TraitWords {
    Q_DECLARE_TR_FUNCTIONS(gugus::ui::TraitWords)
public:
    /// One trait in words, e.g. "Usia is high: 53 on average vs 42 for all customers".
    static QString describe(const core::SegmentTrait& trait);
    /// A short label from a trait, e.g. "High Usia" or "Jakarta".
    static QString shortLabel(const core::SegmentTrait& trait);
    /// A name from the segment's two most distinctive traits ("High Usia · Jakarta"); empty when
    /// the segment is close to the average customer everywhere. `segment` is one of
    /// profile.segments.
    static QString suggestedName(const core::ProfileResult& profile,
                                 const core::SegmentProfile& segment);
};

} // namespace gugus::ui
