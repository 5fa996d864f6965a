// The K-Means distance kernel's shared tiles (TiledRows) against the per-pass tiles they replace,
// and the vectorised nearest-centre choice against a plain argmin: the same bits, ties to the
// lowest centre index.
#include "cluster/kmeans_internal.h"
#include "common/parallel.h"
#include "common/random.h"
#include "numeric/distance_kernel.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace gugus::core {
namespace {

using detail::BlockSums;
using detail::ClusterSums;
using detail::kTileRows;
using test::ThreadCountGuard;

TEST(DistanceTiles, NearestInTileIsArgminWithTiesToTheLowestIndex) {
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

TEST(DistanceTiles, SharedTilesGiveTheBitsOfPerPassTiles) {
    ThreadCountGuard guard;
    // Not a multiple of the tile or block size, more than one parallel block.
    const FeatureMatrix x = test::gaussianBlobs(10'037, 7, 5, 11, 3.0);
    const detail::TiledRows tiled(x);
    CentreMatrix centres = x.topRows(9);
    centres.row(4) = centres.row(2); // a tie for every row: the lower index must win
    for (const int threads : {1, 2}) {
        setThreadCount(threads);
        Labels plain(std::size_t(x.rows()), -1);
        Labels shared(std::size_t(x.rows()), -1);
        const std::int64_t blocks = blockCount(x.rows(), detail::blockRowsFor(x.rows()));
        BlockSums plainSums(blocks, 9, x.cols());
        BlockSums sharedSums(blocks, 9, x.cols());
        const detail::AssignPass a = detail::assignRows(x, centres, plain, &plainSums, nullptr);
        const detail::AssignPass b =
            detail::assignRows(x, centres, shared, &sharedSums, nullptr, &tiled);
        EXPECT_EQ(plain, shared);
        EXPECT_EQ(a.distanceSum, b.distanceSum);
        EXPECT_EQ(a.changed, b.changed);
        ClusterSums one;
        ClusterSums two;
        plainSums.combine(one);
        sharedSums.combine(two);
        EXPECT_TRUE(one.sums == two.sums);
        EXPECT_EQ(one.counts, two.counts);
        EXPECT_EQ(one.counts[4], 0);

        NullProgress p;
        Random r1(5);
        Random r2(5);
        const CentreMatrix c1 = detail::kmeansPlusPlus(x, 8, r1, p);
        const CentreMatrix c2 = detail::kmeansPlusPlus(x, 8, r2, p, &tiled);
        EXPECT_TRUE(c1 == c2);
    }
}

} // namespace
} // namespace gugus::core
