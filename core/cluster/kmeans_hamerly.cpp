// Lloyd's step with Hamerly's bounds: the same labels, sums and centres as the plain pass, with
// most rows left unmeasured once the centres only creep.
//
// In a k sweep most of K-Means' time goes to the k above the number of true groups, where a
// group split in two needs tens of iterations while its halves drift apart and only rows near the
// dividing plane change sides. There, after the first few iterations, the bounds prove for most
// rows that their centre is still the nearest, so only the others are gathered into tiles and
// measured (on the 100,000 x 18 blobs, 10-50 % of the rows per pass at k = 8..10).
//
// The bounds are stored relative to per-cluster running sums, so that the filter over all rows
// only reads: S_a sums the shifts of centre a since start(), M_a the largest shift of any other
// centre in each of those passes. A row of cluster a stores u - S_a and l + M_a as of the pass
// that measured it (u, l its distances to its centre and to the nearest other one); in a later
// pass (u - S_a) + S_a' and (l + M_a) - M_a' are Hamerly's upper and lower bounds, moved by the
// shifts since. The label cannot change without a measurement, so a is the same cluster in both.
// Only measured rows write their bounds (the plain form rewrote both bounds of every row in every
// pass: at 1,000,000 rows 16 MB of stores, each line read first).
//
// Exactness. A skipped row's centre must be the one Lloyd's pass would choose, i.e. its kernel
// distance strictly below every other centre's (a tie would go to the lowest index, so an exact
// tie is always measured). The bounds are real-number bounds computed in floating point, so a row
// is skipped only when the bound wins by more than `safety`, which covers the rounding of every
// value the bounds are built from, all of magnitude below `scale` (the largest row norm plus the
// largest centre norm seen, plus the shifts so far, which bound S_a and M_a): square roots of
// kernel sums (relative error <= (d + 2) eps), the centre shifts, one rounding per pass in each
// running sum (so S_a' - S_a is the sum of the shifts to within passes * eps * scale), and the
// three additions that store a bound, take it back out and compare it. The margin grows with the
// passes, as the running sums' error does.
#include "cluster/kmeans_internal.h"
#include "common/parallel.h"
#include "numeric/distance_kernel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::core::detail {

namespace {

/// In the passes' row blocks on all threads (a maximum is exact: the same bits on any count).
double maxRowNorm(const FeatureMatrix& m) {
    const std::int64_t n = m.rows();
    const std::int64_t block = blockRowsFor(n);
    std::vector<double> largestOf(std::size_t(blockCount(n, block)), 0.0);
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        double largest = 0.0;
        for (std::int64_t i = begin; i < end; ++i) {
            largest = std::max(largest, m.row(i).norm());
        }
        largestOf[std::size_t(b)] = largest;
    });
    return largestOf.empty() ? 0.0 : *std::max_element(largestOf.begin(), largestOf.end());
}

/// Rows filtered into one list before the listed ones are measured, tile by tile.
constexpr std::int64_t kChunkRows = 1024;

} // namespace

HamerlyStep::HamerlyStep(const FeatureMatrix& x, int k)
    : m_x(x), m_k(k), m_maxRowNorm(maxRowNorm(x)),
      m_delta(blockCount(x.rows(), blockRowsFor(x.rows())), k, x.cols(), exactSplitFor(x)),
      m_upper(new double[std::size_t(x.rows())]), m_lower(new double[std::size_t(x.rows())]),
      m_half(std::size_t(k), 0.0), m_shiftSum(std::size_t(k), 0.0),
      m_otherShiftSum(std::size_t(k), 0.0) {}

void HamerlyStep::start() {
    m_passes = 0;
    std::fill(m_shiftSum.begin(), m_shiftSum.end(), 0.0);
    std::fill(m_otherShiftSum.begin(), m_otherShiftSum.end(), 0.0);
    m_maxCentreNorm = 0.0;
    m_drift = 0.0;
    m_measured = 0;
}

