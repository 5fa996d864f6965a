// Distance storage, assignment to medoids, and the two initialisations (BUILD, k-means++).
#include "cluster/kmedoids_internal.h"
#include "common/error.h"
#include "common/parallel.h"
#include "common/random.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gugus::core::detail {

namespace {

/// Candidates scored per parallel block in BUILD (each candidate's sum runs over all rows).
constexpr std::int64_t kCandidateBlock = 64;

/// One BUILD step after the first: the non-medoid row with the largest gain
/// sum_o max(0, dNearest(o) - d(o, c)) (ties -> lowest row). Per candidate the sum is serial, so
/// the choice does not depend on the thread count.
std::int64_t buildStep(const MedoidDistances& d, const std::vector<double>& dNearest,
                       const std::vector<char>& isMedoid, Progress& progress) {
    const std::int64_t n = d.rows();
    std::vector<double> gain(std::size_t(n), -1.0);
    parallelBlocks(n, kCandidateBlock, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        progress.throwIfCancelled();
        for (std::int64_t c = begin; c < end; ++c) {
            if (isMedoid[std::size_t(c)]) {
                continue;
            }
            double g = 0.0;
            for (std::int64_t o = 0; o < n; ++o) {
                g += std::max(0.0, dNearest[std::size_t(o)] - d(o, c));
            }
            gain[std::size_t(c)] = g;
        }
    });
    return std::int64_t(std::max_element(gain.begin(), gain.end()) - gain.begin());
}

std::int64_t plusPlusStep(const std::vector<double>& dNearest, const std::vector<char>& isMedoid,
                          Random& rng) {
    double total = 0.0;
    for (const double v : dNearest) {
        total += v * v;
    }
    const auto n = std::int64_t(dNearest.size());
    if (total > 0.0) {
        const double target = rng.uniform() * total;
        double cumulative = 0.0;
        std::int64_t last = -1;
        for (std::int64_t o = 0; o < n; ++o) {
            const double w = dNearest[std::size_t(o)] * dNearest[std::size_t(o)];
            if (w <= 0.0) {
                continue;
            }
            last = o;
            cumulative += w;
            if (cumulative > target) {
                return o;
            }
        }
        return last; // rounding left the target just above the last cumulative sum
    }
    // Every row coincides with a medoid: any non-medoid row does, the draw stays seeded.
    std::vector<std::int64_t> free;
    for (std::int64_t o = 0; o < n; ++o) {
        if (!isMedoid[std::size_t(o)]) {
            free.push_back(o);
        }
    }
    return free[std::size_t(rng.below(free.size()))];
}

} // namespace

MedoidDistances::MedoidDistances(const RowDistance& distance, bool store, Progress& progress)
    : m_distance(distance), m_n(distance.rows()) {
    if (!store) {
        return;
    }
    m_matrix.assign(std::size_t(m_n * m_n), 0.0);
    parallelBlocks(m_n, kCandidateBlock, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        progress.throwIfCancelled();
        for (std::int64_t i = begin; i < end; ++i) {
            for (std::int64_t j = 0; j < m_n; ++j) {
                m_matrix[std::size_t(i * m_n + j)] = i == j ? 0.0 : distance(i, j);
            }
        }
    });
}

void assignToMedoids(const MedoidDistances& d, const std::vector<std::int64_t>& medoids,
                     MedoidAssignment& a) {
    const std::int64_t n = d.rows();
    const auto k = int(medoids.size());
    a.nearest.assign(std::size_t(n), 0);
    a.dNearest.assign(std::size_t(n), 0.0);
    a.second.assign(std::size_t(n), -1);
    a.dSecond.assign(std::size_t(n), std::numeric_limits<double>::infinity());
    std::vector<int> slotOf(std::size_t(n), -1);
    for (int m = 0; m < k; ++m) {
        slotOf[std::size_t(medoids[std::size_t(m)])] = m;
    }
    const std::int64_t blocks = blockCount(n, kMedoidBlockRows);
    std::vector<double> partial(std::size_t(blocks), 0.0);
    parallelBlocks(n, kMedoidBlockRows, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        double sum = 0.0;
        for (std::int64_t o = begin; o < end; ++o) {
            const int own = slotOf[std::size_t(o)];
            int best = -1;
            int next = -1;
            double dBest = std::numeric_limits<double>::infinity();
            double dNext = dBest;
            if (own >= 0) { // a medoid row is its own segment's, even when a medoid duplicates it
                best = own;
                dBest = 0.0;
            }
            for (int m = 0; m < k; ++m) {
                if (m == own) {
                    continue;
                }
                const double v = d(o, medoids[std::size_t(m)]);
                if (v < dBest) {
                    next = best;
                    dNext = dBest;
                    best = m;
                    dBest = v;
                } else if (v < dNext) {
                    next = m;
                    dNext = v;
                }
            }
            a.nearest[std::size_t(o)] = best;
            a.dNearest[std::size_t(o)] = dBest;
            a.second[std::size_t(o)] = next;
            a.dSecond[std::size_t(o)] = dNext;
            sum += dBest;
        }
        partial[std::size_t(b)] = sum;
    });
    a.total = 0.0;
    for (const double v : partial) {
        a.total += v;
    }
}

std::int64_t bestSingleMedoid(const MedoidDistances& d, Progress& progress) {
    const std::int64_t n = d.rows();
    std::vector<double> cost(std::size_t(n), 0.0);
    parallelBlocks(n, kCandidateBlock, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        progress.throwIfCancelled();
        for (std::int64_t c = begin; c < end; ++c) {
            double s = 0.0;
            for (std::int64_t o = 0; o < n; ++o) {
                s += d(o, c);
            }
            cost[std::size_t(c)] = s;
        }
    });
    return std::int64_t(std::min_element(cost.begin(), cost.end()) - cost.begin());
}

std::vector<std::int64_t> initialMedoids(const MedoidDistances& d, const KMedoidsOptions& options,
                                         Progress& progress) {
    const std::int64_t n = d.rows();
    std::vector<std::int64_t> medoids;
    std::vector<char> isMedoid(std::size_t(n), 0);
    std::vector<double> dNearest(std::size_t(n), std::numeric_limits<double>::infinity());
    Random rng(options.seed);
    for (int m = 0; m < options.k; ++m) {
        progress.throwIfCancelled();
        progress.report(m, options.k, "kmedoids.init");
        std::int64_t chosen = 0;
        if (options.init == KMedoidsInit::Build) {
            chosen =
                m == 0 ? bestSingleMedoid(d, progress) : buildStep(d, dNearest, isMedoid, progress);
        } else {
            chosen = m == 0 ? std::int64_t(rng.below(std::uint64_t(n)))
                            : plusPlusStep(dNearest, isMedoid, rng);
        }
        medoids.push_back(chosen);
        isMedoid[std::size_t(chosen)] = 1;
        parallelBlocks(n, kMedoidBlockRows,
                       [&](std::int64_t, std::int64_t begin, std::int64_t end) {
                           for (std::int64_t o = begin; o < end; ++o) {
                               const double v = o == chosen ? 0.0 : d(o, chosen);
                               dNearest[std::size_t(o)] = std::min(dNearest[std::size_t(o)], v);
                           }
                       });
    }
    return medoids;
}

} // namespace gugus::core::detail
