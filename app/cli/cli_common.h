#pragma once

#include "cli_args.h"

#include "common/progress.h"
#include "data/csv_reader.h"
#include "pipeline/segmentation.h"
#include "prep/recipe.h"

#include <atomic>
#include <chrono>
#include <set>
#include <string>

namespace gugus::cli {

/// Option names shared by subcommands.
extern const std::set<std::string> kCsvOptions;    ///< --delimiter --decimal --encoding ...
extern const std::set<std::string> kRecipeOptions; ///< --features --scale --impute ...
extern const std::set<std::string> kKMeansOptions; ///< --k --seed --n-init ...
extern const std::set<std::string> kCommonFlags;   ///< --quiet --no-header --help
std::set<std::string> unite(std::initializer_list<std::set<std::string>> sets);

/// Help text of the shared option groups.
extern const char* const kCsvHelp;
extern const char* const kRecipeHelp;
extern const char* const kKMeansHelp;

/// Prints progress to stderr at most every 0.5 s ("[stage] 42%"), unless quiet. SIGINT sets
/// the cancel flag so long work stops cleanly.
class StderrProgress final : public core::Progress {
public:
    explicit StderrProgress(bool quiet);
    ~StderrProgress() override;
    void report(std::int64_t done, std::int64_t total, std::string_view stage) override;
    bool cancelled() const override;

private:
    bool m_quiet;
    bool m_printed = false;
    std::chrono::steady_clock::time_point m_last;
};

core::CsvOptions csvOptionsFrom(const Args& args);
/// Reads FILE with the CSV options and prints the reader's notices to stderr.
core::CsvReadResult loadTable(const std::string& path, const Args& args, core::Progress& progress);
/// Builds the recipe: --features (default: every numeric, non-id column), --profile, --ignore,
/// --id, per-column overrides.
core::Recipe recipeFrom(const core::Table& table, const Args& args);
/// K-Means and k options (--k N|auto, --k-min, --k-max, --seed ...).
core::SegmentationOptions segmentationOptionsFrom(const Args& args);
/// Applies --threads.
void applyThreads(const Args& args);

/// "Usia", "Area=Jakarta" ... one line per reader notice.
std::string describeNotice(const core::CsvNotice& notice);

} // namespace gugus::cli
