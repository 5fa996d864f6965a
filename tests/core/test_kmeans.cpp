// K-Means: hand-checked cases, differential tests of the optimised Lloyd and Elkan steps against
// the plain referenceLloyd, determinism across thread counts, cancellation and errors.
#include "cluster/kmeans.h"
#include "common/error.h"
#include "common/parallel.h"
#include "common/random.h"
#include "metrics/cluster_metrics.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace gugus::core {
namespace {

using test::CancelAfterReports;
using test::errorCodeOf;
using test::ThreadCountGuard;

/// n rows of d features around k random centres (see test::gaussianBlobs).
FeatureMatrix blobs(std::int64_t n, std::int64_t d, int k, std::uint64_t seed, double spread) {
    return test::gaussianBlobs(n, d, k, seed, spread);
}

CentreMatrix firstRows(const FeatureMatrix& x, int k) {
    return x.topRows(k);
}

KMeansOptions givenStart(const CentreMatrix& centres, KMeansAlgorithm algorithm) {
    KMeansOptions o;
    o.k = int(centres.rows());
    o.init = KMeansInit::Given;
    o.initialCentres = centres;
    o.algorithm = algorithm;
    return o;
}

TEST(KMeans, SixPointsTwoClustersByHand) {
    FeatureMatrix x(6, 2);
    x << 0, 0, 0, 1, 1, 0, 4, 4, 4, 5, 5, 4;
    CentreMatrix start(2, 2);
    start << 0, 0, 5, 5;
    NullProgress p;
    const KMeansResult r = KMeans(givenStart(start, KMeansAlgorithm::Lloyd)).fit(x, p);
    EXPECT_EQ(r.labels, (Labels{0, 0, 0, 1, 1, 1}));
    // Means (1/3, 1/3) and (13/3, 13/3); each cluster's squared distances are 2/9 + 5/9 + 5/9.
    EXPECT_NEAR(r.centres(0, 0), 1.0 / 3.0, 1e-15);
    EXPECT_NEAR(r.centres(0, 1), 1.0 / 3.0, 1e-15);
    EXPECT_NEAR(r.centres(1, 0), 13.0 / 3.0, 1e-15);
    EXPECT_NEAR(r.centres(1, 1), 13.0 / 3.0, 1e-15);
    EXPECT_NEAR(r.inertia, 8.0 / 3.0, 1e-13);
    EXPECT_EQ(r.sizes, (std::vector<std::int64_t>{3, 3}));
    EXPECT_TRUE(r.converged);
    EXPECT_EQ(r.runInertias.size(), 1u);
}

TEST(KMeans, MatchesScikitLearnFromGivenCentres) {
    // Expected values from scikit-learn 1.2.1:
    // /usr/bin/python3 -c "import numpy as np; from sklearn.cluster import KMeans;
    //   i=np.arange(300)[:,None]; f=np.arange(4)[None,:]; X=((i*7+f*13+(i*f)%5)%29)/7.0;
    //   km=KMeans(n_clusters=3, init=X[[0,1,2]], n_init=1).fit(X);
    //   print(km.cluster_centers_.ravel(), km.inertia_, km.n_iter_)"
    FeatureMatrix x(300, 4);
    for (int i = 0; i < 300; ++i) {
        for (int f = 0; f < 4; ++f) {
            x(i, f) = double((i * 7 + f * 13 + (i * f) % 5) % 29) / 7.0;
        }
    }
    const double expected[] = {2.9989258861439314, 1.277121374865736,  3.060150375939849,
                               0.8625134264232013, 0.9926470588235294, 3.1271008403361344,
                               0.9726890756302522, 2.706932773109244,  2.1382488479262673,
                               0.1843317972350227, 2.0506912442396312, 3.8018433179723505};
    for (const auto algorithm : {KMeansAlgorithm::Lloyd, KMeansAlgorithm::Elkan}) {
        NullProgress p;
        const KMeansResult r = KMeans(givenStart(x.topRows(3), algorithm)).fit(x, p);
        for (int j = 0; j < 12; ++j) {
            EXPECT_NEAR(r.centres(j / 4, j % 4), expected[j], 1e-12) << j;
        }
        EXPECT_REL_NEAR(r.inertia, 464.8409229444868, 1e-12);
        EXPECT_EQ(r.iterations, 6);
    }
}

TEST(KMeans, LloydMatchesReferenceFromSameCentres) {
    const FeatureMatrix x = blobs(3000, 5, 4, 11, 3.0);
    const CentreMatrix start = firstRows(x, 4);
    const KMeansResult ref = referenceLloyd(x, start, 300, 1e-4);
    NullProgress p;
    const KMeansResult r = KMeans(givenStart(start, KMeansAlgorithm::Lloyd)).fit(x, p);
    EXPECT_EQ(r.labels, ref.labels);
    EXPECT_EQ(r.iterations, ref.iterations);
    EXPECT_EQ(r.converged, ref.converged);
    EXPECT_LE((r.centres - ref.centres).cwiseAbs().maxCoeff(), 1e-10);
    EXPECT_REL_NEAR(r.inertia, ref.inertia, 1e-12);
    EXPECT_EQ(r.sizes, ref.sizes);
}

TEST(KMeans, ElkanMatchesReferenceFromSameCentres) {
    const FeatureMatrix x = blobs(3000, 5, 6, 12, 4.0);
    const CentreMatrix start = firstRows(x, 6);
    for (const double tol : {1e-4, 0.0}) {
        const KMeansResult ref = referenceLloyd(x, start, 300, tol);
        NullProgress p;
        KMeansOptions o = givenStart(start, KMeansAlgorithm::Elkan);
        o.tol = tol;
        const KMeansResult r = KMeans(o).fit(x, p);
        EXPECT_EQ(r.labels, ref.labels) << "tol " << tol;
        EXPECT_EQ(r.iterations, ref.iterations) << "tol " << tol;
        EXPECT_LE((r.centres - ref.centres).cwiseAbs().maxCoeff(), 1e-10);
        EXPECT_REL_NEAR(r.inertia, ref.inertia, 1e-12);
    }
}

TEST(KMeans, ElkanAndLloydAgreeWithRestartsAndSeveralBlocks) {
    // More rows than one parallel block (4096), so block partial sums are combined.
    const FeatureMatrix x = blobs(10000, 3, 5, 13, 5.0);
    KMeansOptions o;
    o.k = 7;
    o.nInit = 3;
    o.seed = 5;
    NullProgress p;
    const KMeansResult lloyd = KMeans(o).fit(x, p);
    o.algorithm = KMeansAlgorithm::Elkan;
    const KMeansResult elkan = KMeans(o).fit(x, p);
    EXPECT_EQ(lloyd.labels, elkan.labels);
    EXPECT_EQ(lloyd.runInertias.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_REL_NEAR(elkan.runInertias[i], lloyd.runInertias[i], 1e-12);
    }
    EXPECT_LE((lloyd.centres - elkan.centres).cwiseAbs().maxCoeff(), 1e-12);
}

TEST(KMeans, LowestInertiaRunWinsAndSeedsReproduce) {
    const FeatureMatrix x = blobs(2000, 4, 6, 14, 6.0);
    KMeansOptions o;
    o.k = 6;
    o.nInit = 6;
    o.seed = 99;
    NullProgress p;
    const KMeansResult a = KMeans(o).fit(x, p);
    const KMeansResult b = KMeans(o).fit(x, p);
    ASSERT_EQ(a.runInertias.size(), 6u);
    const auto best = std::min_element(a.runInertias.begin(), a.runInertias.end());
    EXPECT_EQ(a.bestRun, int(best - a.runInertias.begin())); // min_element: the earliest minimum
    EXPECT_EQ(a.inertia, *best);
    EXPECT_EQ(a.labels, b.labels);
    EXPECT_EQ(a.runInertias, b.runInertias);
    // The inertia reported is that of the labels and centres returned.
    double expected = 0.0;
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        expected += (x.row(i) - a.centres.row(a.labels[std::size_t(i)])).squaredNorm();
    }
    EXPECT_REL_NEAR(a.inertia, expected, 1e-12);
}

