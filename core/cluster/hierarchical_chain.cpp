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
    /// Candidates per step of scanFiltered: four 8-lane float accumulators.
    static constexpr int kFloatGroups = 8;
    static constexpr std::int64_t kFloatStep = 8 * kFloatGroups;

    explicit CentroidStore(const FeatureMatrix& x)
        : m_n(x.rows()), m_d(x.cols()), m_stride((m_n + kFloatStep - 1) / kFloatStep * kFloatStep),
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
        setUpFilter();
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
    /// (begin a multiple of kFloatStep), ties to the lower id.
    Nearest scan(std::int64_t p, std::int64_t begin, std::int64_t end) const {
        return m_filter ? scanFiltered(p, begin, end) : scanExact(p, begin, end);
    }

    /// scan in double over every candidate. Each lane keeps its own best (value, id) pair, ties to
    /// the lower id; that order is total, so combining the lanes gives the same answer as a scan
    /// in position order.
    Nearest scanExact(std::int64_t p, std::int64_t begin, std::int64_t end) const {
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

    /// scan reading a float copy of the centroids first: half the bytes of scanExact (a
    /// 20,000 x 18 store then fits a core's L2 cache). From the float sums each candidate gets an
    /// interval [lower, upper] that holds the cost scanExact computes for it (bounds: setUpFilter).
    /// Only a candidate whose lower end is at most the smallest upper end can be the cheapest or
    /// tie with it; those few are measured again in double with cost(), the same bits as
    /// scanExact, so the answer is scanExact's.
    Nearest scanFiltered(std::int64_t p, std::int64_t begin, std::int64_t end) const {
        const float np = m_sizeF[std::size_t(p)];
        const Vec8f twiceNp = Vec8f{} + 2.0F * np;
        const Vec8f npv = Vec8f{} + np;
        const Vec8f normP = Vec8f{} + m_normF[std::size_t(p)];
        const Vec8f zero{};
        const Vec8f inf = Vec8f{} + std::numeric_limits<float>::infinity();
        // The lower end of a lane that is no candidate (p itself, past `end`): no comparison holds.
        const Vec8f none = Vec8f{} + std::numeric_limits<float>::quiet_NaN();
        const Vec8f endv = Vec8f{} + float(end);
        const Vec8f pv = Vec8f{} + float(p);
        const Vec8f lane{0.0F, 1.0F, 2.0F, 3.0F, 4.0F, 5.0F, 6.0F, 7.0F};
        const float below = 1.0F - m_relSlack;
        const float above = 1.0F + m_relSlack;
        // Per lane, the smallest upper end seen: at least the final bound, so whatever is kept
        // against it includes everything kept against the final one.
        Vec8f bound = inf;
        std::vector<Candidate>& near = candidates();
        near.clear();
        for (std::int64_t s = begin; s < end; s += kFloatStep) {
            Vec8f acc[kFloatGroups] = {};
            const float* row = m_dataF.data() + s;
            for (std::int64_t f = 0; f < m_d; ++f, row += m_stride) {
                const Vec8f xf = Vec8f{} + m_dataF[std::size_t(f * m_stride + p)];
#pragma GCC unroll 8
                for (int g = 0; g < kFloatGroups; ++g) {
                    const Vec8f diff = loadVec8f(row + 8 * g) - xf;
                    acc[g] += diff * diff;
                }
            }
            Vec8f lower[kFloatGroups];
#pragma GCC unroll 8
            for (int g = 0; g < kFloatGroups; ++g) {
                const std::int64_t q = s + 8 * g;
                const Vec8f root = sqrtVec8f(acc[g]);
                const Vec8f margin =
                    kNormSlack * (normP + loadVec8f(m_normF.data() + q)) + m_absSlack;
                const Vec8f lo = root * below - margin;
                const Vec8f hi = root * above + margin;
                const Vec8f nq = loadVec8f(m_sizeF.data() + q);
                const Vec8f w = twiceNp * nq / (npv + nq);
                const Vec8f pos = lane + float(q);
                const Mask8 valid = (pos < endv) & (pos != pv);
                lower[g] = valid ? (lo > zero ? lo * lo * w * (1.0F - kValueSlack) : zero) : none;
                const Vec8f upper = valid ? hi * hi * w * (1.0F + kValueSlack) : inf;
                bound = upper < bound ? upper : bound;
            }
#pragma GCC unroll 8
            for (int g = 0; g < kFloatGroups; ++g) {
                if (anyLane(lower[g] <= bound)) {
                    for (int l = 0; l < 8; ++l) {
                        if (lower[g][l] <= bound[l]) {
                            near.push_back({lower[g][l], s + 8 * g + l});
                        }
                    }
                }
            }
        }
        float limit = std::numeric_limits<float>::infinity();
        for (int l = 0; l < 8; ++l) {
            limit = std::min(limit, bound[l]);
        }
        Nearest best;
        for (const Candidate& c : near) {
            if (c.lower <= limit) {
                best.offer(cost(p, c.position), m_id[std::size_t(c.position)]);
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
        copyToFilter(pk);
        const std::int64_t last = m_count - 1;
        if (pr != last) {
            for (std::int64_t f = 0; f < m_d; ++f) {
                at(f, pr) = at(f, last);
            }
            m_size[std::size_t(pr)] = m_size[std::size_t(last)];
            copyToFilter(pr);
            m_id[std::size_t(pr)] = m_id[std::size_t(last)];
            m_idValue[std::size_t(pr)] = m_idValue[std::size_t(last)];
            m_pos[std::size_t(m_id[std::size_t(pr)])] = pr;
        }
        m_pos[std::size_t(removed)] = -1;
        --m_count;
    }

private:
    /// A candidate of scanFiltered to measure again, with the lower end of its cost.
    struct Candidate {
        float lower;
        std::int64_t position;
    };
    /// Bound of |float(v) - v| / |v| (2^-24, round to nearest) taken four times over.
    static constexpr float kNormSlack = 0x1.0p-22F;
    /// Relative error of the last float products (w, lo * lo * w: a few roundings of 2^-24) and
    /// of scanExact's double sums (d roundings of 2^-53), with room to spare.
    static constexpr float kValueSlack = 0x1.0p-18F;

    static std::vector<Candidate>& candidates() {
        thread_local std::vector<Candidate> near;
        return near;
    }

    /// The float copy and its error bounds, or no filter when the data could leave the range
    /// where the bounds hold (magnitudes above 2^40, 2^24 or more clusters, non-finite values).
    ///
    /// Why the interval holds. Let a, b be two double centroids, a', b' their float copies, S the
    /// float sum of (a'_f - b'_f)^2 over the d features. Rounding gives |a' - a| <= 2^-24 |a|
    /// per feature plus 2^-126 where floats flush to zero, so | |a'-b'| - |a-b| | <= 2^-24 (|a|
    /// + |b|) + 2^-125 sqrt(d); S is |a'-b'|^2 within a relative (d + 2) 2^-24 plus an absolute
    /// d 2^-125 (underflow), so sqrt(S) is |a'-b'| within (d/2 + 2) 2^-24 relative and
    /// 2^-62 sqrt(d) absolute. The filter widens each term: relative (d + 8) 2^-22, the norms
    /// |a|, |b| rounded up and times 2^-22, absolute (1 + sqrt(d)) 2^-60. Squared and times the
    /// Ward weight (float, a few roundings), the interval is widened by 2^-18 relative, which also
    /// covers scanExact's own rounding ((d + 6) 2^-53). Magnitudes up to 2^40 keep every float
    /// product finite (upper end < 2^41 sqrt(d) squared times n < 2^24).
    void setUpFilter() {
        double largest = 0.0;
        bool finite = true;
        for (double v : m_data) {
            finite = finite && std::isfinite(v);
            largest = std::max(largest, std::abs(v));
        }
        m_filter = finite && largest <= 0x1.0p40 && m_n < (std::int64_t(1) << 24) && m_d <= 4096;
        if (!m_filter) {
            return;
        }
        m_dataF.assign(m_data.size(), 0.0F);
        m_sizeF.assign(m_size.size(), 1.0F);
        m_normF.assign(m_size.size(), 0.0F);
        m_relSlack = float(m_d + 8) * 0x1.0p-22F;
        m_absSlack = (1.0F + std::sqrt(float(m_d))) * 0x1.0p-60F;
        for (std::int64_t pos = 0; pos < m_n; ++pos) {
            copyToFilter(pos);
        }
    }

    /// Refreshes the float copy of the centroid at `pos`: values, size, and its norm rounded up.
    void copyToFilter(std::int64_t pos) {
        if (!m_filter) {
            return;
        }
        double squares = 0.0;
        for (std::int64_t f = 0; f < m_d; ++f) {
            const double v = at(f, pos);
            m_dataF[std::size_t(f * m_stride + pos)] = float(v);
            squares += v * v;
        }
        m_sizeF[std::size_t(pos)] = float(m_size[std::size_t(pos)]);
        m_normF[std::size_t(pos)] = float(std::sqrt(squares) * (1.0 + 0x1.0p-20));
    }

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
    // The filter of scanFiltered: float copies of the centroids (same layout), sizes and norms.
    bool m_filter = false;
    std::vector<float> m_dataF;
    std::vector<float> m_sizeF;
    std::vector<float> m_normF;
    float m_relSlack = 0.0F;
    float m_absSlack = 0.0F;
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
