#pragma once

#include "data/csv_writer.h"
#include "display_text.h"

#include "pipeline/segmentation.h"
#include "profile/offers.h"
#include "profile/segment_traits.h"

#include <ostream>

namespace gugus::cli {

/// Prints the run in plain English: metrics, then per segment its size and the columns where it
/// differs most from all customers (largest |standardized difference|), named and valued with
/// `display` (--display).
void printSegmentSummary(std::ostream& out, const core::SegmentationResult& result,
                         const DisplayText& display = {});

/// Gaussian mixtures: the columns p_segment_0 .. p_segment_{k-1} (the number is the segment's,
/// as in the `segment` column), one value per output row: the probability of `rowOf[i]`'s row
/// of `probabilities` (shortest round-trip text), empty where rowOf[i] < 0 or the value is NaN.
std::vector<core::CsvExtraColumn> probabilityColumns(const core::ProbabilityMatrix& probabilities,
                                                     const std::vector<std::int64_t>& rowOf);

/// Prints a sweep as a table with the knee and the suggested k.
void printSweep(std::ostream& out, const core::SweepResult& sweep);

/// Each segment's products (ownership >= support) ranked by lift, with counts; then how many
/// customers the campaign list holds.
void printOffers(std::ostream& out, const std::vector<core::SegmentOffers>& offers, double support,
                 std::int64_t campaignRows);

} // namespace gugus::cli
