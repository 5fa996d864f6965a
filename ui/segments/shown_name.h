#pragma once

#include "profile/segment_profile.h"

#include <QString>

namespace gugus::ui {

class Document;

/// A segment's name as the Overview shows it: the analyst's name when one was given or a
/// suggestion was kept; else the name suggested from the segment's two most distinctive traits,
/// marked as a suggestion (the Overview sets it in italics); else the default "Segment n".
struct ShownName {
    QString text;
    bool suggested = false; ///< a suggestion the analyst has not accepted yet
};

/// The shown name of `segment`, one of the current segmentation's profile segments. The one rule
/// the Overview and the one-customer scoring share, so both name a segment alike.
ShownName shownName(const Document& document, const core::SegmentProfile& segment);

/// The same by segment number (>= 0) of the current segmentation; the plain Document name when
/// there is no segmentation or no such segment.
ShownName shownName(const Document& document, int segment);

} // namespace gugus::ui
