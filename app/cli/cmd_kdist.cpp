#include "cli.h"
#include "cli_options.h"
#include "console_progress.h"
#include "text_format.h"

#include "cluster/dbscan.h"
#include "data/csv_writer.h"
#include "data/output_paths.h"

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

int runKDist(const std::vector<std::string>& argv, const Console& console) {
    const Args args(argv, unite({kCsvOptions, kRecipeOptions, {"min-samples", "out", "threads"}}),
                    kCommonFlags);
    if (printedHelp(args, console.out, {kHelp, kRecipeHelp, kCsvHelp, kDbHelp})) {
        return 0;
    }
    const InputSource source = inputSource(args, "kdist");
    const std::string& path = source.name;
    applyThreads(args);
    const int minSamples = int(args.getInt("min-samples", 5));
    if (minSamples < 1) {
        throw UsageError("--min-samples must be >= 1");
    }
    core::checkOutputPaths({source.file}, {args.get("out", "")});
    ConsoleProgress progress(console, args.flag("quiet"));
    const core::PreparedData data = loadFeatures(path, args, console.err, progress);
    const core::KDistanceCurve curve = core::kDistance(data.x, minSamples, progress);

    if (const auto out = args.get("out")) {
        std::string text = "rank,distance\n";
        for (std::size_t i = 0; i < curve.distances.size(); ++i) {
            text += printfString("%zu,%.17g\n", i + 1, curve.distances[i]);
        }
        core::writeFileAtomically(*out, text);
    }
    std::ostream& out = console.out;
    const auto& d = curve.distances;
    out << data.x.rows() << " rows, " << data.x.cols() << " features, min_samples " << minSamples
        << "\n\nquantile  k-distance\n";
    for (const double q : {0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1.0}) {
        out << printfString("%8.2f  %.6g\n", q, d[std::size_t(q * double(d.size() - 1))]);
    }
    if (curve.suggestedEps) {
        out << printfString("\nsuggested eps: %.6g (knee of the curve at rank %lld of %zu)\n",
                            *curve.suggestedEps, static_cast<long long>(*curve.kneeIndex + 1),
                            d.size());
    } else {
        out << "\nsuggested eps: none (the curve has no knee)\n";
    }
    return 0;
}

} // namespace gugus::cli
