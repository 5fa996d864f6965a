// PCA as sklearn.decomposition.PCA(svd_solver="full"): centre the columns, take the SVD of the
// centred rows, keep the leading right singular vectors.
//
// The SVD is computed from the R factor of a tall-skinny QR (TSQR, tall_qr.cpp): every row block
// is reduced to a d x d triangle in parallel, the triangles are reduced once more in block order,
// and the small R is decomposed with Eigen's (two-sided) Jacobi SVD. This is as accurate as an SVD
// of the n x d matrix (the route through the covariance X^T X squares the condition number, and
// lost ~1e-8 relative on axes carrying 1e-8 of the variance), deterministic for any thread count,
// and one memory-bound pass over the rows.
#include "reduce/pca.h"

#include "common/error.h"
#include "common/parallel.h"
#include "numeric/distance_kernel.h"
#include "reduce/tall_qr.h"

#include <Eigen/SVD>

#include <algorithm>
#include <cmath>
#include <string>

namespace gugus::core {

namespace {

constexpr int kTile = 32;

// MaxRows = kTile: Eigen only parallelises products whose destination may have more than 32 rows,
// so the per-tile products below never start a nested OpenMP team (which would change the bits).
using Tile =
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor, kTile, Eigen::Dynamic>;

Eigen::VectorXd columnMeans(const FeatureMatrix& x, const Progress& progress) {
    const std::int64_t n = x.rows();
    const std::int64_t d = x.cols();
    const std::int64_t block = detail::blockRowsFor(n);
    const std::int64_t blocks = blockCount(n, block);
    std::vector<double> partial(static_cast<std::size_t>(blocks * d), 0.0);
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        progress.throwIfCancelled();
        double* s = partial.data() + b * d;
        for (std::int64_t i = begin; i < end; ++i) {
            const double* xr = x.data() + i * d;
            for (std::int64_t f = 0; f < d; ++f) {
                s[f] += xr[f];
            }
        }
    });
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(d);
    for (std::int64_t b = 0; b < blocks; ++b) {
        for (std::int64_t f = 0; f < d; ++f) {
            mean[f] += partial[std::size_t(b * d + f)];
        }
    }
    return mean / double(n);
}

/// (x - mean) * components^T, n x m, in tiles of kTile rows. When `largest` is given, also finds
/// per component the first row with the largest |score| (for the sign rule): largest[j] = row.
FeatureMatrix project(const FeatureMatrix& x, const Eigen::VectorXd& mean,
                      const Eigen::MatrixXd& components, std::vector<std::int64_t>* largest,
                      const Progress& progress) {
    const std::int64_t n = x.rows();
    const std::int64_t m = components.rows();
    FeatureMatrix scores(n, m);
    const std::int64_t block = detail::blockRowsFor(n);
    const std::int64_t blocks = blockCount(n, block);
    std::vector<double> bestAbs(static_cast<std::size_t>(blocks * m), -1.0);
    std::vector<std::int64_t> bestRow(static_cast<std::size_t>(blocks * m), -1);
    const Eigen::MatrixXd axesT = components.transpose(); // d x m
    const Eigen::RowVectorXd meanRow = mean.transpose();
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        progress.throwIfCancelled();
        Tile centred;
        Tile tileScores;
        for (std::int64_t r = begin; r < end; r += kTile) {
            const std::int64_t count = std::min<std::int64_t>(kTile, end - r);
            centred = x.middleRows(r, count).rowwise() - meanRow;
            tileScores.noalias() = centred * axesT;
            scores.middleRows(r, count) = tileScores;
            for (std::int64_t j = 0; j < m && largest; ++j) {
                for (std::int64_t i = 0; i < count; ++i) {
                    const double v = std::abs(tileScores(i, j));
                    // Strictly greater: the first row wins ties, as numpy.argmax.
                    if (v > bestAbs[std::size_t(b * m + j)]) {
                        bestAbs[std::size_t(b * m + j)] = v;
                        bestRow[std::size_t(b * m + j)] = r + i;
                    }
                }
            }
        }
    });
    if (largest) {
        largest->assign(std::size_t(m), 0);
        std::vector<double> top(std::size_t(m), -1.0);
        for (std::int64_t b = 0; b < blocks; ++b) {
            for (std::int64_t j = 0; j < m; ++j) {
                if (bestAbs[std::size_t(b * m + j)] > top[std::size_t(j)]) {
                    top[std::size_t(j)] = bestAbs[std::size_t(b * m + j)];
                    (*largest)[std::size_t(j)] = bestRow[std::size_t(b * m + j)];
                }
            }
        }
    }
    return scores;
}

} // namespace

