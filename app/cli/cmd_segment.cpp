#include "cli_common.h"
#include "commands.h"
#include "segment_report.h"

#include "data/csv_reader.h"
#include "data/csv_writer.h"
#include "model/segment_model.h"
#include "model/summary_json.h"
#include "profile/offers.h"

#include <iostream>

namespace gugus::cli {

namespace {

constexpr const char* kHelp = R"(Usage: gugus-cli segment FILE [options]

Prepares the table (recipe), clusters it with K-Means, scores the result and profiles every
segment. Prints a plain-text summary of the segments.

Output:
  --out FILE           labelled CSV: the input rows and columns in input order plus a last column
                       `segment` (0..k-1; empty for rows dropped by --impute drop)
  --summary FILE       JSON summary: source fingerprint, recipe, options, seed, metrics, segment
                       sizes and centres, sweep (with --k auto) and per-segment profiles
  --model-out FILE     save the segmentation model (recipe, centres, names, training statistics)
                       to score new customers with `gugus-cli score`
  --names A,B,C        segment names stored in the model and the campaign list (segment 0 first)
  --offers FILE        campaign list (CSV): per customer, the products owned by at least
                       --offer-threshold (default 0.5) of their segment that they do not own, with
                       the reason; also prints each segment's products ranked by lift
  --min-support S      products listed per segment need this ownership rate (default 0.3)
Products are the 0/1 columns of the group Products (see --group), else all 0/1 columns.
  --quiet              no progress or notes on stderr
)";

} // namespace

int runSegment(const std::vector<std::string>& argv) {
    const Args args(argv,
                    unite({kCsvOptions,
                           kRecipeOptions,
                           kKMeansOptions,
                           {"out", "summary", "model-out", "names", "offers", "offer-threshold",
                            "min-support"}}),
                    kCommonFlags);
    if (args.flag("help")) {
        std::cout << kHelp << "\n" << kRecipeHelp << "\n" << kKMeansHelp << "\n" << kCsvHelp;
        return 0;
    }
    if (args.positional().size() != 1) {
        throw UsageError("segment needs exactly one FILE (see gugus-cli segment --help)");
    }
    applyThreads(args);
    const core::SegmentationOptions options = segmentationOptionsFrom(args);
    StderrProgress progress(args.flag("quiet"));
    const std::string path = args.positional()[0];
    const auto loaded = loadTable(path, args, progress);
    const core::Recipe recipe = recipeFrom(loaded.table, args);
    const core::SegmentationResult result =
        core::runSegmentation(loaded.table, recipe, options, progress);

    if (const auto out = args.get("out")) {
        std::vector<std::string> segment(result.tableLabels.size());
        for (std::size_t i = 0; i < segment.size(); ++i) {
            const int label = result.tableLabels[i];
            segment[i] = label == core::kUnassigned ? std::string() : std::to_string(label);
        }
        core::writeCsvFile(*out, loaded.table, {{"segment", std::move(segment)}},
                           core::CsvWriteOptions{}, progress);
    }
    if (const auto summary = args.get("summary")) {
        std::string command = "gugus-cli segment";
        for (const auto& a : argv) {
            command += " " + a;
        }
        core::writeFileAtomically(
            *summary, core::summaryJson(loaded.table, options, result, {path, command}));
    }
    if (const auto modelPath = args.get("model-out")) {
        std::vector<std::string> names;
        if (const auto list = args.get("names")) {
            names = splitList(*list, ',');
        }
        core::writeFileAtomically(
            *modelPath,
            core::SegmentModel::fromSegmentation(loaded.table, options, result, names).toJson());
    }
    printSegmentSummary(std::cout, result);
    if (const auto offersPath = args.get("offers")) {
        const double threshold = args.getDouble("offer-threshold", 0.5);
        const double support = args.getDouble("min-support", 0.3);
        if (!(threshold > 0 && threshold <= 1) || !(support >= 0 && support <= 1)) {
            throw UsageError("--offer-threshold must be in (0, 1] and --min-support in [0, 1]");
        }
        const auto products = core::productColumns(result.profile);
        std::vector<std::string> names;
        if (const auto list = args.get("names")) {
            names = splitList(*list, ',');
        }
        const auto list =
            core::crossSell(loaded.table, result.tableLabels, result.profile, products, threshold);
        std::string idColumn;
        for (const auto& spec : recipe.columns) {
            if (spec.role == core::Role::Id && idColumn.empty()) {
                idColumn = spec.name;
            }
        }
        core::writeCampaignCsv(*offersPath, loaded.table, idColumn, names, list, progress);
        printOffers(std::cout, core::rankOffers(result.profile, products, support), support,
                    std::int64_t(list.size()));
    }
    return 0;
}

} // namespace gugus::cli
