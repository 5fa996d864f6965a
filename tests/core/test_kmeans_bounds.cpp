// Lloyd with Hamerly's bounds (HamerlyStep) against the plain Lloyd pass with the same exact sums,
// bit for bit, on data full of ties (duplicated rows, binary columns) as well as on blobs, for 1,
// 2 and 4 threads; the exact cluster sums on their own; and KMeans::fit above the size from which
// it uses the bounds.
#include "cluster/kmeans.h"
#include "cluster/kmeans_internal.h"
#include "common/parallel.h"
#include "common/random.h"
#include "numeric/block_sums.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace gugus::core {
namespace {

using test::ThreadCountGuard;

struct Case {
    const char* name;
    const FeatureMatrix* x;
    CentreMatrix start;
    int maxIter;
    double tol;
};

void expectSameBits(const detail::RunResult& a, const detail::RunResult& b, const char* name) {
    EXPECT_EQ(a.labels, b.labels) << name;
    EXPECT_TRUE(a.centres == b.centres) << name; // bit for bit
    EXPECT_EQ(a.inertia, b.inertia) << name;
    EXPECT_EQ(a.iterations, b.iterations) << name;
    EXPECT_EQ(a.converged, b.converged) << name;
}

TEST(KMeansBounds, HamerlyGivesTheBitsOfLloydOnTiesAndBlobs) {
    ThreadCountGuard guard;
    const FeatureMatrix blobs = test::gaussianBlobs(12000, 6, 5, 31, 3.0);
    const FeatureMatrix duplicated = test::duplicatedRows(9000);
    const FeatureMatrix binary = test::binaryColumns(10000, 8, 32);
    Random rng(33);
    std::vector<Case> cases;
    for (const double tol : {1e-4, 0.0}) {
        Random r(34);
        cases.push_back(
            {"blobs", &blobs, detail::kmeansPlusPlus(blobs, 9, r, NullProgress()), 300, tol});
    }
    cases.push_back({"blobs, max_iter 3", &blobs, blobs.topRows(7), 3, 1e-4});
    // Centres on repeated points (two of them equal): exact ties everywhere, and an empty cluster
    // that is relocated.
    CentreMatrix onPoints = duplicated.topRows(6);
    onPoints.row(5) = onPoints.row(0);
    cases.push_back({"duplicated rows", &duplicated, onPoints, 300, 0.0});
    cases.push_back({"duplicated rows, random start", &duplicated,
                     detail::randomRows(duplicated, 8, rng), 300, 1e-4});
    cases.push_back({"binary columns", &binary, binary.topRows(10), 300, 0.0});
    cases.push_back({"binary columns, k-means++", &binary,
                     detail::kmeansPlusPlus(binary, 12, rng, NullProgress()), 300, 1e-4});
    const detail::IterationHook none = [](int) {};
    for (const Case& c : cases) {
        setThreadCount(1);
        detail::LloydStep lloyd(*c.x, true);
        const detail::RunResult plain =
            detail::iterate(*c.x, c.start, lloyd, c.maxIter, c.tol, none, NullProgress());
        for (const int threads : {1, 2, 4}) {
            setThreadCount(threads);
            detail::HamerlyStep hamerly(*c.x, int(c.start.rows()));
            hamerly.start();
            const detail::RunResult bounded =
                detail::iterate(*c.x, c.start, hamerly, c.maxIter, c.tol, none, NullProgress());
            expectSameBits(plain, bounded, c.name);
            // The bounds must have spared work where the centres settle.
            if (plain.iterations > 3) {
                EXPECT_LT(hamerly.measuredRows(), std::int64_t(plain.iterations) * c.x->rows())
                    << c.name;
            }
        }
    }
}

TEST(KMeansBounds, ExactSumsDoNotDependOnOrder) {
    // Magnitudes from 1e-6 to 1e6 with both signs: a plain running sum depends on the order.
    const std::int64_t n = 5000;
    const std::int64_t d = 4;
    Random rng(41);
    FeatureMatrix x(n, d);
    for (std::int64_t i = 0; i < n; ++i) {
        for (std::int64_t f = 0; f < d; ++f) {
            x(i, f) = (rng.uniform() - 0.5) * std::pow(10.0, 12.0 * rng.uniform() - 6.0);
        }
    }
    const detail::ExactSplit split = detail::exactSplitFor(x);
    ASSERT_TRUE(split.exact);
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), std::int64_t(0));
    const auto sumInOrder = [&](const std::vector<std::int64_t>& rows) {
        detail::BlockSums sums(1, 1, d, split);
        sums.startBlock(0);
        for (const std::int64_t i : rows) {
            sums.add(0, 0, x.data() + i * d);
        }
        detail::ClusterSums out;
        sums.combine(out);
        return out;
    };
    const detail::ClusterSums forward = sumInOrder(order);
    std::reverse(order.begin(), order.end());
    const detail::ClusterSums backward = sumInOrder(order);
    EXPECT_TRUE(forward.sums == backward.sums);
    EXPECT_TRUE(forward.low == backward.low);
    // Adding everything and taking the odd rows out again gives the sum of the even rows.
    detail::BlockSums moved(1, 1, d, split);
    moved.startBlock(0);
    std::vector<std::int64_t> even;
    for (std::int64_t i = 0; i < n; ++i) {
        moved.add(0, 0, x.data() + i * d);
        if (i % 2 == 0) {
            even.push_back(i);
        }
    }
    for (std::int64_t i = 1; i < n; i += 2) {
        moved.subtract(0, 0, x.data() + i * d);
    }
    detail::ClusterSums movedOut;
    moved.combine(movedOut);
    const detail::ClusterSums evenOut = sumInOrder(even);
    EXPECT_TRUE(movedOut.sums == evenOut.sums);
    EXPECT_TRUE(movedOut.low == evenOut.low);
    EXPECT_EQ(movedOut.counts, evenOut.counts);
    // And the total is the sum, to well within a double's precision of the largest value.
    for (std::int64_t f = 0; f < d; ++f) {
        long double exact = 0.0L;
        double largest = 0.0;
        for (std::int64_t i = 0; i < n; ++i) {
            exact += static_cast<long double>(x(i, f));
            largest = std::max(largest, std::abs(x(i, f)));
        }
        EXPECT_LE(std::abs(static_cast<long double>(forward.total(0, f)) - exact),
                  static_cast<long double>(largest) * 1e-15L);
    }
}

