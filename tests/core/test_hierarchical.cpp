// Hierarchical clustering and DBSCAN: small hand-checked cases, cuts, refusals, cancel and
// 1-vs-N-thread determinism. (Agreement with SciPy/sklearn: test_cluster_golden.cpp.)
#include "cluster/dbscan.h"
#include "cluster/hierarchical.h"
#include "cluster/hierarchical_internal.h"
#include "common/random.h"
#include "test_support.h"

#include <cmath>

using namespace gugus::core;
using gugus::test::CancelAfterReports;
using gugus::test::errorCodeOf;
using gugus::test::ThreadCountGuard;

namespace {

FeatureMatrix column(std::initializer_list<double> values) {
    FeatureMatrix x(std::int64_t(values.size()), 1);
    std::int64_t i = 0;
    for (double v : values) {
        x(i++, 0) = v;
    }
    return x;
}

/// Gaussian blobs around `centres` well-separated centres, n rows, d columns, seeded.
FeatureMatrix blobs(std::int64_t n, std::int64_t d, int centres, std::uint64_t seed) {
    Random rng(seed);
    FeatureMatrix x(n, d);
    for (std::int64_t i = 0; i < n; ++i) {
        const int c = int(i % centres);
        for (std::int64_t f = 0; f < d; ++f) {
            x(i, f) = 8.0 * double((c + f) % centres) +
                      2.0 * (rng.uniform() + rng.uniform() + rng.uniform() - 1.5);
        }
    }
    return x;
}

Dendrogram tree(const FeatureMatrix& x, Linkage linkage,
                DistanceMetric metric = DistanceMetric::Euclidean) {
    NullProgress progress;
    return hierarchicalCluster(x, {linkage, metric, 0}, progress);
}

TEST(Hierarchical, SingleLinkageOnALineByHand) {
    // 0 1 10 11 30: single linkage joins at 1, 1, 9, 19.
    const Dendrogram t = tree(column({0, 1, 10, 11, 30}), Linkage::Single);
    ASSERT_EQ(t.merges.size(), 4u);
    EXPECT_EQ(t.merges[0].height, 1.0);
    EXPECT_EQ(t.merges[1].height, 1.0);
    EXPECT_EQ(t.merges[2].height, 9.0);
    EXPECT_EQ(t.merges[3].height, 19.0);
    EXPECT_EQ(t.merges[2].size, 4);
    EXPECT_EQ(t.merges[3].a, 4); // the row 30 joins last
    EXPECT_EQ(t.merges[3].b, 7);
    EXPECT_EQ(cutTree(t, 2), (Labels{0, 0, 0, 0, 1}));
    EXPECT_EQ(cutTree(t, 3), (Labels{0, 0, 1, 1, 2}));
    EXPECT_EQ(cutTree(t, 99), (Labels{0, 1, 2, 3, 4}));
    EXPECT_EQ(cutTreeAtHeight(t, 5.0), (Labels{0, 0, 1, 1, 2}));
    EXPECT_EQ(cutTreeAtHeight(t, 9.0), (Labels{0, 0, 0, 0, 1}));
    EXPECT_EQ(clustersAtHeight(t, 0.5), 5);
    EXPECT_EQ(clustersAtHeight(t, 100.0), 1);
}

TEST(Hierarchical, WardAndCompleteByHand) {
    // Ward of singletons a, b is |a - b|; of {0,1} and {10}: sqrt(2*2*1/3) * |0.5 - 10|.
    const Dendrogram ward = tree(column({0, 1, 10}), Linkage::Ward);
    EXPECT_DOUBLE_EQ(ward.merges[0].height, 1.0);
    EXPECT_DOUBLE_EQ(ward.merges[1].height, std::sqrt(4.0 / 3.0) * 9.5);
    const Dendrogram complete = tree(column({0, 1, 10}), Linkage::Complete);
    EXPECT_EQ(complete.merges[1].height, 10.0);
    const Dendrogram average = tree(column({0, 1, 10}), Linkage::Average);
    EXPECT_EQ(average.merges[1].height, 9.5);
    const Dendrogram manhattan =
        tree(FeatureMatrix{{0, 0}, {1, 1}, {5, 5}}, Linkage::Complete, DistanceMetric::Manhattan);
    EXPECT_EQ(manhattan.merges[0].height, 2.0);
    EXPECT_EQ(manhattan.merges[1].height, 10.0);
}

TEST(Hierarchical, RefusesAMatrixOverTheBudgetAndSaysHowMuch) {
    const FeatureMatrix x = blobs(1000, 3, 3, 1);
    NullProgress progress;
    try {
        hierarchicalCluster(x, {Linkage::Average, DistanceMetric::Euclidean, 1 << 20}, progress);
        FAIL() << "no refusal";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::TooMuchMemory);
        EXPECT_EQ(e.subject(), "average");
        EXPECT_EQ(e.detail(),
                  std::to_string(condensedMatrixBytes(1000)) + " " + std::to_string(1 << 20));
        EXPECT_NE(std::string(e.what()).find("3.8 MiB"), std::string::npos) << e.what();
    }
    // Ward and single linkage need no matrix, so the same budget does not stop them.
    EXPECT_NO_THROW(
        hierarchicalCluster(x, {Linkage::Ward, DistanceMetric::Euclidean, 1 << 20}, progress));
    EXPECT_NO_THROW(
        hierarchicalCluster(x, {Linkage::Single, DistanceMetric::Cosine, 1 << 20}, progress));
    EXPECT_EQ(condensedMatrixBytes(100000), std::int64_t(100000) * 99999 / 2 * 8);
}

