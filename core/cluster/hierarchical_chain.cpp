// Ward's nearest-neighbour chain over centroids and single linkage by Prim's minimum spanning
// tree (complete/average/weighted: hierarchical_matrix.cpp).
//
// All follow scipy.cluster.hierarchy's conventions so the trees agree with SciPy's even on ties:
// an empty chain starts at the lowest live slot; a scan prefers the previous chain element, then
// the lowest slot; a merge keeps the higher slot and drops the lower one.
#include "cluster/hierarchical_internal.h"
#include "cluster/nn_chain.h"
#include "numeric/distance_kernel.h"
#include "numeric/lane_ops.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace gugus::core::detail {

namespace {

/// Cluster centroids in feature-major order (d x stride) so that a scan from one cluster to all
/// others vectorises over clusters. Live clusters occupy positions 0..count-1; a dropped cluster's
/// position is refilled by the last one, so a scan reads one dense run per feature. The stride is
/// a whole number of scan steps: a step may read past the last live position (masked out).
class CentroidStore {
public:
    /// Candidates per scan step: four 4-lane accumulators stay in registers over the features.
    static constexpr int kGroups = 4;
    static constexpr std::int64_t kStep = 4 * kGroups;

    explicit CentroidStore(const FeatureMatrix& x)
        : m_n(x.rows()), m_d(x.cols()), m_stride((m_n + kStep - 1) / kStep * kStep),
          m_count(x.rows()), m_data(std::size_t(m_stride * m_d), 0.0),
          m_size(std::size_t(m_stride), 1.0), m_idValue(std::size_t(m_stride), 0.0),
          m_id(std::size_t(m_n)), m_pos(std::size_t(m_n)) {
        for (std::int64_t i = 0; i < m_n; ++i) {
            for (std::int64_t f = 0; f < m_d; ++f) {
                at(f, i) = x(i, f);
            }
            m_id[std::size_t(i)] = i;
            m_idValue[std::size_t(i)] = double(i);
            m_pos[std::size_t(i)] = i;
        }
    }

    std::int64_t count() const { return m_count; }
    std::int64_t position(std::int64_t id) const { return m_pos[std::size_t(id)]; }
    double size(std::int64_t pos) const { return m_size[std::size_t(pos)]; }

    /// Ward's squared merge cost of clusters at positions p and q: 2 nP nQ / (nP + nQ) |cP - cQ|^2,
    /// summed in feature order (the scan below computes the same bits, lane by lane).
    double cost(std::int64_t p, std::int64_t q) const {
        double s = 0.0;
        for (std::int64_t f = 0; f < m_d; ++f) {
            const double t = at(f, q) - at(f, p);
            s += t * t;
        }
        return s * weight(size(p), size(q));
    }

    /// The cheapest merge partner of the cluster at position p among positions [begin, end)
    /// (begin a multiple of kStep). Each lane keeps its own best (value, id) pair, ties to the
    /// lower id; that order is total, so combining the lanes gives the same answer as a scan in
    /// position order.
    Nearest scan(std::int64_t p, std::int64_t begin, std::int64_t end) const {
        const double np = size(p);
        const Vec4 twiceNp = Vec4{} + 2.0 * np;
        const Vec4 npv = Vec4{} + np;
        const Vec4 inf = Vec4{} + std::numeric_limits<double>::infinity();
        const Vec4 endv = Vec4{} + double(end);
        const Vec4 pv = Vec4{} + double(p);
        const Vec4 lane{0.0, 1.0, 2.0, 3.0};
        Vec4 bestValue[kGroups];
        Vec4 bestId[kGroups];
        for (int g = 0; g < kGroups; ++g) {
            bestValue[g] = inf;
            bestId[g] = inf;
        }
        for (std::int64_t s = begin; s < end; s += kStep) {
            Vec4 acc[kGroups] = {};
            const double* row = m_data.data() + s;
            for (std::int64_t f = 0; f < m_d; ++f, row += m_stride) {
                const Vec4 xf = Vec4{} + at(f, p);
#pragma GCC unroll 4
                for (int g = 0; g < kGroups; ++g) {
                    const Vec4 diff = loadVec(row + 4 * g) - xf;
                    acc[g] += diff * diff;
                }
            }
#pragma GCC unroll 4
            for (int g = 0; g < kGroups; ++g) {
                const std::int64_t q = s + 4 * g;
                const Vec4 nq = loadVec(m_size.data() + q);
                const Vec4 pos = lane + double(q);
                const Vec4 value = acc[g] * (twiceNp * nq / (npv + nq)); // as weight(np, nq)
                const Vec4 masked = (pos < endv) & (pos != pv) ? value : inf;
                const Vec4 id = loadVec(m_idValue.data() + q);
                const auto closer =
                    (masked < bestValue[g]) | ((masked == bestValue[g]) & (id < bestId[g]));
                bestValue[g] = closer ? masked : bestValue[g];
                bestId[g] = closer ? id : bestId[g];
            }
        }
        Nearest best;
        for (int g = 0; g < kGroups; ++g) {
            for (int l = 0; l < 4; ++l) {
                if (bestValue[g][l] < std::numeric_limits<double>::infinity()) {
                    best.offer(bestValue[g][l], std::int64_t(bestId[g][l]));
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
            m_idValue[std::size_t(pr)] = m_idValue[std::size_t(last)];
            m_pos[std::size_t(m_id[std::size_t(pr)])] = pr;
        }
        m_pos[std::size_t(removed)] = -1;
        --m_count;
    }

private:
    static double weight(double a, double b) {
        return 2.0 * a * b / (a + b);
    }
    double& at(std::int64_t f, std::int64_t pos) {
        return m_data[std::size_t(f * m_stride + pos)];
    }
    double at(std::int64_t f, std::int64_t pos) const {
        return m_data[std::size_t(f * m_stride + pos)];
    }

    std::int64_t m_n;
    std::int64_t m_d;
    std::int64_t m_stride;
    std::int64_t m_count;
    std::vector<double> m_data;
    std::vector<double> m_size;
    std::vector<double> m_idValue;   // position -> slot id as a double (exact below 2^53)
    std::vector<std::int64_t> m_id;  // position -> slot id
    std::vector<std::int64_t> m_pos; // slot id -> position, -1 once merged away
};

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
        const std::int64_t pa = m_store.position(a);
        const std::int64_t pb = m_store.position(b);
        if (pa < 0 || pb < 0) { // a merged-away cluster: its slot now holds another's centroid
            throw std::logic_error("Ward chain looked up a merged cluster");
        }
        return m_store.cost(pa, pb);
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

} // namespace

std::vector<RawMerge> wardChain(const FeatureMatrix& x, Progress& progress) {
    WardStore store(x);
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