void HamerlyStep::centresMoved(const CentreMatrix&, const std::vector<double>& shifts,
                               const Labels&) {
    // The lower bound of a row of cluster a falls by the largest move of any other centre.
    double largest = 0.0;
    double second = 0.0;
    std::size_t largestAt = shifts.size();
    for (std::size_t j = 0; j < shifts.size(); ++j) {
        const double s = shifts[j];
        if (s > largest) {
            second = largest;
            largest = s;
            largestAt = j;
        } else if (s > second) {
            second = s;
        }
    }
    for (std::size_t j = 0; j < shifts.size(); ++j) {
        m_shiftSum[j] += shifts[j];
        m_otherShiftSum[j] += j == largestAt ? second : largest;
        m_drift += shifts[j];
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

    std::vector<std::int64_t> changed(std::size_t(blockCount(n, block)), 0);
    std::vector<std::int64_t> measured(changed.size(), 0);
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        progress.throwIfCancelled();
        m_delta.startBlock(b);
        RowTile tile(d);
        std::vector<double> distances(static_cast<std::size_t>(k * kTileRows));
        std::int64_t queued[kChunkRows];
        int label[kTileRows];
        double minDistance[kTileRows];
        double other[kTileRows]; // the nearest other centre's squared distance
        std::int64_t blockChanged = 0;
        // The loops read plain locals: through the lambda's references the compiler reloaded
        // every pointer and flag for each row.
        const double* const x = m_x.data();
        int* const own = labels.data();
        double* const upperOf = m_upper.get();
        double* const lowerOf = m_lower.get();
        const double* const shiftSum = m_shiftSum.data();
        const double* const otherSum = m_otherShiftSum.data();
        const double* const halfOf = m_half.data();
        const double margin = safety;
        const auto measure = [&](const std::int64_t* rows, int count) {
            if (first) {
                tile.load(m_x, rows[0], count); // the first pass's rows are consecutive
            } else {
                tile.loadRows(m_x, rows, count);
            }
            tile.squaredDistances(centres.data(), k, distances.data());
            nearestTwoInTile(distances.data(), k, count, label, minDistance, other);
            for (int i = 0; i < count; ++i) {
                const std::int64_t row = rows[i];
                const int now = label[i];
                upperOf[row] = std::sqrt(minDistance[i]) - shiftSum[now];
                lowerOf[row] = std::sqrt(other[i]) + otherSum[now];
                const int before = own[row];
                const double* xr = x + row * d;
                if (first) {
                    // Every row, while it is in cache from the tile's load (a second sweep over
                    // the block's rows was 4-6 % of a 1M sweep).
                    m_delta.add(b, now, xr);
                }
                if (before != now) {
                    ++blockChanged;
                    // Later passes move the changed rows.
                    if (!first) {
                        m_delta.subtract(b, before, xr);
                        m_delta.add(b, now, xr);
                    }
                    own[row] = now;
                }
            }
        };
        for (std::int64_t chunk = begin; chunk < end; chunk += kChunkRows) {
            const std::int64_t chunkEnd = std::min(end, chunk + kChunkRows);
            int count = 0;
            if (first) {
                for (std::int64_t i = chunk; i < chunkEnd; ++i) {
                    queued[count++] = i;
                }
            } else {
                // Without a branch: the index is always written, the count only advances for a
                // row the bounds do not settle (which rows those are is not predictable).
                for (std::int64_t i = chunk; i < chunkEnd; ++i) {
                    const int a = own[i];
                    const double upper = upperOf[i] + shiftSum[a];
                    const double lower = lowerOf[i] - otherSum[a];
                    queued[count] = i;
                    count += !(std::max(lower, halfOf[a]) - upper > margin);
                }
            }
            measured[std::size_t(b)] += count;
            for (int t = 0; t < count; t += kTileRows) {
                measure(queued + t, std::min(kTileRows, count - t));
            }
        }
        changed[std::size_t(b)] = blockChanged;
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
