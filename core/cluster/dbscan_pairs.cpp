// DBSCAN's pair search in many dimensions: median-split tree, pruned dual traversal, and the
// block-against-block distance kernel.
#include "cluster/dbscan_pairs.h"

#include "numeric/lane_ops.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace gugus::core::detail {

namespace {

double dot(const double* a, const double* b, std::int64_t d) {
    double s = 0.0;
    for (std::int64_t f = 0; f < d; ++f) {
        s += a[f] * b[f];
    }
    return s;
}

/// acc + diff * diff, fused where the machine has FMA (as GCC compiles RowL2's lane sums under
/// -march=x86-64-v3; without FMA neither is fused). Written out because this file is compiled
/// without contraction, which keeps the tail's products rounded as RowL2's are.
Vec4 fusedSquareAdd(Vec4 diff, Vec4 acc) {
#if defined(__FMA__)
    return Vec4(_mm256_fmadd_pd(__m256d(diff), __m256d(diff), __m256d(acc)));
#else
    return acc + diff * diff;
#endif
}

Vec4 broadcast(double v) {
    return Vec4{v, v, v, v};
}

/// Whether any lane of a comparison is true.
template <class Mask> bool anyLane(Mask m) {
#if defined(__AVX__)
    return !_mm256_testz_si256(__m256i(m), __m256i(m));
#else
    return (m[0] | m[1] | m[2] | m[3]) != 0;
#endif
}

double distance(const double* a, const double* b, std::int64_t d) {
    double s = 0.0;
    for (std::int64_t f = 0; f < d; ++f) {
        const double t = a[f] - b[f];
        s += t * t;
    }
    return std::sqrt(s);
}

} // namespace

PairSearch::PairSearch(const FeatureMatrix& x, double radius)
    : m_n(x.rows()), m_d(x.cols()), m_stride((x.rows() + 7) / 8 * 8), m_r2(radius * radius),
      m_order(std::size_t(x.rows())) {
    // The bounds below are sums of a few dozen products of coordinates: their rounding error is
    // ~1e-15 of the largest coordinate's magnitude. A margin of 1e-9 of it (plus of the radius)
    // is far above that and far below any gap worth pruning.
    double largest = 0.0;
    for (std::int64_t i = 0; i < m_n; ++i) {
        largest = std::max(largest, std::sqrt(dot(x.data() + i * m_d, x.data() + i * m_d, m_d)));
    }
    m_limit = radius + 1e-9 * (radius + largest);
    for (std::int64_t i = 0; i < m_n; ++i) {
        m_order[std::size_t(i)] = std::uint32_t(i);
    }
    m_nodes.reserve(std::size_t(2 * (m_n / (kBlock / 2) + 1)));
    build(x, 0, m_n);
    m_rows.resize(std::size_t(m_n * m_d));
    // A step of the kernel may read up to 7 positions past the last row (masked out).
    m_columns.assign(std::size_t(m_stride * m_d + 8), 0.0);
    for (std::int64_t p = 0; p < m_n; ++p) {
        const double* r = x.data() + std::int64_t(m_order[std::size_t(p)]) * m_d;
        for (std::int64_t f = 0; f < m_d; ++f) {
            m_rows[std::size_t(p * m_d + f)] = r[f];
            m_columns[std::size_t(f * m_stride + p)] = r[f];
        }
    }
    collect(0, 0);
}

std::int64_t PairSearch::build(const FeatureMatrix& x, std::int64_t begin, std::int64_t end) {
    const auto source = [&](std::int64_t p) {
        return x.data() + std::int64_t(m_order[std::size_t(p)]) * m_d;
    };
    const std::int64_t id = std::int64_t(m_nodes.size());
    m_nodes.push_back({begin, end, -1, -1, 0.0});
    m_centroids.resize(m_centroids.size() + std::size_t(m_d), 0.0);
    std::vector<double> c(std::size_t(m_d), 0.0);
    for (std::int64_t p = begin; p < end; ++p) {
        for (std::int64_t f = 0; f < m_d; ++f) {
            c[std::size_t(f)] += source(p)[f];
        }
    }
    for (std::int64_t f = 0; f < m_d; ++f) {
        c[std::size_t(f)] /= double(end - begin);
        m_centroids[std::size_t(id * m_d + f)] = c[std::size_t(f)];
    }
    // The row farthest from the centroid, then the row farthest from it: the line between them
    // follows the node's largest spread (between groups of customers when there are groups).
    std::int64_t far = begin;
    double radius = -1.0;
    for (std::int64_t p = begin; p < end; ++p) {
        const double r = distance(source(p), c.data(), m_d);
        if (r > radius) {
            radius = r;
            far = p;
        }
    }
    m_nodes[std::size_t(id)].radius = radius;
    if (end - begin <= kBlock) {
        return id;
    }
    std::int64_t other = far;
    double spread = 0.0;
    for (std::int64_t p = begin; p < end; ++p) {
        const double r = distance(source(p), source(far), m_d);
        if (r > spread) {
            spread = r;
            other = p;
        }
    }
    if (spread == 0.0) { // all rows equal: a leaf of any size (its tasks cut it into blocks)
        return id;
    }
    std::vector<double> u(static_cast<std::size_t>(m_d));
    for (std::int64_t f = 0; f < m_d; ++f) {
        u[std::size_t(f)] = source(other)[f] - source(far)[f];
    }
    // Split at the median of the projections, ties by row: the halves do not depend on the order
    // the rows arrive in.
    std::vector<std::pair<double, std::uint32_t>> keys(std::size_t(end - begin));
    for (std::int64_t p = begin; p < end; ++p) {
        keys[std::size_t(p - begin)] = {dot(source(p), u.data(), m_d), m_order[std::size_t(p)]};
    }
    const std::int64_t half = (end - begin) / 2;
    std::nth_element(keys.begin(), keys.begin() + half, keys.end());
    for (std::int64_t k = 0; k < end - begin; ++k) {
        m_order[std::size_t(begin + k)] = keys[std::size_t(k)].second;
    }
    const std::int64_t left = build(x, begin, begin + half);
    const std::int64_t right = build(x, begin + half, end);
    m_nodes[std::size_t(id)].left = left;
    m_nodes[std::size_t(id)].right = right;
    return id;
}