TEST(Hierarchical, BadInputIsAClearError) {
    NullProgress p;
    std::string subject;
    EXPECT_EQ(
        errorCodeOf(
            [&] {
                hierarchicalCluster(column({1, 2}), {Linkage::Ward, DistanceMetric::Cosine, 0}, p);
            },
            &subject),
        ErrorCode::InvalidOption);
    EXPECT_EQ(subject, "metric");
    EXPECT_EQ(errorCodeOf([&] { tree(column({1}), Linkage::Ward); }), ErrorCode::TooFewRows);
    EXPECT_EQ(errorCodeOf([&] {
                  tree(column({1, NAN, 3}), Linkage::Single);
              }),
              ErrorCode::NonFiniteValue);
    EXPECT_EQ(errorCodeOf([&] { tree(FeatureMatrix(3, 0), Linkage::Ward); }),
              ErrorCode::NoFeatures);
    EXPECT_EQ(errorCodeOf([&] {
                  cutTree(tree(column({1, 2}), Linkage::Ward), 0);
              }),
              ErrorCode::InvalidOption);
    EXPECT_FALSE(linkageFromKey("centroid"));
    EXPECT_EQ(metricFromKey("cityblock"), DistanceMetric::Manhattan);
}

TEST(Hierarchical, CancelIsHonouredByEveryLinkage) {
    const FeatureMatrix x = blobs(3000, 4, 3, 2);
    for (Linkage linkage : {Linkage::Ward, Linkage::Single, Linkage::Average}) {
        CancelAfterReports progress(3);
        EXPECT_THROW(hierarchicalCluster(x, {linkage, DistanceMetric::Euclidean, 0}, progress),
                     Cancelled)
            << linkageKey(linkage);
    }
}

TEST(Hierarchical, SameTreeForOneAndManyThreads) {
    ThreadCountGuard guard;
    // Above the size where the nearest-neighbour scans go parallel, in four blocks or more: the
    // first ~3,600 merges of 20,000 rows; the sanitizer build lowers the threshold (and the
    // block) and crosses it with ~950 merges of 3,000 rows, the same code.
#ifdef GUGUS_SANITIZED
    constexpr std::int64_t rows = 3000;
#else
    constexpr std::int64_t rows = 20000;
#endif
    static_assert(rows > detail::kNearestParallelFrom &&
                  detail::kNearestParallelFrom >= 4 * detail::kNearestBlock);
    const FeatureMatrix x = blobs(rows, 5, 4, 3);
    setThreadCount(1);
    const Dendrogram one = tree(x, Linkage::Ward);
    setThreadCount(4);
    const Dendrogram four = tree(x, Linkage::Ward);
    ASSERT_EQ(one.merges.size(), four.merges.size());
    for (std::size_t i = 0; i < one.merges.size(); ++i) {
        ASSERT_EQ(one.merges[i].a, four.merges[i].a) << i;
        ASSERT_EQ(one.merges[i].b, four.merges[i].b) << i;
        ASSERT_EQ(one.merges[i].height, four.merges[i].height) << i;
    }
    EXPECT_EQ(cutTree(one, 4), cutTree(four, 4));
    const Labels labels = cutTree(one, 4);
    for (std::int64_t i = 0; i < 8; ++i) { // blobs are rows i % 4
        EXPECT_EQ(labels[std::size_t(i)], labels[std::size_t(i % 4)]);
    }
}

