#pragma once

#include "metrics/silhouette_rating.h"

#include <QCoreApplication>
#include <QString>

namespace gugus::ui {

/// The separation rating in plain words (translated), for the Segments summary and the
/// Overview's badge.
class QualityWords {
    Q_DECLARE_TR_FUNCTIONS(gugus::ui::QualityWords)
public:
    /// "strong", "reasonable", "weak" or "no substantial structure".
    static QString rating(core::SilhouetteRating rating);
    /// One line saying what the rating means for the segments.
    static QString meaning(core::SilhouetteRating rating);
    /// A background colour for a badge showing the rating (light, readable under dark text).
    static QString badgeColor(core::SilhouetteRating rating);
};

} // namespace gugus::ui
