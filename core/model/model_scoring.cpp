// scoreTable: checks each row against the saved recipe, prepares the scorable rows, assigns them,
// and compares the file's feature distributions with the training data (drift).
#include "model/segment_model.h"

#include "model/score_detail.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace gugus::core {

namespace detail {

std::vector<std::string> rowRuleColumns(const FittedRecipe& recipe) {
    std::vector<std::string> out;
    auto add = [&](const std::string& name) {
        const bool feature =
            std::any_of(recipe.columns().begin(), recipe.columns().end(),
                        [&](const FittedColumn& fc) { return fc.spec.name == name; });
        if (!feature && std::find(out.begin(), out.end(), name) == out.end()) {
            out.push_back(name);
        }
    };
    for (const auto& f : recipe.recipe().filters) {
        add(f.column);
    }
    for (const auto& o : recipe.outliers()) {
        add(o.rule.column);
    }
    return out;
}

} // namespace detail

namespace {

constexpr double kShiftLimit = 0.25; ///< |standardized mean shift| above this is flagged
constexpr double kPsiLimit = 0.2;    ///< PSI above this is flagged (0.1-0.2: moderate)

/// Population stability index of `now` against `before` (shares), each share floored at 1e-4.
double psi(const std::vector<double>& before, const std::vector<double>& now) {
    double sum = 0;
    for (std::size_t i = 0; i < before.size() && i < now.size(); ++i) {
        const double b = std::max(before[i], 1e-4);
        const double a = std::max(now[i], 1e-4);
        sum += (a - b) * std::log(a / b);
    }
    return sum;
}

DriftItem driftOf(const ColumnReference& ref, const Column& col, const Column* numeric) {
    DriftItem item;
    item.column = ref.name;
    if (ref.categorical) {
        std::vector<double> shares(ref.labels.size() + 1, 0.0); // last: categories not seen
        double counted = 0;
        for (std::int64_t r = 0; r < col.size(); ++r) {
            if (col.isMissing(r)) {
                continue;
            }
            const std::string label = col.toText(r);
            const auto it = std::find(ref.labels.begin(), ref.labels.end(), label);
            shares[std::size_t(it - ref.labels.begin())] += 1;
            counted += 1;
        }
        for (double& s : shares) {
            s = counted > 0 ? s / counted : 0.0;
        }
        std::vector<double> before = ref.shares;
        before.push_back(0.0);
        item.psi = counted > 0 ? psi(before, shares) : 0.0;
    } else {
        std::vector<double> shares(ref.edges.size() + 1, 0.0);
        double sum = 0;
        double counted = 0;
        for (const double v : numeric->values()) {
            if (!std::isfinite(v)) {
                continue;
            }
            sum += v;
            counted += 1;
            shares[std::size_t(std::lower_bound(ref.edges.begin(), ref.edges.end(), v) -
                               ref.edges.begin())] += 1;
        }
        if (counted > 0) {
            for (double& s : shares) {
                s /= counted;
            }
            item.meanShift = ref.std > 0 ? (sum / counted - ref.mean) / ref.std : 0.0;
            item.psi = psi(ref.shares, shares);
        }
    }
    item.flagged = std::abs(item.meanShift) > kShiftLimit || item.psi > kPsiLimit;
    return item;
}

} // namespace

