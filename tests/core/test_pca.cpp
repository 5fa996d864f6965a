// PCA: a hand-checked case, scikit-learn 1.2.1 values on rational data, algebraic identities,
// determinism, cancellation and errors.
#include "common/error.h"
#include "common/parallel.h"
#include "common/random.h"
#include "reduce/pca.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace gugus::core {
namespace {

using test::CancelAfterReports;
using test::errorCodeOf;
using test::ThreadCountGuard;

/// /usr/bin/python3: i=np.arange(300)[:,None]; f=np.arange(4)[None,:];
/// X=((i*7+f*13+(i*f)%5)%29)/7.0
FeatureMatrix rationalData() {
    FeatureMatrix x(300, 4);
    for (int i = 0; i < 300; ++i) {
        for (int f = 0; f < 4; ++f) {
            x(i, f) = double((i * 7 + f * 13 + (i * f) % 5) % 29) / 7.0;
        }
    }
    return x;
}

/// Rows with a known covariance: a latent 2-D signal spread into d features plus small noise.
FeatureMatrix correlated(std::int64_t n, std::uint64_t seed) {
    Random rng(seed);
    FeatureMatrix x(n, 6);
    for (std::int64_t i = 0; i < n; ++i) {
        const double a = 10.0 * (rng.uniform() - 0.5);
        const double b = 3.0 * (rng.uniform() - 0.5);
        for (int f = 0; f < 6; ++f) {
            x(i, f) = (f + 1) * a + (f % 2 == 0 ? b : -b) + 0.01 * (rng.uniform() - 0.5) + 100.0;
        }
    }
    return x;
}

TEST(Pca, AxisAlignedCrossByHand) {
    // Mean 0; covariance (ddof = 1) diag(18/3, 2/3) = diag(6, 2/3): ratios 0.9 and 0.1.
    FeatureMatrix x(4, 2);
    x << 3, 0, -3, 0, 0, 1, 0, -1;
    NullProgress p;
    const PcaResult pca = fitPca(x, 2, p);
    EXPECT_NEAR(pca.mean.norm(), 0.0, 1e-15);
    EXPECT_NEAR(pca.explainedVariance[0], 6.0, 1e-13);
    EXPECT_NEAR(pca.explainedVariance[1], 2.0 / 3.0, 1e-13);
    EXPECT_NEAR(pca.explainedVarianceRatio[0], 0.9, 1e-14);
    EXPECT_NEAR(pca.explainedVarianceRatio[1], 0.1, 1e-14);
    // svd_flip: the largest |score| of each axis (rows 0 and 2, the first of the tied ones) is
    // positive, so the axes are +x and +y.
    EXPECT_NEAR(pca.components(0, 0), 1.0, 1e-14);
    EXPECT_NEAR(pca.components(0, 1), 0.0, 1e-14);
    EXPECT_NEAR(pca.components(1, 0), 0.0, 1e-14);
    EXPECT_NEAR(pca.components(1, 1), 1.0, 1e-14);
    EXPECT_NEAR(pca.scores(0, 0), 3.0, 1e-14);
    EXPECT_NEAR(pca.scores(2, 1), 1.0, 1e-14);
    EXPECT_NEAR(pca.loadings(0, 0), std::sqrt(6.0), 1e-13);
}

TEST(Pca, MatchesScikitLearnFullSolver) {
    // /usr/bin/python3 -c "import numpy as np; from sklearn.decomposition import PCA;
    //   i=np.arange(300)[:,None]; f=np.arange(4)[None,:]; X=((i*7+f*13+(i*f)%5)%29)/7.0;
    //   p=PCA(svd_solver='full').fit(X); print([repr(v) for v in p.explained_variance_ratio_],
    //   [repr(v) for v in p.explained_variance_], [repr(v) for v in p.components_.ravel()],
    //   [repr(v) for v in p.transform(X)[:2].ravel()])"
    const double ratio[] = {0.6315398343892468, 0.16457094873071434, 0.1350564354563115,
                            0.06883278142372738};
    const double variance[] = {3.6210608665864528, 0.9436006879947682, 0.7743732803243671,
                               0.3946666189200909};
    const double components[] = {
        0.5366198567326143,    -0.4670383361290005,  0.5378685800018359,   -0.45234026196319504,
        -0.46533763463458033,  -0.43614730463656326, -0.4438385054523796,  -0.6294789873607798,
        -0.031018586636958962, -0.7684415452888061,  -0.10624836988522357, 0.6302751166387024,
        0.7032338604162968,    0.03388676317188466,  -0.7088131316654193,  -0.04356339316886851};
    const double scores[] = {0.17105392609237374,  0.5990118136042288, -0.36876118305642724,
                             -2.5951009141586545,  -2.009052061275108, 0.004074435876404103,
                             -0.07403888372466527, 0.10980763297118161};
    NullProgress p;
    const PcaResult pca = fitPca(rationalData(), 4, p);
    for (int j = 0; j < 4; ++j) {
        EXPECT_REL_NEAR(pca.explainedVarianceRatio[j], ratio[j], 1e-9);
        EXPECT_REL_NEAR(pca.explainedVariance[j], variance[j], 1e-9);
    }
    for (int j = 0; j < 16; ++j) {
        EXPECT_NEAR(pca.components(j / 4, j % 4), components[j], 1e-9) << j;
    }
    for (int j = 0; j < 8; ++j) {
        EXPECT_NEAR(pca.scores(j / 4, j % 4), scores[j], 1e-9) << j;
    }
}

TEST(Pca, NearlyCollinearColumnKeepsRelativeAccuracy) {
    // A fifth column = col0 + col1 + 1e-4 noise: the last axis carries 4e-11 of the variance and
    // still agrees with scikit-learn's SVD to 1e-9 relative (a covariance eigensolver would not).
    // /usr/bin/python3 -c "import numpy as np; from sklearn.decomposition import PCA;
    //   i=np.arange(300)[:,None]; f=np.arange(4)[None,:]; X=((i*7+f*13+(i*f)%5)%29)/7.0;
    //   X=np.hstack([X, X[:,:1]+X[:,1:2]+1e-4*((np.arange(300)*3)%7)[:,None]/7.0]);
    //   print([repr(v) for v in PCA(svd_solver='full').fit(X).explained_variance_ratio_])"
    const FeatureMatrix base = rationalData();
    FeatureMatrix x(300, 5);
    x.leftCols(4) = base;
    for (int i = 0; i < 300; ++i) {
        x(i, 4) = base(i, 0) + base(i, 1) + 1e-4 * double((i * 3) % 7) / 7.0;
    }
    const double ratio[] = {0.5060682665162022, 0.31608289012632035, 0.11594286600122912,
                            0.06190597731846311, 3.778536238158273e-11};
    NullProgress p;
    const PcaResult pca = fitPca(x, 5, p);
    for (int j = 0; j < 5; ++j) {
        EXPECT_REL_NEAR(pca.explainedVarianceRatio[j], ratio[j], 1e-9) << j;
    }
}

TEST(Pca, AlgebraicIdentities) {
    const FeatureMatrix x = correlated(3000, 4);
    NullProgress p;
    const PcaResult pca = fitPca(x, 6, p);
    ASSERT_EQ(pca.components.rows(), 6);
    // Orthonormal axes.
    const Eigen::MatrixXd gram = pca.components * pca.components.transpose();
    EXPECT_LE((gram - Eigen::MatrixXd::Identity(6, 6)).cwiseAbs().maxCoeff(), 1e-12);
    // Scores are the centred rows on the axes; projectPca gives the same.
    const Eigen::MatrixXd centred = x.rowwise() - pca.mean.transpose();
    const Eigen::MatrixXd expected = centred * pca.components.transpose();
    EXPECT_LE((Eigen::MatrixXd(pca.scores) - expected).cwiseAbs().maxCoeff(), 1e-10);
    EXPECT_LE((projectPca(pca, x) - pca.scores).cwiseAbs().maxCoeff(), 1e-12);
    // Variance of each score column (ddof = 1) is the explained variance; ratios sum to 1 and
    // decrease; the latent signal has two dimensions, so two axes carry almost everything.
    for (int j = 0; j < 6; ++j) {
        const double var = pca.scores.col(j).squaredNorm() / double(x.rows() - 1);
        EXPECT_REL_NEAR(var, pca.explainedVariance[j], 1e-9);
        if (j > 0) {
            EXPECT_LE(pca.explainedVariance[j], pca.explainedVariance[j - 1]);
        }
    }
    EXPECT_NEAR(pca.explainedVarianceRatio.sum(), 1.0, 1e-12);
    EXPECT_GT(pca.explainedVarianceRatio[0] + pca.explainedVarianceRatio[1], 0.999999);
    // Loadings: components^T scaled by the standard deviations.
    const Eigen::MatrixXd loadings =
        pca.components.transpose() * pca.explainedVariance.cwiseSqrt().asDiagonal();
    EXPECT_LE((pca.loadings - loadings).cwiseAbs().maxCoeff(), 1e-12);
    // Sign rule: the score of largest magnitude in each column is positive.
    for (int j = 0; j < 6; ++j) {
        Eigen::Index row = 0;
        pca.scores.col(j).cwiseAbs().maxCoeff(&row);
        EXPECT_GT(pca.scores(row, j), 0.0);
    }
}

TEST(Pca, KeepsAtMostTheRequestedAxes) {
    const FeatureMatrix x = correlated(100, 5);
    NullProgress p;
    const PcaResult two = fitPca(x, 2, p);
    EXPECT_EQ(two.components.rows(), 2);
    EXPECT_EQ(two.components.cols(), 6);
    EXPECT_EQ(two.scores.cols(), 2);
    EXPECT_EQ(two.loadings.rows(), 6);
    EXPECT_EQ(two.loadings.cols(), 2);
    const PcaResult all = fitPca(x, 50, p);
    EXPECT_EQ(all.components.rows(), 6);
    // The share of the first axes does not depend on how many are kept.
    EXPECT_DOUBLE_EQ(two.explainedVarianceRatio[0], all.explainedVarianceRatio[0]);
    // Fewer rows than features: at most n axes.
    EXPECT_EQ(fitPca(x.topRows(3), 6, p).components.rows(), 3);
}

TEST(Pca, SameBitsForOneAndTwoThreads) {
    ThreadCountGuard guard;
    const FeatureMatrix x = correlated(20000, 6);
    NullProgress p;
    setThreadCount(1);
    const PcaResult one = fitPca(x, 4, p);
    setThreadCount(2);
    const PcaResult two = fitPca(x, 4, p);
    EXPECT_TRUE(one.components == two.components);
    EXPECT_TRUE(one.explainedVariance == two.explainedVariance);
    EXPECT_TRUE(one.scores == two.scores);
}

TEST(Pca, ReportsProgressAndHonoursCancel) {
    const FeatureMatrix x = correlated(500, 7);
    std::int64_t last = -1;
    std::int64_t lastTotal = 0;
    CallbackProgress progress([&](std::int64_t done, std::int64_t total, std::string_view stage) {
        EXPECT_EQ(stage, "pca");
        EXPECT_GE(done, last);
        last = done;
        lastTotal = total;
    });
    fitPca(x, 3, progress);
    EXPECT_EQ(last, lastTotal);
    CancelAfterReports cancel;
    EXPECT_THROW(fitPca(x, 3, cancel), Cancelled);
}

TEST(Pca, RejectsBadInput) {
    NullProgress p;
    const FeatureMatrix x = correlated(10, 8);
    EXPECT_EQ(errorCodeOf([&] { fitPca(x, 0, p); }), ErrorCode::InvalidOption);
    EXPECT_EQ(errorCodeOf([&] { fitPca(x.topRows(1), 2, p); }), ErrorCode::TooFewRows);
    FeatureMatrix bad = x;
    bad(4, 3) = std::numeric_limits<double>::infinity();
    EXPECT_EQ(errorCodeOf([&] { fitPca(bad, 2, p); }), ErrorCode::NonFiniteValue);
    const PcaResult pca = fitPca(x, 2, p);
    EXPECT_EQ(errorCodeOf([&] { projectPca(pca, x.leftCols(5)); }), ErrorCode::InvalidOption);
}

} // namespace
} // namespace gugus::core
