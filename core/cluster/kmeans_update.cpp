// The passes over the rows that every k-means step shares: assignment with cluster sums, the
// centre update, empty-cluster relocation, the tolerance scale and the inertia.
#include "cluster/kmeans_internal.h"
#include "common/parallel.h"
#include "numeric/distance_kernel.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gugus::core::detail {

AssignPass assignRows(const FeatureMatrix& x, const CentreMatrix& centres, Labels& labels,
                      BlockSums* sums, const Progress* progress) {
    const std::int64_t n = x.rows();
    const std::int64_t d = x.cols();
    const std::int64_t k = centres.rows();
    const std::int64_t block = blockRowsFor(n);
    const std::int64_t blocks = blockCount(n, block);
    std::vector<std::int64_t> changed(std::size_t(blocks), 0);
    std::vector<double> distanceSums(std::size_t(blocks), 0.0);
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        if (progress) {
            progress->throwIfCancelled();
        }
        RowTile tile(d);
        std::vector<double> distances(static_cast<std::size_t>(k * kTileRows));
        int label[kTileRows];
        double minDistance[kTileRows];
        if (sums) {
            sums->startBlock(b);
        }
        std::int64_t blockChanged = 0;
        double blockDistance = 0.0;
        for (std::int64_t r = begin; r < end; r += kTileRows) {
            const int count = int(std::min<std::int64_t>(kTileRows, end - r));
            tile.load(x, r, count);
            tile.squaredDistances(centres.data(), k, distances.data());
            nearestInTile(distances.data(), k, count, label, minDistance);
            for (int i = 0; i < count; ++i) {
                int& slot = labels[std::size_t(r + i)];
                blockChanged += slot != label[i];
                slot = label[i];
                blockDistance += minDistance[i];
            }
            if (sums) {
                for (int i = 0; i < count; ++i) {
                    sums->add(b, label[i], x.data() + (r + i) * d);
                }
            }
        }
        changed[std::size_t(b)] = blockChanged;
        distanceSums[std::size_t(b)] = blockDistance;
    });
    AssignPass pass;
    pass.hasDistanceSum = true;
    for (std::int64_t b = 0; b < blocks; ++b) {
        pass.changed += changed[std::size_t(b)];
        pass.distanceSum += distanceSums[std::size_t(b)];
    }
    return pass;
}

void relocateEmptyClusters(const FeatureMatrix& x, const Labels& labels,
                           const CentreMatrix& centres, ClusterSums& sums) {
    const std::int64_t k = centres.rows();
    const std::int64_t d = x.cols();
    const std::int64_t n = x.rows();
    std::vector<std::int64_t> empty;
    for (std::int64_t j = 0; j < k; ++j) {
        if (sums.counts[std::size_t(j)] == 0) {
            empty.push_back(j);
        }
    }
    if (empty.empty()) {
        return;
    }
    // Rare (a bad start or duplicated rows), so the distances are recomputed here rather than
    // kept by every assignment pass.
    std::vector<double> distance(static_cast<std::size_t>(n));
    parallelBlocks(n, blockRowsFor(n), [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            distance[std::size_t(i)] =
                squaredDistance(x.data() + i * d, centres.data() + labels[std::size_t(i)] * d, d);
        }
    });
    if (*std::max_element(distance.begin(), distance.end()) == 0.0) {
        return; // every row sits on its centre: there is nothing to move
    }
    const auto moves = std::min<std::int64_t>(std::int64_t(empty.size()), n);
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), std::int64_t(0));
    // Farthest first; equal distances in row order, so the choice is deterministic (scikit-learn's
    // argpartition leaves that order unspecified).
    std::partial_sort(order.begin(), order.begin() + moves, order.end(),
                      [&](std::int64_t a, std::int64_t b) {
                          const double da = distance[std::size_t(a)];
                          const double db = distance[std::size_t(b)];
                          return da > db || (da == db && a < b);
                      });
    for (std::int64_t m = 0; m < moves; ++m) {
        const std::int64_t row = order[std::size_t(m)];
        const std::int64_t target = empty[std::size_t(m)];
        const std::int64_t source = labels[std::size_t(row)];
        const double* xr = x.data() + row * d;
        if (sums.split.exact) {
            accumulateRowExact(sums.sums.data() + source * d, sums.low.data() + source * d, xr, d,
                               sums.split, -1.0);
            for (std::int64_t f = 0; f < d; ++f) {
                splitValue(xr[f], sums.split, sums.sums(target, f), sums.low(target, f));
            }
        } else {
            for (std::int64_t f = 0; f < d; ++f) {
                sums.sums(source, f) -= xr[f];
                sums.sums(target, f) = xr[f];
            }
        }
        sums.counts[std::size_t(source)] -= 1;
        sums.counts[std::size_t(target)] = 1;
    }
}

