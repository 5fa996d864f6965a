#include "metrics/quality_rating.h"

namespace gugus::core {

SeparationRating separationRating(double silhouette) {
    // Written as "not below" so that NaN falls through every test to None.
    if (silhouette > 0.70) {
        return SeparationRating::Strong;
    }
    if (silhouette >= 0.50) {
        return SeparationRating::Reasonable;
    }
    if (silhouette >= 0.25) {
        return SeparationRating::Weak;
    }
    return SeparationRating::None;
}

} // namespace gugus::core