PcaResult fitPca(const FeatureMatrix& x, int nComponents, Progress& progress) {
    if (nComponents < 1) {
        throw Error(ErrorCode::InvalidOption, "n_components", -1, -1, std::to_string(nComponents));
    }
    if (x.cols() < 1) {
        throw Error(ErrorCode::NoFeatures);
    }
    if (x.rows() < 2) {
        throw Error(ErrorCode::TooFewRows, "", -1, -1, "PCA needs at least 2 rows");
    }
    constexpr std::int64_t kSteps = 4;
    progress.report(0, kSteps, "pca");
    progress.throwIfCancelled();
    detail::requireFinite(x, "x");
    const std::int64_t m = std::min<std::int64_t>({nComponents, x.cols(), x.rows()});

    PcaResult pca;
    pca.mean = columnMeans(x, progress);
    const Eigen::MatrixXd r = detail::centredRFactor(x, pca.mean, progress);
    progress.report(1, kSteps, "pca");
    progress.throwIfCancelled();

    // R^T R = Xc^T Xc: R's singular values and right singular vectors are those of Xc. Jacobi is
    // single-threaded (so deterministic), accurate for small matrices, and sorts descending.
    const Eigen::JacobiSVD<Eigen::MatrixXd> svd(r, Eigen::ComputeFullV);
    const Eigen::VectorXd singular = svd.singularValues(); // min(n, d) values
    const Eigen::VectorXd variances = singular.array().square() / double(x.rows() - 1);
    const double total = variances.sum();
    pca.components = svd.matrixV().leftCols(m).transpose();
    pca.explainedVariance = variances.head(m);
    // All-constant data have no variance to share: the ratios are then 0 rather than 0/0.
    pca.spectrumRatio =
        total > 0.0 ? Eigen::VectorXd(variances / total) : Eigen::VectorXd::Zero(variances.size());
    pca.explainedVarianceRatio = pca.spectrumRatio.head(m);
    progress.report(2, kSteps, "pca");
    progress.throwIfCancelled();

    // scikit-learn's svd_flip (u-based): in each column of U the entry of largest magnitude is
    // made positive. U's column j is the score column j divided by a positive singular value, so
    // the same rule is applied to the scores.
    std::vector<std::int64_t> largest;
    pca.scores = project(x, pca.mean, pca.components, &largest, progress);
    for (std::int64_t j = 0; j < m; ++j) {
        if (pca.scores(largest[std::size_t(j)], j) < 0.0) {
            pca.components.row(j) *= -1.0;
            pca.scores.col(j) *= -1.0;
        }
    }
    pca.loadings = pca.components.transpose() * pca.explainedVariance.cwiseSqrt().asDiagonal();
    progress.report(kSteps, kSteps, "pca");
    return pca;
}

FeatureMatrix projectPca(const PcaResult& pca, const FeatureMatrix& x) {
    if (x.cols() != pca.mean.size() || pca.components.cols() != pca.mean.size()) {
        throw Error(ErrorCode::InvalidOption, "columns", -1, -1,
                    std::to_string(x.cols()) + " columns for a PCA of " +
                        std::to_string(pca.mean.size()));
    }
    NullProgress none;
    return project(x, pca.mean, pca.components, nullptr, none);
}

} // namespace gugus::core
