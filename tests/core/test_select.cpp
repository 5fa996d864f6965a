// Choosing k: the Kneedle knee of an inertia curve and the k sweep with its suggestion.
#include "common/error.h"
#include "common/parallel.h"
#include "common/random.h"
#include "numeric/knee.h"
#include "select/k_sweep.h"
#include "test_support.h"

#include <cmath>

using namespace gugus::core;
using gugus::test::CancelAfterReports;

namespace {

/// Gaussian blobs around the given centres (Box-Muller on our seeded Random).
FeatureMatrix blobs(const std::vector<std::vector<double>>& centres, int perBlob, double sd,
                    std::uint64_t seed) {
    Random rng(seed);
    const auto d = std::int64_t(centres[0].size());
    FeatureMatrix x(std::int64_t(centres.size()) * perBlob, d);
    for (std::size_t c = 0; c < centres.size(); ++c) {
        for (int i = 0; i < perBlob; ++i) {
            for (std::int64_t j = 0; j < d; ++j) {
                const double u1 = 1.0 - rng.uniform();
                const double u2 = rng.uniform();
                const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2);
                x(std::int64_t(c) * perBlob + i, j) = centres[c][std::size_t(j)] + sd * z;
            }
        }
    }
    return x;
}

} // namespace

TEST(Knee, FindsTheElbowOfAnInertiaCurve) {
    // Worked by hand with kneed's convex/decreasing rule: difference curve peaks at k = 4
    // (0.665) and falls below 0.665 - 0.125 at k = 6, confirming the knee.
    const std::vector<double> k{2, 3, 4, 5, 6, 7, 8, 9, 10};
    const std::vector<double> inertia{1000, 400, 150, 120, 100, 90, 82, 76, 71};
    const auto knee = kneedleDecreasingConvex(k, inertia);
    ASSERT_TRUE(knee.has_value());
    EXPECT_EQ(k[*knee], 4);
}

TEST(Knee, StraightLineAndShortCurvesHaveNoKnee) {
    EXPECT_FALSE(kneedleDecreasingConvex({1, 2, 3, 4, 5}, {5, 4, 3, 2, 1}).has_value());
    EXPECT_FALSE(kneedleDecreasingConvex({1, 2}, {5, 1}).has_value());
    EXPECT_FALSE(kneedleDecreasingConvex({1, 2, 3}, {2, 2, 2}).has_value());
}

TEST(KSweep, SuggestsTheNumberOfWellSeparatedBlobs) {
    const FeatureMatrix x = blobs({{0, 0, 0}, {10, 0, 0}, {0, 10, 0}, {0, 0, 10}}, 60, 0.7, 7);
    SweepOptions o;
    o.kMin = 2;
    o.kMax = 8;
    o.kmeans.seed = 3;
    o.kmeans.nInit = 4;
    std::vector<int> seen;
    NullProgress p;
    const SweepResult r = runKSweep(x, o, p, [&](const SweepPoint& pt) { seen.push_back(pt.k); });
    EXPECT_EQ(seen, (std::vector<int>{2, 3, 4, 5, 6, 7, 8}));
    ASSERT_EQ(r.points.size(), 7u);
    EXPECT_EQ(r.bestSilhouetteK, 4);
    ASSERT_TRUE(r.kneeK.has_value());
    EXPECT_EQ(*r.kneeK, 4);
    EXPECT_EQ(r.suggestedK, 4);
    EXPECT_EQ(r.reason, SuggestionReason::KneeAgreesWithSilhouette);
    for (std::size_t i = 1; i < r.points.size(); ++i) {
        EXPECT_LE(r.points[i].scores.inertia, r.points[i - 1].scores.inertia * (1 + 1e-12));
    }
    std::int64_t total = 0;
    for (auto s : r.points[2].sizes) {
        total += s;
    }
    EXPECT_EQ(total, x.rows());
}

TEST(KSweep, SameResultOnOneAndTwoThreads) {
    const FeatureMatrix x = blobs({{0, 0}, {4, 1}, {1, 5}}, 80, 1.2, 11);
    SweepOptions o;
    o.kMax = 6;
    o.kmeans.seed = 9;
    NullProgress p;
    setThreadCount(1);
    const SweepResult one = runKSweep(x, o, p);
    setThreadCount(2);
    const SweepResult two = runKSweep(x, o, p);
    setThreadCount(0);
    ASSERT_EQ(one.points.size(), two.points.size());
    for (std::size_t i = 0; i < one.points.size(); ++i) {
        EXPECT_EQ(one.points[i].scores.inertia, two.points[i].scores.inertia);
        EXPECT_EQ(one.points[i].scores.silhouette, two.points[i].scores.silhouette);
        EXPECT_EQ(one.points[i].sizes, two.points[i].sizes);
    }
    EXPECT_EQ(one.suggestedK, two.suggestedK);
}

TEST(KSweep, HonoursCancel) {
    const FeatureMatrix x = blobs({{0, 0}, {4, 1}, {1, 5}}, 200, 1.0, 5);
    SweepOptions o;
    CancelAfterReports cancel(2);
    EXPECT_THROW(runKSweep(x, o, cancel), Cancelled);
}

TEST(KSweep, RejectsBadRanges) {
    const FeatureMatrix x = blobs({{0, 0}, {4, 1}}, 3, 1.0, 5);
    SweepOptions o;
    o.kMin = 1;
    NullProgress p;
    EXPECT_THROW(runKSweep(x, o, p), Error);
    o.kMin = 6;
    o.kMax = 8;
    try {
        runKSweep(x, o, p);
        FAIL() << "expected TooFewRows";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::TooFewRows);
    }
}

TEST(KSweep, DegenerateDataKeepsInertiaAndMarksScoresUndefined) {
    // Identical rows: every k collapses to one non-empty cluster; silhouette, CH and DB are
    // undefined, the sweep still finishes and suggests a k.
    FeatureMatrix same = FeatureMatrix::Constant(12, 3, 2.5);
    SweepOptions o;
    o.kMax = 4;
    NullProgress p;
    const SweepResult r = runKSweep(same, o, p);
    ASSERT_EQ(r.points.size(), 3u);
    for (const auto& pt : r.points) {
        EXPECT_EQ(pt.scores.inertia, 0.0);
        EXPECT_FALSE(pt.scores.defined);
        EXPECT_TRUE(std::isnan(pt.scores.silhouette));
    }
    EXPECT_EQ(r.bestSilhouetteK, 0);
    EXPECT_EQ(r.reason, SuggestionReason::Knee);
    EXPECT_GE(r.suggestedK, 2);

    // Three distinct points repeated: k = 2 and 3 are scored, larger k leave clusters empty but
    // keep at least two non-empty ones, so their scores stay defined.
    FeatureMatrix three(30, 2);
    for (int i = 0; i < 30; ++i) {
        three(i, 0) = double(i % 3);
        three(i, 1) = double((i % 3) * (i % 3));
    }
    o.kMax = 5;
    const SweepResult t = runKSweep(three, o, p);
    ASSERT_EQ(t.points.size(), 4u);
    EXPECT_TRUE(t.points[1].scores.defined);
    EXPECT_NEAR(t.points[1].scores.inertia, 0.0, 1e-12);
    EXPECT_EQ(t.bestSilhouetteK, 3);
}
