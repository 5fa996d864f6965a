// scoreCustomer: one customer typed in by hand, scored through scoreTable so the segment cannot
// differ from the batch's, then measured against every segment and offered their products.
#include "model/customer_score.h"

#include "cluster/dbscan.h"
#include "common/error.h"
#include "model/score_detail.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace gugus::core {

namespace {

std::optional<double> parseNumber(const std::string& text) {
    double v = 0.0;
    const char* last = text.data() + text.size();
    const auto [end, ec] = std::from_chars(text.data(), last, v);
    if (text.empty() || ec != std::errc() || end != last) {
        return std::nullopt;
    }
    return v;
}

/// A one-row text column: scoreTable reads categories as text and parses numbers itself (a value
/// that does not parse becomes its NotANumber note, as in a file).
Column textColumn(const std::string& name, const std::string& value) {
    if (value.empty()) {
        return Column::categorical(name, {-1}, {});
    }
    return Column::categorical(name, {0}, {value});
}

/// A column only the row rules read: numeric when its value is a number or a bound or outlier
/// rule needs a number (as the CSV reader would type it), else text.
Column ruleColumn(const FittedRecipe& recipe, const std::string& name, const std::string& value) {
    bool numeric = std::any_of(recipe.outliers().begin(), recipe.outliers().end(),
                               [&](const FittedOutlier& o) { return o.rule.column == name; });
    for (const RowFilter& f : recipe.recipe().filters) {
        numeric = numeric ||
                  (f.column == name && (f.op == FilterOp::AtLeast || f.op == FilterOp::AtMost));
    }
    const auto number = parseNumber(value);
    if (number || (numeric && value.empty())) {
        return Column::numeric(name, {number.value_or(std::numeric_limits<double>::quiet_NaN())});
    }
    return textColumn(name, value);
}

/// The customer's distance to every segment under the model's rule (`x`: the prepared row,
/// before any reduction; `gower`: its raw values for Gower K-Medoids).
std::vector<double> distances(const SegmentModel& model, const FeatureMatrix& x,
                              const std::optional<FeatureMatrix>& gower) {
    const FeatureMatrix reduced = model.reduction ? model.reduction->transform(x) : x;
    std::vector<double> out(std::size_t(model.k), std::numeric_limits<double>::infinity());
    if (model.algorithm == Algorithm::Dbscan) { // the nearest core customer of each segment
        for (std::int64_t c = 0; c < model.coreRows.rows(); ++c) {
            const double d = (model.coreRows.row(c) - reduced.row(0)).norm();
            double& best = out[std::size_t(model.coreLabels[std::size_t(c)])];
            best = std::min(best, d);
        }
        return out;
    }
    if (model.algorithm == Algorithm::KMedoids && model.metric != Dissimilarity::Euclidean) {
        const bool isGower = model.metric == Dissimilarity::Gower;
        if (isGower && (!model.gower || !gower)) {
            throw Error(ErrorCode::InvalidOption, "gower_values", -1, -1,
                        "Gower scoring needs the raw rows");
        }
        const RowDistance distance = isGower ? RowDistance(*model.gower)
                                             : RowDistance(Dissimilarity::Manhattan, model.centres);
        const double* row = isGower ? gower->data() : reduced.data();
        for (int s = 0; s < model.k; ++s) {
            out[std::size_t(s)] = distance.between(row, distance.row(s));
        }
        return out;
    }
    for (int s = 0; s < model.k; ++s) { // centres, medoids or segment means: Euclidean
        out[std::size_t(s)] = (model.centres.row(s) - reduced.row(0)).norm();
    }
    return out;
}

/// Numeric feature values outside their training range (the row is still scored).
void noteOutOfRange(const SegmentModel& model, const Table& table, CustomerScore& out) {
    for (const ColumnReference& ref : model.columns) {
        if (ref.categorical || !std::isfinite(ref.min)) {
            continue;
        }
        const Column& col = table.column(ref.name);
        const auto v = parseNumber(col.toText(0));
        if (v && std::isfinite(*v) && (*v < ref.min || *v > ref.max)) {
            out.notes.push_back({ScoreNote::Kind::OutOfRange, ref.name, col.toText(0)});
        }
    }
}

/// The segment's products owned by at least `minSupport` of it, less those the customer owns.
void addOffers(const SegmentModel& model, const std::vector<CustomerValue>& values,
               double minSupport, CustomerScore& out) {
    out.offersKnown = model.offers.has_value();
    if (!model.offers || out.segment < 0) {
        return;
    }
    for (const ProductOffer& p : model.offers->segments[std::size_t(out.segment)].products) {
        if (p.rate < minSupport) {
            continue;
        }
        const auto given = std::find_if(values.begin(), values.end(), [&](const CustomerValue& v) {
            return v.column == p.product;
        });
        const std::string value = given == values.end() ? std::string() : given->value;
        const auto number = parseNumber(value);
        if (number && *number == 1.0) {
            out.owned.push_back(p.product);
            continue;
        }
        const bool known = number && *number == 0.0;
        if (!value.empty() && !known) {
            out.notes.push_back({ScoreNote::Kind::NotANumber, p.product, value});
        }
        out.offers.push_back({p, known});
    }
}

} // namespace

