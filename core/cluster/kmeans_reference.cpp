// The plain Lloyd iteration: single-threaded, no blocking, no bounds, no shared helpers. It is
// the yardstick of the differential tests, so it is written to be obviously right, not fast.
#include "cluster/kmeans.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gugus::core {

namespace {

double plainSquaredDistance(const FeatureMatrix& x, std::int64_t row, const CentreMatrix& c,
                            std::int64_t centre) {
    double s = 0.0;
    for (std::int64_t f = 0; f < x.cols(); ++f) {
        const double t = x(row, f) - c(centre, f);
        s += t * t;
    }
    return s;
}

int plainNearest(const FeatureMatrix& x, std::int64_t row, const CentreMatrix& c) {
    int best = 0;
    double bestDistance = plainSquaredDistance(x, row, c, 0);
    for (std::int64_t j = 1; j < c.rows(); ++j) {
        const double dist = plainSquaredDistance(x, row, c, j);
        if (dist < bestDistance) {
            best = int(j);
            bestDistance = dist;
        }
    }
    return best;
}

double plainInertia(const FeatureMatrix& x, const Labels& labels, const CentreMatrix& c) {
    double s = 0.0;
    for (std::int64_t i = 0; i < x.rows(); ++i) {
        s += plainSquaredDistance(x, i, c, labels[std::size_t(i)]);
    }
    return s;
}

double plainMeanVariance(const FeatureMatrix& x) {
    double total = 0.0;
    for (std::int64_t f = 0; f < x.cols(); ++f) {
        double mean = 0.0;
        for (std::int64_t i = 0; i < x.rows(); ++i) {
            mean += x(i, f);
        }
        mean /= double(x.rows());
        double squares = 0.0;
        for (std::int64_t i = 0; i < x.rows(); ++i) {
            squares += (x(i, f) - mean) * (x(i, f) - mean);
        }
        total += squares / double(x.rows());
    }
    return total / double(x.cols());
}

/// scikit-learn's _relocate_empty_clusters, written out: farthest rows (ties -> lower row) leave
/// their cluster and become the only member of an empty one.
void plainRelocate(const FeatureMatrix& x, const Labels& labels, const CentreMatrix& centres,
                   CentreMatrix& sums, std::vector<std::int64_t>& counts) {
    std::vector<std::int64_t> empty;
    for (std::int64_t j = 0; j < centres.rows(); ++j) {
        if (counts[std::size_t(j)] == 0) {
            empty.push_back(j);
        }
    }
    if (empty.empty()) {
        return;
    }
    std::vector<double> dist(static_cast<std::size_t>(x.rows()));
    for (std::int64_t i = 0; i < x.rows(); ++i) {
        dist[std::size_t(i)] = plainSquaredDistance(x, i, centres, labels[std::size_t(i)]);
    }
    if (*std::max_element(dist.begin(), dist.end()) == 0.0) {
        return;
    }
    std::vector<std::int64_t> order(static_cast<std::size_t>(x.rows()));
    std::iota(order.begin(), order.end(), std::int64_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::int64_t a, std::int64_t b) {
        return dist[std::size_t(a)] > dist[std::size_t(b)];
    });
    for (std::size_t m = 0; m < empty.size() && m < order.size(); ++m) {
        const std::int64_t row = order[m];
        const std::int64_t from = labels[std::size_t(row)];
        sums.row(from) -= x.row(row);
        sums.row(empty[m]) = x.row(row);
        counts[std::size_t(from)] -= 1;
        counts[std::size_t(empty[m])] = 1;
    }
}

} // namespace

KMeansResult referenceLloyd(const FeatureMatrix& x, const CentreMatrix& initialCentres, int maxIter,
                            double tol) {
    const std::int64_t n = x.rows();
    const std::int64_t k = initialCentres.rows();
    const double tolScaled = tol == 0.0 ? 0.0 : tol * plainMeanVariance(x);
    CentreMatrix centres = initialCentres;
    Labels labels(std::size_t(n), -1);
    bool strict = false;
    int iteration = 0;
    for (; iteration < maxIter; ++iteration) {
        bool changed = false;
        for (std::int64_t i = 0; i < n; ++i) {
            const int nearest = plainNearest(x, i, centres);
            changed = changed || nearest != labels[std::size_t(i)];
            labels[std::size_t(i)] = nearest;
        }
        CentreMatrix sums = CentreMatrix::Zero(k, x.cols());
        std::vector<std::int64_t> counts(std::size_t(k), 0);
        for (std::int64_t i = 0; i < n; ++i) {
            sums.row(labels[std::size_t(i)]) += x.row(i);
            counts[std::size_t(labels[std::size_t(i)])] += 1;
        }
        plainRelocate(x, labels, centres, sums, counts);
        double shift = 0.0;
        for (std::int64_t j = 0; j < k; ++j) {
            if (counts[std::size_t(j)] == 0) {
                continue;
            }
            for (std::int64_t f = 0; f < x.cols(); ++f) {
                const double updated = sums(j, f) / double(counts[std::size_t(j)]);
                shift += (updated - centres(j, f)) * (updated - centres(j, f));
                centres(j, f) = updated;
            }
        }
        if (!changed) {
            strict = true;
            break;
        }
        if (shift <= tolScaled) {
            break;
        }
    }
    KMeansResult result;
    result.converged = iteration < maxIter;
    result.iterations = result.converged ? iteration + 1 : maxIter;
    if (!strict) {
        for (std::int64_t i = 0; i < n; ++i) {
            labels[std::size_t(i)] = plainNearest(x, i, centres);
        }
    }
    result.inertia = plainInertia(x, labels, centres);
    result.sizes.assign(std::size_t(k), 0);
    for (const int l : labels) {
        result.sizes[std::size_t(l)] += 1;
    }
    result.centres = std::move(centres);
    result.labels = std::move(labels);
    result.runInertias = {result.inertia};
    result.bestRun = 0;
    return result;
}

} // namespace gugus::core
