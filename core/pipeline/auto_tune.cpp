#include "pipeline/auto_tune.h"

#include "common/error.h"
#include "common/random.h"
#include "metrics/cluster_metrics.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace gugus::core {

namespace {

constexpr std::int64_t kMaxRowsForWard = 20000; ///< Ward's tree is O(n^2 d): skip it above this

using Subset = std::vector<std::string>;

std::string keyOf(const Subset& s) {
    std::string key;
    for (const auto& c : s) {
        key += c + '\x1f';
    }
    return key;
}

class Search {
public:
    Search(const Table& table, const Recipe& recipe, const AutoTuneOptions& o, Progress& progress)
        : m_table(table), m_recipe(recipe), m_o(o), m_progress(progress) {}

    /// The prepared matrix of a subset (cached).
    const FeatureMatrix& matrix(const Subset& subset) {
        const std::string key = keyOf(subset);
        auto it = m_matrices.find(key);
        if (it != m_matrices.end()) {
            return it->second;
        }
        Recipe r = m_recipe;
        for (auto& spec : r.columns) {
            if (spec.role == Role::Feature &&
                std::find(subset.begin(), subset.end(), spec.name) == subset.end()) {
                spec.role = Role::ProfileOnly;
            }
        }
        NullProgress quiet;
        return m_matrices.emplace(key, prepareFeatures(m_table, r, quiet).x).first->second;
    }

    Labels fit(Algorithm algorithm, int k, const FeatureMatrix& x, const Dendrogram* tree) {
        if (algorithm == Algorithm::Hierarchical) {
            return cutTree(*tree, k);
        }
        KMeansOptions km;
        km.k = k;
        km.nInit = m_o.nInit;
        km.seed = m_o.seed;
        NullProgress quiet;
        return KMeans(km).fit(x, quiet).labels;
    }

    /// Scores k = kMin..kMax for one subset and algorithm; returns the best valid silhouette
    /// (-2 when no k keeps every segment above the minimum share).
    double evaluate(const Subset& subset, Algorithm algorithm) {
        m_progress.throwIfCancelled();
        const FeatureMatrix& x = matrix(subset);
        std::optional<Dendrogram> tree;
        if (algorithm == Algorithm::Hierarchical) {
            NullProgress quiet;
            tree = hierarchicalCluster(x, {}, quiet);
        }
        double best = -2.0;
        const int kMax = int(std::min<std::int64_t>(m_o.kMax, x.rows() - 1));
        for (int k = m_o.kMin; k <= kMax; ++k) {
            m_progress.throwIfCancelled();
            const Labels labels = fit(algorithm, k, x, tree ? &*tree : nullptr);
            std::vector<std::int64_t> sizes(std::size_t(k), 0);
            for (const int l : labels) {
                ++sizes[std::size_t(l)];
            }
            const double smallest =
                double(*std::min_element(sizes.begin(), sizes.end())) / double(x.rows());
            ++m_evaluated;
            if (smallest < m_o.minSegmentShare) {
                ++m_excluded;
                continue;
            }
            NullProgress quiet;
            const ClusterScores s = scoreClustering(x, labels, k, m_o.silhouette, m_o.seed, quiet);
            if (!s.defined) {
                continue;
            }
            m_candidates.push_back({algorithm, k, subset, s.silhouette, smallest, 0.0});
            best = std::max(best, s.silhouette);
        }
        return best;
    }

    /// Mean ARI of refits on seeded 80 % subsamples against the full-data labels.
    double stability(const TuneCandidate& c) {
        const FeatureMatrix& x = matrix(c.columns);
        std::optional<Dendrogram> tree;
        NullProgress quiet;
        if (c.algorithm == Algorithm::Hierarchical) {
            tree = hierarchicalCluster(x, {}, quiet);
        }
        const Labels full = fit(c.algorithm, c.k, x, tree ? &*tree : nullptr);
        const std::int64_t n = x.rows();
        const auto m = std::int64_t(0.8 * double(n));
        double sum = 0.0;
        for (int b = 0; b < m_o.bootstraps; ++b) {
            m_progress.throwIfCancelled();
            Random rng(Random::derive(m_o.seed, std::uint64_t(b) + 1000));
            std::vector<std::int64_t> rows(static_cast<std::size_t>(n));
            std::iota(rows.begin(), rows.end(), std::int64_t(0));
            for (std::int64_t i = 0; i < m; ++i) { // partial Fisher-Yates
                const auto j = i + std::int64_t(rng.below(std::uint64_t(n - i)));
                std::swap(rows[std::size_t(i)], rows[std::size_t(j)]);
            }
            rows.resize(std::size_t(m));
            std::sort(rows.begin(), rows.end());
            FeatureMatrix sub(m, x.cols());
            Labels reference(static_cast<std::size_t>(m));
            for (std::int64_t i = 0; i < m; ++i) {
                sub.row(i) = x.row(rows[std::size_t(i)]);
                reference[std::size_t(i)] = full[std::size_t(rows[std::size_t(i)])];
            }
            std::optional<Dendrogram> subTree;
            if (c.algorithm == Algorithm::Hierarchical) {
                subTree = hierarchicalCluster(sub, {}, quiet);
            }
            sum += adjustedRandIndex(reference,
                                     fit(c.algorithm, c.k, sub, subTree ? &*subTree : nullptr));
        }
        return m_o.bootstraps > 0 ? sum / double(m_o.bootstraps) : 0.0;
    }

