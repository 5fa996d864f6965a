// The register-tile kernel of the Euclidean silhouette (see silhouette_tiles.h).
#include "metrics/silhouette_tiles.h"

namespace gugus::core::detail {

namespace {

/// Packs `order` (an original row per padded row, -1 for padding; a multiple of kGroup long).
PackedRows packRows(const FeatureMatrix& x, std::vector<std::int64_t> order) {
    PackedRows p;
    p.dims = x.cols();
    p.rows = std::int64_t(order.size());
    p.packed.assign(std::size_t(p.rows * p.dims), 0.0);
    p.norms.assign(std::size_t(p.rows), 0.0);
    p.weights.assign(std::size_t(p.rows), 0.0);
    p.clusters.assign(std::size_t(p.rows), 0);
    p.padded.assign(std::size_t(p.rows / kGroup), 0);
    for (std::int64_t r = 0; r < p.rows; ++r) {
        const std::int64_t i = order[std::size_t(r)];
        if (i < 0) {
            p.padded[std::size_t(r / kGroup)] = 1;
            continue;
        }
        double* base = p.packed.data() + (r / kGroup) * p.dims * kGroup + r % kGroup;
        for (std::int64_t q = 0; q < p.dims; ++q) {
            base[q * kGroup] = x(i, q);
        }
        p.norms[std::size_t(r)] = x.row(i).squaredNorm();
        p.weights[std::size_t(r)] = 1.0;
    }
    p.original = std::move(order);
    return p;
}

} // namespace

PackedRows packByCluster(const FeatureMatrix& x, const Labels& labels, int k,
                         const std::vector<char>& keep) {
    std::vector<std::vector<std::int64_t>> members(static_cast<std::size_t>(k));
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] >= 0 && (keep.empty() || keep[i] != 0)) {
            members[std::size_t(labels[i])].push_back(std::int64_t(i));
        }
    }
    std::vector<std::int64_t> order;
    std::vector<int> clusters;
    for (int c = 0; c < k; ++c) {
        std::vector<std::int64_t>& run = members[std::size_t(c)];
        run.resize((run.size() + kGroup - 1) / kGroup * kGroup, -1);
        order.insert(order.end(), run.begin(), run.end());
        clusters.insert(clusters.end(), run.size(), c);
    }
    PackedRows p = packRows(x, std::move(order));
    p.clusters = std::move(clusters);
    return p;
}

PackedRows packInOrder(const FeatureMatrix& x, const std::vector<std::int64_t>& rows) {
    std::vector<std::int64_t> order(rows);
    order.resize((order.size() + kGroup - 1) / kGroup * kGroup, -1);
    return packRows(x, std::move(order));
}

} // namespace gugus::core::detail