std::vector<double> updateCentres(const ClusterSums& sums, CentreMatrix& centres) {
    const std::int64_t k = centres.rows();
    const std::int64_t d = centres.cols();
    std::vector<double> shifts(std::size_t(k), 0.0);
    std::vector<double> updated(static_cast<std::size_t>(d));
    for (std::int64_t j = 0; j < k; ++j) {
        const std::int64_t count = sums.counts[std::size_t(j)];
        if (count <= 0) {
            continue; // still empty (only when no row could be moved): the centre stays put
        }
        for (std::int64_t f = 0; f < d; ++f) {
            updated[std::size_t(f)] = sums.total(j, f) / double(count);
        }
        double* c = centres.data() + j * d;
        shifts[std::size_t(j)] = std::sqrt(squaredDistance(updated.data(), c, d));
        std::copy(updated.begin(), updated.end(), c);
    }
    return shifts;
}

double meanFeatureVariance(const FeatureMatrix& x) {
    const std::int64_t n = x.rows();
    const std::int64_t d = x.cols();
    if (n == 0 || d == 0) {
        return 0.0;
    }
    const std::int64_t block = blockRowsFor(n);
    const std::int64_t blocks = blockCount(n, block);
    // Two passes (mean, then squared deviations) as numpy.var; per-block partials in block order.
    std::vector<double> partial(std::size_t(blocks * d), 0.0);
    auto columnSums = [&](const double* shift) {
        std::fill(partial.begin(), partial.end(), 0.0);
        parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
            double* s = partial.data() + b * d;
            for (std::int64_t i = begin; i < end; ++i) {
                const double* xr = x.data() + i * d;
                for (std::int64_t f = 0; f < d; ++f) {
                    const double v = shift ? (xr[f] - shift[f]) * (xr[f] - shift[f]) : xr[f];
                    s[f] += v;
                }
            }
        });
        std::vector<double> total(std::size_t(d), 0.0);
        for (std::int64_t b = 0; b < blocks; ++b) {
            addRow(total.data(), partial.data() + b * d, d);
        }
        return total;
    };
    std::vector<double> mean = columnSums(nullptr);
    for (double& m : mean) {
        m /= double(n);
    }
    const std::vector<double> squares = columnSums(mean.data());
    double sum = 0.0;
    for (const double s : squares) {
        sum += s / double(n);
    }
    return sum / double(d);
}

double inertiaWith(const FeatureMatrix& x, const Labels& labels, const CentreMatrix& centres) {
    const std::int64_t n = x.rows();
    const std::int64_t d = x.cols();
    const std::int64_t block = blockRowsFor(n);
    std::vector<double> partial(std::size_t(blockCount(n, block)), 0.0);
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        double s = 0.0;
        for (std::int64_t i = begin; i < end; ++i) {
            s += squaredDistance(x.data() + i * d, centres.data() + labels[std::size_t(i)] * d, d);
        }
        partial[std::size_t(b)] = s;
    });
    return std::accumulate(partial.begin(), partial.end(), 0.0);
}

} // namespace gugus::core::detail
