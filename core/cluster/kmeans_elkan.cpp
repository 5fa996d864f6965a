// Elkan's k-means step (as scikit-learn's _k_means_elkan): triangle-inequality bounds let most
// rows skip most distance computations while the labels stay those of Lloyd.
#include "cluster/kmeans_internal.h"
#include "common/parallel.h"
#include "numeric/distance_kernel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::core::detail {

ElkanStep::ElkanStep(const FeatureMatrix& x, int k)
    : m_x(x), m_k(k), m_upper(new double[std::size_t(x.rows())]),
      m_lower(new double[std::size_t(x.rows() * k)]), m_halfCentre(std::size_t(k * k), 0.0),
      m_nearestHalf(std::size_t(k), 0.0) {}

void ElkanStep::computeCentreHalfDistances(const CentreMatrix& centres) {
    const std::int64_t d = centres.cols();
    for (std::int64_t a = 0; a < m_k; ++a) {
        double nearest = std::numeric_limits<double>::infinity(); // k = 1: no rival centre
        for (std::int64_t b = 0; b < m_k; ++b) {
            const double half =
                0.5 * std::sqrt(squaredDistance(centres.data() + a * d, centres.data() + b * d, d));
            m_halfCentre[std::size_t(a * m_k + b)] = half;
            if (b != a) {
                nearest = std::min(nearest, half);
            }
        }
        m_nearestHalf[std::size_t(a)] = nearest;
    }
}

AssignPass ElkanStep::assign(const CentreMatrix& centres, Labels& labels, ClusterSums& sums,
                             const Progress& progress) {
    const std::int64_t n = m_x.rows();
    BlockSums partial(blockCount(n, blockRowsFor(n)), m_k, m_x.cols());
    computeCentreHalfDistances(centres);
    const AssignPass pass = m_boundsReady ? boundedAssign(centres, labels, partial, progress)
                                          : initialBounds(centres, labels, partial, progress);
    m_boundsReady = true;
    partial.combine(sums);
    return pass;
}

// First assignment: every distance through the tile kernel (the same bits as Lloyd's pass), so
// the labels are Lloyd's and every lower bound starts exact. (scikit-learn prunes here and leaves
// skipped bounds at 0; exact bounds only skip more later.)
AssignPass ElkanStep::initialBounds(const CentreMatrix& centres, Labels& labels, BlockSums& partial,
                                    const Progress& progress) {
    const std::int64_t n = m_x.rows();
    const std::int64_t d = m_x.cols();
    const std::int64_t block = blockRowsFor(n);
    std::vector<std::int64_t> changed(static_cast<std::size_t>(blockCount(n, block)), 0);
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        progress.throwIfCancelled();
        partial.startBlock(b);
        RowTile tile(d);
        std::vector<double> distances(static_cast<std::size_t>(m_k * kTileRows));
        int label[kTileRows];
        double minDistance[kTileRows];
        for (std::int64_t r = begin; r < end; r += kTileRows) {
            const int count = int(std::min<std::int64_t>(kTileRows, end - r));
            tile.load(m_x, r, count);
            tile.squaredDistances(centres.data(), m_k, distances.data());
            nearestInTile(distances.data(), m_k, count, label, minDistance);
            for (int i = 0; i < count; ++i) {
                const std::int64_t row = r + i;
                double* lower = m_lower.get() + row * m_k;
                for (std::int64_t j = 0; j < m_k; ++j) {
                    lower[j] = std::sqrt(distances[std::size_t(j * kTileRows + i)]);
                }
                m_upper[std::size_t(row)] = std::sqrt(minDistance[i]);
                changed[std::size_t(b)] += labels[std::size_t(row)] != label[i];
                labels[std::size_t(row)] = label[i];
                partial.add(b, label[i], m_x.data() + row * d);
            }
        }
    });
    AssignPass pass;
    for (const std::int64_t c : changed) {
        pass.changed += c;
    }
    return pass;
}

// Later assignments: a row keeps its label without any distance when its upper bound is within
// half the distance to the nearest other centre; otherwise centre j is examined only when neither
// its lower bound nor half the centre-centre distance rules it out, and the upper bound is made
// exact at most once.
AssignPass ElkanStep::boundedAssign(const CentreMatrix& centres, Labels& labels, BlockSums& partial,
                                    const Progress& progress) {
    const std::int64_t n = m_x.rows();
    const std::int64_t d = m_x.cols();
    const std::int64_t block = blockRowsFor(n);
    std::vector<std::int64_t> changed(std::size_t(blockCount(n, block)), 0);
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        progress.throwIfCancelled();
        partial.startBlock(b);
        for (std::int64_t i = begin; i < end; ++i) {
            const double* xr = m_x.data() + i * d;
            double* lower = m_lower.get() + i * m_k;
            const int oldLabel = labels[std::size_t(i)];
            std::int64_t label = oldLabel;
            double upper = m_upper[std::size_t(i)];
            if (upper > m_nearestHalf[std::size_t(label)]) {
                bool tight = false;
                double labelSquared = 0.0;
                for (std::int64_t j = 0; j < m_k; ++j) {
                    if (j == label || upper <= lower[j] ||
                        upper <= m_halfCentre[std::size_t(label * m_k + j)]) {
                        continue;
                    }
                    if (!tight) {
                        labelSquared = squaredDistance(xr, centres.data() + label * d, d);
                        upper = std::sqrt(labelSquared);
                        lower[label] = upper;
                        tight = true;
                    }
                    if (upper > lower[j] || upper > m_halfCentre[std::size_t(label * m_k + j)]) {
                        const double sq = squaredDistance(xr, centres.data() + j * d, d);
                        lower[j] = std::sqrt(sq);
                        // Squared distances and the lower index on an exact tie: Lloyd's rule.
                        if (sq < labelSquared || (sq == labelSquared && j < label)) {
                            label = j;
                            labelSquared = sq;
                            upper = lower[j];
                        }
                    }
                }
                m_upper[std::size_t(i)] = upper;
                labels[std::size_t(i)] = int(label);
            }
            changed[std::size_t(b)] += oldLabel != int(label);
            partial.add(b, int(label), xr);
        }
    });
    AssignPass pass;
    for (const std::int64_t c : changed) {
        pass.changed += c;
    }
    return pass;
}

void ElkanStep::centresMoved(const CentreMatrix&, const std::vector<double>& shifts,
                             const Labels& labels) {
    const std::int64_t n = m_x.rows();
    // Triangle inequality: the distance to a centre that moved by s changed by at most s.
    parallelBlocks(n, blockRowsFor(n), [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            m_upper[std::size_t(i)] += shifts[std::size_t(labels[std::size_t(i)])];
            double* lower = m_lower.get() + i * m_k;
            for (std::int64_t j = 0; j < m_k; ++j) {
                lower[j] = std::max(lower[j] - shifts[std::size_t(j)], 0.0);
            }
        }
    });
}

} // namespace gugus::core::detail
