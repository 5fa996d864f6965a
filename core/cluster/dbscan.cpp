// DBSCAN and the k-distance curve over a nanoflann kd-tree (DBSCAN in many dimensions over the
// block pairs of dbscan_pairs.cpp).
#include "cluster/dbscan.h"

#include "cluster/dbscan_pairs.h"
#include "common/error.h"
#include "common/parallel.h"
#include "numeric/distance_kernel.h"
#include "numeric/knee.h"

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

/// Squared Euclidean distance for nanoflann's leaves, reading the row directly and summing in
/// four independent lanes (the compiler keeps them in one vector register).
struct RowL2 {
    using ElementType = double;
    using DistanceType = double;
    const MatrixSource& data_source;
    explicit RowL2(const MatrixSource& source) : data_source(source) {}

    double evalMetric(const double* a, std::uint32_t index, std::size_t size) const {
        const double* b = data_source.x.data() + std::int64_t(index) * data_source.x.cols();
        double lane[4] = {0.0, 0.0, 0.0, 0.0};
        std::size_t f = 0;
        for (; f + 4 <= size; f += 4) {
            for (std::size_t l = 0; l < 4; ++l) {
                const double t = a[f + l] - b[f + l];
                lane[l] += t * t;
            }
        }
        double sum = (lane[0] + lane[1]) + (lane[2] + lane[3]);
        for (; f < size; ++f) {
            const double t = a[f] - b[f];
            sum += t * t;
        }
        return sum;
    }
    template <typename U, typename V> double accum_dist(const U a, const V b, std::size_t) const {
        return (a - b) * (a - b);
    }
};

using KdTree = nanoflann::KDTreeSingleIndexAdaptor<RowL2, MatrixSource, -1, std::uint32_t>;

/// A radius "result set" that hands each row within the (inclusive) squared radius to a callback
/// instead of storing it.
template <class Visit> class RadiusVisitor {
public:
    RadiusVisitor(double radiusSquared, const Visit& visit)
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
    const Visit& m_visit;
    std::size_t m_count = 0;
};

/// A kd-tree over a copy of the rows laid out in the order of a first tree's leaves: a leaf's
/// rows are contiguous in memory, and queries made in that order (rowAt(0), rowAt(1) ...) walk
/// the same nodes one after another. In 18 dimensions this nearly halves the query time.
class Index {
public:
    explicit Index(const FeatureMatrix& x) : m_order(std::size_t(x.rows())) {
        // Leaf size: in many dimensions a kd-tree prunes little, and big contiguous leaves scanned
        // with the vectorised kernel win (measured on 100k x 18 blobs: 32 -> 9.2 s, 256 -> 6.6 s);
        // in few dimensions small leaves prune better.
        const nanoflann::KDTreeSingleIndexAdaptorParams params(x.cols() >= 12 ? 256 : 32);
        {
            const MatrixSource source{x};
            const KdTree first(std::size_t(x.cols()), source, params);
            for (std::size_t p = 0; p < m_order.size(); ++p) {
                m_order[p] = std::int64_t(first.vAcc[p]);
            }
        }
        m_x.resize(x.rows(), x.cols());
        m_position.resize(m_order.size());
        for (std::size_t p = 0; p < m_order.size(); ++p) {
            m_x.row(std::int64_t(p)) = x.row(m_order[p]);
            m_position[std::size_t(m_order[p])] = std::int64_t(p);
        }
        m_source = std::make_unique<MatrixSource>(MatrixSource{m_x});
        m_tree = std::make_unique<KdTree>(std::size_t(x.cols()), *m_source, params);
    }

    /// The row to query p-th for locality.
    std::int64_t rowAt(std::int64_t p) const { return m_order[std::size_t(p)]; }

    /// Calls visit(row, squared distance) for every row within the radius of row i (i included).
    template <class Visit>
    void neighbours(std::int64_t i, double radiusSquared, Visit&& visit) const {
        const auto translate = [&](std::int64_t j, double d2) {
            visit(m_order[std::size_t(j)], d2);
        };
        RadiusVisitor<decltype(translate)> result(radiusSquared, translate);
        m_tree->radiusSearchCustomCallback(point(i), result,
                                           nanoflann::SearchParams(32, 0.0f, false));
    }

