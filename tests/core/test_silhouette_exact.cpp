// The exact silhouette's blocked, symmetric kernel (each block pair once, rows padded per cluster,
// round-robin over block pairs) against a plain O(n^2) reference written out pair by pair: sizes
// around the tile (8) and block (256) sizes, duplicates, singletons, noise and empty clusters,
// and the same bits for 1 and 4 threads. The sampled estimate runs the same register tiles over
// scored rows against a reference; with every row as its reference it too must match the plain
// reference. scikit-learn agreement is in test_metrics and test_golden. The 8-lane (AVX-512) tiles
// give the 4-lane tiles' bits, exact and sampled.
#include "common/parallel.h"
#include "common/random.h"
#include "metrics/cluster_metrics.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace gugus::core {
namespace {

using test::ThreadCountGuard;

/// sklearn.metrics.silhouette_samples written out: for every clustered pair the distance
/// sqrt(max(|x|^2 - 2 x.y + |y|^2, 0)) (0 for a row with itself), per-cluster mean distances, and
/// s = (b - a) / max(a, b), 0 for a singleton or when a = b = 0. NaN for rows with a label < 0.
std::vector<double> plainSilhouette(const FeatureMatrix& x, const Labels& l, int k) {
    const auto n = std::int64_t(l.size());
    std::vector<std::int64_t> counts(std::size_t(k), 0);
    for (const int c : l) {
        if (c >= 0) {
            ++counts[std::size_t(c)];
        }
    }
    std::vector<double> out(l.size(), std::numeric_limits<double>::quiet_NaN());
    for (std::int64_t i = 0; i < n; ++i) {
        const int own = l[std::size_t(i)];
        if (own < 0) {
            continue;
        }
        std::vector<double> sums(std::size_t(k), 0.0);
        for (std::int64_t j = 0; j < n; ++j) {
            const int c = l[std::size_t(j)];
            if (c < 0 || j == i) {
                continue;
            }
            const double v =
                -2.0 * x.row(i).dot(x.row(j)) + x.row(i).squaredNorm() + x.row(j).squaredNorm();
            sums[std::size_t(c)] += std::sqrt(std::max(v, 0.0));
        }
        if (counts[std::size_t(own)] == 1) {
            out[std::size_t(i)] = 0.0;
            continue;
        }
        const double a = sums[std::size_t(own)] / double(counts[std::size_t(own)] - 1);
        double b = std::numeric_limits<double>::infinity();
        for (int c = 0; c < k; ++c) {
            if (c != own && counts[std::size_t(c)] > 0) {
                b = std::min(b, sums[std::size_t(c)] / double(counts[std::size_t(c)]));
            }
        }
        const double m = std::max(a, b);
        out[std::size_t(i)] = m > 0.0 ? (b - a) / m : 0.0;
    }
    return out;
}

/// n x d values on a grid of quarters in [-4, 4): products and sums of these are exact in double,
/// so the reference and the kernel get the same distances whatever their order of operations
/// (duplicates exactly 0), and differ only by the order their sums are added in. Every fifth row
/// repeats an earlier row.
FeatureMatrix quarterGrid(std::int64_t n, std::int64_t d, std::uint64_t seed) {
    Random rng(seed);
    FeatureMatrix x(n, d);
    for (std::int64_t i = 0; i < n; ++i) {
        if (i % 5 == 4) {
            x.row(i) = x.row(std::int64_t(rng.below(std::uint64_t(i))));
            continue;
        }
        for (std::int64_t f = 0; f < d; ++f) {
            x(i, f) = double(std::int64_t(rng.below(32)) - 16) / 4.0;
        }
    }
    return x;
}

/// Labels over k - 1 clusters of uneven sizes (rows of the same cluster spread over the rows),
/// one singleton cluster k - 1 at row n / 2, and every 17th row noise.
Labels unevenLabels(std::int64_t n, int k, std::uint64_t seed) {
    Random rng(seed);
    Labels l(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        // Cluster c is drawn with weight c + 1, so the runs differ in length and padding.
        const auto u = std::int64_t(rng.below(std::uint64_t(k * (k - 1) / 2)));
        int c = 0;
        for (std::int64_t acc = 1; acc <= u; acc += c + 1) {
            ++c;
        }
        l[std::size_t(i)] = i % 17 == 16 ? kNoise : std::min(c, k - 2);
    }
    l[std::size_t(n / 2)] = k - 1;
    return l;
}

::testing::AssertionResult closeSamples(const std::vector<double>& got,
                                        const std::vector<double>& want, double tolerance) {
    if (got.size() != want.size()) {
        return ::testing::AssertionFailure() << "sizes " << got.size() << " and " << want.size();
    }
    for (std::size_t i = 0; i < got.size(); ++i) {
        const bool bothNan = std::isnan(got[i]) && std::isnan(want[i]);
        if (!bothNan && !(std::abs(got[i] - want[i]) <= tolerance)) {
            return ::testing::AssertionFailure()
                   << "row " << i << ": " << got[i] << " vs " << want[i];
        }
    }
    return ::testing::AssertionSuccess();
}

TEST(SilhouetteExact, MatchesPlainReferenceAroundBlockSizes) {
    NullProgress p;
    const int k = 5;
    for (const std::int64_t n : {7, 9, 31, 255, 256, 257, 263, 511, 513, 777}) {
        const FeatureMatrix x = quarterGrid(n, 5, std::uint64_t(n));
        const Labels l = unevenLabels(n, k, std::uint64_t(n) + 1);
        const SilhouetteResult s = silhouette(x, l, k, p);
        const std::vector<double> want = plainSilhouette(x, l, k);
        EXPECT_TRUE(closeSamples(s.samples, want, 1e-13)) << n << " rows";
        EXPECT_EQ(s.samples[std::size_t(n / 2)], 0.0) << "singleton, " << n << " rows";
        if (n > 16) {
            EXPECT_TRUE(std::isnan(s.samples[16])) << "noise, " << n << " rows";
        }
    }
}

TEST(SilhouetteExact, MatchesPlainReferenceOnRealValuesAndEmptyClusters) {
    NullProgress p;
    Random rng(3);
    const std::int64_t n = 1100;
    FeatureMatrix x(n, 18);
    Labels l(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        l[std::size_t(i)] = int(rng.below(3)) * 2; // clusters 0, 2, 4; 1 and 3 empty
        for (std::int64_t f = 0; f < 18; ++f) {
            x(i, f) = rng.uniform() * 3.0 + double(l[std::size_t(i)]) * 0.3;
        }
    }
    const SilhouetteResult s = silhouette(x, l, 5, p);
    // Different dot-product orders give ~1e-15 relative distance differences.
    EXPECT_TRUE(closeSamples(s.samples, plainSilhouette(x, l, 5), 1e-11));
    EXPECT_TRUE(std::isnan(s.perCluster[1]));
    EXPECT_EQ(s.sampleSize, n);
}

// The sampled rows meet themselves at scattered reference positions (not on a diagonal), and a
// row's distance to itself must be exactly 0: with coordinates around 100 the rounding of
// |x|^2 - 2 x.x + |x|^2 is ~1e-11, whose root (~3e-6) would show in a. Sample sizes leave partial
// 4-row tiles, and the clusters' runs partial 8-row groups.
TEST(SilhouetteExact, SampledRowsAgainstEveryRowMatchPlainReference) {
    NullProgress p;
    const int k = 5;
    for (const std::int64_t n : {9, 263, 777}) {
        FeatureMatrix x(n, 18);
        Random rng(static_cast<std::uint64_t>(n));
        for (std::int64_t i = 0; i < n; ++i) {
            for (std::int64_t f = 0; f < 18; ++f) {
                x(i, f) = 100.0 + rng.uniform() * 2.0;
            }
        }
        const Labels l = unevenLabels(n, k, std::uint64_t(n) + 1);
        const std::vector<double> want = plainSilhouette(x, l, k);
        for (const std::int64_t drawn : {std::int64_t(1), std::int64_t(7), n / 2 + 1}) {
            // A reference of n rows per cluster holds every row: the exact terms.
            const SilhouetteResult s = silhouetteSampled(x, l, k, drawn, 11, p, n * k);
            ASSERT_TRUE(s.sampled) << n << " rows, " << drawn << " drawn";
            std::int64_t scored = 0;
            for (std::size_t i = 0; i < l.size(); ++i) {
                if (std::isnan(s.samples[i])) {
                    continue;
                }
                ++scored;
                EXPECT_NEAR(s.samples[i], want[i], 1e-9) << n << " rows, row " << i;
            }
            EXPECT_EQ(scored, drawn) << n << " rows";
            EXPECT_EQ(s.referenceSize, n - (n + 1) / 17) << n << " rows"; // all but the noise
        }
    }
}

TEST(SilhouetteExact, SameBitsForOneAndFourThreads) {
    ThreadCountGuard guard;
    NullProgress p;
    // 3,001 rows: 12 blocks, so every round runs several block pairs at once.
    const std::int64_t n = 3001;
    const FeatureMatrix x = quarterGrid(n, 7, 5);
    Random rng(9);
    FeatureMatrix noisy = x;
    for (std::int64_t i = 0; i < n; ++i) {
        noisy(i, 0) += rng.uniform(); // real values, so the order of additions matters
    }
    const Labels l = unevenLabels(n, 6, 4);
    setThreadCount(1);
    const SilhouetteResult one = silhouette(noisy, l, 6, p);
    setThreadCount(4);
    const SilhouetteResult four = silhouette(noisy, l, 6, p);
    ASSERT_EQ(one.samples.size(), four.samples.size());
    for (std::size_t i = 0; i < one.samples.size(); ++i) {
        EXPECT_TRUE(std::memcmp(&one.samples[i], &four.samples[i], sizeof(double)) == 0) << i;
    }
    EXPECT_EQ(one.mean, four.mean);
    EXPECT_EQ(one.perCluster, four.perCluster);
}

TEST(SilhouetteExact, EightLanesGiveTheBitsOfFourLanes) {
    // Real values (the order of every sum shows), coordinates around 100 (a row's distance to
    // itself must still be exactly 0), duplicates, noise, a singleton and an empty cluster; sizes
    // around the tile (4 x 8) and block (256) sizes; the exact pass (row and column sums) and
    // the sampled estimate (self pairs at scattered positions, partial row tiles).
    GUGUS_REQUIRE_WIDE_KERNELS();
    ThreadCountGuard guard;
    setThreadCount(2);
    NullProgress p;
    const int k = 6;
    for (const std::int64_t n : {9, 263, 777, 1500}) {
        FeatureMatrix x = quarterGrid(n, 18, std::uint64_t(n) + 7);
        Random rng{std::uint64_t(n)};
        for (std::int64_t i = 0; i < n; ++i) {
            if (i % 5 != 4) {
                x(i, 0) += 100.0 + rng.uniform();
            }
        }
        Labels l = unevenLabels(n, k, std::uint64_t(n) + 2);
        std::replace(l.begin(), l.end(), 2, 1); // cluster 2 empty
        const auto same = [&](const SilhouetteResult& a, const SilhouetteResult& b,
                              const char* what) {
            ASSERT_EQ(a.samples.size(), b.samples.size());
            for (std::size_t i = 0; i < a.samples.size(); ++i) {
                ASSERT_TRUE(std::memcmp(&a.samples[i], &b.samples[i], sizeof(double)) == 0)
                    << what << ", " << n << " rows, row " << i << ": " << a.samples[i] << " vs "
                    << b.samples[i];
            }
            EXPECT_EQ(a.mean, b.mean) << what;
            EXPECT_EQ(a.perCluster.size(), b.perCluster.size()) << what;
            for (std::size_t c = 0; c < a.perCluster.size(); ++c) {
                EXPECT_TRUE(std::memcmp(&a.perCluster[c], &b.perCluster[c], sizeof(double)) == 0)
                    << what << ", cluster " << c;
            }
        };
        SilhouetteResult exact[2];
        SilhouetteResult sampled[2];
        SilhouetteResult everyRow[2];
        for (const bool wide : {false, true}) {
            test::KernelWidthGuard width(wide);
            ASSERT_EQ(width.wide(), wide);
            exact[wide] = silhouette(x, l, k, p);
            sampled[wide] = silhouetteSampled(x, l, k, n / 2 + 1, 12, p, n / 3 + 2);
            everyRow[wide] = silhouetteSampled(x, l, k, n / 3 + 1, 13, p, n * k);
        }
        same(exact[0], exact[1], "exact");
        same(sampled[0], sampled[1], "sampled");
        same(everyRow[0], everyRow[1], "sampled against every row");
    }
}

} // namespace
} // namespace gugus::core
