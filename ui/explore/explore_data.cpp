#include "explore/explore_data.h"

#include "common/matrix.h"
#include "numeric/quantile.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace gugus::ui {

namespace {

constexpr std::size_t kMaxOutliers = 2000;

const core::Column* find(const core::Table& table, const std::string& name) {
    if (name.empty()) {
        return nullptr;
    }
    const auto index = table.indexOf(name);
    return index ? &table.column(*index) : nullptr;
}

BoxStats boxOf(std::vector<double> v, const QString& label) {
    BoxStats b;
    b.label = label;
    std::sort(v.begin(), v.end());
    b.count = std::int64_t(v.size());
    if (v.empty()) {
        return b;
    }
    b.q1 = core::quantileSorted(v, 0.25);
    b.median = core::quantileSorted(v, 0.5);
    b.q3 = core::quantileSorted(v, 0.75);
    const double iqr = b.q3 - b.q1;
    const double lo = b.q1 - 1.5 * iqr;
    const double hi = b.q3 + 1.5 * iqr;
    b.lowerWhisker = *std::lower_bound(v.begin(), v.end(), lo);
    b.upperWhisker = *(std::upper_bound(v.begin(), v.end(), hi) - 1);
    std::vector<double> out;
    for (double x : v) {
        if (x < lo || x > hi) {
            out.push_back(x);
        }
    }
    if (out.size() > kMaxOutliers) {
        std::vector<double> thinned;
        for (std::size_t i = 0; i < kMaxOutliers; ++i) {
            thinned.push_back(out[i * out.size() / kMaxOutliers]);
        }
        out = std::move(thinned);
    }
    b.outliers = std::move(out);
    return b;
}

QString bandLabel(double lower, double width, bool integral) {
    const QLocale l;
    if (integral && width == std::floor(width) && width >= 1) {
        return QStringLiteral("%1–%2").arg(l.toString(lower, 'g', 10),
                                           l.toString(lower + width - 1, 'g', 10));
    }
    return QStringLiteral("%1–%2").arg(l.toString(lower, 'g', 10),
                                       l.toString(lower + width, 'g', 10));
}

} // namespace

int binCount(BinRule rule, const std::vector<double>& sorted, int fixedBins) {
    const double n = double(sorted.size());
    if (sorted.empty()) {
        return 1;
    }
    const double range = sorted.back() - sorted.front();
    if (range <= 0) {
        return 1;
    }
    double bins = 10;
    switch (rule) {
    case BinRule::Sturges:
        bins = std::ceil(std::log2(n)) + 1;
        break;
    case BinRule::SquareRoot:
        bins = std::ceil(std::sqrt(n));
        break;
    case BinRule::Fixed:
        bins = fixedBins;
        break;
    case BinRule::Scott: {
        const double mean = std::accumulate(sorted.begin(), sorted.end(), 0.0) / n;
        double ss = 0;
        for (double x : sorted) {
            ss += (x - mean) * (x - mean);
        }
        const double h = 3.49 * std::sqrt(ss / n) / std::cbrt(n);
        bins = h > 0 ? std::ceil(range / h) : 10;
        break;
    }
    case BinRule::FreedmanDiaconis: {
        const double iqr = core::quantileSorted(sorted, 0.75) - core::quantileSorted(sorted, 0.25);
        const double h = 2.0 * iqr / std::cbrt(n);
        bins = h > 0 ? std::ceil(range / h) : std::ceil(std::log2(n)) + 1;
        break;
    }
    }
    return int(std::clamp(bins, 1.0, 500.0));
}

