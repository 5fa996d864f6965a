// Cluster metrics against hand computations and scikit-learn 1.2.1 values (each with the python
// one-liner that produced it), plus determinism, sampling, cancellation and edge cases.
#include "common/error.h"
#include "common/parallel.h"
#include "common/random.h"
#include "metrics/cluster_metrics.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace gugus::core {
namespace {

using test::CancelAfterReports;
using test::errorCodeOf;
using test::ThreadCountGuard;

FeatureMatrix sixPoints() {
    FeatureMatrix x(6, 2);
    x << 0, 0, 0, 1, 1, 0, 4, 4, 4, 5, 5, 4;
    return x;
}

/// 300 x 4 rational values that numpy reproduces exactly:
/// i=np.arange(300)[:,None]; f=np.arange(4)[None,:]; X=((i*7+f*13+(i*f)%5)%29)/7.0
FeatureMatrix rationalData() {
    FeatureMatrix x(300, 4);
    for (int i = 0; i < 300; ++i) {
        for (int f = 0; f < 4; ++f) {
            x(i, f) = double((i * 7 + f * 13 + (i * f) % 5) % 29) / 7.0;
        }
    }
    return x;
}

Labels moduloLabels(std::int64_t n, int k) {
    Labels l(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        l[std::size_t(i)] = int(i % k);
    }
    return l;
}

FeatureMatrix randomData(std::int64_t n, std::int64_t d, std::uint64_t seed) {
    Random rng(seed);
    FeatureMatrix x(n, d);
    for (std::int64_t i = 0; i < n; ++i) {
        for (std::int64_t f = 0; f < d; ++f) {
            x(i, f) = rng.uniform() * 10.0 + double(i % 3) * 4.0;
        }
    }
    return x;
}

/// Equal element by element, NaN matching NaN (rows a sampled silhouette did not score).
::testing::AssertionResult sameValues(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size()) {
        return ::testing::AssertionFailure() << "sizes " << a.size() << " and " << b.size();
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!(a[i] == b[i]) && !(std::isnan(a[i]) && std::isnan(b[i]))) {
            return ::testing::AssertionFailure() << "row " << i << ": " << a[i] << " vs " << b[i];
        }
    }
    return ::testing::AssertionSuccess();
}

TEST(Metrics, SixPointsByHandAndScikitLearn) {
    const FeatureMatrix x = sixPoints();
    const Labels l{0, 0, 0, 1, 1, 1};
    // Means (1/3, 1/3), (13/3, 13/3): each cluster has squared distances 2/9 + 5/9 + 5/9 = 4/3.
    EXPECT_NEAR(inertia(x, l, 2), 8.0 / 3.0, 1e-13);
    // Calinski-Harabasz by hand: extra = 6 * (2 * 2^2) = 48, intra = 8/3, (n - k)/(k - 1) = 4:
    // 48 * 4 / (8/3) = 72. scikit-learn: 71.99999999999997.
    EXPECT_REL_NEAR(calinskiHarabasz(x, l, 2), 72.0, 1e-12);
    // /usr/bin/python3 -c "import numpy as np; from sklearn.metrics import davies_bouldin_score as
    // f;
    //   print(repr(f(np.array([[0,0],[0,1],[1,0],[4,4],[4,5],[5,4]],float),[0,0,0,1,1,1])))"
    EXPECT_REL_NEAR(daviesBouldin(x, l, 2), 0.23123764778713174, 1e-12);
    // /usr/bin/python3 -c "import numpy as np; from sklearn.metrics import silhouette_samples as f;
    //   print([repr(v) for v in
    //   f(np.array([[0,0],[0,1],[1,0],[4,4],[4,5],[5,4]],float),[0,0,0,1,1,1])])"
    const double expected[] = {0.8375137676051518, 0.7803637238418593, 0.7803637238418593,
                               0.8083906286540756, 0.7975890428119106, 0.7975890428119106};
    NullProgress p;
    const SilhouetteResult s = silhouette(x, l, 2, p);
    ASSERT_EQ(s.samples.size(), 6u);
    for (int i = 0; i < 6; ++i) {
        EXPECT_REL_NEAR(s.samples[std::size_t(i)], expected[i], 1e-12);
    }
    EXPECT_REL_NEAR(s.mean, 0.8003016549277945, 1e-12);
    EXPECT_REL_NEAR(s.perCluster[0], (expected[0] + expected[1] + expected[2]) / 3.0, 1e-12);
    EXPECT_EQ(s.sampleSize, 6);
    EXPECT_FALSE(s.sampled);
}

