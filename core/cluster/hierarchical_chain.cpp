// The three agglomerative algorithms: Ward's nearest-neighbour chain over centroids, single
// linkage by Prim's minimum spanning tree, and the nearest-neighbour chain over a condensed
// distance matrix for complete/average/weighted linkage.
//
// All follow scipy.cluster.hierarchy's conventions so the trees agree with SciPy's even on ties:
// an empty chain starts at the lowest live slot; a scan prefers the previous chain element, then
// the lowest slot; a merge keeps the higher slot and drops the lower one.
#include "cluster/hierarchical_internal.h"
#include "numeric/distance_kernel.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace gugus::core::detail {

namespace {

/// Reports merges about 200 times per run and checks for cancel every time it is asked.
class MergeProgress {
public:
    MergeProgress(Progress& progress, std::int64_t total) : m_progress(progress), m_total(total) {
        m_step = std::max<std::int64_t>(1, total / 200);
        m_progress.report(0, total, "hierarchical");
    }
    void merged(std::int64_t done) {
        if (done % m_step == 0 || done == m_total) {
            m_progress.report(done, m_total, "hierarchical");
        }
    }
    void check() const { m_progress.throwIfCancelled(); }

private:
    Progress& m_progress;
    std::int64_t m_total;
    std::int64_t m_step;
};

/// Cluster centroids in feature-major order (d x capacity) so that a scan from one cluster to all
/// others vectorises over clusters. Live clusters occupy positions 0..count-1; a dropped cluster's
/// position is refilled by the last one.
class CentroidStore {
public:
    explicit CentroidStore(const FeatureMatrix& x)
        : m_n(x.rows()), m_d(x.cols()), m_count(x.rows()), m_data(std::size_t(m_n * m_d)),
          m_size(std::size_t(m_n), 1.0), m_id(std::size_t(m_n)), m_pos(std::size_t(m_n)) {
        for (std::int64_t i = 0; i < m_n; ++i) {
            for (std::int64_t f = 0; f < m_d; ++f) {
                at(f, i) = x(i, f);
            }
            m_id[std::size_t(i)] = i;
            m_pos[std::size_t(i)] = i;
        }
    }

    std::int64_t count() const { return m_count; }
    std::int64_t position(std::int64_t id) const { return m_pos[std::size_t(id)]; }
    double size(std::int64_t pos) const { return m_size[std::size_t(pos)]; }

    /// Ward's squared merge cost of clusters at positions p and q: 2 nP nQ / (nP + nQ) |cP - cQ|^2,
    /// summed in feature order (the scan below computes the same bits).
    double cost(std::int64_t p, std::int64_t q) const {
        double s = 0.0;
        for (std::int64_t f = 0; f < m_d; ++f) {
            const double t = at(f, q) - at(f, p);
            s += t * t;
        }
        return s * weight(size(p), size(q));
    }

    /// The cheapest merge partner of the cluster at position p among positions [begin, end).
    Nearest scan(std::int64_t p, std::int64_t begin, std::int64_t end) const {
        constexpr std::int64_t kLanes = 256;
        std::array<double, kLanes> acc{};
        Nearest best;
        const double np = size(p);
        for (std::int64_t s = begin; s < end; s += kLanes) {
            const std::int64_t len = std::min(kLanes, end - s);
            std::fill_n(acc.begin(), len, 0.0);
            for (std::int64_t f = 0; f < m_d; ++f) {
                const double xf = at(f, p);
                const double* row = m_data.data() + f * m_n + s;
                for (std::int64_t t = 0; t < len; ++t) {
                    const double diff = row[t] - xf;
                    acc[std::size_t(t)] += diff * diff;
                }
            }
            for (std::int64_t t = 0; t < len; ++t) {
                const std::int64_t q = s + t;
                if (q != p) {
                    best.offer(acc[std::size_t(t)] * weight(np, size(q)), m_id[std::size_t(q)]);
                }
            }
        }
        return best;
    }

