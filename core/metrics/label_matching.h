#pragma once

#include "common/matrix.h"

#include <cstdint>
#include <vector>

namespace gugus::core {

/// Rows shared by each pair of segments of two labellings of the same rows: overlap[a][b] =
/// rows in segment a of `labels` and segment b of `reference` (rows with a label < 0 in either
/// are left out). Throws Error(InvalidOption, "labels") when the lengths differ or a label is
/// >= its k.
std::vector<std::vector<std::int64_t>> labelOverlap(const Labels& labels, int k,
                                                    const Labels& reference, int kReference);

/// The one-to-one matching of segments that shares the most rows (Hungarian algorithm on the
/// overlap, O(n^3) with n = max(k, kReference)): match[a] = the reference segment matched to
/// segment a, or -1 when k > kReference leaves it unmatched. Ties go to the lower index, so the
/// result is deterministic.
std::vector<int> matchLabels(const Labels& labels, int k, const Labels& reference, int kReference);

/// Stable segment numbers: the permutation new number = order[old number]. Without a reference
/// the segments are numbered by size (largest first, ties by their first row). With one, matched
/// segments come first in the order of their reference segments, so the group that was 3 in
/// the reference is 3 again when both have the same k; unmatched segments follow by size.
/// `reference` has one label per row of `labels` (segments 0..kReference-1, < 0 left out).
std::vector<int> segmentOrder(const Labels& labels, int k, const Labels* reference = nullptr,
                              int kReference = 0);

} // namespace gugus::core
