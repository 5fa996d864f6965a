// The register-tile kernel of the Euclidean silhouette (see silhouette_tiles.h).
#include "metrics/silhouette_tiles.h"

#include <algorithm>
#include <iterator>

namespace gugus::core::detail {

namespace {

inline Vec4 fmaVec(Vec4 a, Vec4 b, Vec4 c) {
#if defined(__FMA__)
    return Vec4(_mm256_fmadd_pd(__m256d(a), __m256d(b), __m256d(c)));
#else
    return a * b + c;
#endif
}

/// All four lanes set to v (one vbroadcastsd; `Vec4{} + v` would add a zero first).
inline Vec4 broadcast(double v) {
    return Vec4{v, v, v, v};
}

/// Lane-wise max(v, 0) (v is never NaN: the input is checked finite).
inline Vec4 clampAtZero(Vec4 v) {
#if defined(__AVX__)
    return Vec4(_mm256_max_pd(__m256d(v), _mm256_setzero_pd()));
#else
    const Vec4 zero{};
    return v > zero ? v : zero;
#endif
}

inline double lanesOf(Vec4 v) {
    return (v[0] + v[1]) + (v[2] + v[3]);
}

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

/// Squared distances of rows i..i+3 of `rows` (i a multiple of 4) to rows j..j+7 of `cols` (j a
/// multiple of 8), clamped at 0: sq[r][h] holds columns j + 4h .. j + 4h + 3 of row i + r.
/// Meanwhile the square roots of the previous tile's squared distances (`before`) go to `roots`,
/// one per FMA step, so that the divider works while the FMAs run (see rowTileSums).
inline void squaredTile(const PackedRows& rows, const PackedRows& cols, std::int64_t i,
                        std::int64_t j, Vec4 (&sq)[kTileRows * 2],
                        const Vec4 (&before)[kTileRows * 2], Vec4 (&roots)[kTileRows * 2]) {
    const std::int64_t d = rows.dims;
    const double* a = rows.packed.data() + (i / kGroup) * d * kGroup + i % kGroup;
    const double* b = cols.packed.data() + (j / kGroup) * d * kGroup;
    Vec4 acc[kTileRows][2] = {};
    std::int64_t q = 0;
    for (; q < d; ++q) {
        const Vec4 b0 = loadVec(b + q * kGroup);
        const Vec4 b1 = loadVec(b + q * kGroup + 4);
        for (std::int64_t r = 0; r < kTileRows; ++r) {
            const Vec4 ar = broadcast(a[q * kGroup + r]);
            acc[r][0] = fmaVec(ar, b0, acc[r][0]);
            acc[r][1] = fmaVec(ar, b1, acc[r][1]);
        }
        if (q < kTileRows * 2) {
            roots[q] = sqrtVec(before[q]);
        }
    }
    for (; q < kTileRows * 2; ++q) {
        roots[q] = sqrtVec(before[q]);
    }
    for (int h = 0; h < 2; ++h) {
        const Vec4 yy = loadVec(cols.norms.data() + j + 4 * h);
        for (std::int64_t r = 0; r < kTileRows; ++r) {
            // scikit-learn's order: -2 x.y, += |x|^2, += |y|^2, clip at 0.
            Vec4 v = -2.0 * acc[r][h] + rows.norms[std::size_t(i + r)];
            v += yy;
            sq[2 * r + h] = clampAtZero(v);
        }
    }
}

/// rowTileSums with or without column sums.
///
/// Software pipelining: the square roots of one tile are taken among the next tile's FMAs, so
/// the divider (square roots) and the FMA units work at the same time. Taken right after their own
/// tile, they wait for its FMA chains and the two mostly run one after the other (20 % slower).
template <bool withColumns>
void tileSums(const PackedRows& rows, const PackedRows& cols, std::int64_t k, std::int64_t i,
              std::int64_t j0, std::int64_t j1, const SelfColumns& self, double* sums,
              Vec4* columnAcc) {
    const auto cluster = [&](std::int64_t j) {
        return std::int64_t(cols.clusters[std::size_t(j)]);
    };
    const bool paddedRows = rows.padded[std::size_t(i / kGroup)] != 0;
    Vec4 rowAcc[kTileRows] = {};
    std::int64_t rowCluster = cluster(j0);
    const auto flushRows = [&] {
        for (std::int64_t r = 0; r < kTileRows; ++r) {
            sums[(i + r) * k + rowCluster] += lanesOf(rowAcc[r]);
            rowAcc[r] = Vec4{};
        }
    };
    // Sums and masks of the tile at column j from its distances t (t[2r + h]: row i + r, columns
    // j + 4h ..).
    const auto consume = [&](std::int64_t j, Vec4(&t)[kTileRows * 2]) {
        if (cluster(j) != rowCluster) {
            flushRows();
            rowCluster = cluster(j);
        }
        if (cols.padded[std::size_t(j / kGroup)] != 0) {
            const Vec4 w0 = loadVec(cols.weights.data() + j);
            const Vec4 w1 = loadVec(cols.weights.data() + j + 4);
            for (std::int64_t r = 0; r < kTileRows; ++r) {
                t[2 * r] *= w0;
                t[2 * r + 1] *= w1;
            }
        }
        for (std::int64_t r = 0; r < kTileRows; ++r) {
            rowAcc[r] += t[2 * r] + t[2 * r + 1];
        }
        if (withColumns) {
            if (paddedRows) {
                for (std::int64_t r = 0; r < kTileRows; ++r) {
                    const Vec4 w = broadcast(rows.weights[std::size_t(i + r)]);
                    t[2 * r] *= w;
                    t[2 * r + 1] *= w;
                }
            }
            Vec4* acc = columnAcc + (j - j0) / 4;
            acc[0] += (t[0] + t[2]) + (t[4] + t[6]);
            acc[1] += (t[1] + t[3]) + (t[5] + t[7]);
        }
    };
    int nextSelf = 0;
    while (nextSelf < self.count && self.column[nextSelf] < j0) {
        ++nextSelf;
    }
    // The squared distances of the tile before, their roots, and this tile's squares.
    Vec4 before[kTileRows * 2] = {};
    Vec4 roots[kTileRows * 2];
    Vec4 sq[kTileRows * 2];
    for (std::int64_t j = j0; j < j1; j += kGroup) {
        squaredTile(rows, cols, i, j, sq, before, roots);
        if (j > j0) {
            consume(j - kGroup, roots);
        }
        for (; nextSelf < self.count && self.column[nextSelf] < j + kGroup; ++nextSelf) {
            const std::int64_t c = self.column[nextSelf] - j;
            sq[2 * self.row[nextSelf] + c / 4][c % 4] = 0.0; // scikit-learn zeroes the diagonal
        }
        std::copy(std::begin(sq), std::end(sq), std::begin(before));
    }
    for (std::int64_t h = 0; h < kTileRows * 2; ++h) {
        roots[h] = sqrtVec(before[h]);
    }
    consume(j1 - kGroup, roots);
    flushRows();
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

void rowTileSums(const PackedRows& rows, const PackedRows& cols, std::int64_t k, std::int64_t i,
                 std::int64_t j0, std::int64_t j1, const SelfColumns& self, double* sums,
                 Vec4* columnAcc) {
    if (columnAcc != nullptr) {
        tileSums<true>(rows, cols, k, i, j0, j1, self, sums, columnAcc);
    } else {
        tileSums<false>(rows, cols, k, i, j0, j1, self, sums, nullptr);
    }
}

} // namespace gugus::core::detail
