// hierarchicalCluster: validation, the choice of algorithm per linkage, and the tree utilities
// (SciPy layout, cuts).
#include "cluster/hierarchical.h"

#include "cluster/hierarchical_internal.h"
#include "common/error.h"
#include "numeric/distance_kernel.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <utility>

#include <unistd.h>

namespace gugus::core {

namespace detail {

namespace {

/// Union-find over the 2n-1 nodes of a dendrogram (leaves, then one node per merge).
class TreeUnion {
public:
    explicit TreeUnion(std::int64_t nodes) : m_parent(std::size_t(nodes)) {
        std::iota(m_parent.begin(), m_parent.end(), std::int64_t(0));
    }
    std::int64_t find(std::int64_t v) {
        std::int64_t root = v;
        while (m_parent[std::size_t(root)] != root) {
            root = m_parent[std::size_t(root)];
        }
        while (m_parent[std::size_t(v)] != root) { // path compression
            const std::int64_t next = m_parent[std::size_t(v)];
            m_parent[std::size_t(v)] = root;
            v = next;
        }
        return root;
    }
    void attach(std::int64_t child, std::int64_t parent) { m_parent[std::size_t(child)] = parent; }

private:
    std::vector<std::int64_t> m_parent;
};

} // namespace

Dendrogram toDendrogram(std::int64_t n, std::vector<RawMerge> raw) {
    std::stable_sort(raw.begin(), raw.end(),
                     [](const RawMerge& a, const RawMerge& b) { return a.height < b.height; });
    Dendrogram tree;
    tree.leaves = n;
    tree.merges.reserve(raw.size());
    TreeUnion uf(2 * n - 1);
    std::vector<std::int64_t> size(std::size_t(2 * n - 1), 1);
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const std::int64_t a = uf.find(raw[i].removed);
        const std::int64_t b = uf.find(raw[i].kept);
        const std::int64_t node = n + std::int64_t(i);
        uf.attach(a, node);
        uf.attach(b, node);
        size[std::size_t(node)] = size[std::size_t(a)] + size[std::size_t(b)];
        tree.merges.push_back(
            {std::min(a, b), std::max(a, b), raw[i].height, size[std::size_t(node)]});
    }
    return tree;
}

std::vector<double> rowNorms(const FeatureMatrix& x, DistanceMetric metric) {
    std::vector<double> norms;
    if (metric == DistanceMetric::Cosine) {
        norms.resize(std::size_t(x.rows()));
        for (std::int64_t i = 0; i < x.rows(); ++i) {
            double s = 0.0;
            for (std::int64_t f = 0; f < x.cols(); ++f) {
                s += x(i, f) * x(i, f);
            }
            norms[std::size_t(i)] = std::sqrt(s);
        }
    }
    return norms;
}

double rowDistance(const FeatureMatrix& x, std::int64_t i, std::int64_t j, DistanceMetric metric,
                   const std::vector<double>& norms) {
    const double* a = x.data() + i * x.cols();
    const double* b = x.data() + j * x.cols();
    const std::int64_t d = x.cols();
    switch (metric) {
    case DistanceMetric::Euclidean:
        return std::sqrt(squaredDistance(a, b, d));
    case DistanceMetric::Manhattan: {
        double s = 0.0;
        for (std::int64_t f = 0; f < d; ++f) {
            s += std::abs(a[f] - b[f]);
        }
        return s;
    }
    case DistanceMetric::Cosine: {
        if (i == j) {
            return 0.0;
        }
        const double denominator = norms[std::size_t(i)] * norms[std::size_t(j)];
        if (denominator == 0.0) {
            return 1.0;
        }
        double dot = 0.0;
        for (std::int64_t f = 0; f < d; ++f) {
            dot += a[f] * b[f];
        }
        // As SciPy: the cosine is clipped to [-1, 1] against rounding.
        return 1.0 - std::clamp(dot / denominator, -1.0, 1.0);
    }
    }
    return 0.0;
}

} // namespace detail

std::int64_t condensedMatrixBytes(std::int64_t n) {
    return n < 2 ? 0 : n * (n - 1) / 2 * std::int64_t(sizeof(double));
}

std::int64_t defaultMatrixBudget() {
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || pageSize <= 0) {
        return std::int64_t(4) << 30;
    }
    return std::int64_t(pages) * std::int64_t(pageSize) / 2;
}

