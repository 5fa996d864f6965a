// Complete, average and weighted linkage: SciPy's nearest-neighbour chain over a condensed
// distance matrix with Lance-Williams updates. Compiled without floating-point contraction
// (core/CMakeLists.txt): the updates must round as SciPy's do (no fused multiply-add), so that
// near-ties on tie-heavy data (duplicated rows, 0/1 columns) are broken the same way.
#include "cluster/hierarchical_internal.h"
#include "cluster/nn_chain.h"
#include "common/error.h"
#include "common/parallel.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace gugus::core::detail {

namespace {

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

std::vector<RawMerge> matrixChain(const FeatureMatrix& x, Linkage linkage, DistanceMetric metric,
                                  Progress& progress) {
    MatrixStore store(x, linkage, metric, progress);
    return nearestNeighbourChain(x.rows(), store, progress);
}

} // namespace gugus::core::detail
