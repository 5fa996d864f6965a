// k-means++ seedings run together (kmeansPlusPlusTogether, and kmeansPlusPlus which is one of
// them) against a plain one-row-at-a-time reference written here, bit for bit, on data full of
// ties and on awkward magnitudes, for 1, 2 and 4 threads; and KMeans::fit, whose restarts are
// seeded together, against fits seeded one restart at a time through the reference.
#include "cluster/kmeans.h"
#include "cluster/kmeans_internal.h"
#include "common/parallel.h"
#include "common/random.h"
#include "numeric/distance_kernel.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace gugus::core {
namespace {

using test::ThreadCountGuard;

/// Squared distances of every row to the centre c through the tile kernel (a row's kernel
/// distances are the same bits in any tile and lane).
std::vector<double> distancesTo(const FeatureMatrix& x, const double* c) {
    const std::int64_t n = x.rows();
    std::vector<double> out(static_cast<std::size_t>(n));
    detail::RowTile tile(x.cols());
    double tileOut[detail::kTileRows];
    for (std::int64_t i = 0; i < n; i += detail::kTileRows) {
        const int count = int(std::min<std::int64_t>(detail::kTileRows, n - i));
        tile.load(x, i, count);
        tile.squaredDistances(c, 1, tileOut);
        std::copy_n(tileOut, count, out.begin() + i);
    }
    return out;
}

/// Greedy k-means++ as scikit-learn 1.2 written plainly: closest[] folded at once, every sum
/// recomputed in row order per block of blockRowsFor(n) and added in block order (the order the
/// engine's sums are defined by), the sampled row found by walking the cumulative sum.
CentreMatrix plainPlusPlus(const FeatureMatrix& x, int k, Random& rng) {
    const std::int64_t n = x.rows();
    const std::int64_t block = detail::blockRowsFor(n);
    const std::int64_t blocks = blockCount(n, block);
    const int trials = 2 + int(std::log(double(k)));
    CentreMatrix centres(k, x.cols());
    centres.row(0) = x.row(std::int64_t(rng.below(std::uint64_t(n))));
    std::vector<double> closest = distancesTo(x, centres.data());
    // Per-block sums of f(i) in row order, then the blocks in order.
    const auto blockSums = [&](const auto& f) {
        std::vector<double> sums(static_cast<std::size_t>(blocks), 0.0);
        for (std::int64_t i = 0; i < n; ++i) {
            sums[std::size_t(i / block)] += f(i);
        }
        return sums;
    };
    const auto total = [](const std::vector<double>& sums) {
        double t = 0.0;
        for (const double s : sums) {
            t += s;
        }
        return t;
    };
    std::vector<double> blockTotals =
        blockSums([&](std::int64_t i) { return closest[std::size_t(i)]; });
    double potential = total(blockTotals);
    for (int c = 1; c < k; ++c) {
        std::vector<std::int64_t> candidates;
        for (int t = 0; t < trials; ++t) {
            const double target = rng.uniform() * potential;
            std::int64_t row = n - 1;
            double prefix = 0.0;
            for (std::int64_t b = 0; b < blocks; ++b) {
                if (prefix + blockTotals[std::size_t(b)] < target) {
                    prefix += blockTotals[std::size_t(b)];
                    continue;
                }
                const std::int64_t end = std::min(n, (b + 1) * block);
                row = end - 1;
                double running = prefix;
                for (std::int64_t i = b * block; i < end; ++i) {
                    running += closest[std::size_t(i)];
                    if (running >= target) {
                        row = i;
                        break;
                    }
                }
                break;
            }
            candidates.push_back(row);
        }
        int best = 0;
        double bestPotential = 0.0;
        std::vector<double> bestTotals;
        for (int t = 0; t < trials; ++t) {
            const Eigen::RowVectorXd candidate = x.row(candidates[std::size_t(t)]);
            const std::vector<double> to = distancesTo(x, candidate.data());
            const std::vector<double> sums = blockSums([&](std::int64_t i) {
                return std::min(closest[std::size_t(i)], to[std::size_t(i)]);
            });
            const double p = total(sums);
            if (t == 0 || p < bestPotential) {
                best = t;
                bestPotential = p;
                bestTotals = sums;
            }
        }
        centres.row(c) = x.row(candidates[std::size_t(best)]);
        const std::vector<double> toWinner = distancesTo(x, centres.data() + c * x.cols());
        for (std::int64_t i = 0; i < n; ++i) {
            closest[std::size_t(i)] = std::min(closest[std::size_t(i)], toWinner[std::size_t(i)]);
        }
        potential = bestPotential;
        blockTotals = bestTotals;
    }
    return centres;
}

/// Values a hair either side of powers of two (where the rounding of a difference changes step)
/// and magnitudes around 1e9, where a distance keeps few bits of the coordinates.
FeatureMatrix awkwardMagnitudes(std::int64_t n, std::uint64_t seed) {
    Random rng(seed);
    FeatureMatrix x(n, 4);
    for (std::int64_t i = 0; i < n; ++i) {
        const double power = std::ldexp(1.0, int(rng.below(40)) - 20);
        x(i, 0) = power * (1.0 + (rng.uniform() - 0.5) * 1e-15);
        x(i, 1) = std::nextafter(power, i % 2 ? 0.0 : 4.0 * power);
        x(i, 2) = 1e9 + double(rng.below(1000));
        x(i, 3) = -1e9 * rng.uniform();
    }
    return x;
}

TEST(KMeansSeeding, TogetherGivesTheBitsOfThePlainSeedingOnAnyThreadCount) {
    ThreadCountGuard guard;
    struct Case {
        std::string name;
        FeatureMatrix x;
        int k;
    };
    std::vector<Case> cases;
    // 9,000 rows: three blocks of blockRowsFor, so the block order of the sums matters.
    cases.push_back({"duplicated rows", test::duplicatedRows(9000), 6});
    cases.push_back({"binary columns", test::binaryColumns(10000, 8, 32), 12});
    cases.push_back({"awkward magnitudes", awkwardMagnitudes(9000, 33), 7});
    cases.push_back({"blobs", test::gaussianBlobs(12000, 6, 5, 31, 3.0), 9});
    cases.push_back({"one centre", test::binaryColumns(500, 3, 34), 1});
    for (const Case& c : cases) {
        const int seedings = 4;
        std::vector<CentreMatrix> expected;
        std::vector<std::uint64_t> nextDraw;
        for (int s = 0; s < seedings; ++s) {
            Random rng(Random::derive(77, std::uint64_t(s)));
            expected.push_back(plainPlusPlus(c.x, c.k, rng));
            nextDraw.push_back(rng.next());
        }
        for (const int threads : {1, 2, 4}) {
            setThreadCount(threads);
            std::vector<Random> rngs;
            for (int s = 0; s < seedings; ++s) {
                rngs.emplace_back(Random::derive(77, std::uint64_t(s)));
            }
            std::vector<Random*> streams;
            for (Random& rng : rngs) {
                streams.push_back(&rng);
            }
            const std::vector<CentreMatrix> together =
                detail::kmeansPlusPlusTogether(c.x, c.k, streams, NullProgress());
            ASSERT_EQ(together.size(), std::size_t(seedings));
            for (int s = 0; s < seedings; ++s) {
                const auto i = std::size_t(s);
                EXPECT_TRUE(together[i] == expected[i]) << c.name << ", seeding " << s;
                // Each stream is left where a seeding alone leaves it.
                EXPECT_EQ(rngs[i].next(), nextDraw[i]) << c.name << ", seeding " << s;
            }
            Random alone(Random::derive(77, 2));
            EXPECT_TRUE(detail::kmeansPlusPlus(c.x, c.k, alone, NullProgress()) == expected[2])
                << c.name;
        }
    }
}

TEST(KMeansSeeding, FitSeedsItsRestartsAsTheyWouldBeSeededAlone) {
    // KMeans::fit seeds its restarts together; each restart's fit must be the one from its own
    // plain seeding (run r from Random::derive(seed, r)): the best restart's result is found by
    // fitting every plainly seeded start with the same options. Small data (restarts side by side
    // on several threads) and data of detail::kLargeWork values (restarts one after another).
    // On one thread the small data's restarts also run one after another, seeded in groups of
    // as many restarts as there are features (5 and 2 here).
    ThreadCountGuard guard;
    const FeatureMatrix small = test::gaussianBlobs(6000, 5, 6, 61, 2.0);
    const FeatureMatrix large = test::gaussianBlobs(detail::kLargeWork / 80, 80, 4, 62, 2.0);
    for (const FeatureMatrix* x : {&small, &large}) {
        KMeansOptions o;
        o.k = x == &small ? 8 : 5;
        o.nInit = x == &small ? 7 : 3;
        o.seed = 5;
        NullProgress p;
        setThreadCount(1);
        // The expected winner: every restart from its plain seeding, alone and on one thread.
        KMeansResult expected;
        double bestInertia = 0.0;
        for (int run = 0; run < o.nInit; ++run) {
            Random rng(Random::derive(o.seed, std::uint64_t(run)));
            KMeansOptions given = o;
            given.init = KMeansInit::Given;
            given.initialCentres = plainPlusPlus(*x, o.k, rng);
            const KMeansResult r = KMeans(given).fit(*x, p);
            if (run == 0 || r.inertia < bestInertia) {
                expected = r;
                bestInertia = r.inertia;
            }
        }
        for (const int threads : {1, 2, 4}) {
            setThreadCount(threads);
            const KMeansResult fit = KMeans(o).fit(*x, p);
            EXPECT_EQ(fit.labels, expected.labels) << x->rows() << " rows, " << threads;
            EXPECT_TRUE(fit.centres == expected.centres) << x->rows() << " rows, " << threads;
            EXPECT_EQ(fit.inertia, expected.inertia) << x->rows() << " rows, " << threads;
            EXPECT_EQ(fit.iterations, expected.iterations) << x->rows() << " rows, " << threads;
        }
    }
}

} // namespace
} // namespace gugus::core
