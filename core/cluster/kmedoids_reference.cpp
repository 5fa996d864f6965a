// Plain PAM, written for obviousness rather than speed: the reference FasterPAM is tested against.
#include "cluster/kmedoids.h"
#include "cluster/kmedoids_internal.h"

#include <algorithm>
#include <limits>

namespace gugus::core {

namespace {

double totalDeviation(const RowDistance& distance, const std::vector<std::int64_t>& medoids) {
    double total = 0.0;
    for (std::int64_t o = 0; o < distance.rows(); ++o) {
        double best = std::numeric_limits<double>::infinity();
        for (const std::int64_t m : medoids) {
            best = std::min(best, distance(o, m));
        }
        total += best;
    }
    return total;
}

} // namespace

KMedoidsResult referencePam(const RowDistance& distance, int k) {
    NullProgress quiet;
    KMedoidsOptions options;
    options.k = k;
    options.init = KMedoidsInit::Build;
    const detail::MedoidDistances d(distance, false, quiet);
    std::vector<std::int64_t> medoids = detail::initialMedoids(d, options, quiet);
    double current = totalDeviation(distance, medoids);
    KMedoidsResult result;
    for (;;) {
        double best = current;
        int bestSlot = -1;
        std::int64_t bestRow = -1;
        for (int slot = 0; slot < k; ++slot) {
            for (std::int64_t c = 0; c < distance.rows(); ++c) {
                if (std::find(medoids.begin(), medoids.end(), c) != medoids.end()) {
                    continue;
                }
                std::vector<std::int64_t> trial = medoids;
                trial[std::size_t(slot)] = c;
                const double td = totalDeviation(distance, trial);
                if (td < best) {
                    best = td;
                    bestSlot = slot;
                    bestRow = c;
                }
            }
        }
        if (bestSlot < 0 || !(best < current - 1e-12 * current)) {
            break;
        }
        medoids[std::size_t(bestSlot)] = bestRow;
        current = best;
        ++result.swaps;
        ++result.iterations;
    }
    detail::MedoidAssignment a;
    detail::assignToMedoids(d, medoids, a);
    result.medoids = medoids;
    result.labels = a.nearest;
    result.totalDeviation = a.total;
    result.converged = true;
    result.sizes.assign(std::size_t(k), 0);
    for (const int l : result.labels) {
        ++result.sizes[std::size_t(l)];
    }
    return result;
}

} // namespace gugus::core