std::string scoreNotesText(const std::vector<ScoreNote>& notes) {
    std::string text;
    for (const ScoreNote& n : notes) {
        text += text.empty() ? "" : "; ";
        switch (n.kind) {
        case ScoreNote::Kind::MissingColumns:
            text += "missing column " + n.column;
            break;
        case ScoreNote::Kind::MissingValue:
            text += "missing value: " + n.column;
            break;
        case ScoreNote::Kind::Imputed:
            text += "imputed: " + n.column;
            break;
        case ScoreNote::Kind::UnseenCategory:
            text += "unseen category: " + n.column + "=" + n.value;
            break;
        case ScoreNote::Kind::NotANumber:
            text += "not a number: " + n.column + "=" + n.value;
            break;
        case ScoreNote::Kind::InfiniteValue:
            text += "infinite value: " + n.column;
            break;
        case ScoreNote::Kind::BelowLog1p:
            text += "value <= -1 for log1p: " + n.column;
            break;
        case ScoreNote::Kind::Atypical:
            text += "atypical: no core customer within eps";
            break;
        case ScoreNote::Kind::Excluded:
            text += "excluded by the model's " + n.value;
            break;
        case ScoreNote::Kind::RulesUnchecked:
            text += "cannot check the row filters: " + n.value;
            break;
        case ScoreNote::Kind::OutOfRange:
            text += "outside the training range: " + n.column + "=" + n.value;
            break;
        }
    }
    return text;
}

ScoreResult scoreTable(const SegmentModel& model, const Table& table, Progress& progress) {
    return detail::scoreTable(model, table, progress, nullptr);
}

