#pragma once

#include <optional>
#include <vector>

namespace gugus::core {

/// Kneedle (Satopaa et al. 2011) on a decreasing convex curve such as inertia against k, as the
/// `kneed` package does it (curve="convex", direction="decreasing", online=false): x and y are
/// normalised to [0, 1], the difference curve is (1 - y_n) - x_n, and the knee is the first
/// local maximum of it that is followed by a drop below max - S * mean(x spacing) before the next
/// maximum. When no maximum is confirmed that way (short curves), the interior global maximum of
/// the difference curve is returned. Returns the index into x, or nothing when the curve has no
/// knee (fewer than 3 points, a flat or straight line).
std::optional<std::size_t> kneedleDecreasingConvex(const std::vector<double>& x,
                                                   const std::vector<double>& y,
                                                   double sensitivity = 1.0);

} // namespace gugus::core
