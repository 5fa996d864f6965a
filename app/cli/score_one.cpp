// `gugus-cli score MODEL --row "Usia=35,Area=Jakarta"`: one customer typed in, scored through the
// same path as a file's rows (core::scoreCustomer), printed for a person to read.
#include "score_one.h"

#include "text_format.h"

#include "common/error.h"
#include "common/small_file.h"

#include <algorithm>

namespace gugus::cli {

const std::set<std::string> kScoreOneOptions{"row", "set", "min-support"};

const char* const kScoreOneHelp =
    R"(One customer (instead of FILE):
  gugus-cli score MODEL.json --row "Usia=35,Area=Jakarta" [--set "Alamat=Jl. Sudirman, 5"]
  --row PAIRS          COLUMN=VALUE pairs separated by commas; each pair is split at its first
                       '=', spaces around columns and values are dropped; may repeat
  --set COLUMN=VALUE   one pair whose VALUE is taken verbatim after the first '=' (for values
                       that hold a comma); may repeat, and may be mixed with --row
  --min-support S      offer products owned by at least this share of the segment (default 0.3)
The columns are the model's features, the columns its row filters and outlier rules read, and
its product columns (0 = does not own, 1 = owns); identifier columns are not needed. A column
that is not given is a missing value: imputed as the model's recipe says (note "imputed"), or
the customer is not scored when the recipe drops such rows. An unknown column, a pair without
'=' or a column given twice is a usage error (exit 2). Prints the segment and its name, the
distance to every segment under the model's rule (a Gaussian mixture: the membership
probability of every segment), notes (imputed values, unseen categories, values outside the
training range, rows the model's row rules leave out) and the segment's offers less the products
the customer owns.
)";

namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

core::CustomerValue pairOf(const std::string& item, const std::string& option, bool verbatim) {
    const auto eq = item.find('=');
    if (eq == std::string::npos) {
        throw UsageError("--" + option + " '" + item + "' must be COLUMN=VALUE");
    }
    const std::string column = trimmed(item.substr(0, eq));
    if (column.empty()) {
        throw UsageError("--" + option + " '" + item + "' has no column name before '='");
    }
    const std::string value = item.substr(eq + 1);
    return {column, verbatim ? value : trimmed(value)};
}

std::string percent(double share) {
    return printfString("%.0f%%", 100.0 * share);
}

void printValues(std::ostream& out, const core::SegmentModel& model, const core::CustomerScore& c) {
    if (c.values.empty()) {
        out << "\nNo distances: the customer could not be prepared for the model (see the "
               "notes).\n";
        return;
    }
    const bool probability = c.measure == core::CustomerScore::Measure::Probability;
    if (probability) {
        out << "\nMembership probability of each segment (Gaussian mixture; the customer's "
               "segment is the most probable):\n";
    } else {
        out << "\nDistance to each segment (" << core::dissimilarityKey(c.distance) << ", "
            << (c.distance == core::Dissimilarity::Gower
                    ? "over the raw columns"
                    : (c.reduced ? "over the model's PCA components" : "over the scaled features"))
            << "; ";
        out << (model.algorithm == core::Algorithm::Dbscan
                    ? printfString("to the nearest core customer of each segment; farther than "
                                   "eps = %.6g from all of them is atypical",
                                   c.eps)
                    : std::string("the customer's segment is the nearest"))
            << "):\n";
    }
    out << printfString("  %-8s %-28s %12s\n", "segment", "name",
                        probability ? "probability" : "distance");
    for (int s = 0; s < model.k; ++s) {
        const std::string name =
            s < int(model.names.size()) ? model.names[std::size_t(s)] : std::string();
        const double v = c.values[std::size_t(s)];
        out << printfString("  %-8d %-28s %12s%s\n", s, name.c_str(),
                            printfString("%.4f", v).c_str(), s == c.segment ? "  <- segment" : "");
    }
}

