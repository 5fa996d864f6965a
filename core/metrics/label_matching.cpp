#include "metrics/label_matching.h"

#include "common/error.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace gugus::core {

namespace {

/// Minimum-cost assignment of a square cost matrix (n x n), the classic O(n^3) Hungarian method
/// with potentials (Kuhn-Munkres, as in e.g. e-maxx). Returns row -> column.
std::vector<int> hungarian(const std::vector<std::vector<double>>& cost) {
    const int n = int(cost.size());
    constexpr double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(std::size_t(n) + 1, 0.0), v(std::size_t(n) + 1, 0.0);
    std::vector<int> p(std::size_t(n) + 1, 0), way(std::size_t(n) + 1, 0);
    for (int i = 1; i <= n; ++i) {
        p[0] = i;
        int j0 = 0;
        std::vector<double> minv(std::size_t(n) + 1, inf);
        std::vector<char> used(std::size_t(n) + 1, 0);
        do {
            used[std::size_t(j0)] = 1;
            const int i0 = p[std::size_t(j0)];
            double delta = inf;
            int j1 = 0;
            for (int j = 1; j <= n; ++j) {
                if (used[std::size_t(j)]) {
                    continue;
                }
                const double cur = cost[std::size_t(i0 - 1)][std::size_t(j - 1)] -
                                   u[std::size_t(i0)] - v[std::size_t(j)];
                if (cur < minv[std::size_t(j)]) {
                    minv[std::size_t(j)] = cur;
                    way[std::size_t(j)] = j0;
                }
                if (minv[std::size_t(j)] < delta) { // strict: ties keep the lower column
                    delta = minv[std::size_t(j)];
                    j1 = j;
                }
            }
            for (int j = 0; j <= n; ++j) {
                if (used[std::size_t(j)]) {
                    u[std::size_t(p[std::size_t(j)])] += delta;
                    v[std::size_t(j)] -= delta;
                } else {
                    minv[std::size_t(j)] -= delta;
                }
            }
            j0 = j1;
        } while (p[std::size_t(j0)] != 0);
        do {
            const int j1 = way[std::size_t(j0)];
            p[std::size_t(j0)] = p[std::size_t(j1)];
            j0 = j1;
        } while (j0 != 0);
    }
    std::vector<int> match(std::size_t(n), -1);
    for (int j = 1; j <= n; ++j) {
        if (p[std::size_t(j)] > 0) {
            match[std::size_t(p[std::size_t(j)] - 1)] = j - 1;
        }
    }
    return match;
}

void checkLabels(const Labels& labels, int k) {
    for (int l : labels) {
        if (l >= k) {
            throw Error(ErrorCode::InvalidOption, "labels", -1, -1, "a label is >= k");
        }
    }
}

} // namespace

std::vector<std::vector<std::int64_t>> labelOverlap(const Labels& labels, int k,
                                                    const Labels& reference, int kReference) {
    if (labels.size() != reference.size()) {
        throw Error(ErrorCode::InvalidOption, "labels", -1, -1,
                    "the two labellings have different lengths");
    }
    checkLabels(labels, k);
    checkLabels(reference, kReference);
    std::vector<std::vector<std::int64_t>> overlap(
        std::size_t(std::max(k, 0)),
        std::vector<std::int64_t>(std::size_t(std::max(kReference, 0))));
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] >= 0 && reference[i] >= 0) {
            ++overlap[std::size_t(labels[i])][std::size_t(reference[i])];
        }
    }
    return overlap;
}

std::vector<int> matchLabels(const Labels& labels, int k, const Labels& reference, int kReference) {
    const auto overlap = labelOverlap(labels, k, reference, kReference);
    const int n = std::max(k, kReference);
    // Maximising shared rows = minimising their negative; padded rows and columns cost 0.
    const auto size = std::size_t(n);
    std::vector<std::vector<double>> cost(size, std::vector<double>(size, 0.0));
    for (int a = 0; a < k; ++a) {
        for (int b = 0; b < kReference; ++b) {
            cost[std::size_t(a)][std::size_t(b)] = -double(overlap[std::size_t(a)][std::size_t(b)]);
        }
    }
    std::vector<int> match = hungarian(cost);
    match.resize(std::size_t(std::max(k, 0)));
    for (int& m : match) {
        if (m >= kReference) {
            m = -1;
        }
    }
    return match;
}

std::vector<int> segmentOrder(const Labels& labels, int k, const Labels* reference,
                              int kReference) {
    checkLabels(labels, k);
    std::vector<std::int64_t> sizes(std::size_t(std::max(k, 0)), 0);
    std::vector<std::size_t> first(std::size_t(std::max(k, 0)), labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] >= 0) {
            ++sizes[std::size_t(labels[i])];
            first[std::size_t(labels[i])] = std::min(first[std::size_t(labels[i])], i);
        }
    }
    std::vector<int> match(std::size_t(std::max(k, 0)), -1);
    if (reference && kReference > 0) {
        match = matchLabels(labels, k, *reference, kReference);
    }
    // Sort key: matched segments by their reference number, then the rest by size.
    std::vector<int> byRank(std::size_t(std::max(k, 0)));
    std::iota(byRank.begin(), byRank.end(), 0);
    std::sort(byRank.begin(), byRank.end(), [&](int a, int b) {
        const int ma = match[std::size_t(a)], mb = match[std::size_t(b)];
        if ((ma >= 0) != (mb >= 0)) {
            return ma >= 0;
        }
        if (ma >= 0) {
            return ma < mb;
        }
        if (sizes[std::size_t(a)] != sizes[std::size_t(b)]) {
            return sizes[std::size_t(a)] > sizes[std::size_t(b)];
        }
        return first[std::size_t(a)] < first[std::size_t(b)];
    });
    std::vector<int> order(std::size_t(std::max(k, 0)));
    for (int rank = 0; rank < k; ++rank) {
        order[std::size_t(byRank[std::size_t(rank)])] = rank;
    }
    return order;
}

} // namespace gugus::core