    /// Merges the cluster `removed` into `kept` (ids): size-weighted centroid, then the position
    /// of `removed` is refilled by the last live cluster.
    void merge(std::int64_t removed, std::int64_t kept) {
        const std::int64_t pr = position(removed);
        const std::int64_t pk = position(kept);
        const double nr = size(pr);
        const double nk = size(pk);
        for (std::int64_t f = 0; f < m_d; ++f) {
            at(f, pk) = (nr * at(f, pr) + nk * at(f, pk)) / (nr + nk);
        }
        m_size[std::size_t(pk)] = nr + nk;
        const std::int64_t last = m_count - 1;
        if (pr != last) {
            for (std::int64_t f = 0; f < m_d; ++f) {
                at(f, pr) = at(f, last);
            }
            m_size[std::size_t(pr)] = m_size[std::size_t(last)];
            m_id[std::size_t(pr)] = m_id[std::size_t(last)];
            m_pos[std::size_t(m_id[std::size_t(pr)])] = pr;
        }
        m_pos[std::size_t(removed)] = -1;
        --m_count;
    }

private:
    static double weight(double a, double b) { return 2.0 * a * b / (a + b); }
    double& at(std::int64_t f, std::int64_t pos) { return m_data[std::size_t(f * m_n + pos)]; }
    double at(std::int64_t f, std::int64_t pos) const { return m_data[std::size_t(f * m_n + pos)]; }

    std::int64_t m_n;
    std::int64_t m_d;
    std::int64_t m_count;
    std::vector<double> m_data;
    std::vector<double> m_size;
    std::vector<std::int64_t> m_id;  // position -> slot id
    std::vector<std::int64_t> m_pos; // slot id -> position, -1 once merged away
};

/// The nearest-neighbour chain, generic over how clusters are stored. `Store` provides
/// live(id), lowestLive(), nearest(id) -> Nearest over all other live clusters,
/// distance(id, id) and merge(removed, kept, height).
template <class Store>
std::vector<RawMerge> nearestNeighbourChain(std::int64_t n, Store& store, Progress& progress) {
    MergeProgress report(progress, n - 1);
    std::vector<RawMerge> merges;
    merges.reserve(std::size_t(n - 1));
    std::vector<std::int64_t> chain;
    while (std::int64_t(merges.size()) < n - 1) {
        if (chain.empty()) {
            chain.push_back(store.lowestLive());
        }
        std::int64_t x = 0;
        std::int64_t y = 0;
        double value = 0.0;
        for (;;) {
            report.check();
            x = chain.back();
            const Nearest best = store.nearest(x);
            if (chain.size() > 1) {
                const std::int64_t previous = chain[chain.size() - 2];
                const double toPrevious = store.distance(x, previous);
                if (!(best.value < toPrevious)) { // ties go to the previous element
                    y = previous;
                    value = toPrevious;
                    break;
                }
            }
            chain.push_back(best.id);
        }
        chain.resize(chain.size() - 2);
        const std::int64_t removed = std::min(x, y);
        const std::int64_t kept = std::max(x, y);
        const double height = store.merge(removed, kept, value);
        merges.push_back({removed, kept, height});
        report.merged(std::int64_t(merges.size()));
        // In exact arithmetic the rest of the chain holds neither x nor y. On tie-heavy data
        // (duplicated rows, binary columns) rounding in the merged distances can break
        // reducibility by an ulp, so a scan may have returned an element deeper in the chain and
        // x or y can still stand there: keep only the part of the chain before it, which is still
        // a chain of live clusters with decreasing distances.
        chain.erase(std::find_if(chain.begin(), chain.end(),
                                 [&](std::int64_t id) { return id == removed || id == kept; }),
                    chain.end());
    }
    return merges;
}

class WardStore {
public:
    explicit WardStore(const FeatureMatrix& x) : m_store(x), m_live(std::size_t(x.rows()), 1) {}