TEST(Metrics, SingletonScoresZero) {
    // /usr/bin/python3 -c "import numpy as np; from sklearn.metrics import *;
    //   X=np.array([[0,0],[0,1],[1,0],[4,4],[4,5],[9,9]],float); l=[0,0,0,1,1,2];
    //   print([repr(v) for v in silhouette_samples(X,l)], repr(silhouette_score(X,l)),
    //         repr(calinski_harabasz_score(X,l)), repr(davies_bouldin_score(X,l)))"
    FeatureMatrix x(6, 2);
    x << 0, 0, 0, 1, 1, 0, 4, 4, 4, 5, 9, 9;
    const Labels l{0, 0, 0, 1, 1, 2};
    const double expected[] = {0.8341622249021181, 0.7734590803390134, 0.7771005184205394,
                               0.8083906286540756, 0.8323172727195469, 0.0};
    NullProgress p;
    const SilhouetteResult s = silhouette(x, l, 3, p);
    for (int i = 0; i < 6; ++i) {
        EXPECT_NEAR(s.samples[std::size_t(i)], expected[i], 1e-12);
    }
    EXPECT_REL_NEAR(s.mean, 0.6709049541725488, 1e-12);
    EXPECT_REL_NEAR(calinskiHarabasz(x, l, 3), 98.99999999999999, 1e-12);
    EXPECT_REL_NEAR(daviesBouldin(x, l, 3), 0.16339287997136429, 1e-12);
}

TEST(Metrics, RationalDataMatchScikitLearn) {
    // /usr/bin/python3 -c "import numpy as np; from sklearn.metrics import *;
    //   i=np.arange(300)[:,None]; f=np.arange(4)[None,:]; X=((i*7+f*13+(i*f)%5)%29)/7.0;
    //   l=np.arange(300)%3; print(repr(silhouette_score(X,l)), repr(calinski_harabasz_score(X,l)),
    //   repr(davies_bouldin_score(X,l)))"
    const FeatureMatrix x = rationalData();
    const Labels l = moduloLabels(300, 3);
    NullProgress p;
    // Distances through |x|^2 - 2 x.y + |y|^2 carry ~1e-15 absolute error each, as scikit-learn's;
    // a mean this close to 0 is therefore compared absolutely.
    EXPECT_NEAR(silhouette(x, l, 3, p).mean, -0.014331588959782123, 1e-11);
    EXPECT_REL_NEAR(calinskiHarabasz(x, l, 3), 0.06996566422398, 1e-10);
    EXPECT_REL_NEAR(daviesBouldin(x, l, 3), 66.1186799255563, 1e-10);
}

TEST(Metrics, NegativeLabelsAreLeftOut) {
    FeatureMatrix x(9, 2);
    x << 0, 0, 0, 1, 1, 0, 100, 100, 4, 4, 4, 5, 5, 4, -50, 7, 3, 3;
    const Labels l{0, 0, 0, kNoise, 1, 1, 1, kUnassigned, kNoise};
    const FeatureMatrix clean = sixPoints();
    const Labels cleanLabels{0, 0, 0, 1, 1, 1};
    EXPECT_DOUBLE_EQ(inertia(x, l, 2), inertia(clean, cleanLabels, 2));
    EXPECT_DOUBLE_EQ(calinskiHarabasz(x, l, 2), calinskiHarabasz(clean, cleanLabels, 2));
    EXPECT_DOUBLE_EQ(daviesBouldin(x, l, 2), daviesBouldin(clean, cleanLabels, 2));
    NullProgress p;
    const SilhouetteResult s = silhouette(x, l, 2, p);
    EXPECT_TRUE(std::isnan(s.samples[3]));
    EXPECT_TRUE(std::isnan(s.samples[7]));
    EXPECT_EQ(s.sampleSize, 6);
    EXPECT_DOUBLE_EQ(s.mean, silhouette(clean, cleanLabels, 2, p).mean);
}

