#include "report/report_parts.h"

#include "reduce/pca.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace gugus::core::detail {

namespace {

constexpr int kCurvePoints = 1000;

double valueOr(double v) {
    return std::isfinite(v) ? v : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

MapChart mapChart(const SegmentationResult& result, int points, std::uint64_t seed,
                  Progress& progress) {
    const FeatureMatrix& x = result.data.x;
    const PcaResult pca = fitPca(x, 2, progress);
    const bool flat = pca.scores.cols() < 2; // one feature: the map is a line
    MapChart map;
    const auto n = std::int64_t(x.rows());
    map.total = n;
    map.varianceX = pca.explainedVarianceRatio.size() > 0 ? pca.explainedVarianceRatio(0) : 0.0;
    map.varianceY = flat ? 0.0 : pca.explainedVarianceRatio(1);
    // The same seeded shuffle as the GUI's map, so a sample is reproducible from the seed.
    std::vector<std::int64_t> shown(static_cast<std::size_t>(n));
    std::iota(shown.begin(), shown.end(), std::int64_t(0));
    if (n > points && points > 0) {
        std::mt19937_64 rng(seed);
        std::shuffle(shown.begin(), shown.end(), rng);
        shown.resize(std::size_t(points));
        std::sort(shown.begin(), shown.end());
        map.sampled = true;
    }
    const Labels& labels = result.partition.labels;
    for (const std::int64_t row : shown) {
        map.x.push_back(pca.scores(row, 0));
        map.y.push_back(flat ? 0.0 : pca.scores(row, 1));
        map.label.push_back(labels[std::size_t(row)]);
    }
    if (result.partition.centres.rows() > 0) {
        const FeatureMatrix centres = projectPca(pca, result.partition.centres);
        for (std::int64_t s = 0; s < centres.rows(); ++s) {
            map.centreX.push_back(centres(s, 0));
            map.centreY.push_back(flat ? 0.0 : centres(s, 1));
        }
    }
    return map;
}

SweepChart sweepChart(const SweepResult& sweep, int chosenK) {
    SweepChart chart;
    for (const SweepPoint& p : sweep.points) {
        chart.k.push_back(p.k);
        chart.inertia.push_back(p.scores.inertia);
        const bool defined = p.scores.defined;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        chart.silhouette.push_back(defined ? valueOr(p.scores.silhouette) : nan);
        chart.calinskiHarabasz.push_back(defined ? valueOr(p.scores.calinskiHarabasz) : nan);
        chart.daviesBouldin.push_back(defined ? valueOr(p.scores.daviesBouldin) : nan);
    }
    chart.chosenK = chosenK;
    chart.kneeK = sweep.kneeK;
    chart.bestSilhouetteK = sweep.bestSilhouetteK;
    chart.suggestedK = sweep.suggestedK;
    chart.reason = sweep.reason;
    return chart;
}

TreeChart treeChart(const SegmentationResult& result, int mergesWanted, Linkage linkage) {
    const Dendrogram& tree = *result.tree;
    const std::int64_t n = tree.leaves;
    const auto& merges = tree.merges;
    const auto total = std::int64_t(merges.size());
    // Enough merges to show the cut into k segments (k - 1 merges lie above it) and a few below.
    const std::int64_t shownMerges =
        std::min<std::int64_t>(total, std::max<std::int64_t>(mergesWanted, result.k + 4));
    const std::int64_t firstShown = total - shownMerges;
    const auto isShown = [&](std::int64_t node) { return node >= n + firstShown; };
    const auto heightOf = [&](std::int64_t node) {
        return node < n ? 0.0 : merges[std::size_t(node - n)].height;
    };
    const auto sizeOf = [&](std::int64_t node) {
        return node < n ? std::int64_t(1) : merges[std::size_t(node - n)].size;
    };
    // A table row under each node, to read the segment of a collapsed subtree.
    std::vector<std::int64_t> row(std::size_t(n + total));
    std::iota(row.begin(), row.begin() + n, std::int64_t(0));
    for (std::int64_t m = 0; m < total; ++m) {
        row[std::size_t(n + m)] = row[std::size_t(merges[std::size_t(m)].a)];
    }
    const Labels& labels = result.partition.labels;
    const auto segmentOf = [&](std::int64_t node) { return labels[std::size_t(row[node])]; };

    TreeChart chart;
    chart.rows = n;
    chart.linkage = linkage;
    chart.maxHeight = merges.back().height;
    const int k = result.k;
    if (k <= 1) {
        chart.cutHeight = chart.maxHeight * 1.02;
    } else {
        const std::int64_t below = n - k - 1; // the last merge a cut into k applies
        const double lo = below >= 0 ? merges[std::size_t(below)].height : 0.0;
        chart.cutHeight = 0.5 * (lo + merges[std::size_t(n - k)].height);
    }
    // Leaves left to right by a depth-first walk from the root (a left of b), then each merge
    // centred over its children.
    std::vector<double> x(std::size_t(n + total), 0.0);
    std::vector<std::int64_t> stack{n + total - 1};
    std::vector<std::int64_t> preOrder;
    while (!stack.empty()) {
        const std::int64_t node = stack.back();
        stack.pop_back();
        if (!isShown(node)) {
            x[std::size_t(node)] = double(chart.leaves.size());
            chart.leaves.push_back(
                {x[std::size_t(node)], heightOf(node), sizeOf(node), segmentOf(node)});
            continue;
        }
        preOrder.push_back(node);
        const Merge& m = merges[std::size_t(node - n)];
        stack.push_back(m.b);
        stack.push_back(m.a);
    }
    for (auto it = preOrder.rbegin(); it != preOrder.rend(); ++it) {
        const Merge& m = merges[std::size_t(*it - n)];
        x[std::size_t(*it)] = 0.5 * (x[std::size_t(m.a)] + x[std::size_t(m.b)]);
        const int sa = segmentOf(m.a);
        const bool inside = m.height <= chart.cutHeight && sa == segmentOf(m.b);
        chart.links.push_back({x[std::size_t(m.a)], heightOf(m.a), x[std::size_t(m.b)],
                               heightOf(m.b), m.height, inside ? sa : -1});
    }
    return chart;
}

KDistanceChart kDistanceChart(const SegmentationResult& result, const DbscanOptions& options,
                              Progress& progress) {
    const KDistanceCurve curve = kDistance(result.data.x, options.minSamples, progress);
    KDistanceChart chart;
    chart.minSamples = curve.minSamples;
    chart.eps = options.eps;
    chart.suggestedEps = curve.suggestedEps;
    const auto& d = curve.distances;
    const auto n = std::int64_t(d.size());
    chart.rows = n;
    const auto percentOf = [&](std::int64_t i) {
        return 100.0 * double(i) / double(std::max<std::int64_t>(1, n - 1));
    };
    const std::int64_t step = std::max<std::int64_t>(1, n / kCurvePoints);
    for (std::int64_t i = 0; i < n; i += step) {
        chart.percent.push_back(percentOf(i));
        chart.distance.push_back(d[std::size_t(i)]);
    }
    if (n > 0 && (n - 1) % step != 0) {
        chart.percent.push_back(100.0);
        chart.distance.push_back(d.back());
    }
    if (curve.kneeIndex) {
        chart.kneePercent = percentOf(*curve.kneeIndex);
    }
    return chart;
}

} // namespace gugus::core::detail
