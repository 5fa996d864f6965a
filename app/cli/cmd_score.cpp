#include "cli.h"
#include "cli_options.h"
#include "console_progress.h"
#include "score_one.h"
#include "segment_report.h"
#include "text_format.h"

#include "common/error.h"
#include "common/small_file.h"
#include "data/csv_writer.h"
#include "data/output_paths.h"
#include "model/segment_model.h"
#include "source/db_source.h"
#include "source/table_output.h"

#include <fstream>
#include <map>
#include <sstream>

namespace gugus::cli {

namespace {

constexpr const char* kScoreHelp =
    R"(Usage: gugus-cli score MODEL.json FILE --out scored.csv [options]
       gugus-cli score MODEL.json --db URL --query SQL --into-table T [options]
       gugus-cli score MODEL.json --row "COLUMN=VALUE,..." [--set COLUMN=VALUE ...]

Assigns each row of FILE (customers or prospects) to a segment of a saved model
(`gugus-cli segment ... --model-out MODEL.json`): applies the saved recipe and reduction (PCA),
then the model's rule (K-Means: nearest centre; hierarchical: nearest segment mean; DBSCAN: the
cluster of the nearest core customer within eps, else -1; K-Medoids: the nearest medoid;
Gaussian mixture: the segment of largest posterior probability). Only the model's feature columns are
needed, and the columns its row filters and outlier rules read (`--where`, `--outliers` at
training): a row they would have left out is not scored but reported (-1, note "excluded by the
model's filter:...").

Output (one or both):
  --out FILE           FILE's rows and columns plus `segment` (-1 = not scorable) and
                       `segment_note` (why a row was not scored, or what was imputed), last;
                       a Gaussian mixture model adds p_segment_0..p_segment_{k-1} after them,
                       each segment's membership probability (empty when not scored)
  --into-table T       with --db: the same rows into a new table T of that database, in one
                       transaction (T must not exist, and must not be read by the query)
  --replace-table      with --into-table: drop an existing table T first (same transaction)
  --quiet              no progress or notes on stderr
Prints the counts of scored and unscorable rows (with the reasons) and a drift report: columns
whose distribution moved since training (standardized mean shift > 0.25 or PSI > 0.2).
)";

constexpr const char* kSqlHelp = R"(Usage: gugus-cli model-sql MODEL.json --table NAME

Prints one SQL SELECT that returns every column of table NAME plus `segment`, computed inside the
database as the nearest centre of a saved K-Means or hierarchical model over the scaled features,
or over their principal components when the model reduces with PCA (standard SQL: CASE,
COALESCE, CAST, arithmetic; LN for log1p columns). Missing values take the training fill values;
an unseen category gets all-zero dummies (the CLI's `score` instead refuses such rows). Rows the
model's row filters or outlier rules leave out get a NULL segment.
)";

/// The counts of scored and unscorable rows, the most common reasons, and the drift report.
void printScoreReport(std::ostream& out, const core::SegmentModel& model, std::int64_t rows,
                      const core::ScoreResult& scored) {
    out << rows << " rows: " << scored.scored << " scored, " << scored.unscorable
        << " not scorable";
    if (scored.excluded > 0) {
        out << ", " << scored.excluded << " excluded by the model's row filters or outlier rules";
    }
    if (model.algorithm == core::Algorithm::Dbscan) {
        out << ", " << scored.noise << " atypical (no core customer within eps)";
    }
    out << ".\n";
    if (!scored.missingColumns.empty()) {
        out << "Missing feature columns:";
        for (const auto& c : scored.missingColumns) {
            out << " " << c;
        }
        out << "\n";
    }
    // The most common reasons, counted per distinct note.
    std::map<std::string, std::int64_t> reasons;
    for (std::size_t i = 0; i < scored.labels.size(); ++i) {
        if (scored.labels[i] < 0 && !scored.notes[i].empty()) {
            ++reasons[core::scoreNotesText(scored.notes[i])];
        }
    }
    int shown = 0;
    for (const auto& [reason, count] : reasons) {
        if (++shown > 10) {
            out << "  ... " << reasons.size() - 10 << " more reasons\n";
            break;
        }
        out << "  " << count << " x " << reason << "\n";
    }
    out << "\nDrift against the training data (" << model.trainingRows << " rows):\n";
    for (const auto& d : scored.drift) {
        out << printfString("  %-28s mean shift %+6.2f sd, PSI %.3f%s\n", d.column.c_str(),
                            d.meanShift, d.psi, d.flagged ? "  <- moved" : "");
    }
}

} // namespace

