#pragma once

#include "cli.h"
#include "cli_args.h"

#include "model/customer_score.h"

#include <vector>

namespace gugus::cli {

/// The options of `score MODEL --row ...` and their help section.
extern const std::set<std::string> kScoreOneOptions; ///< --row --set --min-support
extern const char* const kScoreOneHelp;

/// True when `score` was given one customer (--row or --set) instead of a FILE.
bool scoresOneCustomer(const Args& args);

/// The customer's COLUMN=VALUE pairs from every --row (split on commas) and --set (one pair,
/// the value verbatim), in order. UsageError for an item without '=' or without a column name,
/// and for a column given twice, naming it.
std::vector<core::CustomerValue> customerValuesFrom(const Args& args);

/// `gugus-cli score MODEL --row ...`: prints the segment, its name, the distance (or membership
/// probability) to every segment, the notes and the offers.
int runScoreOne(const Args& args, const Console& console);

} // namespace gugus::cli