    std::int64_t lowestLive() {
        while (!m_live[std::size_t(m_cursor)]) {
            ++m_cursor;
        }
        return m_cursor;
    }
    Nearest nearest(std::int64_t id) const {
        const std::int64_t p = m_store.position(id);
        return nearestOver(m_store.count(), [&](std::int64_t begin, std::int64_t end) {
            return m_store.scan(p, begin, end);
        });
    }
    double distance(std::int64_t a, std::int64_t b) const {
        return m_store.cost(m_store.position(a), m_store.position(b));
    }
    double merge(std::int64_t removed, std::int64_t kept, double cost) {
        m_store.merge(removed, kept);
        m_live[std::size_t(removed)] = 0;
        return std::sqrt(cost);
    }

private:
    CentroidStore m_store;
    std::vector<char> m_live;
    std::int64_t m_cursor = 0;
};

/// Calls fn with a distance functor for `metric` (so the hot loops are not switching per pair).
template <class Fn>
void withMetric(const FeatureMatrix& x, DistanceMetric metric, const std::vector<double>& norms,
                Fn&& fn) {
    switch (metric) {
    case DistanceMetric::Euclidean:
        fn([&x](std::int64_t i, std::int64_t j) {
            return std::sqrt(
                squaredDistance(x.data() + i * x.cols(), x.data() + j * x.cols(), x.cols()));
        });
        return;
    case DistanceMetric::Manhattan:
    case DistanceMetric::Cosine:
        fn([&x, metric, &norms](std::int64_t i, std::int64_t j) {
            return rowDistance(x, i, j, metric, norms);
        });
        return;
    }
}

/// Condensed upper-triangle index of the pair (i, j), i != j, as scipy's condensed_index.
inline std::int64_t condensedIndex(std::int64_t n, std::int64_t i, std::int64_t j) {
    if (i > j) {
        std::swap(i, j);
    }
    return n * i - (i * (i + 1)) / 2 + (j - i - 1);
}

class MatrixStore {
public:
    MatrixStore(const FeatureMatrix& x, Linkage linkage, DistanceMetric metric, Progress& progress)
        : m_n(x.rows()), m_linkage(linkage), m_size(std::size_t(m_n), 1.0),
          m_live(std::size_t(m_n), 1), m_members(std::size_t(m_n)), m_where(std::size_t(m_n)) {
        m_d.resize(std::size_t(condensedMatrixBytes(m_n) / std::int64_t(sizeof(double))));
        const std::vector<double> norms = rowNorms(x, metric);
        withMetric(x, metric, norms, [&](auto dist) {
            constexpr std::int64_t kChunk = 256;
            for (std::int64_t from = 0; from < m_n; from += kChunk) {
                progress.throwIfCancelled();
                progress.report(from, m_n, "distances");
                const std::int64_t to = std::min(m_n, from + kChunk);
                parallelBlocks(to - from, 4, [&](std::int64_t, std::int64_t b, std::int64_t e) {
                    for (std::int64_t i = from + b; i < from + e; ++i) {
                        double* out = m_d.data() + condensedIndex(m_n, i, i + 1);
                        for (std::int64_t j = i + 1; j < m_n; ++j) {
                            out[j - i - 1] = dist(i, j);
                        }
                    }
                });
            }
        });
        for (std::int64_t i = 0; i < m_n; ++i) {
            m_members[std::size_t(i)] = i;
            m_where[std::size_t(i)] = i;
        }
    }