TEST(KMeans, KMeansPlusPlusFindsSeparatedBlobs) {
    const FeatureMatrix x = blobs(1500, 6, 5, 15, 0.3);
    KMeansOptions o;
    o.k = 5;
    o.seed = 3;
    NullProgress p;
    const KMeansResult r = KMeans(o).fit(x, p);
    // The truth: the nearest of the generating centres, which the blobs are far apart enough to
    // recover exactly (labels compared up to permutation through the ARI).
    Random rng(15);
    CentreMatrix truth(5, 6);
    for (int j = 0; j < 5; ++j) {
        for (int f = 0; f < 6; ++f) {
            truth(j, f) = 20.0 * rng.uniform() - 10.0;
        }
    }
    EXPECT_DOUBLE_EQ(adjustedRandIndex(r.labels, assignNearest(x, truth)), 1.0);
    EXPECT_TRUE(r.converged);
}

TEST(KMeans, RandomInitUsesDistinctRows) {
    FeatureMatrix x(12, 1);
    for (int i = 0; i < 12; ++i) {
        x(i, 0) = i;
    }
    KMeansOptions o;
    o.k = 12; // every row a cluster: only possible with 12 distinct starting rows
    o.init = KMeansInit::Random;
    o.nInit = 2;
    NullProgress p;
    const KMeansResult r = KMeans(o).fit(x, p);
    EXPECT_DOUBLE_EQ(r.inertia, 0.0);
    EXPECT_EQ(std::set<int>(r.labels.begin(), r.labels.end()).size(), 12u);
}

