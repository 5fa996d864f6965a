// Lloyd's step with Hamerly's bounds: the same labels, sums and centres as the plain pass, with
// most rows left unmeasured once the centres only creep.
//
// In a k sweep most of K-Means' time goes to the k above the number of true groups, where a
// group split in two needs tens of iterations while its halves drift apart and only rows near the
// dividing plane change sides. There, after the first few iterations, the bounds prove for most
// rows that their centre is still the nearest, so only the others are gathered into tiles and
// measured (on the 100,000 x 18 blobs, 10-50 % of the rows per pass at k = 8..10).
//
// Exactness. A skipped row's centre must be the one Lloyd's pass would choose, i.e. its kernel
// distance strictly below every other centre's (a tie would go to the lowest index, so an exact
// tie is always measured). The bounds are real-number bounds computed in floating point, so a row
// is skipped only when the bound wins by more than `safety`, which covers the rounding of every
// value the bounds are built from: square roots of kernel sums (relative error <= (d + 2) eps),
// the centre shifts, and at most two additions per pass to each bound, all of magnitude below
// `scale` (the largest row norm plus the largest centre norm seen, plus the shifts so far).
#include "cluster/kmeans_internal.h"
#include "common/parallel.h"
#include "numeric/distance_kernel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::core::detail {

namespace {

double maxRowNorm(const FeatureMatrix& m) {
    double largest = 0.0;
    for (std::int64_t i = 0; i < m.rows(); ++i) {
        largest = std::max(largest, m.row(i).norm());
    }
    return largest;
}

} // namespace

HamerlyStep::HamerlyStep(const FeatureMatrix& x, int k)
    : m_x(x), m_k(k), m_maxRowNorm(maxRowNorm(x)),
      m_delta(blockCount(x.rows(), blockRowsFor(x.rows())), k, x.cols(), exactSplitFor(x)),
      m_upper(new double[std::size_t(x.rows())]), m_lower(new double[std::size_t(x.rows())]),
      m_half(std::size_t(k), 0.0) {}

void HamerlyStep::start() {
    m_passes = 0;
    m_shifts.clear();
    m_maxCentreNorm = 0.0;
    m_drift = 0.0;
    m_measured = 0;
}

void HamerlyStep::centresMoved(const CentreMatrix&, const std::vector<double>& shifts,
                               const Labels&) {
    // Applied to each row's bounds at the start of the next pass, in the same sweep over the rows.
    m_shifts = shifts;
    for (const double s : shifts) {
        m_drift += s;
    }
}