TEST(Metrics, EmptyClustersAreIgnored) {
    const FeatureMatrix x = sixPoints();
    const Labels sparse{0, 0, 0, 3, 3, 3}; // clusters 1 and 2 empty
    const Labels dense{0, 0, 0, 1, 1, 1};
    EXPECT_DOUBLE_EQ(calinskiHarabasz(x, sparse, 4), calinskiHarabasz(x, dense, 2));
    EXPECT_DOUBLE_EQ(daviesBouldin(x, sparse, 4), daviesBouldin(x, dense, 2));
    NullProgress p;
    const SilhouetteResult s = silhouette(x, sparse, 4, p);
    EXPECT_DOUBLE_EQ(s.mean, silhouette(x, dense, 2, p).mean);
    EXPECT_TRUE(std::isnan(s.perCluster[1]));
}

TEST(Metrics, DegenerateCases) {
    // Coincident centroids: scikit-learn's Davies-Bouldin returns 0 (np.allclose(distances, 0)).
    FeatureMatrix ring(4, 2);
    ring << -1, 0, 1, 0, 0, -1, 0, 1;
    EXPECT_DOUBLE_EQ(daviesBouldin(ring, Labels{0, 0, 1, 1}, 2), 0.0);
    // Every cluster a single repeated point: no intra-cluster spread. CH is then 1 by definition,
    // DB is 0, and each silhouette is (b - 0) / b = 1.
    FeatureMatrix twins(4, 2);
    twins << 0, 0, 0, 0, 1, 1, 1, 1;
    const Labels l{0, 0, 1, 1};
    EXPECT_DOUBLE_EQ(calinskiHarabasz(twins, l, 2), 1.0);
    EXPECT_DOUBLE_EQ(daviesBouldin(twins, l, 2), 0.0);
    NullProgress p;
    EXPECT_DOUBLE_EQ(silhouette(twins, l, 2, p).mean, 1.0);
    EXPECT_DOUBLE_EQ(inertia(twins, l, 2), 0.0);
}

TEST(Metrics, RejectsTooFewClustersAndBadLabels) {
    const FeatureMatrix x = sixPoints();
    NullProgress p;
    const Labels one{0, 0, 0, 0, 0, 0};
    const Labels each{0, 1, 2, 3, 4, 5};
    EXPECT_EQ(errorCodeOf([&] { silhouette(x, one, 1, p); }), ErrorCode::TooFewRows);
    EXPECT_EQ(errorCodeOf([&] { silhouette(x, each, 6, p); }), ErrorCode::TooFewRows);
    EXPECT_EQ(errorCodeOf([&] { calinskiHarabasz(x, one, 1); }), ErrorCode::TooFewRows);
    EXPECT_EQ(errorCodeOf([&] { daviesBouldin(x, each, 6); }), ErrorCode::TooFewRows);
    EXPECT_EQ(errorCodeOf([&] {
                  inertia(x, Labels{0, 0, 0, 2, 2, 2}, 2);
              }),
              ErrorCode::InvalidOption); // label >= k
    EXPECT_EQ(errorCodeOf([&] { inertia(x, Labels{0, 1}, 2); }), ErrorCode::InvalidOption);
    FeatureMatrix bad = x;
    bad(2, 0) = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(errorCodeOf([&] {
                  silhouette(bad, Labels{0, 0, 0, 1, 1, 1}, 2, p);
              }),
              ErrorCode::NonFiniteValue);
    EXPECT_EQ(errorCodeOf([&] {
                  silhouetteSampled(x, Labels{0, 0, 0, 1, 1, 1}, 2, 0, 1, p);
              }),
              ErrorCode::InvalidOption);
    EXPECT_EQ(errorCodeOf([&] {
                  silhouetteSampled(x, Labels{0, 0, 0, 1, 1, 1}, 2, 3, 1, p, 0);
              }),
              ErrorCode::InvalidOption); // reference_size
}