Dendrogram hierarchicalCluster(const FeatureMatrix& x, const HierarchicalOptions& options,
                               Progress& progress) {
    if (x.cols() < 1) {
        throw Error(ErrorCode::NoFeatures);
    }
    if (x.rows() < 2) {
        throw Error(ErrorCode::TooFewRows, "", -1, -1,
                    "hierarchical clustering needs at least 2 rows, got " +
                        std::to_string(x.rows()));
    }
    if (options.linkage == Linkage::Ward && options.metric != DistanceMetric::Euclidean) {
        throw Error(ErrorCode::InvalidOption, "metric", -1, -1,
                    std::string("ward linkage needs the euclidean metric, not ") +
                        metricKey(options.metric));
    }
    detail::requireFinite(x, "x");
    std::vector<detail::RawMerge> raw;
    switch (options.linkage) {
    case Linkage::Ward:
        raw = detail::wardChain(x, progress);
        break;
    case Linkage::Single:
        raw = detail::singleLinkageMst(x, options.metric, progress);
        break;
    case Linkage::Complete:
    case Linkage::Average:
    case Linkage::Weighted: {
        const std::int64_t need = condensedMatrixBytes(x.rows());
        const std::int64_t budget =
            options.maxMatrixBytes > 0 ? options.maxMatrixBytes : defaultMatrixBudget();
        if (need > budget) {
            throw Error(ErrorCode::TooMuchMemory, linkageKey(options.linkage), -1, -1,
                        std::to_string(need) + " " + std::to_string(budget));
        }
        raw = detail::matrixChain(x, options.linkage, options.metric, progress);
        break;
    }
    }
    return detail::toDendrogram(x.rows(), std::move(raw));
}

namespace {

/// Labels after applying the first `applied` merges, numbered by first row.
Labels labelsAfter(const Dendrogram& tree, std::size_t applied) {
    const std::int64_t n = tree.leaves;
    std::vector<std::int64_t> parent(std::size_t(std::max<std::int64_t>(2 * n - 1, n)));
    std::iota(parent.begin(), parent.end(), std::int64_t(0));
    for (std::size_t i = 0; i < applied; ++i) {
        parent[std::size_t(tree.merges[i].a)] = n + std::int64_t(i);
        parent[std::size_t(tree.merges[i].b)] = n + std::int64_t(i);
    }
    // Nodes only point upwards (to larger ids), so resolving from the top down is one pass.
    std::vector<std::int64_t> root(parent.size());
    for (std::int64_t v = std::int64_t(parent.size()) - 1; v >= 0; --v) {
        const std::int64_t p = parent[std::size_t(v)];
        root[std::size_t(v)] = p == v ? v : root[std::size_t(p)];
    }
    Labels labels(static_cast<std::size_t>(n));
    std::vector<int> number(parent.size(), -1);
    int next = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        int& label = number[std::size_t(root[std::size_t(i)])];
        if (label < 0) {
            label = next++;
        }
        labels[std::size_t(i)] = label;
    }
    return labels;
}

std::size_t mergesAtOrBelow(const Dendrogram& tree, double height) {
    const auto it = std::upper_bound(tree.merges.begin(), tree.merges.end(), height,
                                     [](double h, const Merge& m) { return h < m.height; });
    return std::size_t(it - tree.merges.begin());
}

} // namespace

Labels cutTree(const Dendrogram& tree, int k) {
    if (k < 1) {
        throw Error(ErrorCode::InvalidOption, "k", -1, -1, std::to_string(k));
    }
    const std::int64_t clusters = std::min<std::int64_t>(k, tree.leaves);
    return labelsAfter(tree, std::size_t(tree.leaves - clusters));
}

Labels cutTreeAtHeight(const Dendrogram& tree, double height) {
    if (std::isnan(height)) {
        throw Error(ErrorCode::InvalidOption, "height", -1, -1, "nan");
    }
    return labelsAfter(tree, mergesAtOrBelow(tree, height));
}

int clustersAtHeight(const Dendrogram& tree, double height) {
    return int(tree.leaves - std::int64_t(mergesAtOrBelow(tree, height)));
}

namespace {

constexpr std::pair<Linkage, const char*> kLinkageKeys[] = {
    {Linkage::Ward, "ward"},     {Linkage::Complete, "complete"}, {Linkage::Average, "average"},
    {Linkage::Single, "single"}, {Linkage::Weighted, "weighted"},
};
constexpr std::pair<DistanceMetric, const char*> kMetricKeys[] = {
    {DistanceMetric::Euclidean, "euclidean"},
    {DistanceMetric::Manhattan, "manhattan"},
    {DistanceMetric::Manhattan, "cityblock"}, // SciPy's name, accepted when reading
    {DistanceMetric::Cosine, "cosine"},
};

template <class E, std::size_t N>
const char* keyIn(const std::pair<E, const char*> (&table)[N], E value) noexcept {
    for (const auto& [e, key] : table) {
        if (e == value) {
            return key;
        }
    }
    return table[0].second;
}

template <class E, std::size_t N>
std::optional<E> valueIn(const std::pair<E, const char*> (&table)[N], const std::string& key) {
    for (const auto& [e, k] : table) {
        if (key == k) {
            return e;
        }
    }
    return std::nullopt;
}

} // namespace

const char* linkageKey(Linkage linkage) noexcept {
    return keyIn(kLinkageKeys, linkage);
}
std::optional<Linkage> linkageFromKey(const std::string& key) {
    return valueIn(kLinkageKeys, key);
}
const char* metricKey(DistanceMetric metric) noexcept {
    return keyIn(kMetricKeys, metric);
}
std::optional<DistanceMetric> metricFromKey(const std::string& key) {
    return valueIn(kMetricKeys, key);
}

} // namespace gugus::core
