// Lloyd with Hamerly's bounds (HamerlyStep) against the plain Lloyd pass with the same exact sums,
// bit for bit, on data full of ties (duplicated rows, binary columns) as well as on blobs, over
// many passes and around +-1e9, for 1, 2 and 4 threads; an exact tie that must be measured; the
// exact cluster sums on their own; and KMeans::fit above the size from which it uses the bounds.
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

struct BothRuns {
    detail::RunResult plain;
    std::int64_t measured = 0;
};

/// Runs a case with the plain step (exact sums, one thread) and with Hamerly's step on 1, 2 and 4
/// threads, expects the same bits from all of them, and returns the plain run and the most rows
/// Hamerly's step measured on any thread count.
BothRuns runBoth(const Case& c) {
    const detail::IterationHook none = [](int) {};
    BothRuns both;
    setThreadCount(1);
    detail::LloydStep lloyd(*c.x, true);
    both.plain = detail::iterate(*c.x, c.start, lloyd, c.maxIter, c.tol, none, NullProgress());
    for (const int threads : {1, 2, 4}) {
        setThreadCount(threads);
        detail::HamerlyStep hamerly(*c.x, int(c.start.rows()));
        hamerly.start();
        const detail::RunResult bounded =
            detail::iterate(*c.x, c.start, hamerly, c.maxIter, c.tol, none, NullProgress());
        expectSameBits(both.plain, bounded, c.name);
        both.measured = std::max(both.measured, hamerly.measuredRows());
    }
    return both;
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
    for (const Case& c : cases) {
        const BothRuns both = runBoth(c);
        // The bounds must have spared work where the centres settle.
        if (both.plain.iterations > 3) {
            EXPECT_LT(both.measured, std::int64_t(both.plain.iterations) * c.x->rows()) << c.name;
        }
    }
}

TEST(KMeansBounds, HamerlyGivesTheBitsOfLloydOverManyPassesAndFarFromTheOrigin) {
    // The bounds are kept relative to running sums of the centres' shifts, which grow with every
    // pass: many passes (more centres than blobs, strict stop), and coordinates around 1e9, where
    // the running sums and the stored bounds are large against the distances they must decide.
    ThreadCountGuard guard;
    const FeatureMatrix blobs = test::gaussianBlobs(6000, 5, 4, 61, 4.0);
    FeatureMatrix far = test::gaussianBlobs(5000, 4, 3, 62, 5.0);
    far.array() += 1e9;
    far.col(1).array() -= 2e9; // -1e9: both signs
    std::vector<Case> cases;
    Random r(63);
    cases.push_back({"blobs, many passes", &blobs,
                     detail::kmeansPlusPlus(blobs, 11, r, NullProgress()), 500, 0.0});
    cases.push_back(
        {"around 1e9", &far, detail::kmeansPlusPlus(far, 8, r, NullProgress()), 500, 0.0});
    cases.push_back({"around 1e9, tolerance", &far,
                     detail::kmeansPlusPlus(far, 6, r, NullProgress()), 500,
                     1e-4 * detail::meanFeatureVariance(far)});
    for (const Case& c : cases) {
        const BothRuns both = runBoth(c);
        EXPECT_LT(both.measured, std::int64_t(both.plain.iterations) * c.x->rows() / 2) << c.name;
        EXPECT_GE(both.plain.iterations, 20) << c.name << ": the case must run many passes";
    }
}

TEST(KMeansBounds, AnExactTieIsMeasuredAndGoesToTheLowerCentre) {
    // Row 0 (at 0) is first nearer to centre 1 (at 1) than to centre 0 (at -3). Centre 0 then
    // moves by exactly 2 to -1: its upper bound (1) equals its lower bound (3 - 2) and half the
    // distance between the centres, so nothing proves it stays; measured, the tie goes to centre 0
    // as in Lloyd's pass. A bound that skipped it would keep label 1.
    FeatureMatrix x(5, 1);
    x << 0.0, 0.25, -0.25, 3.0, -4.0;
    CentreMatrix before(2, 1);
    before << -3.0, 1.0;
    CentreMatrix after(2, 1);
    after << -1.0, 1.0;
    for (const int threads : {1, 2}) {
        ThreadCountGuard guard;
        setThreadCount(threads);
        detail::HamerlyStep hamerly(x, 2);
        hamerly.start();
        Labels labels(5, -1);
        detail::ClusterSums sums;
        hamerly.assign(before, labels, sums, NullProgress());
        EXPECT_EQ(labels[0], 1);
        hamerly.centresMoved(after, {2.0, 0.0}, labels);
        hamerly.assign(after, labels, sums, NullProgress());
        Labels lloyd(5, -1);
        detail::assignRows(x, after, lloyd, nullptr, nullptr);
        EXPECT_EQ(lloyd[0], 0);
        EXPECT_EQ(labels, lloyd);
        // Rows 1, 3 and 4 stay proven; the tie (row 0) and row 2, which changes sides, are
        // measured.
        EXPECT_EQ(hamerly.measuredRows(), 5 + 2);
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