TEST(Metrics, SampledSilhouetteUsesExactTermsForSampledRows) {
    const FeatureMatrix x = randomData(1500, 5, 3);
    const Labels l = moduloLabels(1500, 3);
    NullProgress p;
    const SilhouetteResult exact = silhouette(x, l, 3, p);

    // A sample of every row is the exact computation.
    const SilhouetteResult all = silhouetteSampled(x, l, 3, 1500, 7, p);
    EXPECT_FALSE(all.sampled);
    EXPECT_EQ(all.samples, exact.samples);
    EXPECT_EQ(all.mean, exact.mean);

    const SilhouetteResult part = silhouetteSampled(x, l, 3, 200, 7, p);
    EXPECT_TRUE(part.sampled);
    EXPECT_EQ(part.sampleSize, 200);
    std::int64_t drawn = 0;
    double sum = 0.0;
    for (std::size_t i = 0; i < l.size(); ++i) {
        if (std::isnan(part.samples[i])) {
            continue;
        }
        ++drawn;
        sum += exact.samples[i];
        EXPECT_NEAR(part.samples[i], exact.samples[i], 1e-12); // a and b are over all rows
    }
    EXPECT_EQ(drawn, 200);
    EXPECT_REL_NEAR(part.mean, sum / 200.0, 1e-12);
    // Seeded: the same seed draws the same rows, another seed others.
    EXPECT_TRUE(sameValues(silhouetteSampled(x, l, 3, 200, 7, p).samples, part.samples));
    EXPECT_NE(silhouetteSampled(x, l, 3, 200, 8, p).mean, part.mean);
}

/// n rows of `centres` isotropic Gaussian blobs in d dimensions (unit spread, centres spread by
/// `separation`); labels are the true blobs. Box-Muller on our own generator, so seeded.
std::pair<FeatureMatrix, Labels> gaussianBlobs(std::int64_t n, std::int64_t d, int centres,
                                               double separation, std::uint64_t seed) {
    Random rng(seed);
    const auto normal = [&rng] {
        const double u = 1.0 - rng.uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * rng.uniform());
    };
    FeatureMatrix c(centres, d);
    for (int j = 0; j < centres; ++j) {
        for (std::int64_t f = 0; f < d; ++f) {
            c(j, f) = normal() * separation;
        }
    }
    FeatureMatrix x(n, d);
    Labels l(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        l[std::size_t(i)] = int(rng.below(std::uint64_t(centres)));
        for (std::int64_t f = 0; f < d; ++f) {
            x(i, f) = c(l[std::size_t(i)], f) + normal();
        }
    }
    return {x, l};
}

