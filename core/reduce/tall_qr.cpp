#include "reduce/tall_qr.h"

#include "common/parallel.h"
#include "numeric/distance_kernel.h"
#include "numeric/lane_ops.h"

#include <algorithm>
#include <cmath>

namespace gugus::core::detail {

Eigen::MatrixXd householderR(std::vector<double>& a, std::int64_t rows, std::int64_t d) {
    const std::int64_t steps = std::min(rows, d);
    for (std::int64_t j = 0; j < steps; ++j) {
        double* v = a.data() + j * rows + j; // column j from the diagonal down
        const std::int64_t len = rows - j;
        const double norm = std::sqrt(laneDot(v, v, len));
        if (norm == 0.0) {
            continue; // nothing below to annihilate: R(j, j) = 0 and the column stays as it is
        }
        // Reflect x onto alpha e1 with alpha of the opposite sign of x0, so that v0 = x0 - alpha
        // adds magnitudes instead of cancelling.
        const double alpha = v[0] > 0.0 ? -norm : norm;
        v[0] -= alpha;
        const double vv = laneDot(v, v, len);
        for (std::int64_t k = j + 1; k < d; ++k) {
            double* column = a.data() + k * rows + j;
            const double f = 2.0 * laneDot(v, column, len) / vv;
            for (std::int64_t i = 0; i < len; ++i) {
                column[i] -= f * v[i];
            }
        }
        v[0] = alpha;
    }
    Eigen::MatrixXd r = Eigen::MatrixXd::Zero(steps, d);
    for (std::int64_t i = 0; i < steps; ++i) {
        for (std::int64_t k = i; k < d; ++k) {
            r(i, k) = a[std::size_t(k * rows + i)];
        }
    }
    return r;
}

Eigen::MatrixXd centredRFactor(const FeatureMatrix& x, const Eigen::VectorXd& mean,
                               const Progress& progress) {
    const std::int64_t n = x.rows();
    const std::int64_t d = x.cols();
    const std::int64_t block = blockRowsFor(n);
    const std::int64_t blocks = blockCount(n, block);
    std::vector<Eigen::MatrixXd> parts(static_cast<std::size_t>(blocks));
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        progress.throwIfCancelled();
        const std::int64_t rows = end - begin;
        std::vector<double> a(static_cast<std::size_t>(rows * d));
        for (std::int64_t i = 0; i < rows; ++i) {
            const double* xr = x.data() + (begin + i) * d;
            for (std::int64_t f = 0; f < d; ++f) {
                a[std::size_t(f * rows + i)] = xr[f] - mean[f];
            }
        }
        parts[std::size_t(b)] = householderR(a, rows, d);
    });
    if (blocks == 1) {
        return parts[0];
    }
    std::int64_t stacked = 0;
    for (const Eigen::MatrixXd& p : parts) {
        stacked += p.rows();
    }
    std::vector<double> a(static_cast<std::size_t>(stacked * d));
    std::int64_t row = 0;
    for (const Eigen::MatrixXd& p : parts) {
        for (std::int64_t i = 0; i < p.rows(); ++i, ++row) {
            for (std::int64_t f = 0; f < d; ++f) {
                a[std::size_t(f * stacked + row)] = p(i, f);
            }
        }
    }
    progress.throwIfCancelled();
    return householderR(a, stacked, d);
}

} // namespace gugus::core::detail
