#include "metrics/silhouette_rating.h"

namespace gugus::core {

SilhouetteRating silhouetteRating(double s) noexcept {
    // Written as "not below" tests so that NaN falls through to None.
    if (s > 0.70) {
        return SilhouetteRating::Strong;
    }
    if (s >= 0.50) {
        return SilhouetteRating::Reasonable;
    }
    if (s >= 0.25) {
        return SilhouetteRating::Weak;
    }
    return SilhouetteRating::None;
}

const char* silhouetteRatingKey(SilhouetteRating rating) noexcept {
    switch (rating) {
    case SilhouetteRating::Strong:
        return "strong";
    case SilhouetteRating::Reasonable:
        return "reasonable";
    case SilhouetteRating::Weak:
        return "weak";
    case SilhouetteRating::None:
        return "none";
    }
    return "none";
}

} // namespace gugus::core
