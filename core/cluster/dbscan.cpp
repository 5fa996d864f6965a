// DBSCAN and the k-distance curve over a nanoflann kd-tree.
#include "cluster/dbscan.h"

#include "cluster/distance_kernel.h"
#include "common/error.h"
#include "common/parallel.h"
#include "select/knee.h"

#include <nanoflann.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <memory>
#include <string>

namespace gugus::core {

namespace {

/// nanoflann's view of a FeatureMatrix.
struct MatrixSource {
    const FeatureMatrix& x;
    std::size_t kdtree_get_point_count() const { return std::size_t(x.rows()); }
    double kdtree_get_pt(std::uint32_t i, std::size_t f) const {
        return x(std::int64_t(i), std::int64_t(f));
    }
    template <class Box> bool kdtree_get_bbox(Box&) const { return false; }
};

using KdTree =
    nanoflann::KDTreeSingleIndexAdaptor<nanoflann::L2_Simple_Adaptor<double, MatrixSource>,
                                        MatrixSource, -1, std::uint32_t>;

/// A radius "result set" that hands each row within the (inclusive) squared radius to a callback
/// instead of storing it.
template <class Visit> class RadiusVisitor {
public:
    RadiusVisitor(double radiusSquared, Visit& visit)
        : m_radius(radiusSquared),
          m_worst(std::nextafter(radiusSquared, std::numeric_limits<double>::infinity())),
          m_visit(visit) {}
    bool addPoint(double distanceSquared, std::uint32_t index) {
        if (distanceSquared <= m_radius) {
            m_visit(std::int64_t(index), distanceSquared);
            ++m_count;
        }
        return true;
    }
    /// nanoflann keeps a candidate when its distance is < worstDist(); one ulp above the radius
    /// makes that "<= radius" (DBSCAN's neighbourhood is closed, as scikit-learn's).
    double worstDist() const { return m_worst; }
    bool full() const { return true; }
    std::size_t size() const { return m_count; }

private:
    double m_radius;
    double m_worst;
    Visit& m_visit;
    std::size_t m_count = 0;
};

class Index {
public:
    explicit Index(const FeatureMatrix& x)
        : m_source{x},
          m_tree(std::size_t(x.cols()), m_source, nanoflann::KDTreeSingleIndexAdaptorParams(24)) {}

    /// Calls visit(row, squared distance) for every row within eps of row i (i included).
    template <class Visit>
    void neighbours(std::int64_t i, double radiusSquared, Visit&& visit) const {
        RadiusVisitor<std::remove_reference_t<Visit>> result(radiusSquared, visit);
        m_tree.radiusSearchCustomCallback(m_source.x.data() + i * m_source.x.cols(), result,
                                          nanoflann::SearchParams(32, 0.0f, false));
    }
    const KdTree& tree() const { return m_tree; }
    const FeatureMatrix& x() const { return m_source.x; }

private:
    MatrixSource m_source;
    KdTree m_tree;
};

/// Runs fn(begin, end) over rows in chunks, in parallel blocks inside each chunk, checking for
/// cancel and reporting progress between chunks (~200 reports per pass).
template <class Fn>
void chunkedRows(std::int64_t n, std::int64_t doneBefore, std::int64_t total, const char* stage,
                 Progress& progress, Fn&& fn) {
    const std::int64_t chunk = std::max<std::int64_t>(2048, n / 200);
    for (std::int64_t from = 0; from < n; from += chunk) {
        progress.throwIfCancelled();
        progress.report(doneBefore + from, total, stage);
        const std::int64_t to = std::min(n, from + chunk);
        parallelBlocks(to - from, 256, [&](std::int64_t, std::int64_t b, std::int64_t e) {
            fn(from + b, from + e);
        });
    }
}

/// Lock-free union-find: a union links the larger root under the smaller with a CAS, so every
/// root is its component's smallest row, whatever order the unions ran in.
class ConcurrentUnion {
public:
    explicit ConcurrentUnion(std::int64_t n) : m_parent(std::size_t(n)) {
        for (std::int64_t i = 0; i < n; ++i) {
            m_parent[std::size_t(i)].store(i, std::memory_order_relaxed);
        }
    }
    std::int64_t find(std::int64_t v) {
        for (;;) {
            std::int64_t p = m_parent[std::size_t(v)].load(std::memory_order_acquire);
            if (p == v) {
                return v;
            }
            const std::int64_t g = m_parent[std::size_t(p)].load(std::memory_order_acquire);
            if (g != p) { // path halving; losing this race is harmless
                m_parent[std::size_t(v)].compare_exchange_weak(p, g, std::memory_order_acq_rel);
            }
            v = g;
        }
    }
    void unite(std::int64_t a, std::int64_t b) {
        for (;;) {
            a = find(a);
            b = find(b);
            if (a == b) {
                return;
            }
            if (a > b) {
                std::swap(a, b);
            }
            std::int64_t expected = b;
            if (m_parent[std::size_t(b)].compare_exchange_strong(expected, a,
                                                                 std::memory_order_acq_rel)) {
                return;
            }
        }
    }

private:
    std::vector<std::atomic<std::int64_t>> m_parent;
};

void validateRows(const FeatureMatrix& x) {
    if (x.cols() < 1) {
        throw Error(ErrorCode::NoFeatures);
    }
    if (x.rows() < 1) {
        throw Error(ErrorCode::TooFewRows, "", -1, -1, "no rows");
    }
    if (x.rows() > std::int64_t(std::numeric_limits<std::uint32_t>::max())) {
        throw Error(ErrorCode::TooFewRows, "", -1, -1, "more than 4294967295 rows");
    }
    detail::requireFinite(x, "x");
}

} // namespace

DbscanResult dbscan(const FeatureMatrix& x, const DbscanOptions& options, Progress& progress) {
    if (!(options.eps > 0.0) || !std::isfinite(options.eps)) {
        throw Error(ErrorCode::InvalidOption, "eps", -1, -1, std::to_string(options.eps));
    }
    if (options.minSamples < 1) {
        throw Error(ErrorCode::InvalidOption, "min_samples", -1, -1,
                    std::to_string(options.minSamples));
    }
    validateRows(x);
    const std::int64_t n = x.rows();
    const double r2 = options.eps * options.eps;
    progress.report(0, 3 * n, "dbscan");
    const Index index(x);

    // Pass 1: core rows.
    DbscanResult result;
    result.core.assign(std::size_t(n), 0);
    chunkedRows(n, 0, 3 * n, "dbscan", progress, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            std::int64_t count = 0;
            index.neighbours(i, r2, [&](std::int64_t, double) { ++count; });
            result.core[std::size_t(i)] = count >= options.minSamples ? 1 : 0;
        }
    });

    // Pass 2: join core rows that are neighbours.
    ConcurrentUnion components(n);
    chunkedRows(n, n, 3 * n, "dbscan", progress, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            if (result.core[std::size_t(i)]) {
                index.neighbours(i, r2, [&](std::int64_t j, double) {
                    if (j < i && result.core[std::size_t(j)]) {
                        components.unite(i, j);
                    }
                });
            }
        }
    });

    // Number clusters by their smallest core row (the component root).
    result.labels.assign(std::size_t(n), kNoise);
    for (std::int64_t i = 0; i < n; ++i) {
        if (result.core[std::size_t(i)]) {
            const std::int64_t root = components.find(i);
            if (root == i) {
                result.labels[std::size_t(i)] = result.clusters++;
            } else {
                result.labels[std::size_t(i)] = result.labels[std::size_t(root)];
            }
        }
    }

    // Pass 3: border rows join the lowest-numbered cluster among their core neighbours.
    chunkedRows(n, 2 * n, 3 * n, "dbscan", progress, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            if (result.core[std::size_t(i)]) {
                continue;
            }
            int best = std::numeric_limits<int>::max();
            index.neighbours(i, r2, [&](std::int64_t j, double) {
                if (result.core[std::size_t(j)]) {
                    best = std::min(best, result.labels[std::size_t(j)]);
                }
            });
            if (best != std::numeric_limits<int>::max()) {
                result.labels[std::size_t(i)] = best;
            }
        }
    });

    result.sizes.assign(std::size_t(result.clusters), 0);
    for (const int label : result.labels) {
        if (label >= 0) {
            ++result.sizes[std::size_t(label)];
        } else {
            ++result.noise;
        }
    }
    progress.report(3 * n, 3 * n, "dbscan");
    return result;
}