    /// Calls visit(row, squared distance) for every row within the radius of an outside point.
    template <class Visit>
    void neighboursOf(const double* point, double radiusSquared, Visit&& visit) const {
        const auto translate = [&](std::int64_t j, double d2) {
            visit(m_order[std::size_t(j)], d2);
        };
        RadiusVisitor<decltype(translate)> result(radiusSquared, translate);
        m_tree->radiusSearchCustomCallback(point, result, nanoflann::SearchParams(32, 0.0f, false));
    }

    /// Squared distance from row i to its k-th nearest row (itself included).
    double kthDistanceSquared(std::int64_t i, std::size_t k, std::vector<std::uint32_t>& ids,
                              std::vector<double>& d2) const {
        const std::size_t found = m_tree->knnSearch(point(i), k, ids.data(), d2.data());
        return d2[found - 1];
    }

private:
    const double* point(std::int64_t i) const {
        return m_x.data() + m_position[std::size_t(i)] * m_x.cols();
    }

    std::vector<std::int64_t> m_order;    // tree position -> row
    std::vector<std::int64_t> m_position; // row -> tree position
    FeatureMatrix m_x;                    // rows in tree order
    std::unique_ptr<MatrixSource> m_source;
    std::unique_ptr<KdTree> m_tree;
};

/// From this many features on, DBSCAN measures block pairs (PairSearch) instead of querying a
/// kd-tree row by row: the tree prunes little there (see PairSearch).
constexpr std::int64_t kPairSearchFrom = 12;

/// Rows per chunk between cancel checks and progress reports (~200 per pass).
std::int64_t chunkRows(std::int64_t n) {
    return std::max<std::int64_t>(2048, n / 200);
}

/// Neighbour lists kept from DBSCAN's first pass, up to a budget (then dropped: later passes
/// query the tree again).
struct StoredNeighbours {
    static constexpr std::int64_t kBudget = std::int64_t(256) << 20; // ids, 1 GiB
    bool active = true;
    std::vector<std::uint32_t> ids;
    std::vector<std::int64_t> offsets{0};

    void append(const std::vector<std::vector<std::uint32_t>>& blocks,
                const std::vector<std::int64_t>& counts, std::int64_t from, std::int64_t to) {
        if (!active) {
            return;
        }
        for (const auto& block : blocks) {
            ids.insert(ids.end(), block.begin(), block.end());
        }
        for (std::int64_t i = from; i < to; ++i) {
            offsets.push_back(offsets.back() + counts[std::size_t(i)]); // i: tree position
        }
        if (std::int64_t(ids.size()) > kBudget) {
            active = false;
            std::vector<std::uint32_t>().swap(ids);
            std::vector<std::int64_t>().swap(offsets);
        }
    }
};

