#include "profile/segment_profile.h"

#include "common/error.h"
#include "common/parallel.h"
#include "numeric/quantile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Group index of a label: segments 0..k-1, noise = k; -1 = not profiled.
int groupOf(int label, int k) {
    if (label >= 0 && label < k) {
        return label;
    }
    return label == kNoise ? k : -1;
}

ColumnProfile numericProfile(const Column& col, const std::vector<std::int64_t>& rows) {
    ColumnProfile p;
    std::vector<double> present;
    present.reserve(rows.size());
    for (std::int64_t r : rows) {
        const double v = col.values()[std::size_t(r)];
        if (std::isfinite(v)) {
            present.push_back(v);
        } else {
            ++p.missing;
        }
    }
    p.count = std::int64_t(present.size());
    if (present.empty()) {
        p.mean = p.median = p.std = kNaN;
        return p;
    }
    double sum = 0.0;
    for (double v : present) {
        sum += v;
    }
    p.mean = sum / double(present.size());
    double ss = 0.0;
    for (double v : present) {
        ss += (v - p.mean) * (v - p.mean);
        if (v == 1.0) {
            ++p.owners;
        }
    }
    p.std = std::sqrt(ss / double(present.size()));
    p.median = medianInPlace(present);
    p.rate = double(p.owners) / double(p.count);
    return p;
}

ColumnProfile categoricalProfile(const Column& col, const std::vector<std::int64_t>& rows) {
    ColumnProfile p;
    std::vector<std::int64_t> counts(col.categories().size(), 0);
    for (std::int64_t r : rows) {
        const std::int32_t c = col.codes()[std::size_t(r)];
        if (c >= 0) {
            ++counts[std::size_t(c)];
            ++p.count;
        } else {
            ++p.missing;
        }
    }
    for (std::size_t c = 0; c < counts.size(); ++c) {
        CategoryStat s;
        s.category = col.categories()[c];
        s.count = counts[c];
        s.share = p.count > 0 ? double(counts[c]) / double(p.count) : kNaN;
        p.categories.push_back(s);
    }
    return p;
}

void compareWithOverall(ColumnProfile& p, const ColumnProfile& all) {
    if (p.type == ColumnType::Categorical) {
        for (std::size_t c = 0; c < p.categories.size(); ++c) {
            CategoryStat& s = p.categories[c];
            s.overallShare = all.categories[c].share;
            s.lift = s.overallShare > 0.0 ? s.share / s.overallShare : kNaN;
            const double sd = std::sqrt(s.overallShare * (1.0 - s.overallShare));
            s.stdDiff = sd > 0.0 ? (s.share - s.overallShare) / sd : 0.0;
        }
        return;
    }
    p.stdDiff = all.std > 0.0 ? (p.mean - all.mean) / all.std : 0.0;
    if (p.type == ColumnType::Binary) {
        p.overallRate = all.rate;
        p.lift = all.rate > 0.0 ? p.rate / all.rate : kNaN;
    }
}

/// Eta squared for numeric columns, Cramér's V for categorical ones.
double association(const ColumnProfile& all, const std::vector<ColumnProfile>& groups) {
    if (all.type != ColumnType::Categorical) {
        if (!(all.std > 0.0) || all.count == 0) {
            return 0.0;
        }
        double between = 0.0;
        for (const auto& g : groups) {
            if (g.count > 0) {
                between += double(g.count) * (g.mean - all.mean) * (g.mean - all.mean);
            }
        }
        return between / (double(all.count) * all.std * all.std);
    }
    double chi2 = 0.0;
    std::size_t usedCategories = 0;
    for (std::size_t c = 0; c < all.categories.size(); ++c) {
        if (all.categories[c].count > 0) {
            ++usedCategories;
        }
    }
    std::size_t usedGroups = 0;
    for (const auto& g : groups) {
        if (g.count == 0) {
            continue;
        }
        ++usedGroups;
        for (std::size_t c = 0; c < all.categories.size(); ++c) {
            const double expected = double(g.count) * all.categories[c].share;
            if (expected > 0.0) {
                const double d = double(g.categories[c].count) - expected;
                chi2 += d * d / expected;
            }
        }
    }
    const double m = double(std::min(usedCategories, usedGroups)) - 1.0;
    if (m <= 0.0 || all.count == 0) {
        return 0.0;
    }
    return std::sqrt(chi2 / (double(all.count) * m));
}

} // namespace

