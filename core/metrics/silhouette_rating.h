#pragma once

namespace gugus::core {

/// A plain reading of a mean silhouette (Kaufman & Rousseeuw, "Finding Groups in Data", 1990),
/// the words managers get instead of the number alone.
enum class SilhouetteRating {
    Strong,     ///< > 0.70: a strong structure
    Reasonable, ///< 0.50 .. 0.70
    Weak,       ///< 0.25 .. 0.50: weak, could be artificial
    None,       ///< < 0.25 (or undefined): no substantial structure
};

/// The rating of a mean silhouette. A boundary value takes the lower rating's upper end (0.70 is
/// reasonable, 0.50 reasonable, 0.25 weak); NaN is None.
SilhouetteRating silhouetteRating(double silhouette) noexcept;

/// "strong", "reasonable", "weak", "none".
const char* silhouetteRatingKey(SilhouetteRating rating) noexcept;

} // namespace gugus::core
