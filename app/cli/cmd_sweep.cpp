#include "cli.h"
#include "cli_options.h"
#include "console_progress.h"
#include "segment_report.h"

#include "data/csv_writer.h"
#include "data/output_paths.h"
#include "model/summary_json.h"
#include "select/k_sweep.h"

namespace gugus::cli {

namespace {

constexpr const char* kHelp = R"(Usage: gugus-cli sweep FILE [options]

Runs K-Means for k = k-min..k-max on the prepared table (or, with --algorithm hierarchical,
builds one tree and cuts it at each k) and prints, per k: inertia, silhouette, Calinski-Harabasz,
Davies-Bouldin, time and segment sizes; then the knee of the inertia curve (Kneedle) and the
suggested k with its reason.

Output:
  --json FILE          also write the sweep as JSON
  --quiet              no progress or notes on stderr
)";

} // namespace

int runSweep(const std::vector<std::string>& argv, const Console& console) {
    const Args args(argv, unite({kCsvOptions, kRecipeOptions, kKMeansOptions, {"json"}}),
                    kCommonFlags);
    if (printedHelp(args, console.out, {kHelp, kRecipeHelp, kKMeansHelp, kCsvHelp, kDbHelp})) {
        return 0;
    }
    const InputSource source = inputSource(args, "sweep");
    const std::string& path = source.name;
    if (args.has("k") || args.has("height")) {
        throw UsageError("sweep takes --k-min/--k-max, not --k or --height");
    }
    applyThreads(args);
    if (args.get("algorithm", "kmeans") == "dbscan") {
        throw UsageError("DBSCAN has no k to sweep; use `gugus-cli kdist` to choose eps");
    }
    const core::SegmentationOptions options = segmentationOptionsFrom(args);
    core::checkOutputPaths({source.file}, {args.get("json", "")});
    ConsoleProgress progress(console, args.flag("quiet"));
    const Input input = loadInput(path, args, console.err, progress);
    const core::PreparedData data =
        core::prepareFeatures(input.loaded.table, input.recipe, progress);
    // On the table, so that a Gower K-Medoids sweep sees the raw mixed columns.
    const core::SweepResult sweep =
        core::sweepTable(input.loaded.table, input.recipe, options, progress);
    if (const auto json = args.get("json")) {
        core::writeFileAtomically(*json, core::sweepJson(sweep));
    }
    console.out << data.x.rows() << " rows, " << data.x.cols() << " features\n\n";
    printSweep(console.out, sweep);
    return 0;
}

} // namespace gugus::cli
