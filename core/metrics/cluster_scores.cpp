// Inertia, Calinski-Harabasz and Davies-Bouldin: each a function of the cluster means and of
// the rows' distances to them, written to follow scikit-learn 1.2's formulas line by line.
#include "common/parallel.h"
#include "metrics/cluster_metrics.h"
#include "metrics/label_summary.h"
#include "numeric/distance_kernel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::core {

namespace {

/// Per cluster, the sum over its rows of |x - mean|^2 (squared) or |x - mean| (not squared).
/// Per-block partials combined in block order: deterministic for any thread count.
std::vector<double> distanceSums(const FeatureMatrix& x, const Labels& labels,
                                 const CentreMatrix& means, bool squared) {
    const std::int64_t n = x.rows();
    const std::int64_t d = x.cols();
    const std::int64_t k = means.rows();
    const std::int64_t block = detail::blockRowsFor(n);
    const std::int64_t blocks = blockCount(n, block);
    std::vector<double> partial(static_cast<std::size_t>(blocks * k), 0.0);
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        double* sums = partial.data() + b * k;
        for (std::int64_t i = begin; i < end; ++i) {
            const int l = labels[std::size_t(i)];
            if (l < 0) {
                continue;
            }
            const double sq = detail::squaredDistance(x.data() + i * d, means.data() + l * d, d);
            sums[l] += squared ? sq : std::sqrt(sq);
        }
    });
    std::vector<double> total(static_cast<std::size_t>(k), 0.0);
    for (std::int64_t b = 0; b < blocks; ++b) {
        for (std::int64_t j = 0; j < k; ++j) {
            total[std::size_t(j)] += partial[std::size_t(b * k + j)];
        }
    }
    return total;
}

} // namespace

double inertia(const FeatureMatrix& x, const Labels& labels, int k) {
    const detail::LabelSummary s = detail::summariseLabels(x, labels, k);
    const CentreMatrix means = detail::clusterMeans(x, labels, s);
    double total = 0.0;
    for (const double v : distanceSums(x, labels, means, true)) {
        total += v;
    }
    return total;
}

// extra = sum_c n_c |mean_c - mean|^2, intra = sum_i |x_i - mean_c(i)|^2,
// CH = extra (n - L) / (intra (L - 1)) with L non-empty clusters, and 1 when intra is 0.
double calinskiHarabasz(const FeatureMatrix& x, const Labels& labels, int k) {
    const detail::LabelSummary s = detail::summariseLabels(x, labels, k);
    detail::requireClusterCount(s);
    const CentreMatrix means = detail::clusterMeans(x, labels, s);
    Eigen::RowVectorXd overall = Eigen::RowVectorXd::Zero(x.cols());
    for (int j = 0; j < k; ++j) {
        overall += means.row(j) * double(s.counts[std::size_t(j)]);
    }
    overall /= double(s.clustered);
    double extra = 0.0;
    for (int j = 0; j < k; ++j) {
        if (s.counts[std::size_t(j)] > 0) {
            extra += double(s.counts[std::size_t(j)]) * (means.row(j) - overall).squaredNorm();
        }
    }
    double intra = 0.0;
    for (const double v : distanceSums(x, labels, means, true)) {
        intra += v;
    }
    if (intra == 0.0) {
        return 1.0;
    }
    const double n = double(s.clustered);
    const double clusters = double(s.nonEmpty);
    return extra * (n - clusters) / (intra * (clusters - 1.0));
}

// S_c = mean distance of cluster c's rows to its centroid, M_ab = distance between centroids;
// DB = mean over clusters of max over others of (S_a + S_b) / M_ab. As scikit-learn: 0 when all
// S are ~0 or all M are ~0 (np.allclose(., 0): |v| <= 1e-8), and coincident centroids (M = 0)
// contribute 0 instead of infinity.
double daviesBouldin(const FeatureMatrix& x, const Labels& labels, int k) {
    const detail::LabelSummary s = detail::summariseLabels(x, labels, k);
    detail::requireClusterCount(s);
    const CentreMatrix means = detail::clusterMeans(x, labels, s);
    const std::vector<double> sums = distanceSums(x, labels, means, false);
    std::vector<int> present;
    for (int j = 0; j < k; ++j) {
        if (s.counts[std::size_t(j)] > 0) {
            present.push_back(j);
        }
    }
    const auto m = std::int64_t(present.size());
    std::vector<double> spread(static_cast<std::size_t>(m));
    for (std::int64_t a = 0; a < m; ++a) {
        const int c = present[std::size_t(a)];
        spread[std::size_t(a)] = sums[std::size_t(c)] / double(s.counts[std::size_t(c)]);
    }
    Eigen::MatrixXd centroidDistance(m, m);
    for (std::int64_t a = 0; a < m; ++a) {
        for (std::int64_t b = 0; b < m; ++b) {
            centroidDistance(a, b) =
                a == b
                    ? 0.0
                    : std::sqrt(detail::squaredDistance(means.row(present[std::size_t(a)]).data(),
                                                        means.row(present[std::size_t(b)]).data(),
                                                        x.cols()));
        }
    }
    constexpr double kAllClose = 1e-8;
    const bool spreadsZero = std::all_of(spread.begin(), spread.end(),
                                         [](double v) { return std::abs(v) <= kAllClose; });
    const bool centroidsZero = (centroidDistance.array().abs() <= kAllClose).all();
    if (spreadsZero || centroidsZero) {
        return 0.0;
    }
    double total = 0.0;
    for (std::int64_t a = 0; a < m; ++a) {
        double worst = 0.0; // the diagonal's (S_a + S_a) / inf
        for (std::int64_t b = 0; b < m; ++b) {
            const double dist = centroidDistance(a, b);
            if (dist == 0.0) {
                continue; // scikit-learn sets these to inf, so the ratio is 0
            }
            worst = std::max(worst, (spread[std::size_t(a)] + spread[std::size_t(b)]) / dist);
        }
        total += worst;
    }
    return total / double(m);
}

} // namespace gugus::core