ExploreData computeExplore(const core::Table& table, const ExploreRequest& request,
                           core::Progress& progress) {
    ExploreData out;
    const int steps = 5;
    progress.report(0, steps, "explore");

    // Histogram and box plot of the numeric column.
    if (const core::Column* col = find(table, request.numeric); col && col->isNumericLike()) {
        std::vector<double> v;
        v.reserve(std::size_t(col->size()));
        for (double x : col->values()) {
            if (std::isfinite(x)) {
                v.push_back(x);
            }
        }
        std::sort(v.begin(), v.end());
        Histogram& h = out.histogram;
        h.used = std::int64_t(v.size());
        h.skipped = col->size() - h.used;
        if (!v.empty()) {
            const int bins = binCount(request.binRule, v, request.fixedBins);
            const double range = v.back() - v.front();
            h.start = v.front();
            h.width = range > 0 ? range / bins : 1.0;
            h.counts.assign(std::size_t(bins), 0);
            for (double x : v) {
                const auto b = std::min<std::size_t>(std::size_t((x - h.start) / h.width),
                                                     std::size_t(bins - 1));
                ++h.counts[b];
            }
            h.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
            h.median = core::quantileSorted(v, 0.5);
        }
        progress.throwIfCancelled();
        progress.report(1, steps, "explore");

        const core::Column* split = find(table, request.splitBy);
        if (split && split->type() == core::ColumnType::Categorical) {
            std::vector<std::vector<double>> groups(split->categories().size());
            for (std::int64_t r = 0; r < col->size(); ++r) {
                const double x = col->values()[std::size_t(r)];
                const int code = split->codes()[std::size_t(r)];
                if (code >= 0 && std::isfinite(x)) {
                    groups[std::size_t(code)].push_back(x);
                }
            }
            for (std::size_t g = 0; g < groups.size(); ++g) {
                out.boxes.push_back(
                    boxOf(std::move(groups[g]), QString::fromStdString(split->categories()[g])));
            }
        } else if (request.segments && request.segments->size() == std::size_t(col->size()) &&
                   request.splitBy.empty()) {
            std::vector<std::vector<double>> groups(std::size_t(request.segmentCount));
            std::vector<double> noise; // DBSCAN's atypical customers: a last box of their own
            for (std::int64_t r = 0; r < col->size(); ++r) {
                const double x = col->values()[std::size_t(r)];
                const int s = (*request.segments)[std::size_t(r)];
                if (!std::isfinite(x)) {
                    continue;
                }
                if (s >= 0 && s < request.segmentCount) {
                    groups[std::size_t(s)].push_back(x);
                } else if (s == core::kNoise) {
                    noise.push_back(x);
                }
            }
            for (int s = 0; s < request.segmentCount; ++s) {
                BoxStats b = boxOf(std::move(groups[std::size_t(s)]), QString());
                b.segment = s;
                out.boxes.push_back(std::move(b));
            }
            if (!noise.empty()) {
                BoxStats b = boxOf(std::move(noise), QString());
                b.segment = core::kNoise;
                out.boxes.push_back(std::move(b));
            }
        } else {
            out.boxes.push_back(boxOf(v, QString::fromStdString(col->name())));
        }
    }
    progress.throwIfCancelled();
    progress.report(2, steps, "explore");

    // Category counts.
    if (const core::Column* col = find(table, request.categorical)) {
        std::map<QString, std::int64_t> counts;
        for (std::int64_t r = 0; r < col->size(); ++r) {
            if (col->isMissing(r)) {
                ++out.categories.missing;
            } else {
                ++counts[QString::fromStdString(col->toText(r))];
            }
        }
        std::vector<std::pair<QString, std::int64_t>> sorted(counts.begin(), counts.end());
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& [label, count] : sorted) {
            out.categories.labels << label;
            out.categories.counts.push_back(count);
        }
    }
    progress.throwIfCancelled();
    progress.report(3, steps, "explore");

    // Pearson correlations of numeric and binary columns, pairwise complete rows.
    std::vector<const core::Column*> numeric;
    for (const auto& col : table.columns()) {
        if (col.isNumericLike() && col.stats().count > 1) {
            numeric.push_back(&col);
            out.correlation.columns << QString::fromStdString(col.name());
        }
    }
    const auto m = numeric.size();
    out.correlation.values.assign(m * m, std::nan(""));
    for (std::size_t i = 0; i < m; ++i) {
        progress.throwIfCancelled();
        for (std::size_t j = i; j < m; ++j) {
            const auto& a = numeric[i]->values();
            const auto& b = numeric[j]->values();
            double n = 0, sa = 0, sb = 0;
            for (std::size_t r = 0; r < a.size(); ++r) {
                if (std::isfinite(a[r]) && std::isfinite(b[r])) {
                    n += 1;
                    sa += a[r];
                    sb += b[r];
                }
            }
            if (n < 2) {
                continue;
            }
            const double ma = sa / n;
            const double mb = sb / n;
            double sab = 0, saa = 0, sbb = 0;
            for (std::size_t r = 0; r < a.size(); ++r) {
                if (std::isfinite(a[r]) && std::isfinite(b[r])) {
                    sab += (a[r] - ma) * (b[r] - mb);
                    saa += (a[r] - ma) * (a[r] - ma);
                    sbb += (b[r] - mb) * (b[r] - mb);
                }
            }
            const double r = saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : std::nan("");
            out.correlation.values[i * m + j] = out.correlation.values[j * m + i] = r;
        }
    }
    progress.report(4, steps, "explore");

    // Mean of the measure by group (categories, or numeric bands).
    const core::Column* measure = find(table, request.numeric);
    const core::Column* group = find(table, request.groupBy);
    if (measure && measure->isNumericLike() && group && group->type() != core::ColumnType::Id) {
        std::map<double, std::pair<double, std::int64_t>> byBand;
        std::vector<std::pair<double, std::int64_t>> byCode(group->categories().size());
        const bool categorical = group->type() == core::ColumnType::Categorical;
        const double width = request.bandWidth > 0 ? request.bandWidth : 1.0;
        for (std::int64_t r = 0; r < measure->size(); ++r) {
            const double x = measure->values()[std::size_t(r)];
            if (!std::isfinite(x) || group->isMissing(r)) {
                ++out.groups.skipped;
                continue;
            }
            if (categorical) {
                auto& acc = byCode[std::size_t(group->codes()[std::size_t(r)])];
                acc.first += x;
                ++acc.second;
            } else {
                const double g = group->values()[std::size_t(r)];
                if (!std::isfinite(g)) {
                    ++out.groups.skipped;
                    continue;
                }
                auto& acc = group->type() == core::ColumnType::Binary
                                ? byBand[g]
                                : byBand[std::floor(g / width) * width];
                acc.first += x;
                ++acc.second;
            }
        }
        if (categorical) {
            for (std::size_t c = 0; c < byCode.size(); ++c) {
                if (byCode[c].second > 0) {
                    out.groups.labels << QString::fromStdString(group->categories()[c]);
                    out.groups.means.push_back(byCode[c].first / double(byCode[c].second));
                    out.groups.counts.push_back(byCode[c].second);
                }
            }
        } else {
            for (const auto& [lower, acc] : byBand) {
                out.groups.labels << (group->type() == core::ColumnType::Binary
                                          ? QLocale().toString(lower)
                                          : bandLabel(lower, width, group->stats().integral));
                out.groups.means.push_back(acc.first / double(acc.second));
                out.groups.counts.push_back(acc.second);
            }
        }
    }
    progress.report(steps, steps, "explore");
    return out;
}

} // namespace gugus::ui