bool PairSearch::separated(std::int64_t a, std::int64_t b) const {
    const Node& na = m_nodes[std::size_t(a)];
    const Node& nb = m_nodes[std::size_t(b)];
    const double* ca = centroid(a);
    const double* cb = centroid(b);
    const double between = distance(ca, cb, m_d);
    if (between - na.radius - nb.radius > m_limit) {
        return true;
    }
    if (between == 0.0) {
        return false;
    }
    // Project both nodes on the line joining their centroids: the gap between the two intervals
    // is a lower bound on the distance of any row of a to any row of b.
    std::vector<double> u(static_cast<std::size_t>(m_d));
    for (std::int64_t f = 0; f < m_d; ++f) {
        u[std::size_t(f)] = (cb[f] - ca[f]) / between;
    }
    double highA = -std::numeric_limits<double>::infinity();
    for (std::int64_t p = na.begin; p < na.end; ++p) {
        highA = std::max(highA, dot(row(p), u.data(), m_d));
    }
    double lowB = std::numeric_limits<double>::infinity();
    for (std::int64_t p = nb.begin; p < nb.end; ++p) {
        lowB = std::min(lowB, dot(row(p), u.data(), m_d));
    }
    return lowB - highA > m_limit;
}

void PairSearch::collect(std::int64_t a, std::int64_t b) {
    if (a != b && separated(a, b)) {
        return;
    }
    const Node& na = m_nodes[std::size_t(a)];
    const Node& nb = m_nodes[std::size_t(b)];
    const bool leafA = na.left < 0;
    const bool leafB = nb.left < 0;
    if (leafA && leafB) {
        addTasks(na, nb, a == b);
    } else if (a == b) {
        collect(na.left, na.left);
        collect(na.left, na.right);
        collect(na.right, na.right);
    } else if (!leafA && (leafB || na.end - na.begin >= nb.end - nb.begin)) {
        collect(na.left, b);
        collect(na.right, b);
    } else {
        collect(a, nb.left);
        collect(a, nb.right);
    }
}

void PairSearch::addTasks(const Node& a, const Node& b, bool same) {
    for (std::int64_t i = a.begin; i < a.end; i += kBlock) {
        const std::int64_t iEnd = std::min(a.end, i + kBlock);
        for (std::int64_t j = same ? i : b.begin; j < b.end; j += kBlock) {
            m_tasks.push_back({i, iEnd, j, std::min(b.end, j + kBlock)});
        }
    }
}

void PairSearch::pairs(std::int64_t t, std::vector<std::uint32_t>& out) const {
    constexpr int kGroups = 2; // 8 rows of the other block per step, 4 accumulators each
    const Task& task = m_tasks[std::size_t(t)];
    const bool same = task.a0 == task.b0;
    // Locals, not members: the compiler cannot tell that `out` does not alias them.
    const std::int64_t d = m_d;
    const std::int64_t full = d / 4 * 4;
    const std::int64_t stride = m_stride;
    const double* const columns = m_columns.data();
    const std::uint32_t* const order = m_order.data();
    const Vec4 r2 = broadcast(m_r2);
    const Vec4 end = broadcast(double(task.b1));
    const Vec4 lane{0.0, 1.0, 2.0, 3.0};
    for (std::int64_t a = task.a0; a < task.a1; ++a) {
        const double* q = row(a);
        const std::int64_t first = same ? a + 1 : task.b0;
        for (std::int64_t s = first; s < task.b1; s += 4 * kGroups) {
            // The sums of RowL2 in dbscan.cpp as GCC compiles it, lane by lane: lane l takes
            // features l, l + 4, ... of the first multiple of 4 with fused multiply-adds, then
            // (0 + 1) + (2 + 3), then the other features squared and added one by one.
            Vec4 acc[4][kGroups] = {};
            const double* column = columns + s;
            for (std::int64_t f = 0; f < full; f += 4) {
#pragma GCC unroll 4
                for (int l = 0; l < 4; ++l) {
                    const Vec4 xf = broadcast(q[f + l]);
                    const double* c = column + (f + l) * stride;
#pragma GCC unroll 2
                    for (int g = 0; g < kGroups; ++g) {
                        const Vec4 diff = xf - loadVec(c + 4 * g);
                        acc[l][g] = fusedSquareAdd(diff, acc[l][g]);
                    }
                }
            }
#pragma GCC unroll 2
            for (int g = 0; g < kGroups; ++g) {
                Vec4 sum = (acc[0][g] + acc[1][g]) + (acc[2][g] + acc[3][g]);
                for (std::int64_t f = full; f < d; ++f) {
                    const Vec4 diff = broadcast(q[f]) - loadVec(column + f * stride + 4 * g);
                    sum += diff * diff; // not fused (file compiled with -ffp-contract=off)
                }
                const std::int64_t base = s + 4 * g;
                const auto hit = (sum <= r2) & ((lane + double(base)) < end);
                if (anyLane(hit)) {
                    for (int l = 0; l < 4; ++l) {
                        if (hit[l]) {
                            out.push_back(order[a]);
                            out.push_back(order[base + l]);
                        }
                    }
                }
            }
        }
    }
}

} // namespace gugus::core::detail