int runScore(const std::vector<std::string>& argv, const Console& console) {
    const Args args(argv, unite({kCsvOptions, kScoreOneOptions, {"out", "threads", "into-table"}}),
                    unite({kCommonFlags, {"replace-table"}}));
    if (printedHelp(args, console.out, {kScoreHelp, kScoreOneHelp, kCsvHelp, kDbHelp})) {
        return 0;
    }
    if (scoresOneCustomer(args)) {
        return runScoreOne(args, console);
    }
    if (args.has("min-support")) {
        throw UsageError("--min-support is for one customer (--row, --set)");
    }
    if (args.positional().empty()) {
        throw UsageError("score needs MODEL.json and FILE (see gugus-cli score --help)");
    }
    const InputSource source = inputSource(args, "score", 1);
    const auto out = args.get("out");
    const auto intoTable = args.get("into-table");
    if (intoTable && !args.has("db")) {
        throw UsageError("--into-table writes into the database of --db");
    }
    if (args.flag("replace-table") && !intoTable) {
        throw UsageError("--replace-table needs --into-table");
    }
    if (!out && !intoTable) {
        throw UsageError("score needs --out FILE");
    }
    core::checkOutputPaths({args.positional()[0], source.file}, {out.value_or("")});
    if (intoTable) {
        try {
            core::checkWriteTarget(dbSourceFrom(args), *intoTable);
        } catch (const core::Error& e) {
            if (core::isTableReadByQuery(e)) { // a data error, worded for the table it is
                throw std::runtime_error("output would overwrite an input: the table " +
                                         e.subject() +
                                         " is read by the query; choose another table");
            }
            if (e.code() != core::ErrorCode::InvalidOption) {
                throw; // a data error, as for files
            }
            throw UsageError("--into-table: " + e.detail());
        }
    }
    applyThreads(args);
    const core::SegmentModel model = core::SegmentModel::fromJson(
        core::readSmallFile(args.positional()[0], core::kMaxModelFileBytes));
    ConsoleProgress progress(console, args.flag("quiet"));
    const auto loaded = loadTable(source.name, args, console.err, progress);
    const core::ScoreResult scored = core::scoreTable(model, loaded.table, progress);
    if (!scored.missingColumns.empty()) { // no row can be scored: say why, write nothing
        std::string list;
        for (const auto& c : scored.missingColumns) {
            list += (list.empty() ? "" : ", ") + c;
        }
        throw core::Error(core::ErrorCode::UnknownColumn, list, -1, -1,
                          "the file lacks columns the model's features or row filters read; no "
                          "row can be scored");
    }

    std::vector<std::string> segment(scored.labels.size());
    std::vector<std::string> notes(segment.size());
    for (std::size_t i = 0; i < segment.size(); ++i) {
        segment[i] = std::to_string(scored.labels[i]);
        notes[i] = core::scoreNotesText(scored.notes[i]);
    }
    std::vector<core::CsvExtraColumn> extra{{"segment", std::move(segment)},
                                            {"segment_note", std::move(notes)}};
    if (model.gmm) { // a Gaussian mixture's membership probabilities (empty when not scored)
        std::vector<std::int64_t> rowOf(scored.labels.size());
        for (std::size_t i = 0; i < rowOf.size(); ++i) {
            rowOf[i] = std::int64_t(i);
        }
        for (auto& column : probabilityColumns(scored.probabilities, rowOf)) {
            extra.push_back(std::move(column));
        }
    }
    if (out) {
        core::writeCsvFile(*out, loaded.table, extra, core::CsvWriteOptions{}, progress);
    }
    if (intoTable) {
        withDatabase(args, [&](const core::DbSource& db) {
            core::writeDbTable(db, *intoTable, loaded.table, extra,
                               args.flag("replace-table") ? core::DbWriteMode::Replace
                                                          : core::DbWriteMode::Create,
                               progress);
        });
        console.out << "Wrote " << loaded.table.rowCount() << " rows into table " << *intoTable
                    << ".\n";
    }
    printScoreReport(console.out, model, loaded.table.rowCount(), scored);
    return 0;
}

int runModelSql(const std::vector<std::string>& argv, const Console& console) {
    const Args args(argv, {"table"}, kCommonFlags);
    if (printedHelp(args, console.out, {kSqlHelp})) {
        return 0;
    }
    if (args.positional().size() != 1 || !args.get("table")) {
        throw UsageError("model-sql needs MODEL.json and --table NAME (see --help)");
    }
    const core::SegmentModel model = core::SegmentModel::fromJson(
        core::readSmallFile(args.positional()[0], core::kMaxModelFileBytes));
    console.out << core::modelSql(model, *args.get("table")) << ";\n";
    return 0;
}

} // namespace gugus::cli
