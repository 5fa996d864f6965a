#pragma once

// The option groups that several commands share: reading the file, the recipe and clustering.
// Each group is a set of option names for Args, its help section, and the function that turns the
// parsed options into core settings (throwing UsageError for a malformed value).

#include "cli_args.h"

#include "common/progress.h"
#include "data/csv_reader.h"
#include "pipeline/segmentation.h"
#include "prep/recipe.h"

#include <functional>
#include <ostream>
#include <set>
#include <string>

namespace gugus::core {
struct DbSource;
}

namespace gugus::cli {

/// Option names shared by subcommands.
extern const std::set<std::string> kCsvOptions;    ///< --delimiter --decimal ... --db --query
extern const std::set<std::string> kRecipeOptions; ///< --features --scale --impute ...
extern const std::set<std::string> kKMeansOptions; ///< --k --seed --n-init ...

/// Help text of the shared option groups.
extern const char* const kCsvHelp;
extern const char* const kDbHelp;
extern const char* const kRecipeHelp;
extern const char* const kKMeansHelp;

core::CsvOptions csvOptionsFrom(const Args& args);

/// Where a command's rows come from: FILE, or the database of --db.
struct InputSource {
    std::string name; ///< FILE, or the database's URL (never with a password)
    std::string file; ///< the file read: FILE or the SQLite database; empty for a server
    /// What reports name: FILE's name, or the URL.
    std::string label() const;
};
/// FILE (the positional at `fileIndex`: 0, or 1 after MODEL.json) or --db with --query or
/// --query-file; a UsageError for neither, both, or a query without --db.
InputSource inputSource(const Args& args, const std::string& command, std::size_t fileIndex = 0);
/// --db, --query / --query-file as a database source (without a password).
core::DbSource dbSourceFrom(const Args& args);
/// Asks for a password on the terminal; main() sets one when stdin is a terminal.
using PasswordPrompt = std::function<std::string(const std::string& prompt)>;
void setPasswordPrompt(PasswordPrompt prompt);
/// Runs `work` on --db; when the server asks for a password and a prompt is set, asks once and
/// runs it again (the password is kept for the command's later connections, in memory only).
void withDatabase(const Args& args, const std::function<void(const core::DbSource&)>& work);
/// Runs --query on --db (through withDatabase).
core::CsvReadResult readDatabase(const Args& args, core::Progress& progress);

/// Reads FILE (or --db's query, see readDatabase) with the CSV options and writes the reader's
/// notices to `err` (unless --quiet).
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
/// The Gaussian mixture options (--covariance, --gmm-init, --reg-covar, --n-init, --max-iter,
/// --tol with scikit-learn's GaussianMixture defaults) into o.gmm.
void applyGmmOptions(const Args& args, core::SegmentationOptions& o);
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
/// --where, --outliers, --outlier-cols, --outlier-action (row_rule_options.cpp): the syntax
/// alone (UsageError), then the recipe's filters and outlier rules for `table`.
void checkRowRuleOptionValues(const Args& args);
void applyRowRules(const core::Table& table, const Args& args, core::Recipe& recipe);
/// checkRecipeOptionValues, loadTable, then recipeFrom.
Input loadInput(const std::string& path, const Args& args, std::ostream& err,
                core::Progress& progress);
/// loadInput, then the recipe applied: the feature matrix of FILE.
core::PreparedData loadFeatures(const std::string& path, const Args& args, std::ostream& err,
                                core::Progress& progress);

} // namespace gugus::cli
