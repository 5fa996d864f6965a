#include "cli.h"
#include "cli_options.h"
#include "console_progress.h"
#include "text_format.h"

#include "pipeline/auto_tune.h"

namespace gugus::cli {

namespace {

constexpr const char* kHelp = R"(Usage: gugus-cli tune FILE [options]

Searches for segmentations with a high silhouette within the feature columns you give (a
perspective, e.g. --features of the Demographics group): K-Means for k = k-min..k-max on every
feature subset a backward elimination visits (dropping the column whose removal most improves the
best silhouette), then Ward on the best subsets; solutions with a segment under --min-share are
excluded. The best solutions are listed with their stability (mean adjusted Rand index of refits
on 80 % subsamples) and it says plainly when none reaches the target silhouette.

Options:
  --k-min N --k-max N  k range (default 2..8)
  --min-share S        smallest segment share allowed (default 0.05)
  --target T           silhouette target (default 0.7)
  --bootstraps B       subsample refits for stability (default 5)
  --keep N             solutions listed (default 5)
  --no-hierarchical    K-Means only
  --seed S --threads N --quiet
)";

core::AutoTuneOptions autoTuneOptionsFrom(const Args& args) {
    core::AutoTuneOptions o;
    o.kMin = int(args.getInt("k-min", 2));
    o.kMax = int(args.getInt("k-max", 8));
    o.minSegmentShare = args.getDouble("min-share", 0.05);
    o.target = args.getDouble("target", 0.7);
    o.bootstraps = int(args.getInt("bootstraps", 5));
    o.keep = int(args.getInt("keep", 5));
    o.seed = seedFrom(args);
    o.tryHierarchical = !args.flag("no-hierarchical");
    if (o.kMin < 2 || o.kMax < o.kMin || o.minSegmentShare < 0 || o.minSegmentShare >= 1 ||
        o.bootstraps < 1 || o.keep < 1 || o.target < -1 || o.target > 1) {
        throw UsageError("need 2 <= k-min <= k-max, 0 <= min-share < 1, bootstraps >= 1, "
                         "keep >= 1, -1 <= target <= 1");
    }
    return o;
}

/// The best solutions as a table, one line per tagged note of the search, the trade-off in
/// columns and whether the target was reached.
void printTuneResult(std::ostream& out, const core::AutoTuneResult& r,
                     const core::AutoTuneOptions& o, std::size_t featureCount) {
    out << r.evaluated << " solutions scored.\n\n";
    out << "rank  algorithm     k  silhouette  smallest  stability  columns\n";
    int rank = 1;
    for (const auto& c : r.best) {
        std::string columns;
        for (const auto& name : c.columns) {
            columns += (columns.empty() ? "" : ",") + name;
        }
        out << printfString("%4d  %-12s %2d  %10.4f  %7.1f%%  %9.3f  ", rank++,
                            core::algorithmKey(c.algorithm), c.k, c.silhouette,
                            100 * c.smallestShare, c.stability)
            << columns << "\n";
    }
    out << "\n";
    for (const auto& note : r.notes) {
        if (note.rfind("dropped:", 0) == 0) {
            out << "Dropping " << note.substr(8) << " raised the silhouette.\n";
        } else if (note.rfind("min-size-excluded:", 0) == 0) {
            out << note.substr(18) << " solutions had a segment under " << 100 * o.minSegmentShare
                << "% of the customers and were excluded.\n";
        } else if (note.rfind("hierarchical-skipped:", 0) == 0) {
            out << "Ward was not tried (more than 20000 rows).\n";
        }
    }
    if (!r.best.empty() && r.best.front().columns.size() < featureCount) {
        out << "Trade-off: the best solution uses " << r.best.front().columns.size() << " of the "
            << featureCount
            << " columns; a high silhouette on few columns describes the customers less fully.\n";
    }
    if (r.best.empty()) {
        out << "No solution keeps every segment above the minimum share.\n";
    } else if (r.targetReached) {
        out << "The best solution reaches the target silhouette " << o.target << ".\n";
    } else {
        out << printfString("No solution reaches the target silhouette %.2f: the best is %.4f.\n",
                            o.target, r.best.front().silhouette);
    }
}

} // namespace

int runTune(const std::vector<std::string>& argv, const Console& console) {
    const Args args(
        argv,
        unite({kCsvOptions,
               kRecipeOptions,
               {"k-min", "k-max", "min-share", "target", "bootstraps", "keep", "seed", "threads"}}),
        unite({kCommonFlags, {"no-hierarchical"}}));
    if (printedHelp(args, console.out, {kHelp, kRecipeHelp, kCsvHelp, kDbHelp})) {
        return 0;
    }
    const InputSource source = inputSource(args, "tune");
    const std::string& path = source.name;
    applyThreads(args);
    const core::AutoTuneOptions options = autoTuneOptionsFrom(args);
    ConsoleProgress progress(console, args.flag("quiet"));
    const Input input = loadInput(path, args, console.err, progress);
    const core::AutoTuneResult result =
        core::autoTune(input.loaded.table, input.recipe, options, progress);
    printTuneResult(console.out, result, options, input.recipe.featureColumns().size());
    return 0;
}

} // namespace gugus::cli