// The estimate (10,000 rows against a stratified reference of 10,000) is within 0.01 of the
// exact silhouette on mid-size data: well and poorly separated blobs, and a labelling with no
// structure at all. Its standard error is small and covers the row sampling. The sanitizer build
// draws 4,000 of 8,000 rows against a reference of 4,000: still a sample and a stratified
// reference (every cluster is larger than its share), at a ninth of the cost of the exact pass.
TEST(Metrics, SampledSilhouetteIsWithinOneHundredthOfExact) {
#ifdef GUGUS_SANITIZED
    constexpr std::int64_t rows = 8000, drawn = 4000, reference = 4000;
#else
    constexpr std::int64_t rows = 24000, drawn = 10000, reference = kSilhouetteReferenceSize;
    static_assert(reference == 10000);
#endif
    NullProgress p;
    struct Case {
        double separation;
        int k;
    };
    for (const Case c : {Case{3.0, 5}, Case{1.0, 4}, Case{0.0, 8}}) {
        const auto [x, l] = gaussianBlobs(rows, 10, c.k, c.separation, 11);
        const SilhouetteResult exact = silhouette(x, l, c.k, p);
        const SilhouetteResult est = silhouetteSampled(x, l, c.k, drawn, 5, p, reference);
        EXPECT_TRUE(est.sampled);
        EXPECT_EQ(est.sampleSize, drawn);
        EXPECT_LE(est.referenceSize, reference + c.k);
        EXPECT_GE(est.referenceSize, reference);
        EXPECT_NEAR(est.mean, exact.mean, 0.01) << "separation " << c.separation;
        EXPECT_GT(est.standardError, 0.0);
        EXPECT_LT(est.standardError, 0.005);
        for (int j = 0; j < c.k; ++j) {
            EXPECT_NEAR(est.perCluster[std::size_t(j)], exact.perCluster[std::size_t(j)], 0.02);
        }
        EXPECT_EQ(exact.standardError, 0.0);
        EXPECT_EQ(exact.referenceSize, rows);
    }
}

TEST(Metrics, SameBitsForOneAndTwoThreads) {
    ThreadCountGuard guard;
    const FeatureMatrix x = randomData(9000, 7, 5);
    const Labels l = moduloLabels(9000, 4);
    NullProgress p;
    setThreadCount(1);
    const SilhouetteResult s1 = silhouette(x, l, 4, p);
    const SilhouetteResult sampled1 = silhouetteSampled(x, l, 4, 1000, 3, p);
    // Clusters of 2,250 rows, larger than their share (250) of 1,000 reference rows: stratified.
    const SilhouetteResult stratified1 = silhouetteSampled(x, l, 4, 800, 3, p, 1000);
    EXPECT_EQ(stratified1.referenceSize, 1000);
    const double ch1 = calinskiHarabasz(x, l, 4);
    const double db1 = daviesBouldin(x, l, 4);
    const double in1 = inertia(x, l, 4);
    setThreadCount(2);
    const SilhouetteResult s2 = silhouette(x, l, 4, p);
    EXPECT_EQ(s1.samples, s2.samples);
    EXPECT_EQ(s1.mean, s2.mean);
    EXPECT_TRUE(sameValues(silhouetteSampled(x, l, 4, 1000, 3, p).samples, sampled1.samples));
    const SilhouetteResult stratified2 = silhouetteSampled(x, l, 4, 800, 3, p, 1000);
    EXPECT_TRUE(sameValues(stratified2.samples, stratified1.samples));
    EXPECT_EQ(stratified2.standardError, stratified1.standardError);
    EXPECT_EQ(calinskiHarabasz(x, l, 4), ch1);
    EXPECT_EQ(daviesBouldin(x, l, 4), db1);
    EXPECT_EQ(inertia(x, l, 4), in1);
}

TEST(Metrics, SilhouetteReportsProgressAndHonoursCancel) {
    const FeatureMatrix x = randomData(5000, 3, 9);
    const Labels l = moduloLabels(5000, 3);
    std::int64_t last = -1;
    std::int64_t lastTotal = 0;
    CallbackProgress progress([&](std::int64_t done, std::int64_t total, std::string_view stage) {
        EXPECT_EQ(stage, "silhouette");
        EXPECT_GE(done, last);
        last = done;
        lastTotal = total;
    });
    silhouette(x, l, 3, progress);
    EXPECT_EQ(last, lastTotal);
    CancelAfterReports cancel;
    EXPECT_THROW(silhouette(x, l, 3, cancel), Cancelled);
    CancelAfterReports cancelSampled;
    EXPECT_THROW(silhouetteSampled(x, l, 3, 100, 1, cancelSampled), Cancelled);
}