/// Runs fn(begin, end) over rows in chunks, in parallel blocks inside each chunk, checking for
/// cancel and reporting progress between chunks (~200 reports per pass).
template <class Fn>
void chunkedRows(std::int64_t n, std::int64_t doneBefore, std::int64_t total, const char* stage,
                 Progress& progress, Fn&& fn) {
    const std::int64_t chunk = chunkRows(n);
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

/// Numbers the clusters by their smallest core row (each component's root), as scikit-learn's
/// sequential expansion does.
void numberClusters(DbscanResult& result, ConcurrentUnion& components) {
    const std::int64_t n = std::int64_t(result.core.size());
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
}

void countSizes(DbscanResult& result) {
    result.sizes.assign(std::size_t(result.clusters), 0);
    for (const int label : result.labels) {
        if (label >= 0) {
            ++result.sizes[std::size_t(label)];
        } else {
            ++result.noise;
        }
    }
}

/// DBSCAN over the pairs of PairSearch (many dimensions). Three passes over the pairs, each run
/// in chunks of tasks: a chunk's pairs are found in parallel and then consumed in task order on
/// this thread (counts, unions, border labels: none depends on the order). The pairs of the first
/// pass are kept while they fit the budget, so the later passes need no second search.
DbscanResult dbscanByPairs(const FeatureMatrix& x, const DbscanOptions& options,
                           Progress& progress) {
    const std::int64_t n = x.rows();
    progress.report(0, 3, "dbscan");
    const detail::PairSearch search(x, options.eps);
    const std::int64_t tasks = search.taskCount();
    constexpr std::int64_t kChunkTasks = 512; // ~200 progress reports on 100,000 x 18 blobs
    constexpr std::int64_t kTaskBlock = 4;
    constexpr std::int64_t kBudget = std::int64_t(256) << 20; // row ids kept, 1 GiB
    const std::int64_t chunks = blockCount(tasks, kChunkTasks);
    using Buffers = std::vector<std::vector<std::uint32_t>>;
    std::vector<Buffers> kept;
    bool keeping = true;
    std::int64_t keptIds = 0;
    const auto pass = [&](std::int64_t number, const auto& consume) {
        for (std::int64_t c = 0; c < chunks; ++c) {
            progress.throwIfCancelled();
            progress.report(number * chunks + c, 3 * chunks, "dbscan");
            if (number > 0 && keeping) {
                for (const auto& buffer : kept[std::size_t(c)]) {
                    consume(buffer);
                }
                continue;
            }
            const std::int64_t from = c * kChunkTasks;
            const std::int64_t to = std::min(tasks, from + kChunkTasks);
            Buffers buffers(std::size_t(blockCount(to - from, kTaskBlock)));
            parallelBlocks(to - from, kTaskBlock,
                           [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
                               for (std::int64_t t = from + begin; t < from + end; ++t) {
                                   search.pairs(t, buffers[std::size_t(b)]);
                               }
                           });
            for (const auto& buffer : buffers) {
                consume(buffer);
                keptIds += std::int64_t(buffer.size());
            }
            if (number == 0 && keeping) {
                if (keptIds > kBudget) {
                    keeping = false;
                    std::vector<Buffers>().swap(kept);
                } else {
                    kept.push_back(std::move(buffers));
                }
            }
        }
    };

    std::vector<std::int64_t> counts(std::size_t(n), 1); // a row is its own neighbour
    pass(0, [&](const std::vector<std::uint32_t>& pairs) {
        for (const std::uint32_t row : pairs) {
            ++counts[row];
        }
    });
    DbscanResult result;
    result.core.assign(std::size_t(n), 0);
    for (std::int64_t i = 0; i < n; ++i) {
        result.core[std::size_t(i)] = counts[std::size_t(i)] >= options.minSamples ? 1 : 0;
    }
    ConcurrentUnion components(n);
    pass(1, [&](const std::vector<std::uint32_t>& pairs) {
        for (std::size_t k = 0; k < pairs.size(); k += 2) {
            if (result.core[pairs[k]] && result.core[pairs[k + 1]]) {
                components.unite(pairs[k], pairs[k + 1]);
            }
        }
    });
    numberClusters(result, components);
    // Border rows join the lowest-numbered cluster among their core neighbours.
    std::vector<int> border(std::size_t(n), std::numeric_limits<int>::max());
    pass(2, [&](const std::vector<std::uint32_t>& pairs) {
        for (std::size_t k = 0; k < pairs.size(); k += 2) {
            const std::uint32_t i = pairs[k];
            const std::uint32_t j = pairs[k + 1];
            if (result.core[i] && !result.core[j]) {
                border[j] = std::min(border[j], result.labels[i]);
            } else if (result.core[j] && !result.core[i]) {
                border[i] = std::min(border[i], result.labels[j]);
            }
        }
    });
    for (std::int64_t i = 0; i < n; ++i) {
        if (border[std::size_t(i)] != std::numeric_limits<int>::max()) {
            result.labels[std::size_t(i)] = border[std::size_t(i)];
        }
    }
    countSizes(result);
    progress.report(3, 3, "dbscan");
    return result;
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
    if (x.cols() >= kPairSearchFrom) {
        return dbscanByPairs(x, options, progress);
    }
    const std::int64_t n = x.rows();
    const double r2 = options.eps * options.eps;
    progress.report(0, 3 * n, "dbscan");
    const Index index(x);

    // Pass 1: neighbour counts (core rows). While they fit the budget the neighbour lists are
    // kept (CSR, appended in block order, so the same for any thread count) and the later passes
    // need no second query.
    DbscanResult result;
    result.core.assign(std::size_t(n), 0);
    StoredNeighbours stored;
    std::vector<std::int64_t> counts(std::size_t(n), 0);
    const std::int64_t chunk = chunkRows(n);
    constexpr std::int64_t kBlock = 256;
    for (std::int64_t from = 0; from < n; from += chunk) {
        progress.throwIfCancelled();
        progress.report(from, 3 * n, "dbscan");
        const std::int64_t to = std::min(n, from + chunk);
        std::vector<std::vector<std::uint32_t>> blockIds(
            stored.active ? std::size_t(blockCount(to - from, kBlock)) : 0);
        parallelBlocks(to - from, kBlock,
                       [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
                           for (std::int64_t p = from + begin; p < from + end; ++p) {
                               const std::int64_t i = index.rowAt(p);
                               std::int64_t count = 0;
                               index.neighbours(i, r2, [&](std::int64_t j, double) {
                                   ++count;
                                   if (stored.active) {
                                       blockIds[std::size_t(b)].push_back(std::uint32_t(j));
                                   }
                               });
                               counts[std::size_t(p)] = count;
                               result.core[std::size_t(i)] = count >= options.minSamples ? 1 : 0;
                           }
                       });
        stored.append(blockIds, counts, from, to);
    }
    // Neighbours of row i, queried p-th (stored lists are in tree-position order).
    const auto forNeighbours = [&](std::int64_t p, std::int64_t i, auto&& fn) {
        if (stored.active) {
            for (std::int64_t k = stored.offsets[std::size_t(p)];
                 k < stored.offsets[std::size_t(p) + 1]; ++k) {
                fn(std::int64_t(stored.ids[std::size_t(k)]));
            }
        } else {
            index.neighbours(i, r2, [&](std::int64_t j, double) { fn(j); });
        }
    };

    // Pass 2: join core rows that are neighbours.
    ConcurrentUnion components(n);
    chunkedRows(n, n, 3 * n, "dbscan", progress, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t p = begin; p < end; ++p) {
            const std::int64_t i = index.rowAt(p);
            if (result.core[std::size_t(i)]) {
                forNeighbours(p, i, [&](std::int64_t j) {
                    if (j < i && result.core[std::size_t(j)]) {
                        components.unite(i, j);
                    }
                });
            }
        }
    });

    numberClusters(result, components);

    // Pass 3: border rows join the lowest-numbered cluster among their core neighbours.
    chunkedRows(n, 2 * n, 3 * n, "dbscan", progress, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t p = begin; p < end; ++p) {
            const std::int64_t i = index.rowAt(p);
            if (result.core[std::size_t(i)]) {
                continue;
            }
            int best = std::numeric_limits<int>::max();
            forNeighbours(p, i, [&](std::int64_t j) {
                if (result.core[std::size_t(j)]) {
                    best = std::min(best, result.labels[std::size_t(j)]);
                }
            });
            if (best != std::numeric_limits<int>::max()) {
                result.labels[std::size_t(i)] = best;
            }
        }
    });

    countSizes(result);
    progress.report(3 * n, 3 * n, "dbscan");
    return result;
}

Labels nearestCoreWithin(const FeatureMatrix& cores, const Labels& coreLabels, double eps,
                         const FeatureMatrix& x) {
    Labels labels(std::size_t(x.rows()), kNoise);
    if (cores.rows() == 0 || x.rows() == 0) {
        return labels;
    }
    const Index index(cores);
    const double r2 = eps * eps;
    parallelBlocks(x.rows(), 256, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            double best = std::numeric_limits<double>::infinity();
            std::int64_t bestRow = -1;
            index.neighboursOf(x.data() + i * x.cols(), r2, [&](std::int64_t j, double d2) {
                if (d2 < best || (d2 == best && j < bestRow)) {
                    best = d2;
                    bestRow = j;
                }
            });
            if (bestRow >= 0) {
                labels[std::size_t(i)] = coreLabels[std::size_t(bestRow)];
            }
        }
    });
    return labels;
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
            curve.distances[std::size_t(i)] = std::sqrt(
                index.kthDistanceSquared(index.rowAt(i), std::size_t(minSamples), ids, d2));
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