AssignPass HamerlyStep::assign(const CentreMatrix& centres, Labels& labels, ClusterSums& sums,
                               const Progress& progress) {
    const std::int64_t n = m_x.rows();
    const std::int64_t d = m_x.cols();
    const std::int64_t k = m_k;
    const std::int64_t block = blockRowsFor(n);
    const bool first = m_passes == 0;
    constexpr double kInfinity = std::numeric_limits<double>::infinity();

    // Half the distance from each centre to its nearest other centre: a row within it of its own
    // centre is nearer to that centre than to any other (k = 1: no rival).
    for (std::int64_t a = 0; a < k; ++a) {
        m_maxCentreNorm = std::max(m_maxCentreNorm, centres.row(a).norm());
        double nearest = kInfinity;
        for (std::int64_t b = 0; b < k; ++b) {
            if (b != a) {
                nearest = std::min(
                    nearest, squaredDistance(centres.data() + a * d, centres.data() + b * d, d));
            }
        }
        m_half[std::size_t(a)] = 0.5 * std::sqrt(nearest);
    }
    const double scale = m_maxRowNorm + m_maxCentreNorm + m_drift;
    const double safety = 1e-13 * double(m_passes + d + 4) * scale;

    // The lower bound of a row of cluster a falls by the largest move of any other centre.
    double largest = 0.0;
    double second = 0.0;
    std::int64_t largestAt = -1;
    for (std::size_t j = 0; j < m_shifts.size(); ++j) {
        const double s = m_shifts[j];
        if (s > largest) {
            second = largest;
            largest = s;
            largestAt = std::int64_t(j);
        } else if (s > second) {
            second = s;
        }
    }
    const bool shifted = !first && !m_shifts.empty();

    std::vector<std::int64_t> changed(std::size_t(blockCount(n, block)), 0);
    std::vector<std::int64_t> measured(changed.size(), 0);
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        progress.throwIfCancelled();
        m_delta.startBlock(b);
        RowTile tile(d);
        std::vector<double> distances(static_cast<std::size_t>(k * kTileRows));
        std::int64_t rows[kTileRows];
        int label[kTileRows];
        double minDistance[kTileRows];
        double other[kTileRows]; // the nearest other centre's squared distance
        int count = 0;
        std::int64_t blockChanged = 0;
        const auto measure = [&] {
            tile.loadRows(m_x, rows, count);
            tile.squaredDistances(centres.data(), k, distances.data());
            nearestTwoInTile(distances.data(), k, count, label, minDistance, other);
            for (int i = 0; i < count; ++i) {
                const auto row = std::size_t(rows[i]);
                m_upper[row] = std::sqrt(minDistance[i]);
                m_lower[row] = std::sqrt(other[i]);
                const int before = labels[row];
                if (before != label[i]) {
                    ++blockChanged;
                    // The first pass adds every row below; later ones move the changed rows.
                    if (!first) {
                        const double* xr = m_x.data() + rows[i] * d;
                        m_delta.subtract(b, before, xr);
                        m_delta.add(b, label[i], xr);
                    }
                    labels[row] = label[i];
                }
            }
            measured[std::size_t(b)] += count;
            count = 0;
        };
        // The filter reads plain locals: through the lambda's references the compiler reloaded
        // every pointer and flag for each row (the stores to the bounds may alias them), and this
        // loop over all rows was the largest part of the step (~half of its samples at 1M rows).
        const int* const own = labels.data();
        double* const upperOf = m_upper.get();
        double* const lowerOf = m_lower.get();
        const double* const shiftOf = m_shifts.data();
        const double* const halfOf = m_half.data();
        const bool bounded = !first;
        const bool move = shifted;
        const double margin = safety;
        const double largestShift = largest;
        const double secondShift = second;
        const std::int64_t largestOwner = largestAt;
        for (std::int64_t i = begin; i < end; ++i) {
            if (bounded) {
                const int a = own[i];
                double upper = upperOf[i];
                double lower = lowerOf[i];
                if (move) {
                    upper += shiftOf[a];
                    lower -= a == largestOwner ? secondShift : largestShift;
                    upperOf[i] = upper;
                    lowerOf[i] = lower;
                }
                if (std::max(lower, halfOf[a]) - upper > margin) {
                    continue;
                }
            }
            rows[count++] = i;
            if (count == kTileRows) {
                measure();
            }
        }
        if (count > 0) {
            measure();
        }
        changed[std::size_t(b)] = blockChanged;
        if (first) {
            for (std::int64_t i = begin; i < end; ++i) {
                m_delta.add(b, labels[std::size_t(i)], m_x.data() + i * d);
            }
        }
    });
    if (first) {
        m_delta.combine(m_running);
    } else {
        // Exact sums: adding the change gives the bits of the sums over all rows.
        ClusterSums change;
        m_delta.combine(change);
        m_running.sums += change.sums;
        m_running.low += change.low;
        for (std::int64_t j = 0; j < k; ++j) {
            m_running.counts[std::size_t(j)] += change.counts[std::size_t(j)];
        }
    }
    sums = m_running;
    ++m_passes;
    AssignPass pass;
    for (std::size_t b = 0; b < changed.size(); ++b) {
        pass.changed += changed[b];
        m_measured += measured[b];
    }
    return pass;
}

} // namespace gugus::core::detail