    std::vector<TuneCandidate>& candidates() { return m_candidates; }
    int evaluated() const { return m_evaluated; }
    int excluded() const { return m_excluded; }

private:
    const Table& m_table;
    const Recipe& m_recipe;
    const AutoTuneOptions& m_o;
    Progress& m_progress;
    std::map<std::string, FeatureMatrix> m_matrices;
    std::vector<TuneCandidate> m_candidates;
    int m_evaluated = 0;
    int m_excluded = 0;
};

} // namespace

AutoTuneResult autoTune(const Table& table, const Recipe& recipe, const AutoTuneOptions& options,
                        Progress& progress) {
    if (options.kMin < 2 || options.kMax < options.kMin) {
        throw Error(ErrorCode::InvalidOption, "k-range", -1, -1,
                    std::to_string(options.kMin) + ".." + std::to_string(options.kMax));
    }
    Subset current = recipe.featureColumns();
    if (current.empty()) {
        throw Error(ErrorCode::NoFeatures);
    }
    AutoTuneResult result;
    Search search(table, recipe, options, progress);
    // Progress: one unit per subset evaluated; the elimination visits at most f(f+1)/2 subsets.
    const auto f = std::int64_t(current.size());
    const std::int64_t total = f * (f + 1) / 2 + 3 + options.keep;
    std::int64_t done = 0;
    const auto step = [&] { progress.report(++done, total, "tune"); };

    std::map<std::string, double> subsetScore;
    double score = search.evaluate(current, Algorithm::KMeans);
    subsetScore[keyOf(current)] = score;
    step();
    while (current.size() > 2) {
        double bestScore = score;
        std::string dropped;
        Subset bestSubset;
        for (const auto& column : current) {
            Subset trial;
            for (const auto& c : current) {
                if (c != column) {
                    trial.push_back(c);
                }
            }
            const double s = search.evaluate(trial, Algorithm::KMeans);
            subsetScore[keyOf(trial)] = s;
            step();
            if (s > bestScore + 1e-12) {
                bestScore = s;
                dropped = column;
                bestSubset = trial;
            }
        }
        if (dropped.empty()) {
            break;
        }
        result.notes.push_back("dropped:" + dropped);
        current = bestSubset;
        score = bestScore;
    }

    // Ward on the best subsets found (distinct ones, best first).
    if (options.tryHierarchical && table.rowCount() <= kMaxRowsForWard) {
        std::vector<std::pair<double, Subset>> ranked;
        std::map<std::string, bool> seen;
        for (const auto& c : search.candidates()) {
            if (!seen[keyOf(c.columns)]) {
                seen[keyOf(c.columns)] = true;
                ranked.push_back({subsetScore[keyOf(c.columns)], c.columns});
            }
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        for (std::size_t i = 0; i < ranked.size() && i < 3; ++i) {
            search.evaluate(ranked[i].second, Algorithm::Hierarchical);
            step();
        }
    } else if (options.tryHierarchical) {
        result.notes.push_back("hierarchical-skipped:rows>" + std::to_string(kMaxRowsForWard));
    }

    auto& all = search.candidates();
    std::stable_sort(all.begin(), all.end(), [](const TuneCandidate& a, const TuneCandidate& b) {
        return a.silhouette > b.silhouette;
    });
    for (const auto& c : all) {
        if (int(result.best.size()) >= options.keep) {
            break;
        }
        result.best.push_back(c);
    }
    for (auto& c : result.best) {
        c.stability = search.stability(c);
        step();
    }
    result.evaluated = search.evaluated();
    if (search.excluded() > 0) {
        result.notes.push_back("min-size-excluded:" + std::to_string(search.excluded()));
    }
    result.targetReached = !result.best.empty() && result.best.front().silhouette >= options.target;
    progress.report(total, total, "tune");
    return result;
}

} // namespace gugus::core
