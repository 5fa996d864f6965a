// The K-Means distance kernel's vectorised nearest-centre choice against a plain argmin, alone and
// inside the assignment pass: ties go to the lowest centre index; and the nearest other centre;
// the finiteness check against a plain scan.
#include "cluster/kmeans_internal.h"
#include "common/parallel.h"
#include "common/random.h"
#include "numeric/distance_kernel.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace gugus::core {
namespace {

using detail::kTileRows;
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

} // namespace
} // namespace gugus::core