TEST(KMeans, EmptyClusterTakesTheFarthestRow) {
    // Expected from scikit-learn 1.2.1 (its _relocate_empty_clusters):
    // /usr/bin/python3 -c "import numpy as np; from sklearn.cluster import KMeans;
    //   X=np.array([[1],[2],[3],[10],[11]],float);
    //   km=KMeans(n_clusters=3, init=np.array([[1.0],[1000.0],[10.5]]), n_init=1).fit(X);
    //   print(km.cluster_centers_.ravel(), km.labels_)"  ->  [1.5 3. 10.5] [0 0 1 2 2]
    // Centre 1 starts far from every row, so it is empty after the first assignment and takes
    // row 2 (value 3), the farthest from its centre.
    FeatureMatrix x(5, 1);
    x << 1, 2, 3, 10, 11;
    CentreMatrix start(3, 1);
    start << 1, 1000, 10.5;
    for (const auto algorithm : {KMeansAlgorithm::Lloyd, KMeansAlgorithm::Elkan}) {
        NullProgress p;
        const KMeansResult r = KMeans(givenStart(start, algorithm)).fit(x, p);
        EXPECT_EQ(r.labels, (Labels{0, 0, 1, 2, 2}));
        EXPECT_DOUBLE_EQ(r.centres(0, 0), 1.5);
        EXPECT_DOUBLE_EQ(r.centres(1, 0), 3.0);
        EXPECT_DOUBLE_EQ(r.centres(2, 0), 10.5);
        EXPECT_DOUBLE_EQ(r.inertia, 1.0);
        const KMeansResult ref = referenceLloyd(x, start, 300, 1e-4);
        EXPECT_EQ(ref.labels, r.labels);
    }
}

TEST(KMeans, EmptyClusterRelocationOnBlobsMatchesReference) {
    const FeatureMatrix x = blobs(2000, 3, 4, 16, 2.0);
    CentreMatrix start = firstRows(x, 5);
    start.row(2).setConstant(1e6); // far from everything: empty after the first assignment
    start.row(4).setConstant(-1e6);
    const KMeansResult ref = referenceLloyd(x, start, 300, 1e-4);
    for (const auto algorithm : {KMeansAlgorithm::Lloyd, KMeansAlgorithm::Elkan}) {
        NullProgress p;
        const KMeansResult r = KMeans(givenStart(start, algorithm)).fit(x, p);
        EXPECT_EQ(r.labels, ref.labels);
        EXPECT_LE((r.centres - ref.centres).cwiseAbs().maxCoeff(), 1e-10);
        for (const std::int64_t size : r.sizes) {
            EXPECT_GT(size, 0);
        }
    }
}