std::vector<std::string> customerColumns(const SegmentModel& model) {
    std::vector<std::string> out;
    const auto add = [&](const std::string& name) {
        if (std::find(out.begin(), out.end(), name) == out.end()) {
            out.push_back(name);
        }
    };
    for (const FittedColumn& fc : model.recipe.columns()) {
        add(fc.spec.name);
    }
    for (const std::string& name : detail::rowRuleColumns(model.recipe)) {
        add(name);
    }
    if (model.offers) {
        for (const std::string& name : model.offers->products) {
            add(name);
        }
    }
    return out;
}

CustomerScore scoreCustomer(const SegmentModel& model, const std::vector<CustomerValue>& values,
                            double minSupport) {
    const std::vector<std::string> columns = customerColumns(model);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::string& name = values[i].column;
        if (std::find(columns.begin(), columns.end(), name) == columns.end()) {
            throw Error(ErrorCode::UnknownColumn, name, -1, -1,
                        "not a column of the model's features, row rules or products");
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (values[j].column == name) {
                throw Error(ErrorCode::InvalidOption, name, -1, -1, "given twice");
            }
        }
    }
    const auto valueOf = [&](const std::string& name) {
        for (const CustomerValue& v : values) {
            if (v.column == name) {
                return v.value;
            }
        }
        return std::string();
    };
    Table table;
    for (const FittedColumn& fc : model.recipe.columns()) {
        table.addColumn(textColumn(fc.spec.name, valueOf(fc.spec.name)));
    }
    for (const std::string& name : detail::rowRuleColumns(model.recipe)) {
        table.addColumn(ruleColumn(model.recipe, name, valueOf(name)));
    }

    CustomerScore out;
    out.measure =
        model.gmm ? CustomerScore::Measure::Probability : CustomerScore::Measure::Distance;
    out.distance = model.algorithm == Algorithm::KMedoids ? model.metric : Dissimilarity::Euclidean;
    out.reduced = model.reduction.has_value() &&
                  !(model.algorithm == Algorithm::KMedoids && model.metric == Dissimilarity::Gower);
    out.eps = model.eps;
    NullProgress progress;
    detail::PreparedScoring prepared;
    const ScoreResult scored = detail::scoreTable(model, table, progress, &prepared);
    out.segment = scored.labels[0];
    out.notes = scored.notes[0];
    if (out.segment >= 0 && out.segment < int(model.names.size())) {
        out.name = model.names[std::size_t(out.segment)];
    }
    if (!prepared.rows.empty()) { // prepared and not left out by the row rules
        if (model.gmm) {
            const auto p = scored.probabilities.row(0);
            out.values.assign(p.data(), p.data() + p.size());
        } else {
            out.values = distances(model, prepared.x, prepared.gower);
        }
    }
    noteOutOfRange(model, table, out);
    addOffers(model, values, minSupport, out);
    return out;
}

} // namespace gugus::core
