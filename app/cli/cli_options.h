#pragma once

// The option groups that several commands share: reading the file, the recipe and clustering.
// Each group is a set of option names for Args, its help section, and the function that turns the
// parsed options into core settings (throwing UsageError for a malformed value).

#include "cli_args.h"

#include "common/progress.h"
#include "data/csv_reader.h"
#include "pipeline/segmentation.h"
#include "prep/recipe.h"

#include <ostream>
#include <set>
#include <string>

namespace gugus::cli {

/// Option names shared by subcommands.
extern const std::set<std::string> kCsvOptions;    ///< --delimiter --decimal --encoding ...
extern const std::set<std::string> kRecipeOptions; ///< --features --scale --impute ...
extern const std::set<std::string> kKMeansOptions; ///< --k --seed --n-init ...

/// Help text of the shared option groups.
extern const char* const kCsvHelp;
extern const char* const kRecipeHelp;
extern const char* const kKMeansHelp;

core::CsvOptions csvOptionsFrom(const Args& args);
/// Reads FILE with the CSV options and writes the reader's notices to `err` (unless --quiet).
core::CsvReadResult loadTable(const std::string& path, const Args& args, std::ostream& err,
                              core::Progress& progress);
/// Builds the recipe: --features (default: every numeric, non-id column), --profile, --ignore,
/// --id, per-column overrides.
core::Recipe recipeFrom(const core::Table& table, const Args& args);
/// K-Means and k options (--k N|auto, --k-min, --k-max, --seed ...).
core::SegmentationOptions segmentationOptionsFrom(const Args& args);
/// The K-Medoids options (--metric, --kmedoids-init, --gower-weight, --matrix-rows, --max-iter)
/// into o.kmedoids and o.gowerWeights.
void applyKMedoidsOptions(const Args& args, core::SegmentationOptions& o);
/// --seed: a whole number >= 0 (default 0).
std::uint64_t seedFrom(const Args& args);
/// Applies --threads.
void applyThreads(const Args& args);

/// A reader notice as one line of English, e.g. "header '' renamed to 'column_3'".
std::string describeNotice(const core::CsvNotice& notice);

/// What the data commands start from: FILE as read and the recipe the options describe.
struct Input {
    core::CsvReadResult loaded;
    core::Recipe recipe;
};
/// Checks the recipe options whose values need no table (--impute, --scale, --encode and their
/// per-column forms), so a malformed value is a usage error before the file is read.
void checkRecipeOptionValues(const Args& args);
/// checkRecipeOptionValues, loadTable, then recipeFrom.
Input loadInput(const std::string& path, const Args& args, std::ostream& err,
                core::Progress& progress);
/// loadInput, then the recipe applied: the feature matrix of FILE.
core::PreparedData loadFeatures(const std::string& path, const Args& args, std::ostream& err,
                                core::Progress& progress);

} // namespace gugus::cli
