// The K-Means distance kernel's vectorised nearest-centre choice against a plain argmin, alone and
// inside the assignment pass: ties go to the lowest centre index; and the nearest other centre;
// the finiteness check against a plain scan. The 8-lane (AVX-512) kernels against the 4-lane
// ones, bit for bit, alone and inside K-Means.
#include "cluster/kmeans.h"
#include "cluster/kmeans_internal.h"
#include "common/parallel.h"
#include "common/random.h"
#include "numeric/distance_kernel.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace gugus::core {
namespace {

using detail::kTileRows;
using test::KernelWidthGuard;
using test::ThreadCountGuard;

TEST(DistanceKernel, NearestInTileIsArgminWithTiesToTheLowestIndex) {
    // 7 centres x 32 rows; row i's distances repeat small values, so most rows tie.
    const int m = 7;
    std::vector<double> distances(std::size_t(m * kTileRows));
    Random rng(3);
    for (int c = 0; c < m; ++c) {
        for (int i = 0; i < kTileRows; ++i) {
            distances[std::size_t(c * kTileRows + i)] = double(rng.below(3));
        }
    }
    int label[kTileRows];
    double best[kTileRows];
    for (const int count : {kTileRows, 5}) {
        detail::nearestInTile(distances.data(), m, count, label, best);
        for (int i = 0; i < count; ++i) {
            int expected = 0;
            for (int c = 1; c < m; ++c) {
                if (distances[std::size_t(c * kTileRows + i)] <
                    distances[std::size_t(expected * kTileRows + i)]) {
                    expected = c;
                }
            }
            EXPECT_EQ(label[i], expected) << "row " << i;
            EXPECT_EQ(best[i], distances[std::size_t(expected * kTileRows + i)]);
        }
    }
}

TEST(DistanceKernel, NearestTwoInTileAlsoGivesTheNearestOtherCentre) {
    // Heavy ties (values 0..2), and m = 1 (no other centre: infinity), for full and part tiles.
    Random rng(4);
    for (const int m : {1, 2, 7}) {
        std::vector<double> distances(std::size_t(m * kTileRows));
        for (double& v : distances) {
            v = double(rng.below(3));
        }
        int label[kTileRows];
        double best[kTileRows];
        double second[kTileRows];
        int plainLabel[kTileRows];
        double plainBest[kTileRows];
        for (const int count : {kTileRows, 5}) {
            detail::nearestTwoInTile(distances.data(), m, count, label, best, second);
            detail::nearestInTile(distances.data(), m, count, plainLabel, plainBest);
            for (int i = 0; i < count; ++i) {
                EXPECT_EQ(label[i], plainLabel[i]) << "m " << m << ", row " << i;
                EXPECT_EQ(best[i], plainBest[i]) << "m " << m << ", row " << i;
                double other = std::numeric_limits<double>::infinity();
                for (int c = 0; c < m; ++c) {
                    if (c != label[i]) {
                        other = std::min(other, distances[std::size_t(c * kTileRows + i)]);
                    }
                }
                EXPECT_EQ(second[i], other) << "m " << m << ", row " << i;
            }
        }
    }
}

TEST(DistanceKernel, AssignmentPassIsThePlainArgminOnOneAndTwoThreads) {
    ThreadCountGuard guard;
    // Not a multiple of the tile or block size, more than one parallel block.
    const FeatureMatrix x = test::gaussianBlobs(10'037, 7, 5, 11, 3.0);
    CentreMatrix centres = x.topRows(9);
    centres.row(4) = centres.row(2); // a tie for every row: the lower index must win
    Labels expected(std::size_t(x.rows()));
    double expectedSum = 0.0;
    for (std::int64_t i = 0; i < x.rows(); ++i) {
        int best = 0;
        double bestDistance = 0.0;
        for (int c = 0; c < 9; ++c) {
            const double v = detail::squaredDistance(x.data() + i * 7, centres.data() + c * 7, 7);
            if (c == 0 || v < bestDistance) {
                best = c;
                bestDistance = v;
            }
        }
        expected[std::size_t(i)] = best;
        expectedSum += bestDistance;
    }
    EXPECT_EQ(std::count(expected.begin(), expected.end(), 4), 0);
    for (const int threads : {1, 2}) {
        setThreadCount(threads);
        Labels labels(std::size_t(x.rows()), -1);
        const detail::AssignPass pass = detail::assignRows(x, centres, labels, nullptr, nullptr);
        EXPECT_EQ(labels, expected) << threads << " threads";
        EXPECT_EQ(pass.changed, x.rows());
        // Summed per block, so only close to the plain running sum.
        EXPECT_NEAR(pass.distanceSum, expectedSum, 1e-9 * expectedSum);
    }
}

TEST(DistanceKernel, FirstNonFiniteRowIsThePlainScansFirst) {
    // The check sums 64 rows at a time in 8 lanes: non-finite values at the first and last row,
    // on both sides of a chunk's and a block's edge, several at once (the first counts), for
    // widths that do and do not fill the lanes, on 1, 2 and 4 threads.
    ThreadCountGuard guard;
    constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
    constexpr double kInf = std::numeric_limits<double>::infinity();
    const auto plainFirst = [](const FeatureMatrix& x) -> std::int64_t {
        for (std::int64_t i = 0; i < x.rows(); ++i) {
            for (std::int64_t f = 0; f < x.cols(); ++f) {
                if (!std::isfinite(x(i, f))) {
                    return i;
                }
            }
        }
        return -1;
    };
    Random rng(71);
    for (const std::int64_t d : {1, 3, 18}) {
        const std::int64_t n = 2 * detail::blockRowsFor(9000) + 77;
        FeatureMatrix clean(n, d);
        for (std::int64_t i = 0; i < clean.size(); ++i) {
            clean.data()[i] = (rng.uniform() - 0.5) * 1e300; // large but finite: no overflow
        }
        const std::int64_t block = detail::blockRowsFor(n);
        std::vector<std::vector<std::int64_t>> placements = {{},
                                                             {0},
                                                             {n - 1},
                                                             {63},
                                                             {64},
                                                             {65},
                                                             {block - 1},
                                                             {block},
                                                             {block + 64, n - 1},
                                                             {n - 2, 5},
                                                             {block + 3, block + 1}};
        for (const std::vector<std::int64_t>& rows : placements) {
            FeatureMatrix x = clean;
            for (std::size_t r = 0; r < rows.size(); ++r) {
                const double bad = r % 3 == 0 ? kNan : (r % 3 == 1 ? kInf : -kInf);
                x(rows[r], (rows[r] * 7) % d) = bad;
            }
            const std::int64_t expected = plainFirst(x);
            for (const int threads : {1, 2, 4}) {
                setThreadCount(threads);
                EXPECT_EQ(detail::firstNonFiniteRow(x), expected) << "d " << d;
            }
        }
    }
}

/// Data on which the two widths could part: exact ties (few distinct values, duplicated rows, 0/1
/// columns), coordinates around 1e9 (large cancellations in x - c), 1, 3, 18 and 19 features.
std::vector<std::pair<const char*, FeatureMatrix>> wideKernelCases() {
    std::vector<std::pair<const char*, FeatureMatrix>> cases;
    Random rng(61);
    FeatureMatrix ties(300, 3);
    for (double& v : ties.reshaped()) {
        v = double(rng.below(3));
    }
    cases.emplace_back("values 0..2", ties);
    cases.emplace_back("duplicated rows", test::duplicatedRows(300));
    cases.emplace_back("0/1 columns", test::binaryColumns(300, 19, 62));
    FeatureMatrix far(300, 18);
    for (double& v : far.reshaped()) {
        v = 1e9 + rng.uniform() * 10.0;
    }
    cases.emplace_back("around 1e9", far);
    cases.emplace_back("blobs, one feature", test::gaussianBlobs(300, 1, 4, 63, 1.0));
    return cases;
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

TEST(DistanceKernel, EightLanesGiveTheBitsOfFourLanes) {
    GUGUS_REQUIRE_WIDE_KERNELS();
    for (const auto& item : wideKernelCases()) {
        // Not a structured binding: clang 14 cannot capture one in the lambda below.
        const char* name = item.first;
        const FeatureMatrix& x = item.second;
        const std::int64_t d = x.cols();
        for (std::int64_t m = 1; m <= 13; ++m) {
            // Centres on rows (distance 0) and a repeated centre (ties between centres).
            CentreMatrix centres = x.middleRows(40, m);
            if (m > 2) {
                centres.row(m - 1) = centres.row(1);
            }
            for (const int count : {kTileRows, 5, 17, 31}) {
                detail::RowTile tile(d);
                tile.load(x, 7 * count, count);
                std::vector<double> out[2];
                int label[2][kTileRows];
                double best[2][kTileRows];
                double second[2][kTileRows];
                int plainLabel[2][kTileRows];
                double plainBest[2][kTileRows];
                for (const bool wide : {false, true}) {
                    KernelWidthGuard width(wide);
                    ASSERT_EQ(width.wide(), wide);
                    std::vector<double>& o = out[wide ? 1 : 0];
                    o.assign(std::size_t(m * kTileRows), -1.0);
                    tile.squaredDistances(centres.data(), m, o.data());
                    detail::nearestTwoInTile(o.data(), m, count, label[wide], best[wide],
                                             second[wide]);
                    detail::nearestInTile(o.data(), m, count, plainLabel[wide], plainBest[wide]);
                }
                const auto where = [&] {
                    return std::string(name) + ", m " + std::to_string(m) + ", " +
                           std::to_string(count) + " rows";
                };
                ASSERT_TRUE(sameBits(out[0], out[1])) << where();
                for (int i = 0; i < count; ++i) {
                    // And the distances are the plain formula's.
                    const double* row = x.data() + (7 * count + i) * d;
                    for (std::int64_t c = 0; c < m; ++c) {
                        ASSERT_EQ(out[1][std::size_t(c * kTileRows + i)],
                                  detail::squaredDistance(row, centres.data() + c * d, d))
                            << where();
                    }
                    EXPECT_EQ(label[0][i], label[1][i]) << where();
                    EXPECT_EQ(best[0][i], best[1][i]) << where();
                    EXPECT_EQ(second[0][i], second[1][i]) << where();
                    EXPECT_EQ(plainLabel[0][i], plainLabel[1][i]) << where();
                    EXPECT_EQ(plainBest[0][i], plainBest[1][i]) << where();
                }
            }
        }
    }
}

void expectSameFit(const KMeansResult& a, const KMeansResult& b, const std::string& what) {
    EXPECT_EQ(a.labels, b.labels) << what;
    EXPECT_TRUE(a.centres == b.centres) << what; // bit for bit
    EXPECT_EQ(a.inertia, b.inertia) << what;
    EXPECT_EQ(a.runInertias, b.runInertias) << what;
    EXPECT_EQ(a.iterations, b.iterations) << what;
}

TEST(DistanceKernel, EightLanesGiveTheBitsOfFourLanesInKMeans) {
    // Every user of the kernel: k-means++ seedings (together), Lloyd's restarts run together (2
    // threads) and alone (1 thread), Elkan, and Hamerly's step with its runner-up distances.
    GUGUS_REQUIRE_WIDE_KERNELS();
    ThreadCountGuard guard;
    const FeatureMatrix blobs = test::gaussianBlobs(6000, 18, 5, 64, 3.0);
    const FeatureMatrix duplicated = test::duplicatedRows(5000);
    const FeatureMatrix binary = test::binaryColumns(5000, 8, 65);
    for (const FeatureMatrix* x : {&blobs, &duplicated, &binary}) {
        for (const auto algorithm : {KMeansAlgorithm::Lloyd, KMeansAlgorithm::Elkan}) {
            for (const int threads : {1, 2}) {
                setThreadCount(threads);
                KMeansOptions o;
                o.k = 7;
                o.nInit = 6;
                o.seed = 66;
                o.algorithm = algorithm;
                NullProgress p;
                KMeansResult fits[2];
                for (const bool wide : {false, true}) {
                    KernelWidthGuard width(wide);
                    fits[wide ? 1 : 0] = KMeans(o).fit(*x, p);
                }
                expectSameFit(fits[0], fits[1],
                              std::to_string(x->cols()) + " features, " + std::to_string(threads) +
                                  " threads");
            }
        }
        setThreadCount(2);
        Random rng(67);
        const CentreMatrix start = detail::kmeansPlusPlus(*x, 9, rng, NullProgress());
        detail::RunResult runs[2];
        for (const bool wide : {false, true}) {
            KernelWidthGuard width(wide);
            detail::HamerlyStep hamerly(*x, int(start.rows()));
            hamerly.start();
            runs[wide ? 1 : 0] = detail::iterate(
                *x, start, hamerly, 300, 0.0, [](int) {}, NullProgress());
        }
        EXPECT_EQ(runs[0].labels, runs[1].labels);
        EXPECT_TRUE(runs[0].centres == runs[1].centres);
        EXPECT_EQ(runs[0].inertia, runs[1].inertia);
        EXPECT_EQ(runs[0].iterations, runs[1].iterations);
    }
}

} // namespace
} // namespace gugus::core
