#pragma once

// `segment --reduce`: the reduction step between scaling and clustering.

#include "cli_args.h"

#include "pipeline/segmentation.h"

#include <ostream>
#include <set>
#include <string>

namespace gugus::cli {

extern const std::set<std::string> kReduceOptions; ///< --reduce, --ae-*
extern const char* const kReduceHelp;

/// --reduce none|pca:N|pca:S[:whiten]|autoencoder:L1,...,B (default none) with --ae-epochs,
/// --ae-batch and --ae-seed overriding the network's training; UsageError for anything else.
core::ReductionOptions reductionFrom(const Args& args);

/// One line about the reduction of a run ("Reduced 10 features to 4 principal components ..."),
/// nothing when none ran.
void printReduction(std::ostream& out, const core::SegmentationResult& result);

} // namespace gugus::cli
