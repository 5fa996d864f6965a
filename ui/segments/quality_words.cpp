#include "segments/quality_words.h"

namespace gugus::ui {

QString QualityWords::rating(core::SeparationRating rating) {
    switch (rating) {
    case core::SeparationRating::Strong:
        return tr("strong");
    case core::SeparationRating::Reasonable:
        return tr("reasonable");
    case core::SeparationRating::Weak:
        return tr("weak");
    case core::SeparationRating::None:
        return tr("no substantial structure");
    }
    return QString();
}

QString QualityWords::meaning(core::SeparationRating rating) {
    switch (rating) {
    case core::SeparationRating::Strong:
        return tr("The segments are clearly distinct groups of customers.");
    case core::SeparationRating::Reasonable:
        return tr("The segments are distinct; a few customers sit between them.");
    case core::SeparationRating::Weak:
        return tr("The segments overlap: read them as tendencies, not separate groups.");
    case core::SeparationRating::None:
        return tr("The customers do not form separate groups on these columns; the segments "
                  "are a useful split, not natural groups.");
    }
    return QString();
}

QString QualityWords::badgeColor(core::SeparationRating rating) {
    switch (rating) {
    case core::SeparationRating::Strong:
        return QStringLiteral("#d9f0d3");
    case core::SeparationRating::Reasonable:
        return QStringLiteral("#e0f3f8");
    case core::SeparationRating::Weak:
        return QStringLiteral("#fee8c8");
    case core::SeparationRating::None:
        return QStringLiteral("#eeeeee");
    }
    return QStringLiteral("#eeeeee");
}

} // namespace gugus::ui
