#pragma once

namespace gugus::core {

/// How clearly the segments stand apart, read from the mean silhouette with Kaufman and
/// Rousseeuw's bands (the report uses the same words).
enum class SeparationRating {
    Strong,     ///< silhouette > 0.70
    Reasonable, ///< 0.50 <= silhouette <= 0.70
    Weak,       ///< 0.25 <= silhouette < 0.50
    None,       ///< silhouette < 0.25, or undefined (NaN): no substantial structure
};

/// The rating of a mean silhouette in [-1, 1]; NaN (e.g. one segment) rates None.
SeparationRating separationRating(double silhouette);

} // namespace gugus::core