TEST(KMeans, MoreClustersThanDistinctRowsLeavesEmptyClustersInPlace) {
    FeatureMatrix x(4, 1);
    x << 2, 2, 5, 5;
    CentreMatrix start(3, 1);
    start << 2, 5, 9;
    NullProgress p;
    const KMeansResult r = KMeans(givenStart(start, KMeansAlgorithm::Lloyd)).fit(x, p);
    EXPECT_EQ(r.labels, (Labels{0, 0, 1, 1}));
    EXPECT_DOUBLE_EQ(r.centres(2, 0), 9.0); // nothing to move: every row sits on its centre
    EXPECT_EQ(r.sizes[2], 0);
}

TEST(KMeans, MaxIterStopAssignsOnceMore) {
    const FeatureMatrix x = blobs(1000, 3, 4, 17, 6.0);
    KMeansOptions o = givenStart(firstRows(x, 4), KMeansAlgorithm::Lloyd);
    o.maxIter = 1;
    NullProgress p;
    const KMeansResult r = KMeans(o).fit(x, p);
    EXPECT_EQ(r.iterations, 1);
    EXPECT_FALSE(r.converged);
    EXPECT_EQ(r.labels, assignNearest(x, r.centres)); // labels belong to the returned centres
    const KMeansResult ref = referenceLloyd(x, firstRows(x, 4), 1, 1e-4);
    EXPECT_EQ(r.labels, ref.labels);
    EXPECT_REL_NEAR(r.inertia, ref.inertia, 1e-12);
}

TEST(KMeans, AssignNearestBreaksTiesTowardsLowerIndex) {
    FeatureMatrix x(3, 1);
    x << 0, 1, 2;
    CentreMatrix c(3, 1);
    c << 2, 0, 2; // row 1 is as far from centre 0 as from centre 1; row 2 sits on centres 0 and 2
    EXPECT_EQ(assignNearest(x, c), (Labels{1, 0, 0}));
}

TEST(KMeans, SameBitsForOneAndTwoThreads) {
    ThreadCountGuard guard;
    const FeatureMatrix x = blobs(20000, 6, 5, 18, 4.0);
    for (const auto algorithm : {KMeansAlgorithm::Lloyd, KMeansAlgorithm::Elkan}) {
        KMeansOptions o;
        o.k = 6;
        o.nInit = 3;
        o.seed = 21;
        o.algorithm = algorithm;
        NullProgress p;
        setThreadCount(1);
        const KMeansResult one = KMeans(o).fit(x, p);
        setThreadCount(2);
        const KMeansResult two = KMeans(o).fit(x, p);
        EXPECT_EQ(one.labels, two.labels);
        EXPECT_TRUE(one.centres == two.centres); // bit for bit
        EXPECT_EQ(one.inertia, two.inertia);
        EXPECT_EQ(one.runInertias, two.runInertias);
        EXPECT_EQ(one.iterations, two.iterations);
    }
}

TEST(KMeans, RestartsRunTogetherGiveTheBitsOfRestartsAlone) {
    // On 2 threads the Lloyd restarts run in groups that share each pass over the rows
    // (iterateTogether), in two waves for 12 restarts; on 1 thread each runs alone. Cases: the
    // tolerance stop, the strict stop (tol 0), the max_iter stop, and random starts on rows with
    // duplicates (empty clusters relocated).
    ThreadCountGuard guard;
    const FeatureMatrix x = blobs(9000, 5, 4, 23, 2.5);
    FeatureMatrix duplicated(6000, 3);
    for (std::int64_t i = 0; i < duplicated.rows(); ++i) {
        for (std::int64_t f = 0; f < 3; ++f) {
            duplicated(i, f) = double((i * 7 + f) % 5);
        }
    }
    struct Case {
        const FeatureMatrix* data;
        double tol;
        int maxIter;
        KMeansInit init;
        int k;
    };
    const Case cases[] = {{&x, 1e-4, 300, KMeansInit::KMeansPlusPlus, 7},
                          {&x, 0.0, 300, KMeansInit::KMeansPlusPlus, 7},
                          {&x, 1e-4, 3, KMeansInit::KMeansPlusPlus, 9},
                          {&duplicated, 1e-4, 300, KMeansInit::Random, 8}};
    for (const Case& c : cases) {
        KMeansOptions o;
        o.k = c.k;
        o.nInit = 12;
        o.seed = 4;
        o.tol = c.tol;
        o.maxIter = c.maxIter;
        o.init = c.init;
        NullProgress p;
        setThreadCount(1);
        const KMeansResult one = KMeans(o).fit(*c.data, p);
        setThreadCount(2);
        const KMeansResult two = KMeans(o).fit(*c.data, p);
        EXPECT_EQ(one.labels, two.labels);
        EXPECT_TRUE(one.centres == two.centres); // bit for bit
        EXPECT_EQ(one.runInertias, two.runInertias);
        EXPECT_EQ(one.iterations, two.iterations);
        EXPECT_EQ(one.converged, two.converged);
        EXPECT_EQ(one.bestRun, two.bestRun);
        EXPECT_EQ(one.runInertias.size(), 12u);
    }
}

