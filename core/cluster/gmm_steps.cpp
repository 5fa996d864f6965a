// The E- and M-steps of the Gaussian mixture, row blocks in parallel with partial sums combined
// in block order (the same bits for any thread count).
#include "cluster/gmm_internal.h"

#include "common/error.h"
#include "common/parallel.h"
#include "numeric/distance_kernel.h"

#include <Eigen/Cholesky>

#include <cmath>
#include <limits>
#include <numbers>

namespace gugus::core {

namespace {

/// -0.5 (d ln 2 pi + squared Mahalanobis norm) + ln det(precision Cholesky) for the rows of
/// `xb` under component c, written to column c of `out` (rows of the block).
template <class Rows, class Out>
void componentLogProb(const GmmModel& model, int c, const Rows& xb, Out&& out) {
    const auto d = double(xb.cols());
    const double constant = d * std::log(2.0 * std::numbers::pi);
    const Eigen::MatrixXd centred = xb.rowwise() - model.means.row(c);
    Eigen::VectorXd squared;
    double logDet = 0.0;
    switch (model.covariance) {
    case CovarianceType::Full:
    case CovarianceType::Tied: {
        const Eigen::MatrixXd& u =
            model.precisionsCholesky[model.covariance == CovarianceType::Full ? std::size_t(c) : 0];
        // y = (x - mu) U: the GEMM carries the whole block.
        const Eigen::MatrixXd y = centred * u;
        squared = y.rowwise().squaredNorm();
        logDet = u.diagonal().array().log().sum();
        break;
    }
    case CovarianceType::Diag: {
        const Eigen::RowVectorXd p = model.precisionsCholesky[0].row(c);
        squared = (centred.array().rowwise() * p.array()).matrix().rowwise().squaredNorm();
        logDet = p.array().log().sum();
        break;
    }
    case CovarianceType::Spherical: {
        const double p = model.precisionsCholesky[0](c, 0);
        squared = centred.rowwise().squaredNorm() * (p * p);
        logDet = d * std::log(p);
        break;
    }
    }
    out = (-0.5 * (squared.array() + constant) + logDet).matrix();
}

std::int64_t blockRows(std::int64_t n) {
    return detail::blockRowsFor(n);
}

void throwIfCancelled(const Progress* progress) {
    if (progress && progress->cancelled()) {
        throw Cancelled();
    }
}

/// Lower-triangular Cholesky of a covariance -> upper-triangular factor of its inverse (as
/// scikit-learn: solve_triangular(L, I, lower=True).T).
Eigen::MatrixXd precisionCholesky(const Eigen::MatrixXd& covariance) {
    const Eigen::LLT<Eigen::MatrixXd> llt(covariance);
    if (llt.info() != Eigen::Success || !llt.matrixL().toDenseMatrix().allFinite()) {
        throw Error(ErrorCode::InvalidOption, "covariance", -1, -1,
                    "a covariance is not positive definite; increase reg_covar");
    }
    const auto n = covariance.rows();
    const Eigen::MatrixXd inverse =
        llt.matrixL().solve(Eigen::MatrixXd::Identity(n, n)); // L^-1, lower triangular
    return inverse.transpose();
}

Eigen::MatrixXd positiveInverseRoot(const Eigen::MatrixXd& variances) {
    if ((variances.array() <= 0.0).any() || !variances.allFinite()) {
        throw Error(ErrorCode::InvalidOption, "covariance", -1, -1,
                    "a variance is not positive; increase reg_covar");
    }
    return variances.array().rsqrt().matrix();
}

} // namespace

void gmmComputePrecisions(GmmModel& model) {
    model.precisionsCholesky.clear();
    for (const Eigen::MatrixXd& cov : model.covariances) {
        if (model.covariance == CovarianceType::Full || model.covariance == CovarianceType::Tied) {
            model.precisionsCholesky.push_back(precisionCholesky(cov));
        } else {
            model.precisionsCholesky.push_back(positiveInverseRoot(cov));
        }
    }
}

ProbabilityMatrix gmmWeightedLogProb(const GmmModel& model, const FeatureMatrix& x) {
    const int k = model.components();
    ProbabilityMatrix out(x.rows(), k);
    const Eigen::VectorXd logWeights = model.weights.array().log();
    parallelBlocks(x.rows(), blockRows(x.rows()),
                   [&](std::int64_t, std::int64_t b, std::int64_t e) {
                       const auto xb = x.middleRows(b, e - b);
                       for (int c = 0; c < k; ++c) {
                           componentLogProb(model, c, xb, out.block(b, c, e - b, 1));
                           out.block(b, c, e - b, 1).array() += logWeights[c];
                       }
                   });
    return out;
}

namespace detail {

double gmmEStep(const GmmModel& model, const FeatureMatrix& x, ProbabilityMatrix& logResp,
                const Progress* progress) {
    const std::int64_t n = x.rows();
    const int k = model.components();
    logResp.resize(n, k);
    const Eigen::VectorXd logWeights = model.weights.array().log();
    const std::int64_t block = blockRows(n);
    std::vector<double> partial(std::size_t(blockCount(n, block)), 0.0);
    parallelBlocks(n, block, [&](std::int64_t index, std::int64_t b, std::int64_t e) {
        throwIfCancelled(progress);
        const auto xb = x.middleRows(b, e - b);
        for (int c = 0; c < k; ++c) {
            componentLogProb(model, c, xb, logResp.block(b, c, e - b, 1));
        }
        double sum = 0.0;
        for (std::int64_t i = b; i < e; ++i) {
            auto row = logResp.row(i);
            row += logWeights.transpose();
            // log-sum-exp around the row maximum, as scipy.special.logsumexp.
            const double top = row.maxCoeff();
            const double norm =
                std::isfinite(top) ? top + std::log((row.array() - top).exp().sum()) : top;
            row.array() -= norm;
            sum += norm;
        }
        partial[std::size_t(index)] = sum;
    });
    double total = 0.0;
    for (const double p : partial) {
        total += p;
    }
    return total / double(n);
}

GmmModel gmmMStep(const FeatureMatrix& x, const ProbabilityMatrix& resp, CovarianceType type,
                  double regCovar) {
    const std::int64_t n = x.rows();
    const auto k = resp.cols();
    const std::int64_t block = blockRows(n);
    const auto blocks = std::size_t(blockCount(n, block));
    const bool squares = type == CovarianceType::Diag || type == CovarianceType::Spherical;
    const bool gram = type == CovarianceType::Tied;

    // Pass 1: nk, resp^T x and, for diag/spherical, resp^T x^2; x^T x for tied.
    struct Sums {
        Eigen::VectorXd nk;
        Eigen::MatrixXd rx, rx2, xtx;
    };
    std::vector<Sums> partial(blocks);
    parallelBlocks(n, block, [&](std::int64_t index, std::int64_t b, std::int64_t e) {
        const auto xb = x.middleRows(b, e - b);
        const auto rb = resp.middleRows(b, e - b);
        Sums& s = partial[std::size_t(index)];
        s.nk = rb.colwise().sum().transpose();
        s.rx = rb.transpose() * xb;
        if (squares) {
            s.rx2 = rb.transpose() * xb.cwiseAbs2();
        }
        if (gram) {
            s.xtx = xb.transpose() * xb;
        }
    });
    Sums sum = std::move(partial[0]);
    for (std::size_t i = 1; i < blocks; ++i) {
        sum.nk += partial[i].nk;
        sum.rx += partial[i].rx;
        if (squares) {
            sum.rx2 += partial[i].rx2;
        }
        if (gram) {
            sum.xtx += partial[i].xtx;
        }
    }
    partial.clear();
    const Eigen::VectorXd nk = sum.nk.array() + 10.0 * std::numeric_limits<double>::epsilon();

    GmmModel model;
    model.covariance = type;
    model.weights = nk / nk.sum();
    model.means = (sum.rx.array().colwise() / nk.array()).matrix();
    switch (type) {
    case CovarianceType::Full:
        // Pass 2 per component: sum_i r_ic (x_i - mu_c)(x_i - mu_c)^T, centred as scikit-learn.
        for (std::int64_t c = 0; c < k; ++c) {
            std::vector<Eigen::MatrixXd> cov(blocks);
            parallelBlocks(n, block, [&](std::int64_t index, std::int64_t b, std::int64_t e) {
                const Eigen::MatrixXd diff = x.middleRows(b, e - b).rowwise() - model.means.row(c);
                const Eigen::MatrixXd weighted =
                    (diff.array().colwise() * resp.col(c).segment(b, e - b).array()).matrix();
                cov[std::size_t(index)] = weighted.transpose() * diff;
            });
            Eigen::MatrixXd total = cov[0];
            for (std::size_t i = 1; i < blocks; ++i) {
                total += cov[i];
            }
            total /= nk[c];
            total.diagonal().array() += regCovar;
            model.covariances.push_back(std::move(total));
        }
        break;
    case CovarianceType::Tied: {
        Eigen::MatrixXd cov = sum.xtx - (model.means.transpose() * nk.asDiagonal()) * model.means;
        cov /= nk.sum();
        cov.diagonal().array() += regCovar;
        model.covariances.push_back(std::move(cov));
        break;
    }
    case CovarianceType::Diag:
    case CovarianceType::Spherical: {
        const Eigen::ArrayXXd avgX2 = sum.rx2.array().colwise() / nk.array();
        const Eigen::ArrayXXd means2 = model.means.array().square();
        const Eigen::ArrayXXd avgXMeans =
            model.means.array() * (sum.rx.array().colwise() / nk.array());
        Eigen::MatrixXd variances = (avgX2 - 2.0 * avgXMeans + means2 + regCovar).matrix();
        if (type == CovarianceType::Spherical) {
            variances = variances.rowwise().mean().eval();
        }
        model.covariances.push_back(std::move(variances));
        break;
    }
    }
    gmmComputePrecisions(model);
    return model;
}

} // namespace detail

} // namespace gugus::core
