#include "cli.h"
#include "cli_options.h"
#include "console_progress.h"
#include "reduce_options.h"
#include "report_options.h"
#include "segment_report.h"

#include "data/csv_writer.h"
#include "data/duplicate_ids.h"
#include "data/output_paths.h"
#include "model/segment_model.h"
#include "model/summary_json.h"
#include "profile/offers.h"

#include <filesystem>
#include <optional>

namespace gugus::cli {

namespace {

constexpr const char* kHelp = R"(Usage: gugus-cli segment FILE [options]

Prepares the table (recipe), clusters it with K-Means, scores the result and profiles every
segment. Prints a plain-text summary of the segments.

Output:
  --out FILE           labelled CSV: the input rows and columns in input order plus a column
                       `segment` (0..k-1; empty for rows left out by --where, --outliers or
                       --impute drop) and then, with --where or --outliers, `segment_reason`;
                       with --algorithm gmm last p_segment_0..p_segment_{k-1}, the probability
                       that the customer belongs to each segment
  --summary FILE       JSON summary: source fingerprint, recipe, options, seed, metrics, segment
                       sizes and centres, sweep (with --k auto), per-segment profiles and the
                       reduction (method, components, explained variance, reconstruction MSE)
  --model-out FILE     save the segmentation model (recipe, centres, names, training statistics)
                       to score new customers with `gugus-cli score`
  --names A,B,C        segment names stored in the model and the campaign list (segment 0 first)
  --offers FILE        campaign list (CSV): per customer, the products owned by at least
                       --offer-threshold (default 0.5) of their segment that they do not own, with
                       the reason; also prints each segment's products ranked by lift
  --min-support S      products listed per segment need this ownership rate (default 0.3)
  --report FILE        the managers' report: FILE.pdf, FILE.html or FILE.xlsx (see below)
  --display FILE       column labels, units and scales (a gugus-display file, e.g. the
                       NAME.display.json the desktop program saves beside NAME.csv): used in the
                       summary printed here, the warnings, the report, and stored in --summary
                       as its "display" list. Without it, NAME.display.json beside the data
                       file NAME.csv is read when it exists (one that cannot be used is a
                       warning, and columns keep their names)
  --no-display         do not read NAME.display.json beside the data file
Products are the 0/1 columns of the group Products (see --group), else all 0/1 columns.
  --quiet              no progress or notes on stderr
)";

/// --out: the input rows and columns plus `segment` (empty for a row the recipe left out) and,
/// when the recipe has row filters or outlier rules, `segment_reason`
/// ("filter:Area=Jakarta", "outlier:Usia", "missing:Usia"; empty for a clustered row).
void writeLabels(const std::string& path, const core::Table& table,
                 const core::SegmentationResult& result, core::Progress& progress) {
    std::vector<std::string> segment(result.tableLabels.size());
    for (std::size_t i = 0; i < segment.size(); ++i) {
        const int label = result.tableLabels[i];
        segment[i] = label == core::kUnassigned ? std::string() : std::to_string(label);
    }
    std::vector<core::CsvExtraColumn> extra{{"segment", std::move(segment)}};
    if (auto reasons = core::segmentReasons(result); !reasons.empty()) {
        extra.push_back({"segment_reason", std::move(reasons)});
    }
    if (result.algorithm == core::Algorithm::Gmm) { // membership probabilities, rows as `segment`
        std::vector<std::int64_t> rowOf(result.tableLabels.size(), -1);
        for (std::size_t i = 0; i < result.data.rows.size(); ++i) {
            rowOf[std::size_t(result.data.rows[i])] = std::int64_t(i);
        }
        for (auto& column : probabilityColumns(result.gmm.probabilities, rowOf)) {
            extra.push_back(std::move(column));
        }
    }
    core::writeCsvFile(path, table, extra, core::CsvWriteOptions{}, progress);
}

/// --offers: writes the campaign list and prints each segment's products ranked by lift.
/// A run's warning key ("constant:Usia", "dropped-rows:12", ...) in words.
std::string describeWarning(const std::string& key, const DisplayText& display) {
    const auto colon = key.find(':');
    const std::string kind = key.substr(0, colon);
    const std::string what = colon == std::string::npos ? std::string() : key.substr(colon + 1);
    if (kind == "constant") {
        return "feature " + display.label(what) + " does not vary; it cannot separate segments";
    }
    if (kind == "unseen") {
        return "category " + what + " was not seen when fitting";
    }
    if (kind == "filtered-rows") {
        return what + " rows left out by --where";
    }
    if (kind == "outlier-rows") {
        return what + " rows left out as outliers (--outliers)";
    }
    if (kind == "dropped-rows") {
        return what + " rows left out (missing values with --impute drop)";
    }
    if (kind == "empty-segment") {
        return "segment " + what + " is empty";
    }
    if (const auto d = core::DuplicateIds::fromWarningKey(key)) {
        return "id column " + display.label(d->column) + " has " + std::to_string(d->distinct) +
               " distinct ids in " + std::to_string(d->values) +
               " rows: some customers appear more than once, so rows are not customers";
    }
    return key;
}

/// --offer-threshold and --min-support, checked before any work.
struct OfferLimits {
    double threshold = 0.5;
    double support = 0.3;
};
OfferLimits offerLimitsFrom(const Args& args) {
    OfferLimits l{args.getDouble("offer-threshold", 0.5), args.getDouble("min-support", 0.3)};
    if (!(l.threshold > 0 && l.threshold <= 1) || !(l.support >= 0 && l.support <= 1)) {
        throw UsageError("--offer-threshold must be in (0, 1] and --min-support in [0, 1]");
    }
    return l;
}

/// --names: at most one name per segment.
void requireNamesFit(const std::vector<std::string>& names, int k) {
    if (int(names.size()) > k) {
        throw UsageError("--names gives " + std::to_string(names.size()) + " names for " +
                         std::to_string(k) + " segments");
    }
}

void writeOffers(const std::string& path, const OfferLimits& limits, const Input& input,
                 const core::SegmentationResult& result, const std::vector<std::string>& names,
                 std::ostream& out, core::Progress& progress) {
    const double threshold = limits.threshold;
    const double support = limits.support;
    const core::Table& table = input.loaded.table;
    const auto products = core::productColumns(result.profile);
    const auto list =
        core::crossSell(table, result.tableLabels, result.profile, products, threshold);
    std::string idColumn;
    for (const auto& spec : input.recipe.columns) {
        if (spec.role == core::Role::Id && idColumn.empty()) {
            idColumn = spec.name;
        }
    }
    core::writeCampaignCsv(path, table, idColumn, names, list, progress);
    printOffers(out, core::rankOffers(result.profile, products, support), support,
                std::int64_t(list.size()));
}

} // namespace