TEST(Dbscan, SmallCaseByHand) {
    const FeatureMatrix x{{0, 0}, {0, 1}, {1, 0}, {10, 10}, {10, 11}, {50, 50}, {1, 1.9}};
    NullProgress progress;
    const DbscanResult r = dbscan(x, {1.0, 3}, progress);
    // (0,0) has (0,1) and (1,0) within 1: core. (1,1.9) is within 1 of (0,1)? no (1.34): noise.
    EXPECT_EQ(r.labels, (Labels{0, 0, 0, kNoise, kNoise, kNoise, kNoise}));
    EXPECT_EQ(r.clusters, 1);
    EXPECT_EQ(r.noise, 4);
    EXPECT_EQ(r.core, (std::vector<char>{1, 0, 0, 0, 0, 0, 0}));
    const DbscanResult two = dbscan(x, {1.0, 2}, progress); // eps is inclusive
    EXPECT_EQ(two.labels, (Labels{0, 0, 0, 1, 1, kNoise, kNoise}));
    EXPECT_EQ(two.sizes, (std::vector<std::int64_t>{3, 2}));
}

TEST(Dbscan, BorderRowJoinsTheLowestNumberedCluster) {
    // Two cores groups at 0 and 4 on a line; the border row at 2 is within eps = 2 of both
    // clusters' edge cores but has too few neighbours to be core itself.
    const FeatureMatrix x = column({-1, -0.5, 0, 4, 4.5, 5, 2});
    NullProgress progress;
    const DbscanResult r = dbscan(x, {2.0, 4}, progress);
    EXPECT_EQ(r.labels, (Labels{0, 0, 0, 1, 1, 1, 0}));
}

/// DBSCAN of x on 1 and on 4 threads: the same labels and core rows. Returns the first.
DbscanResult sameOnOneAndFourThreads(const FeatureMatrix& x, const DbscanOptions& options) {
    ThreadCountGuard guard;
    NullProgress p;
    setThreadCount(1);
    DbscanResult one = dbscan(x, options, p);
    setThreadCount(4);
    const DbscanResult four = dbscan(x, options, p);
    EXPECT_EQ(one.labels, four.labels);
    EXPECT_EQ(one.core, four.core);
    return one;
}

TEST(Dbscan, BadInputCancelAndThreads) {
    NullProgress p;
    std::string subject;
    EXPECT_EQ(errorCodeOf(
                  [&] {
                      dbscan(column({1, 2}), {0.0, 2}, p);
                  },
                  &subject),
              ErrorCode::InvalidOption);
    EXPECT_EQ(subject, "eps");
    EXPECT_EQ(errorCodeOf(
                  [&] {
                      dbscan(column({1, 2}), {1.0, 0}, p);
                  },
                  &subject),
              ErrorCode::InvalidOption);
    EXPECT_EQ(subject, "min_samples");
    EXPECT_EQ(errorCodeOf([&] {
                  dbscan(column({1, INFINITY}), {1.0, 2}, p);
              }),
              ErrorCode::NonFiniteValue);
    EXPECT_EQ(errorCodeOf([&] { kDistance(column({1, 2}), 3, p); }), ErrorCode::TooFewRows);

    const FeatureMatrix x = blobs(50000, 4, 5, 4);
    CancelAfterReports cancel(2);
    EXPECT_THROW(dbscan(x, {0.8, 8}, cancel), Cancelled);
    CancelAfterReports cancelCurve(2);
    EXPECT_THROW(kDistance(x, 8, cancelCurve), Cancelled);

    EXPECT_GE(sameOnOneAndFourThreads(x, {0.8, 8}).clusters, 5);
}

