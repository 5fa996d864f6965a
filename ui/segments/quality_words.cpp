#include "segments/quality_words.h"

namespace gugus::ui {

QString QualityWords::rating(core::SilhouetteRating rating) {
    switch (rating) {
    case core::SilhouetteRating::Strong:
        return tr("strong");
    case core::SilhouetteRating::Reasonable:
        return tr("reasonable");
    case core::SilhouetteRating::Weak:
        return tr("weak");
    case core::SilhouetteRating::None:
        return tr("no substantial structure");
    }
    return QString();
}

QString QualityWords::meaning(core::SilhouetteRating rating) {
    switch (rating) {
    case core::SilhouetteRating::Strong:
        return tr("The segments are clearly distinct groups of customers.");
    case core::SilhouetteRating::Reasonable:
        return tr("The segments are distinct; a few customers sit between them.");
    case core::SilhouetteRating::Weak:
        return tr("The segments overlap: read them as tendencies, not separate groups.");
    case core::SilhouetteRating::None:
        return tr("The customers do not form separate groups on these columns; the segments "
                  "are a useful split, not natural groups.");
    }
    return QString();
}

QString QualityWords::badgeColor(core::SilhouetteRating rating) {
    switch (rating) {
    case core::SilhouetteRating::Strong:
        return QStringLiteral("#d9f0d3");
    case core::SilhouetteRating::Reasonable:
        return QStringLiteral("#e0f3f8");
    case core::SilhouetteRating::Weak:
        return QStringLiteral("#fee8c8");
    case core::SilhouetteRating::None:
        return QStringLiteral("#eeeeee");
    }
    return QStringLiteral("#eeeeee");
}

} // namespace gugus::ui