namespace detail {

ScoreResult scoreTable(const SegmentModel& model, const Table& table, Progress& progress,
                       PreparedScoring* kept) {
    const std::int64_t n = table.rowCount();
    ScoreResult out;
    out.labels.assign(std::size_t(n), -1);
    if (model.gmm) { // rows left unscored keep NaN probabilities
        out.probabilities =
            ProbabilityMatrix::Constant(n, model.k, std::numeric_limits<double>::quiet_NaN());
    }
    out.notes.assign(std::size_t(n), {});
    using Kind = ScoreNote::Kind;
    const auto note = [&](std::int64_t r, Kind kind, const std::string& column,
                          std::string value = {}) {
        auto& notes = out.notes[std::size_t(r)];
        ScoreNote added{kind, column, std::move(value)};
        if (std::find(notes.begin(), notes.end(), added) == notes.end()) {
            notes.push_back(std::move(added));
        }
    };
    for (const FittedColumn& fc : model.recipe.columns()) {
        if (!table.indexOf(fc.spec.name)) {
            out.missingColumns.push_back(fc.spec.name);
        }
    }
    const std::vector<std::string> ruleColumns = detail::rowRuleColumns(model.recipe);
    for (const auto& name : ruleColumns) {
        if (!table.indexOf(name)) {
            out.missingColumns.push_back(name); // cannot tell whether a row passes the filters
        }
    }
    if (!out.missingColumns.empty()) {
        std::string list;
        for (const auto& c : out.missingColumns) {
            list += (list.empty() ? "" : ", ") + c;
        }
        for (std::int64_t r = 0; r < n; ++r) {
            note(r, Kind::MissingColumns, list);
        }
        out.unscorable = n;
        return out;
    }

    // Only the feature columns (numbers parsed where the file has text) go on to the recipe: the
    // rest of a wide file is never copied.
    Table work;
    std::vector<char> ok(std::size_t(n), 1);
    for (std::size_t c = 0; c < model.recipe.columns().size(); ++c) {
        progress.throwIfCancelled();
        const FittedColumn& fc = model.recipe.columns()[c];
        const std::int64_t index = *table.indexOf(fc.spec.name);
        const Column& col = table.column(index);
        const bool drop = fc.spec.imputation == Imputation::DropRows;
        const std::string& name = fc.spec.name;
        if (fc.type == ColumnType::Categorical) {
            for (std::int64_t r = 0; r < n; ++r) {
                if (col.isMissing(r)) {
                    if (drop) {
                        ok[std::size_t(r)] = 0;
                        note(r, Kind::MissingValue, name);
                    } else {
                        note(r, Kind::Imputed, name);
                    }
                    continue;
                }
                const std::string label = col.toText(r);
                if (std::find(fc.categories.begin(), fc.categories.end(), label) ==
                    fc.categories.end()) {
                    ok[std::size_t(r)] = 0;
                    note(r, Kind::UnseenCategory, name, label);
                }
            }
            out.drift.push_back(driftOf(model.columns[c], col, nullptr));
            work.addColumn(col);
            continue;
        }
        const bool converted = !col.isNumericLike();
        work.addColumn(converted ? col.convertedTo(ColumnType::Numeric) : col);
        const Column& numeric = work.column(work.columnCount() - 1);
        for (std::int64_t r = 0; r < n; ++r) {
            const double v = numeric.values()[std::size_t(r)];
            if (std::isnan(v) && converted && !col.isMissing(r)) {
                ok[std::size_t(r)] = 0;
                note(r, Kind::NotANumber, name, col.toText(r));
            } else if (std::isinf(v)) {
                ok[std::size_t(r)] = 0;
                note(r, Kind::InfiniteValue, name);
            } else if (std::isnan(v)) {
                if (drop) {
                    ok[std::size_t(r)] = 0;
                    note(r, Kind::MissingValue, name);
                } else {
                    note(r, Kind::Imputed, name);
                }
            } else if (fc.spec.transform == Transform::Log1p && !(v > -1.0)) {
                ok[std::size_t(r)] = 0;
                note(r, Kind::BelowLog1p, name);
            }
        }
        out.drift.push_back(driftOf(model.columns[c], col, &numeric));
    }

    // The columns that only the filters and outlier rules read (numbers parsed as for features).
    for (const auto& name : ruleColumns) {
        const Column& col = table.column(name);
        const bool numeric =
            std::any_of(model.recipe.outliers().begin(), model.recipe.outliers().end(),
                        [&](const FittedOutlier& f) { return f.rule.column == name; });
        work.addColumn(numeric && !col.isNumericLike() ? col.convertedTo(ColumnType::Numeric)
                                                       : col);
    }

    std::vector<std::int64_t> rows;
    for (std::int64_t r = 0; r < n; ++r) {
        if (ok[std::size_t(r)]) {
            rows.push_back(r);
        }
    }
    out.unscorable = n - std::int64_t(rows.size());
    if (rows.empty()) {
        return out;
    }
    const Table scorable = work.selectRows(rows);
    PreparedData prepared;
    try {
        prepared = model.recipe.apply(scorable, progress);
    } catch (const Error& e) {
        // A filter's bound on a column that holds text here: no row can be checked.
        for (std::int64_t r : rows) {
            ok[std::size_t(r)] = 0;
            note(r, Kind::RulesUnchecked, {}, e.what());
        }
        out.unscorable = n;
        return out;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string& reason = prepared.selection.reason(std::int64_t(i));
        if (!reason.empty()) {
            ++out.excluded;
            note(rows[i], Kind::Excluded, {}, reason);
        }
    }
    // Gower K-Medoids compares the raw values (missing ones skipped, not imputed).
    std::optional<FeatureMatrix> gowerRows;
    if (model.algorithm == Algorithm::KMedoids && model.metric == Dissimilarity::Gower) {
        gowerRows = gowerValues(scorable, model.recipe, prepared.rows);
    }
    const Labels labels = model.assign(prepared.x, gowerRows ? &*gowerRows : nullptr);
    ProbabilityMatrix probabilities;
    if (model.gmm) {
        probabilities = model.probabilities(prepared.x);
    }
    if (kept) {
        kept->x = prepared.x;
        kept->gower = gowerRows;
        kept->rows.clear();
        for (const std::int64_t i : prepared.rows) {
            kept->rows.push_back(rows[std::size_t(i)]);
        }
    }
    for (std::size_t i = 0; i < prepared.rows.size(); ++i) {
        const std::int64_t r = rows[std::size_t(prepared.rows[i])];
        out.labels[std::size_t(r)] = labels[i];
        if (model.gmm) {
            out.probabilities.row(r) = probabilities.row(std::int64_t(i));
        }
        if (labels[i] == kNoise) {
            ++out.noise;
            note(r, Kind::Atypical, {});
        } else {
            ++out.scored;
        }
    }
    progress.report(1, 1, "score");
    return out;
}

} // namespace detail

} // namespace gugus::core