/// scikit-learn's DBSCAN written plainly: all neighbourhoods by brute force, then clusters
/// expanded one after another from the lowest unlabelled core row (a border row keeps the first
/// cluster that reaches it).
DbscanResult naiveDbscan(const FeatureMatrix& x, double eps, int minSamples) {
    const std::int64_t n = x.rows();
    std::vector<std::vector<std::int64_t>> neighbours(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        for (std::int64_t j = 0; j < n; ++j) {
            if ((x.row(i) - x.row(j)).squaredNorm() <= eps * eps) {
                neighbours[std::size_t(i)].push_back(j);
            }
        }
    }
    DbscanResult r;
    r.labels.assign(std::size_t(n), kNoise);
    r.core.assign(std::size_t(n), 0);
    for (std::int64_t i = 0; i < n; ++i) {
        r.core[std::size_t(i)] = std::int64_t(neighbours[std::size_t(i)].size()) >= minSamples;
    }
    for (std::int64_t i = 0; i < n; ++i) {
        if (!r.core[std::size_t(i)] || r.labels[std::size_t(i)] != kNoise) {
            continue;
        }
        std::vector<std::int64_t> queue{i};
        r.labels[std::size_t(i)] = r.clusters;
        while (!queue.empty()) {
            const std::int64_t u = queue.back();
            queue.pop_back();
            for (const std::int64_t v : neighbours[std::size_t(u)]) {
                if (r.labels[std::size_t(v)] == kNoise) {
                    r.labels[std::size_t(v)] = r.clusters;
                    if (r.core[std::size_t(v)]) {
                        queue.push_back(v);
                    }
                }
            }
        }
        ++r.clusters;
    }
    return r;
}

/// Small integer codes (exact squared distances, so rows exactly eps apart) with duplicated rows.
FeatureMatrix codes(std::int64_t n, std::int64_t d, std::uint64_t seed) {
    Random rng(seed);
    FeatureMatrix x(n, d);
    for (std::int64_t i = 0; i < n; ++i) {
        for (std::int64_t f = 0; f < d; ++f) {
            x(i, f) = i >= n / 2 && i % 3 == 0 ? x(i / 4, f) : double(rng.below(3));
        }
    }
    return x;
}

/// Rows 0.5 apart on a line in 13 dimensions, the two halves 1.0 apart: exactly eps = 1 across
/// the gap, where the tree splits.
FeatureMatrix gappedLine() {
    FeatureMatrix x = FeatureMatrix::Zero(1200, 13);
    for (std::int64_t i = 0; i < x.rows(); ++i) {
        x(i, 0) = 0.5 * double(i) + (i >= 600 ? 0.5 : 0.0);
    }
    return x;
}

TEST(Dbscan, ManyFeaturesEqualThePlainAlgorithm) {
    // From 12 features on DBSCAN measures block pairs instead of querying a kd-tree per row.
    struct Case {
        FeatureMatrix x;
        double eps;
        int minSamples;
    };
    const Case cases[] = {
        {codes(1500, 18, 21), 2.0, 3},                   // rows exactly eps apart
        {codes(1500, 18, 22), 3.0, 25},                  // large neighbourhoods, border rows
        {codes(1200, 12, 23), std::sqrt(8.0), 4},        // 12 features
        {blobs(3000, 16, 6, 24), 2.9, 6},                // groups far apart: pruned block pairs
        {FeatureMatrix::Constant(700, 13, 0.5), 0.1, 5}, // one leaf of equal rows, cut in blocks
        {gappedLine(), 1.0, 3}, // halves exactly eps apart: the pruning must keep that pair
    };
    NullProgress p;
    for (const Case& c : cases) {
        SCOPED_TRACE(std::to_string(c.x.rows()) + " x " + std::to_string(c.x.cols()) + ", eps " +
                     std::to_string(c.eps));
        const DbscanResult expected = naiveDbscan(c.x, c.eps, c.minSamples);
        const DbscanResult r = dbscan(c.x, {c.eps, c.minSamples}, p);
        EXPECT_EQ(r.core, expected.core);
        EXPECT_EQ(r.labels, expected.labels);
        EXPECT_EQ(r.clusters, expected.clusters);
    }
}