int runSegment(const std::vector<std::string>& argv, const Console& console) {
    const Args args(argv,
                    unite({kCsvOptions,
                           kRecipeOptions,
                           kKMeansOptions,
                           kReduceOptions,
                           kReportOptions,
                           {"out", "summary", "model-out", "names", "offers", "offer-threshold",
                            "min-support", "report", "display"}}),
                    unite({kCommonFlags, {"no-display"}}));
    if (printedHelp(
            args, console.out,
            {kHelp, kRecipeHelp, kReduceHelp, kKMeansHelp, kCsvHelp, kDbHelp, kReportHelp})) {
        return 0;
    }
    const InputSource source = inputSource(args, "segment");
    const std::string& path = source.name;
    applyThreads(args);
    core::SegmentationOptions options = segmentationOptionsFrom(args);
    options.reduction = reductionFrom(args);
    const OfferLimits offerLimits = offerLimitsFrom(args);
    const std::vector<std::string> names = splitList(args.get("names", ""));
    if (options.k) {
        requireNamesFit(names, *options.k);
    }
    const DisplaySource displaySource = displaySourceFrom(args, source.file);
    std::optional<ReportRequest> report;
    if (const auto reportPath = args.get("report")) {
        report = reportRequestFrom(args, *reportPath, console);
        report->settings.dataset = source.label();
        report->settings.names = names;
    }
    core::checkOutputPaths({source.file, displaySource.path},
                           {args.get("out", ""), args.get("summary", ""), args.get("model-out", ""),
                            args.get("offers", ""), args.get("report", "")});
    const DisplayText display = // before any work
        displayTextFrom(displaySource, console.err, args.flag("quiet"));
    if (report) {
        report->settings.displays = display.displays();
    }
    ConsoleProgress progress(console, args.flag("quiet"));
    const Input input = loadInput(path, args, console.err, progress);
    const core::Table& table = input.loaded.table;
    if (!args.flag("quiet")) {
        for (const auto& column : table.columns()) {
            if (core::isOutputColumnName(column.name())) {
                console.err << "gugus-cli: note: column '" << column.name()
                            << "' is an earlier result: it is not a feature, and --out writes "
                               "the new one in its place\n";
            }
        }
    }
    const core::SegmentationResult result =
        core::runSegmentation(table, input.recipe, options, progress);
    requireNamesFit(names, result.k); // k chosen by the sweep, or found by DBSCAN
    if (!args.flag("quiet")) {
        for (const auto& warning : result.warnings) {
            console.err << "gugus-cli: warning: " << describeWarning(warning, display) << "\n";
        }
    }

    if (const auto out = args.get("out")) {
        writeLabels(*out, table, result, progress);
    }
    if (const auto summary = args.get("summary")) {
        std::string command = "gugus-cli segment";
        for (const auto& a : argv) {
            command += " " + a;
        }
        core::writeFileAtomically(*summary,
                                  core::summaryJson(table, options, result,
                                                    {path, command, display.displays(),
                                                     core::summaryWarnings(input.loaded.notices)}));
    }
    if (const auto modelPath = args.get("model-out")) {
        core::writeFileAtomically(
            *modelPath,
            core::SegmentModel::fromSegmentation(table, options, result, names).toJson());
    }
    printReduction(console.out, result);
    printSegmentSummary(console.out, result, display);
    if (const auto offersPath = args.get("offers")) {
        writeOffers(*offersPath, offerLimits, input, result, names, console.out, progress);
    }
    if (report) {
        writeReportFile(*report, table, options, result, console, progress);
    }
    return 0;
}

} // namespace gugus::cli
