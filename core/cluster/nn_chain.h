#pragma once

// Pieces shared by the agglomerative algorithms (hierarchical_chain.cpp: Ward and single linkage;
// hierarchical_matrix.cpp: complete, average and weighted): progress of the merges, SciPy's
// nearest-neighbour chain over any cluster store, and the distance functor of a metric.
#include "cluster/hierarchical_internal.h"
#include "numeric/distance_kernel.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace gugus::core::detail {

/// Reports merges about 200 times per run and checks for cancel every time it is asked.
class MergeProgress {
public:
    MergeProgress(Progress& progress, std::int64_t total) : m_progress(progress), m_total(total) {
        m_step = std::max<std::int64_t>(1, total / 200);
        m_progress.report(0, total, "hierarchical");
    }
    void merged(std::int64_t done) {
        if (done % m_step == 0 || done == m_total) {
            m_progress.report(done, m_total, "hierarchical");
        }
    }
    void check() const { m_progress.throwIfCancelled(); }

private:
    Progress& m_progress;
    std::int64_t m_total;
    std::int64_t m_step;
};

/// The nearest-neighbour chain, generic over how clusters are stored. `Store` provides
/// live(id), lowestLive(), nearest(id) -> Nearest over all other live clusters,
/// distance(id, id) and merge(removed, kept, height).
template <class Store>
std::vector<RawMerge> nearestNeighbourChain(std::int64_t n, Store& store, Progress& progress) {
    MergeProgress report(progress, n - 1);
    std::vector<RawMerge> merges;
    merges.reserve(std::size_t(n - 1));
    std::vector<std::int64_t> chain;
    while (std::int64_t(merges.size()) < n - 1) {
        if (chain.empty()) {
            chain.push_back(store.lowestLive());
        }
        std::int64_t x = 0;
        std::int64_t y = 0;
        double value = 0.0;
        for (;;) {
            report.check();
            x = chain.back();
            const Nearest best = store.nearest(x);
            if (chain.size() > 1) {
                const std::int64_t previous = chain[chain.size() - 2];
                const double toPrevious = store.distance(x, previous);
                if (!(best.value < toPrevious)) { // ties go to the previous element
                    y = previous;
                    value = toPrevious;
                    break;
                }
            }
            chain.push_back(best.id);
        }
        chain.resize(chain.size() - 2);
        const std::int64_t removed = std::min(x, y);
        const std::int64_t kept = std::max(x, y);
        const double height = store.merge(removed, kept, value);
        merges.push_back({removed, kept, height});
        report.merged(std::int64_t(merges.size()));
        // In exact arithmetic the rest of the chain holds neither x nor y. On tie-heavy data
        // (duplicated rows, binary columns) rounding in the merged distances can break
        // reducibility by an ulp, so a scan may have returned an element deeper in the chain and
        // x or y can still stand there: keep only the part of the chain before it, which is still
        // a chain of live clusters with decreasing distances.
        chain.erase(std::find_if(chain.begin(), chain.end(),
                                 [&](std::int64_t id) { return id == removed || id == kept; }),
                    chain.end());
    }
    return merges;
}

/// Calls fn with a distance functor for `metric` (so the hot loops are not switching per pair).
template <class Fn>
void withMetric(const FeatureMatrix& x, DistanceMetric metric, const std::vector<double>& norms,
                Fn&& fn) {
    switch (metric) {
    case DistanceMetric::Euclidean:
        fn([&x](std::int64_t i, std::int64_t j) {
            return std::sqrt(
                squaredDistance(x.data() + i * x.cols(), x.data() + j * x.cols(), x.cols()));
        });
        return;
    case DistanceMetric::Manhattan:
    case DistanceMetric::Cosine:
        fn([&x, metric, &norms](std::int64_t i, std::int64_t j) {
            return rowDistance(x, i, j, metric, norms);
        });
        return;
    }
}

} // namespace gugus::core::detail