ProfileResult profileSegments(const Table& table, const Labels& labels, int k, const Recipe& recipe,
                              Progress& progress) {
    if (std::int64_t(labels.size()) != table.rowCount()) {
        throw Error(ErrorCode::InvalidOption, "labels", -1, -1,
                    std::to_string(labels.size()) + " labels for " +
                        std::to_string(table.rowCount()) + " rows");
    }
    const bool hasNoise = std::find(labels.begin(), labels.end(), kNoise) != labels.end();
    const int groups = k + (hasNoise ? 1 : 0);
    std::vector<std::vector<std::int64_t>> groupRows(std::size_t(k + 1));
    std::vector<std::int64_t> allRows;
    for (std::int64_t r = 0; r < table.rowCount(); ++r) {
        const int g = groupOf(labels[std::size_t(r)], k);
        if (g >= 0) {
            groupRows[std::size_t(g)].push_back(r);
            allRows.push_back(r);
        }
    }

    ProfileResult result;
    result.rows = std::int64_t(allRows.size());
    std::vector<const ColumnSpec*> specs;
    for (const auto& spec : recipe.columns) {
        if ((spec.role == Role::Feature || spec.role == Role::ProfileOnly) &&
            table.indexOf(spec.name) && table.column(spec.name).type() != ColumnType::Id) {
            specs.push_back(&spec);
            result.columns.push_back(spec.name);
        }
    }
    const std::size_t nCols = specs.size();
    result.overall.resize(nCols);
    result.separation.resize(nCols);
    std::vector<std::vector<ColumnProfile>> perGroup(
        nCols, std::vector<ColumnProfile>(std::size_t(groups)));
    parallelBlocks(std::int64_t(nCols), 1, [&](std::int64_t ci, std::int64_t, std::int64_t) {
        progress.throwIfCancelled();
        const auto c = std::size_t(ci);
        const Column& col = table.column(specs[c]->name);
        const auto describe = [&](const std::vector<std::int64_t>& rows) {
            ColumnProfile p = col.type() == ColumnType::Categorical ? categoricalProfile(col, rows)
                                                                    : numericProfile(col, rows);
            p.column = col.name();
            p.type = col.type();
            p.role = specs[c]->role;
            p.group = specs[c]->group;
            return p;
        };
        ColumnProfile all = describe(allRows);
        all.overallRate = all.rate;
        all.lift = 1.0;
        if (all.type == ColumnType::Categorical) {
            for (auto& s : all.categories) {
                s.overallShare = s.share;
                s.lift = 1.0;
            }
        }
        ColumnSeparation sep;
        sep.column = col.name();
        for (int g = 0; g < groups; ++g) {
            ColumnProfile p = describe(groupRows[std::size_t(g)]);
            compareWithOverall(p, all);
            if (g < k) { // noise does not count towards how well segments separate
                sep.maxAbsStdDiff = std::max(sep.maxAbsStdDiff, std::abs(p.stdDiff));
                for (const auto& s : p.categories) {
                    if (std::isfinite(s.stdDiff)) {
                        sep.maxAbsStdDiff = std::max(sep.maxAbsStdDiff, std::abs(s.stdDiff));
                    }
                }
            }
            perGroup[c][std::size_t(g)] = std::move(p);
        }
        std::vector<ColumnProfile> segmentsOnly(perGroup[c].begin(), perGroup[c].begin() + k);
        sep.association = association(all, segmentsOnly);
        result.overall[c] = std::move(all);
        result.separation[c] = sep;
    });

    for (int g = 0; g < groups; ++g) {
        SegmentProfile seg;
        seg.segment = g < k ? g : kNoise;
        seg.size = std::int64_t(groupRows[std::size_t(g)].size());
        seg.share = result.rows > 0 ? double(seg.size) / double(result.rows) : 0.0;
        for (std::size_t c = 0; c < nCols; ++c) {
            seg.columns.push_back(std::move(perGroup[c][std::size_t(g)]));
        }
        result.segments.push_back(std::move(seg));
    }
    progress.report(1, 1, "profile");
    return result;
}

} // namespace gugus::core