TEST(KMeansBounds, LargeFitsUseTheBoundsWithTheSameBitsOnAnyThreadCount) {
    // From detail::kLargeWork values KMeans::fit runs Hamerly's step: the labels are Lloyd's (the
    // reference from the same start) and 1, 2 or 4 threads give the same bits.
    ThreadCountGuard guard;
    const std::int64_t d = 100;
    const FeatureMatrix x = test::gaussianBlobs(detail::kLargeWork / d, d, 4, 51, 6.0);
    ASSERT_GE(x.size(), detail::kLargeWork);
    KMeansOptions o;
    o.k = 5;
    o.init = KMeansInit::Given;
    o.initialCentres = x.topRows(5);
    NullProgress p;
    setThreadCount(1);
    const KMeansResult one = KMeans(o).fit(x, p);
    const KMeansResult reference = referenceLloyd(x, o.initialCentres, o.maxIter, o.tol);
    EXPECT_EQ(one.labels, reference.labels);
    EXPECT_EQ(one.iterations, reference.iterations);
    EXPECT_LE((one.centres - reference.centres).cwiseAbs().maxCoeff(), 1e-10);
    EXPECT_NEAR(one.inertia, reference.inertia, 1e-12 * reference.inertia);
    for (const int threads : {2, 4}) {
        setThreadCount(threads);
        const KMeansResult many = KMeans(o).fit(x, p);
        EXPECT_EQ(one.labels, many.labels);
        EXPECT_TRUE(one.centres == many.centres);
        EXPECT_EQ(one.inertia, many.inertia);
        EXPECT_EQ(one.iterations, many.iterations);
    }
}

} // namespace
} // namespace gugus::core