TEST(Dbscan, ManyFeaturesSameLabelsForOneAndManyThreadsAndCancel) {
    const FeatureMatrix x = blobs(20000, 18, 5, 25);
    CancelAfterReports cancel(2);
    EXPECT_THROW(dbscan(x, {3.0, 8}, cancel), Cancelled);
    EXPECT_GE(sameOnOneAndFourThreads(x, {3.0, 8}).clusters, 5);
}

TEST(KDistance, CurveAndSuggestion) {
    const FeatureMatrix x = blobs(5000, 3, 4, 5);
    NullProgress p;
    const KDistanceCurve c = kDistance(x, 6, p);
    ASSERT_EQ(c.distances.size(), 5000u);
    EXPECT_TRUE(std::is_sorted(c.distances.begin(), c.distances.end()));
    ASSERT_TRUE(c.suggestedEps && c.kneeIndex);
    EXPECT_EQ(*c.suggestedEps, c.distances[std::size_t(*c.kneeIndex)]);
    const DbscanResult r = dbscan(x, {*c.suggestedEps, 6}, p);
    // The suggested eps makes most rows core and finds the four blobs (small groups of outlying
    // rows may form extra clusters: that is DBSCAN).
    ASSERT_GE(r.clusters, 4);
    std::vector<std::int64_t> sizes = r.sizes;
    std::sort(sizes.rbegin(), sizes.rend());
    EXPECT_GT(sizes[0] + sizes[1] + sizes[2] + sizes[3], 4500);
    EXPECT_LT(sizes[3], 1300);
    EXPECT_LT(r.noise, 500);
    // A row is core exactly when its k-distance <= eps.
    const double eps = c.distances[2500];
    const DbscanResult median = dbscan(x, {eps, 6}, p);
    const auto cores = std::count(median.core.begin(), median.core.end(), 1);
    EXPECT_EQ(cores,
              std::upper_bound(c.distances.begin(), c.distances.end(), eps) - c.distances.begin());
}

} // namespace

// Ward's scan filters candidates with a float copy of the centroids (bounds proven in
// hierarchical_chain.cpp) and measures the survivors in double. Data scaled by 2^50 takes the
// plain double scan (the filter stands aside above 2^40), and scaling by a power of two scales
// every double step exactly: the same merges, heights times 2^50, bit for bit. On continuous
// blobs and on tie-heavy codes (0/1 and 0..3 in 12 columns, many duplicated rows), where the
// filter has to keep every tied candidate.
TEST(Hierarchical, WardFloatFilterGivesTheTreeOfTheDoubleScan) {
    Random rng(11);
    FeatureMatrix binary(1500, 12);
    FeatureMatrix codes(1500, 12);
    for (std::int64_t i = 0; i < binary.rows(); ++i) {
        for (std::int64_t f = 0; f < binary.cols(); ++f) {
            binary(i, f) = double(rng.below(2));
            codes(i, f) = double(rng.below(4));
        }
    }
    for (const FeatureMatrix& x : {blobs(1500, 18, 5, 7), binary, codes}) {
        const Dendrogram filtered = tree(x, Linkage::Ward);
        const Dendrogram exact = tree(x * std::ldexp(1.0, 50), Linkage::Ward);
        ASSERT_EQ(filtered.merges.size(), exact.merges.size());
        for (std::size_t i = 0; i < filtered.merges.size(); ++i) {
            ASSERT_EQ(filtered.merges[i].a, exact.merges[i].a) << i;
            ASSERT_EQ(filtered.merges[i].b, exact.merges[i].b) << i;
            ASSERT_EQ(std::ldexp(filtered.merges[i].height, 50), exact.merges[i].height) << i;
        }
    }
}