KDistanceCurve kDistance(const FeatureMatrix& x, int minSamples, Progress& progress) {
    if (minSamples < 1) {
        throw Error(ErrorCode::InvalidOption, "min_samples", -1, -1, std::to_string(minSamples));
    }
    validateRows(x);
    const std::int64_t n = x.rows();
    if (minSamples > n) {
        throw Error(ErrorCode::TooFewRows, "", -1, -1,
                    "min_samples = " + std::to_string(minSamples) +
                        " > rows = " + std::to_string(n));
    }
    progress.report(0, n, "kdistance");
    const Index index(x);
    KDistanceCurve curve;
    curve.minSamples = minSamples;
    curve.distances.resize(std::size_t(n));
    chunkedRows(n, 0, n, "kdistance", progress, [&](std::int64_t begin, std::int64_t end) {
        std::vector<std::uint32_t> ids(static_cast<std::size_t>(minSamples));
        std::vector<double> d2(static_cast<std::size_t>(minSamples));
        for (std::int64_t i = begin; i < end; ++i) {
            const std::size_t found = index.tree().knnSearch(
                x.data() + i * x.cols(), std::size_t(minSamples), ids.data(), d2.data());
            curve.distances[std::size_t(i)] = std::sqrt(d2[found - 1]);
        }
    });
    std::sort(curve.distances.begin(), curve.distances.end());

    // The knee of the ascending curve is the knee of the same curve read backwards (decreasing,
    // convex); sample it at up to 1000 quantiles so Kneedle sees the shape, not the noise.
    const std::int64_t samples = std::min<std::int64_t>(n, 1000);
    if (samples >= 3) {
        std::vector<double> xs(static_cast<std::size_t>(samples));
        std::vector<double> ys(static_cast<std::size_t>(samples));
        std::vector<std::int64_t> at(static_cast<std::size_t>(samples));
        for (std::int64_t s = 0; s < samples; ++s) {
            const std::int64_t i =
                samples == 1 ? 0 : (n - 1) - (s * (n - 1)) / (samples - 1); // descending
            at[std::size_t(s)] = i;
            xs[std::size_t(s)] = double(s);
            ys[std::size_t(s)] = curve.distances[std::size_t(i)];
        }
        if (const auto knee = kneedleDecreasingConvex(xs, ys)) {
            curve.kneeIndex = at[*knee];
            curve.suggestedEps = curve.distances[std::size_t(*curve.kneeIndex)];
        }
    }
    progress.report(n, n, "kdistance");
    return curve;
}

} // namespace gugus::core
