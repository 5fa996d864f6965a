#pragma once

#include "profile/segment_flags.h"
#include "profile/segment_traits.h"
#include "support/column_labels.h"

#include <QCoreApplication>
#include <QString>

namespace gugus::ui {

/// A segment's structured traits in words (translated): the one wording shared by the segment
/// cards and the Overview. Columns are named by their display labels and values carry their
/// units (`labels`, usually Document::columnLabels()).
class TraitWords {
    Q_DECLARE_TR_FUNCTIONS(gugus::ui::TraitWords)
public:
    /// One trait in words, e.g. "Usia is high: 53 tahun on average vs 42 tahun for all customers".
    static QString describe(const core::SegmentTrait& trait, const ColumnLabels& labels);
    /// A short label from a trait, e.g. "High Saldo relasi" or "Jakarta".
    static QString shortLabel(const core::SegmentTrait& trait, const ColumnLabels& labels);
    /// A name from the segment's two most distinctive traits ("High Usia · Jakarta"); empty when
    /// the segment is close to the average customer everywhere. `segment` is one of
    /// profile.segments.
    /// A reason to read a segment with care, e.g. "defined by one category: Area is Jogja for
    /// 100 % (22 % of all customers)".
    static QString flag(const core::SegmentFlag& flag, const ColumnLabels& labels);
    /// The flags of a segment in a few words for narrow lists ("one category", "mostly imputed").
    static QString flagsShort(const std::vector<core::SegmentFlag>& flags);
    static QString suggestedName(const core::ProfileResult& profile,
                                 const core::SegmentProfile& segment, const ColumnLabels& labels);
};

} // namespace gugus::ui