TEST(Metrics, AdjustedRandIndexKnownValues) {
    // /usr/bin/python3 -c "from sklearn.metrics import adjusted_rand_score as f;
    //   print(repr(f([0,0,1,1],[0,0,1,2])), repr(f([0,0,0,0],[0,1,2,3])),
    //         repr(f([0,0,1,1,2,2],[0,0,1,2,2,2])), repr(f([0,1,0,1],[0,0,1,1])))"
    EXPECT_REL_NEAR(adjustedRandIndex({0, 0, 1, 1}, {0, 0, 1, 2}), 0.5714285714285714, 1e-15);
    EXPECT_DOUBLE_EQ(adjustedRandIndex({0, 0, 0, 0}, {0, 1, 2, 3}), 0.0);
    EXPECT_REL_NEAR(adjustedRandIndex({0, 0, 1, 1, 2, 2}, {0, 0, 1, 2, 2, 2}), 0.4444444444444444,
                    1e-15);
    EXPECT_DOUBLE_EQ(adjustedRandIndex({0, 1, 0, 1}, {0, 0, 1, 1}), -0.5);
    // Invariant under renaming the clusters; identical partitions score 1.
    EXPECT_DOUBLE_EQ(adjustedRandIndex({0, 0, 1, 1, 2}, {7, 7, 3, 3, 5}), 1.0);
    EXPECT_DOUBLE_EQ(adjustedRandIndex({}, {}), 1.0);
    // Labels spread too widely for a table over their range are sorted instead: the same index.
    const int big = std::numeric_limits<int>::max();
    EXPECT_REL_NEAR(adjustedRandIndex({big, big, 0, 0, 1000000, 1000000}, {0, 0, 1, 2, 2, 2}),
                    0.4444444444444444, 1e-15);
    // Every negative label is the one class "noise".
    EXPECT_DOUBLE_EQ(adjustedRandIndex({kNoise, kUnassigned, 0, 0}, {5, 5, 1, 1}), 1.0);
    EXPECT_EQ(errorCodeOf([] { adjustedRandIndex({0, 1}, {0}); }), ErrorCode::InvalidOption);
}

TEST(Metrics, AdjustedRandIndexCountsPairsBeyond32Bits) {
    // 200,000 rows: n^2 = 4e10 pairs, more than 32 bits hold.
    // /usr/bin/python3 -c "import numpy as np; from sklearn.metrics import adjusted_rand_score as
    // f;
    //   i=np.arange(200000); print(repr(f(i%7,(i//3)%5)), repr(f(i%7,(i%7+(i%50==0))%7)))"
    const int n = 200000;
    Labels a(n);
    Labels b(n);
    Labels c(n);
    for (int i = 0; i < n; ++i) {
        a[std::size_t(i)] = i % 7;
        b[std::size_t(i)] = (i / 3) % 5;
        c[std::size_t(i)] = (i % 7 + (i % 50 == 0 ? 1 : 0)) % 7;
    }
    EXPECT_NEAR(adjustedRandIndex(a, b), -2.3997255916263147e-05, 1e-15);
    EXPECT_REL_NEAR(adjustedRandIndex(a, c), 0.9542652946300791, 1e-12);
}

TEST(CrossTab, CountsByHandAndLeavesNoiseOut) {
    // a: 0 0 1 1 -1 ; b: 1 1 0 1 0  -> (0,1)=2, (1,0)=1, (1,1)=1; the noise row is left out.
    const CrossTab t = crossTabulate({0, 0, 1, 1, -1}, 2, {1, 1, 0, 1, 0}, 2);
    EXPECT_EQ(t.rows, 4);
    EXPECT_EQ(t.counts, (std::vector<std::vector<std::int64_t>>{{0, 2}, {1, 1}}));
    EXPECT_DOUBLE_EQ(t.ari, adjustedRandIndex({0, 0, 1, 1}, {1, 1, 0, 1}));
    EXPECT_EQ(crossTabulate({0, 1}, 2, {1, 0}, 2).ari, 1.0); // a renumbering is the same
    EXPECT_EQ(errorCodeOf([] { crossTabulate({0}, 1, {0, 1}, 2); }), ErrorCode::InvalidOption);
}

} // namespace
} // namespace gugus::core
