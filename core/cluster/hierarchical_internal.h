#pragma once

#include "cluster/hierarchical.h"
#include "common/parallel.h"

#include <cstdint>
#include <limits>
#include <vector>

/// Pieces shared by the hierarchical algorithms (internal to the engine).
namespace gugus::core::detail {

/// A merge as an algorithm makes it: two cluster slots (a slot is the row index of one member;
/// the merged cluster lives on in `kept`) and the height. toDendrogram turns these into SciPy's
/// layout.
struct RawMerge {
    std::int64_t removed = 0;
    std::int64_t kept = 0;
    double height = 0.0;
};

/// Sorts raw merges by height (stable) and relabels them with a union-find as
/// scipy.cluster.hierarchy's `label` does: new cluster n+i for merge i, a < b.
Dendrogram toDendrogram(std::int64_t n, std::vector<RawMerge> raw);

/// The best candidate of a nearest-neighbour scan: smallest value, ties to the smallest id.
struct Nearest {
    double value = std::numeric_limits<double>::infinity();
    std::int64_t id = -1;

    void offer(double v, std::int64_t candidate) {
        if (v < value || (v == value && candidate < id)) {
            value = v;
            id = candidate;
        }
    }
};

/// nearestOver goes parallel from this many candidates on, in blocks of kNearestBlock: where a
/// parallel region pays for itself (Ward's vectorised centroid scan too: going parallel from
/// 8,192 was measured only under heavy load, where waiting for the second thread made it slower,
/// so it keeps these). The sanitizer build (GUGUS_SANITIZED, tests only, 10-20x slower) uses an
/// eighth of both, so its tests reach the same parallel code on inputs small enough to run there;
/// the blocks combine in a total order, so the trees are the same.
#ifdef GUGUS_SANITIZED
inline constexpr std::int64_t kNearestParallelFrom = 2048;
inline constexpr std::int64_t kNearestBlock = 512;
#else
inline constexpr std::int64_t kNearestParallelFrom = 16384;
inline constexpr std::int64_t kNearestBlock = 4096;
#endif

/// Runs scan(begin, end) -> Nearest over [0, m) and combines the results; in parallel blocks of
/// `block` entries (begin a multiple of it) from `parallelFrom` entries on, where a scan is
/// enough work to pay for a parallel region. The combination is a total order, so the result does
/// not depend on the blocking or the thread count.
template <class Scan>
Nearest nearestOver(std::int64_t m, Scan&& scan, std::int64_t parallelFrom = kNearestParallelFrom,
                    std::int64_t block = kNearestBlock) {
    if (m < parallelFrom || threadCount() <= 1) {
        return scan(std::int64_t(0), m);
    }
    std::vector<Nearest> partial(std::size_t(blockCount(m, block)));
    parallelBlocks(m, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        partial[std::size_t(b)] = scan(begin, end);
    });
    Nearest best;
    for (const Nearest& p : partial) {
        if (p.id >= 0) {
            best.offer(p.value, p.id);
        }
    }
    return best;
}

/// Distance of rows i and j of x under `metric` (cosine needs the row norms).
double rowDistance(const FeatureMatrix& x, std::int64_t i, std::int64_t j, DistanceMetric metric,
                   const std::vector<double>& norms);

/// Row norms for the cosine metric (empty for the others).
std::vector<double> rowNorms(const FeatureMatrix& x, DistanceMetric metric);

std::vector<RawMerge> wardChain(const FeatureMatrix& x, Progress& progress);
std::vector<RawMerge> singleLinkageMst(const FeatureMatrix& x, DistanceMetric metric,
                                       Progress& progress);
std::vector<RawMerge> matrixChain(const FeatureMatrix& x, Linkage linkage, DistanceMetric metric,
                                  Progress& progress);

} // namespace gugus::core::detail
