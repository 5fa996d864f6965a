#include "cli_common.h"
#include "commands.h"

#include "cluster/dbscan.h"
#include "data/csv_reader.h"
#include "data/csv_writer.h"

#include <cstdio>
#include <iostream>

namespace gugus::cli {

namespace {

constexpr const char* kHelp = R"(Usage: gugus-cli kdist FILE [options]

The k-distance curve for DBSCAN: every row's distance to its min-samples-th nearest row (the row
itself counts, as in DBSCAN's core test) in the prepared feature space, sorted; prints quantiles
of the curve and the eps at its knee, which is the suggested --eps for
`gugus-cli segment FILE --algorithm dbscan`. Uses every row (no sampling).

Options:
  --min-samples M      (default 5; use the value you will give DBSCAN)
  --out FILE           write the whole sorted curve as CSV (rank,distance)
  --threads N          worker threads (default: all cores)
  --quiet              no progress or notes on stderr
)";

} // namespace

int runKDist(const std::vector<std::string>& argv) {
    const Args args(argv, unite({kCsvOptions, kRecipeOptions, {"min-samples", "out", "threads"}}),
                    kCommonFlags);
    if (args.flag("help")) {
        std::cout << kHelp << "\n" << kRecipeHelp << "\n" << kCsvHelp;
        return 0;
    }
    if (args.positional().size() != 1) {
        throw UsageError("kdist needs exactly one FILE (see gugus-cli kdist --help)");
    }
    applyThreads(args);
    const int minSamples = int(args.getInt("min-samples", 5));
    if (minSamples < 1) {
        throw UsageError("--min-samples must be >= 1");
    }
    StderrProgress progress(args.flag("quiet"));
    const auto loaded = loadTable(args.positional()[0], args, progress);
    const core::Recipe recipe = recipeFrom(loaded.table, args);
    const core::PreparedData data = core::prepareFeatures(loaded.table, recipe, progress);
    const core::KDistanceCurve curve = core::kDistance(data.x, minSamples, progress);

    if (const auto out = args.get("out")) {
        std::string text = "rank,distance\n";
        char line[64];
        for (std::size_t i = 0; i < curve.distances.size(); ++i) {
            std::snprintf(line, sizeof line, "%zu,%.17g\n", i + 1, curve.distances[i]);
            text += line;
        }
        core::writeFileAtomically(*out, text);
    }
    const auto& d = curve.distances;
    std::cout << data.x.rows() << " rows, " << data.x.cols() << " features, min_samples "
              << minSamples << "\n\nquantile  k-distance\n";
    for (const double q : {0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1.0}) {
        char line[64];
        std::snprintf(line, sizeof line, "%8.2f  %.6g\n", q,
                      d[std::size_t(q * double(d.size() - 1))]);
        std::cout << line;
    }
    if (curve.suggestedEps) {
        char line[160];
        std::snprintf(line, sizeof line,
                      "\nsuggested eps: %.6g (knee of the curve at rank %lld of %zu)\n",
                      *curve.suggestedEps, static_cast<long long>(*curve.kneeIndex + 1), d.size());
        std::cout << line;
    } else {
        std::cout << "\nsuggested eps: none (the curve has no knee)\n";
    }
    return 0;
}

} // namespace gugus::cli