    std::int64_t lowestLive() {
        while (!m_live[std::size_t(m_cursor)]) {
            ++m_cursor;
        }
        return m_cursor;
    }
    Nearest nearest(std::int64_t id) const {
        return nearestOver(m_count, [&](std::int64_t begin, std::int64_t end) {
            Nearest best;
            for (std::int64_t p = begin; p < end; ++p) {
                const std::int64_t other = m_members[std::size_t(p)];
                if (other != id) {
                    best.offer(m_d[std::size_t(condensedIndex(m_n, id, other))], other);
                }
            }
            return best;
        });
    }
    double distance(std::int64_t a, std::int64_t b) const {
        return m_d[std::size_t(condensedIndex(m_n, a, b))];
    }
    double merge(std::int64_t removed, std::int64_t kept, double height) {
        const double nr = m_size[std::size_t(removed)];
        const double nk = m_size[std::size_t(kept)];
        m_live[std::size_t(removed)] = 0;
        dropMember(removed);
        m_size[std::size_t(kept)] = nr + nk;
        parallelBlocks(m_count, 4096, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
            for (std::int64_t p = begin; p < end; ++p) {
                const std::int64_t other = m_members[std::size_t(p)];
                if (other == kept) {
                    continue;
                }
                const double dr = m_d[std::size_t(condensedIndex(m_n, removed, other))];
                double& dk = m_d[std::size_t(condensedIndex(m_n, kept, other))];
                switch (m_linkage) {
                case Linkage::Complete:
                    dk = std::max(dr, dk);
                    break;
                case Linkage::Average:
                    dk = (nr * dr + nk * dk) / (nr + nk);
                    break;
                default: // weighted
                    dk = 0.5 * (dr + dk);
                    break;
                }
            }
        });
        return height;
    }

private:
    void dropMember(std::int64_t id) {
        const std::int64_t p = m_where[std::size_t(id)];
        const std::int64_t last = m_members[std::size_t(m_count - 1)];
        m_members[std::size_t(p)] = last;
        m_where[std::size_t(last)] = p;
        --m_count;
    }

    std::int64_t m_n;
    Linkage m_linkage;
    std::vector<double> m_d; // condensed n x n
    std::vector<double> m_size;
    std::vector<char> m_live;
    std::vector<std::int64_t> m_members; // live ids, compact
    std::vector<std::int64_t> m_where;   // id -> position in m_members
    std::int64_t m_count = m_n;
    std::int64_t m_cursor = 0;
};

} // namespace

std::vector<RawMerge> wardChain(const FeatureMatrix& x, Progress& progress) {
    WardStore store(x);
    return nearestNeighbourChain(x.rows(), store, progress);
}

std::vector<RawMerge> matrixChain(const FeatureMatrix& x, Linkage linkage, DistanceMetric metric,
                                  Progress& progress) {
    MatrixStore store(x, linkage, metric, progress);
    return nearestNeighbourChain(x.rows(), store, progress);
}

std::vector<RawMerge> singleLinkageMst(const FeatureMatrix& x, DistanceMetric metric,
                                       Progress& progress) {
    const std::int64_t n = x.rows();
    MergeProgress report(progress, n - 1);
    std::vector<RawMerge> merges;
    merges.reserve(std::size_t(n - 1));
    // Points not yet in the tree, compact, with their distance to the tree so far.
    std::vector<std::int64_t> rest(std::size_t(n - 1));
    std::vector<double> toTree(std::size_t(n - 1), std::numeric_limits<double>::infinity());
    for (std::int64_t i = 1; i < n; ++i) {
        rest[std::size_t(i - 1)] = i;
    }
    const std::vector<double> norms = rowNorms(x, metric);
    withMetric(x, metric, norms, [&](auto dist) {
        std::int64_t current = 0;
        while (!rest.empty()) {
            report.check();
            const std::int64_t m = std::int64_t(rest.size());
            const Nearest best = nearestOver(m, [&](std::int64_t begin, std::int64_t end) {
                Nearest local;
                for (std::int64_t p = begin; p < end; ++p) {
                    double& d = toTree[std::size_t(p)];
                    d = std::min(d, dist(current, rest[std::size_t(p)]));
                    local.offer(d, rest[std::size_t(p)]);
                }
                return local;
            });
            merges.push_back({current, best.id, best.value});
            // Drop best.id from the rest (order does not matter: ties resolve by id).
            const auto it = std::find(rest.begin(), rest.end(), best.id);
            const std::size_t p = std::size_t(it - rest.begin());
            rest[p] = rest.back();
            toTree[p] = toTree.back();
            rest.pop_back();
            toTree.pop_back();
            current = best.id;
            report.merged(std::int64_t(merges.size()));
        }
    });
    return merges;
}

} // namespace gugus::core::detail
