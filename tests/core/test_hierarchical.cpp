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

    ThreadCountGuard guard;
    setThreadCount(1);
    const DbscanResult one = dbscan(x, {0.8, 8}, p);
    setThreadCount(4);
    const DbscanResult four = dbscan(x, {0.8, 8}, p);
    EXPECT_EQ(one.labels, four.labels);
    EXPECT_GE(one.clusters, 5);
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
