// FasterPAM (Schubert & Rousseeuw 2021): eager swaps with PAM's removal-loss bookkeeping.
//
// For a candidate row c and every medoid slot i, the change of the total deviation when c
// replaces medoid i is
//     removal[i] + shared + correction[i]
// where removal[i] = sum over the rows of slot i of (dSecond - dNearest) (their cost if slot i
// vanished), shared = sum over all rows of min(d(o, c) - dNearest, 0) (rows that move to c
// whatever is removed), and correction[i] fixes the rows of slot i: + (dNearest - dSecond) when c
// is nearer than their medoid (they move to c, not to their second), + (d(o, c) - dSecond) when
// c lies between their nearest and second medoid. One O(n) scan per candidate gives all k.
#include "cluster/kmedoids.h"

#include "cluster/kmedoids_internal.h"
#include "common/error.h"
#include "common/parallel.h"

#include <algorithm>
#include <limits>

namespace gugus::core {

namespace {

using detail::kMedoidBlockRows;
using detail::MedoidAssignment;
using detail::MedoidDistances;

/// A swap is taken when it lowers the total deviation by more than this share of it: rounding
/// in the sums must not make two equal configurations swap back and forth.
constexpr double kImprovement = 1e-12;

std::vector<double> removalLoss(const MedoidAssignment& a, int k) {
    std::vector<double> loss(std::size_t(k), 0.0);
    for (std::size_t o = 0; o < a.nearest.size(); ++o) {
        loss[std::size_t(a.nearest[o])] += a.dSecond[o] - a.dNearest[o];
    }
    return loss;
}

struct Swap {
    int slot = 0;
    double change = 0.0;
};

/// The best medoid slot for candidate c to replace and the change of the total deviation.
/// Block partials ([k corrections, shared] per block) are added in block order.
Swap bestSwap(const MedoidDistances& d, const MedoidAssignment& a,
              const std::vector<double>& removal, std::int64_t c, std::vector<double>& partial) {
    const std::int64_t n = d.rows();
    const auto k = std::int64_t(removal.size());
    const std::int64_t stride = k + 1;
    const std::int64_t blocks = blockCount(n, kMedoidBlockRows);
    partial.assign(std::size_t(blocks * stride), 0.0);
    parallelBlocks(n, kMedoidBlockRows, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        double* acc = partial.data() + b * stride;
        double shared = 0.0;
        for (std::int64_t o = begin; o < end; ++o) {
            const double doc = d(o, c);
            const double dn = a.dNearest[std::size_t(o)];
            const double ds = a.dSecond[std::size_t(o)];
            const int slot = a.nearest[std::size_t(o)];
            if (doc < dn) {
                shared += doc - dn;
                acc[slot] += dn - ds;
            } else if (doc < ds) {
                acc[slot] += doc - ds;
            }
        }
        acc[k] = shared;
    });
    std::vector<double> total(removal);
    double shared = 0.0;
    for (std::int64_t b = 0; b < blocks; ++b) {
        const double* acc = partial.data() + b * stride;
        for (std::int64_t m = 0; m < k; ++m) {
            total[std::size_t(m)] += acc[m];
        }
        shared += acc[k];
    }
    Swap best;
    best.slot = int(std::min_element(total.begin(), total.end()) - total.begin());
    best.change = total[std::size_t(best.slot)] + shared;
    return best;
}

void requireOptions(const RowDistance& distance, const KMedoidsOptions& options) {
    if (options.k < 1) {
        throw Error(ErrorCode::InvalidOption, "k", -1, -1, std::to_string(options.k));
    }
    if (options.maxIter < 1) {
        throw Error(ErrorCode::InvalidOption, "max_iter", -1, -1, std::to_string(options.maxIter));
    }
    if (options.k > distance.rows()) {
        throw Error(ErrorCode::TooFewRows, "", -1, -1,
                    "k = " + std::to_string(options.k) + " but only " +
                        std::to_string(distance.rows()) + " rows");
    }
}

KMedoidsResult finish(std::vector<std::int64_t> medoids, const MedoidAssignment& a) {
    KMedoidsResult r;
    r.medoids = std::move(medoids);
    r.labels = a.nearest;
    r.totalDeviation = a.total;
    r.sizes.assign(r.medoids.size(), 0);
    for (const int l : r.labels) {
        ++r.sizes[std::size_t(l)];
    }
    return r;
}

} // namespace

const char* kmedoidsInitKey(KMedoidsInit init) noexcept {
    return init == KMedoidsInit::Build ? "build" : "k-means++";
}

std::optional<KMedoidsInit> kmedoidsInitFromKey(std::string_view key) {
    if (key == "build") {
        return KMedoidsInit::Build;
    }
    if (key == "k-means++") {
        return KMedoidsInit::KMeansPlusPlus;
    }
    return std::nullopt;
}

KMedoidsResult kmedoids(const RowDistance& distance, const KMedoidsOptions& options,
                        Progress& progress) {
    requireOptions(distance, options);
    const std::int64_t n = distance.rows();
    const MedoidDistances d(distance, n <= options.matrixLimit, progress);
    std::vector<std::int64_t> medoids = detail::initialMedoids(d, options, progress);
    MedoidAssignment a;
    detail::assignToMedoids(d, medoids, a);
    const int k = options.k;
    std::int64_t swaps = 0;
    int pass = 0;
    bool converged = k == 1; // BUILD's first medoid is the exact 1-medoid; k-means++ is improved
    if (k == 1 && options.init != KMedoidsInit::Build) {
        medoids[0] = detail::bestSingleMedoid(d, progress);
        detail::assignToMedoids(d, medoids, a);
    }
    std::vector<char> isMedoid(std::size_t(n), 0);
    for (const std::int64_t m : medoids) {
        isMedoid[std::size_t(m)] = 1;
    }
    std::vector<double> removal = removalLoss(a, k);
    std::vector<double> partial;
    std::int64_t lastSwap = -1; // no swap yet: the first pass must visit every row
    while (!converged && pass < options.maxIter) {
        ++pass;
        bool stop = false;
        for (std::int64_t c = 0; c < n; ++c) {
            if (c == lastSwap) {
                stop = true; // a whole cycle of candidates since the last swap: a local optimum
                break;
            }
            if (isMedoid[std::size_t(c)]) {
                continue;
            }
            progress.throwIfCancelled();
            const Swap swap = bestSwap(d, a, removal, c, partial);
            if (!(swap.change < -kImprovement * a.total)) {
                continue;
            }
            isMedoid[std::size_t(medoids[std::size_t(swap.slot)])] = 0;
            isMedoid[std::size_t(c)] = 1;
            medoids[std::size_t(swap.slot)] = c;
            detail::assignToMedoids(d, medoids, a);
            removal = removalLoss(a, k);
            lastSwap = c;
            ++swaps;
        }
        progress.report(pass, options.maxIter, "kmedoids");
        if (lastSwap < 0) {
            stop = true; // the first pass found nothing to improve
        }
        converged = stop;
    }
    KMedoidsResult result = finish(std::move(medoids), a);
    result.iterations = pass;
    result.swaps = swaps;
    result.converged = converged;
    result.storedMatrix = d.stored();
    return result;
}

int nearestMedoid(const RowDistance& distance, const double* row,
                  const std::vector<const double*>& medoidRows) {
    int best = 0;
    double dBest = std::numeric_limits<double>::infinity();
    for (std::size_t m = 0; m < medoidRows.size(); ++m) {
        const double v = distance.between(row, medoidRows[m]);
        if (v < dBest) {
            best = int(m);
            dBest = v;
        }
    }
    return best;
}

} // namespace gugus::core