TEST(KMeans, ReportsProgressAndHonoursCancel) {
    const FeatureMatrix x = blobs(500, 2, 3, 19, 2.0);
    KMeansOptions o;
    o.k = 3;
    o.nInit = 2;
    std::int64_t last = -1;
    std::int64_t lastTotal = 0;
    bool monotone = true;
    CallbackProgress progress([&](std::int64_t done, std::int64_t total, std::string_view stage) {
        EXPECT_EQ(stage, "kmeans");
        monotone = monotone && done >= last && done <= total;
        last = done;
        lastTotal = total;
    });
    KMeans(o).fit(x, progress);
    EXPECT_TRUE(monotone);
    EXPECT_EQ(last, lastTotal);

    for (const auto algorithm : {KMeansAlgorithm::Lloyd, KMeansAlgorithm::Elkan}) {
        o.algorithm = algorithm;
        CancelAfterReports cancel;
        EXPECT_THROW(KMeans(o).fit(x, cancel), Cancelled);
    }
}

TEST(KMeans, RejectsBadInput) {
    const FeatureMatrix x = blobs(10, 2, 2, 20, 1.0);
    NullProgress p;
    std::string subject;
    KMeansOptions o;
    o.k = 11;
    EXPECT_EQ(errorCodeOf([&] { KMeans(o).fit(x, p); }), ErrorCode::TooFewRows);
    o.k = 0;
    EXPECT_EQ(errorCodeOf([&] { KMeans(o).fit(x, p); }, &subject), ErrorCode::InvalidOption);
    EXPECT_EQ(subject, "k");
    o.k = 2;
    o.nInit = 0;
    EXPECT_EQ(errorCodeOf([&] { KMeans(o).fit(x, p); }, &subject), ErrorCode::InvalidOption);
    EXPECT_EQ(subject, "n_init");
    o.nInit = 1;
    o.maxIter = 0;
    EXPECT_EQ(errorCodeOf([&] { KMeans(o).fit(x, p); }, &subject), ErrorCode::InvalidOption);
    EXPECT_EQ(subject, "max_iter");
    o.maxIter = 300;

    FeatureMatrix bad = x;
    bad(7, 1) = std::numeric_limits<double>::quiet_NaN();
    try {
        KMeans(o).fit(bad, p);
        ADD_FAILURE() << "NaN accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::NonFiniteValue);
        EXPECT_EQ(e.line(), 8);   // 1-based row
        EXPECT_EQ(e.column(), 2); // 1-based feature
    }
    bad(7, 1) = std::numeric_limits<double>::infinity();
    EXPECT_EQ(errorCodeOf([&] { KMeans(o).fit(bad, p); }), ErrorCode::NonFiniteValue);

    o.init = KMeansInit::Given;
    o.initialCentres = CentreMatrix::Zero(3, 2); // k = 2 wanted
    EXPECT_EQ(errorCodeOf([&] { KMeans(o).fit(x, p); }, &subject), ErrorCode::InvalidOption);
    EXPECT_EQ(subject, "initial_centres");
    EXPECT_EQ(errorCodeOf([&] { assignNearest(x, CentreMatrix::Zero(2, 3)); }),
              ErrorCode::InvalidOption);
}

} // namespace
} // namespace gugus::core