void printOffers(std::ostream& out, const core::CustomerScore& c, double support) {
    out << "\nOffers:\n";
    if (!c.offersKnown) {
        out << "  The model holds no product ownership data (its training data had no 0/1 "
               "product column, or it was saved by an older version), so no product can be "
               "offered.\n";
        return;
    }
    if (c.segment < 0) {
        out << "  None: the customer has no segment.\n";
        return;
    }
    if (c.offers.empty()) {
        out << "  None: no product owned by at least " << percent(support)
            << " of the segment that the customer does not own.\n";
    }
    for (const core::CustomerOffer& o : c.offers) {
        const auto& p = o.product;
        out << printfString("  %-28s owned by %s of the segment", p.product.c_str(),
                            percent(p.rate).c_str());
        if (std::isfinite(p.lift)) {
            out << printfString(", %.1fx the average", p.lift);
        }
        out << (o.ownershipKnown ? "" : " (ownership not given)") << "\n";
    }
    if (!c.owned.empty()) {
        out << "  Already owns:";
        for (const auto& product : c.owned) {
            out << " " << product;
        }
        out << "\n";
    }
}

} // namespace

bool scoresOneCustomer(const Args& args) {
    return args.has("row") || args.has("set");
}

std::vector<core::CustomerValue> customerValuesFrom(const Args& args) {
    std::vector<core::CustomerValue> values;
    for (const std::string& row : args.all("row")) {
        std::size_t start = 0;
        while (start <= row.size()) {
            const auto comma = std::min(row.find(',', start), row.size());
            const std::string item = row.substr(start, comma - start);
            if (trimmed(item).empty()) {
                throw UsageError("--row '" + row +
                                 "' has an empty pair (two commas, or one at "
                                 "an end)");
            }
            values.push_back(pairOf(item, "row", false));
            start = comma + 1;
        }
    }
    for (const std::string& set : args.all("set")) {
        values.push_back(pairOf(set, "set", true));
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (values[j].column == values[i].column) {
                throw UsageError("column '" + values[i].column + "' is given twice");
            }
        }
    }
    return values;
}

int runScoreOne(const Args& args, const Console& console) {
    if (args.positional().size() != 1) {
        throw UsageError("score with --row or --set takes MODEL.json only, no FILE");
    }
    for (const char* option : {"out", "db", "query", "query-file", "into-table"}) {
        if (args.has(option)) {
            throw UsageError(std::string("--") + option +
                             " is for scoring a file; --row and --set score one customer");
        }
    }
    const double support = args.getDouble("min-support", core::kDefaultOfferSupport);
    if (!(support >= 0 && support <= 1)) {
        throw UsageError("--min-support must be in [0, 1]");
    }
    const std::vector<core::CustomerValue> values = customerValuesFrom(args);
    const core::SegmentModel model = core::SegmentModel::fromJson(
        core::readSmallFile(args.positional()[0], core::kMaxModelFileBytes));
    const std::vector<std::string> columns = core::customerColumns(model);
    for (const core::CustomerValue& v : values) {
        if (std::find(columns.begin(), columns.end(), v.column) == columns.end()) {
            std::string known;
            for (const auto& c : columns) {
                known += (known.empty() ? "" : ", ") + c;
            }
            throw UsageError("unknown column '" + v.column + "': the model reads " + known);
        }
    }
    const core::CustomerScore c = core::scoreCustomer(model, values, support);
    std::ostream& out = console.out;
    if (c.segment >= 0) {
        out << "Segment: " << c.segment << (c.name.empty() ? "" : " \"" + c.name + "\"") << "\n";
    } else {
        const bool atypical = std::any_of(c.notes.begin(), c.notes.end(), [](const auto& n) {
            return n.kind == core::ScoreNote::Kind::Atypical;
        });
        out << "Segment: none ("
            << (atypical ? "atypical: no core customer within eps" : "not scored, see the notes")
            << ")\n";
    }
    printValues(out, model, c);
    out << "\nNotes:" << (c.notes.empty() ? " none" : "") << "\n";
    for (const core::ScoreNote& note : c.notes) {
        out << "  " << core::scoreNotesText({note}) << "\n";
    }
    printOffers(out, c, support);
    return 0;
}

} // namespace gugus::cli
