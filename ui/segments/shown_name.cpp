#include "segments/shown_name.h"

#include "segments/trait_words.h"
#include "state/document.h"

namespace gugus::ui {

ShownName shownName(const Document& document, const core::SegmentProfile& segment) {
    const QStringList& custom = document.customNames();
    const bool named = segment.segment >= 0 && segment.segment < custom.size() &&
                       !custom[segment.segment].isEmpty();
    if (!named && segment.segment >= 0) {
        if (const Segmentation* seg = document.segmentation()) {
            const QString suggested =
                TraitWords::suggestedName(seg->result.profile, segment, document.columnLabels());
            if (!suggested.isEmpty()) {
                return {suggested, true};
            }
        }
    }
    return {document.segmentName(segment.segment), false};
}

ShownName shownName(const Document& document, int segment) {
    if (const Segmentation* seg = document.segmentation()) {
        for (const core::SegmentProfile& s : seg->result.profile.segments) {
            if (s.segment == segment) {
                return shownName(document, s);
            }
        }
    }
    return {document.segmentName(segment), false};
}

} // namespace gugus::ui
