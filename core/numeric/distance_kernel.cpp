#include "numeric/distance_kernel.h"

#include "common/error.h"
#include "common/parallel.h"
#include "numeric/lane_ops.h"
#include "numeric/simd_dispatch.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace gugus::core::detail {

namespace {

constexpr int T = kTileRows;

} // namespace

// The hot loops below use the explicit 4-lane type of lane_ops.h: written over plain arrays, the
// compilers neither keep the 8 accumulators of squaredDistances() in registers nor turn the
// transposition into shuffles (measured: 2-3x slower on 1M x 18). Where the CPU has AVX-512,
// squaredDistances() and the nearest-centre choice run their 8-lane versions instead
// (distance_kernel_avx512.cpp): the same operations per lane, so the same bits.

RowTile::RowTile(std::int64_t cols)
    : m_cols(cols), m_data(std::size_t(std::max<std::int64_t>(cols, 1)) * T, 0.0) {}

namespace {

/// Copies `count` rows, row i at rowAt(i), into the feature-major tile `dst` (d x T).
template <class RowAt>
void transposeRows(const RowAt& rowAt, std::int64_t d, int count, double* dst) {
    int i = 0;
    // Groups of four rows: a 4x4 block transpose with shuffles per four features, so the copy
    // costs four vector loads and stores per 16 values instead of 16 scalar stores.
    for (; i + 4 <= count; i += 4) {
        const double* q0 = rowAt(i);
        const double* q1 = rowAt(i + 1);
        const double* q2 = rowAt(i + 2);
        const double* q3 = rowAt(i + 3);
        std::int64_t f = 0;
        for (; f + 4 <= d; f += 4) {
            const Vec4 r0 = loadVec(q0 + f);
            const Vec4 r1 = loadVec(q1 + f);
            const Vec4 r2 = loadVec(q2 + f);
            const Vec4 r3 = loadVec(q3 + f);
            const Vec4 t0 = __builtin_shufflevector(r0, r1, 0, 4, 2, 6);
            const Vec4 t1 = __builtin_shufflevector(r0, r1, 1, 5, 3, 7);
            const Vec4 t2 = __builtin_shufflevector(r2, r3, 0, 4, 2, 6);
            const Vec4 t3 = __builtin_shufflevector(r2, r3, 1, 5, 3, 7);
            storeVec(dst + (f + 0) * T + i, __builtin_shufflevector(t0, t2, 0, 1, 4, 5));
            storeVec(dst + (f + 1) * T + i, __builtin_shufflevector(t1, t3, 0, 1, 4, 5));
            storeVec(dst + (f + 2) * T + i, __builtin_shufflevector(t0, t2, 2, 3, 6, 7));
            storeVec(dst + (f + 3) * T + i, __builtin_shufflevector(t1, t3, 2, 3, 6, 7));
        }
        for (; f < d; ++f) {
            storeVec(dst + f * T + i, Vec4{q0[f], q1[f], q2[f], q3[f]});
        }
    }
    for (; i < count; ++i) {
        const double* q = rowAt(i);
        for (std::int64_t f = 0; f < d; ++f) {
            dst[f * T + i] = q[f];
        }
    }
    // Unused rows are zero so the kernel never reads stale or uninitialised values.
    if (count < T) {
        for (std::int64_t f = 0; f < d; ++f) {
            std::fill(dst + f * T + count, dst + (f + 1) * T, 0.0);
        }
    }
}

} // namespace

void RowTile::load(const FeatureMatrix& x, std::int64_t begin, int count) {
    const std::int64_t d = m_cols;
    const double* src = x.data() + begin * d;
    transposeRows([&](int i) { return src + i * d; }, d, count, m_data.data());
    m_count = count;
}

void RowTile::loadRows(const FeatureMatrix& x, const std::int64_t* rows, int count) {
    const std::int64_t d = m_cols;
    const double* src = x.data();
    transposeRows([&](int i) { return src + rows[i] * d; }, d, count, m_data.data());
    m_count = count;
}

void RowTile::squaredDistances(const double* centres, std::int64_t m, double* out) const {
    static_assert(T == 32, "the kernel below keeps exactly 8 vectors of 4 rows");
    const std::int64_t d = m_cols;
    const double* xt = m_data.data();
#if GUGUS_HAS_WIDE_KERNELS
    if (useWideKernels()) {
        wide::squaredDistances(xt, d, centres, m, out);
        return;
    }
#endif
    for (std::int64_t c = 0; c < m; ++c) {
        const double* cc = centres + c * d;
        Vec4 a0{}, a1{}, a2{}, a3{}, a4{}, a5{}, a6{}, a7{};
        // Same arithmetic per lane as squaredDistance(): t = x - c, s += t * t in feature order.
        for (std::int64_t f = 0; f < d; ++f) {
            const Vec4 cf = Vec4{} + cc[f];
            const double* p = xt + f * T;
            Vec4 t;
            t = loadVec(p) - cf;
            a0 += t * t;
            t = loadVec(p + 4) - cf;
            a1 += t * t;
            t = loadVec(p + 8) - cf;
            a2 += t * t;
            t = loadVec(p + 12) - cf;
            a3 += t * t;
            t = loadVec(p + 16) - cf;
            a4 += t * t;
            t = loadVec(p + 20) - cf;
            a5 += t * t;
            t = loadVec(p + 24) - cf;
            a6 += t * t;
            t = loadVec(p + 28) - cf;
            a7 += t * t;
        }
        double* o = out + c * T;
        storeVec(o, a0);
        storeVec(o + 4, a1);
        storeVec(o + 8, a2);
        storeVec(o + 12, a3);
        storeVec(o + 16, a4);
        storeVec(o + 20, a5);
        storeVec(o + 24, a6);
        storeVec(o + 28, a7);
    }
}

namespace {

/// nearestInTile, and with WithSecond also each row's smallest distance to any other centre than
/// its nearest (the nearest's own value again when another centre ties with it; infinity for
/// m = 1).
template <bool WithSecond>
void nearestOfTile(const double* distances, std::int64_t m, int count, int* label,
                   double* minDistance, double* secondDistance) {
    // Eight 4-lane groups compared at once (the scalar loop mixing int labels and double
    // distances was left unvectorised: ~11 % of a k sweep). The centre index rides along as a
    // double, exact for any k.
    constexpr int kGroups = T / 4;
    Vec4 best[kGroups];
    Vec4 which[kGroups];
    Vec4 second[kGroups];
    for (int g = 0; g < kGroups; ++g) {
        best[g] = loadVec(distances + 4 * g);
        which[g] = Vec4{};
        if constexpr (WithSecond) {
            second[g] = Vec4{} + std::numeric_limits<double>::infinity();
        }
    }
    for (std::int64_t c = 1; c < m; ++c) {
        const double* row = distances + c * T;
        const Vec4 index = Vec4{} + double(c);
#pragma GCC unroll 8
        for (int g = 0; g < kGroups; ++g) {
            // Strictly smaller: a tie keeps the lower centre index (as argmin does).
            const Vec4 v = loadVec(row + 4 * g);
            const auto closer = v < best[g];
            if constexpr (WithSecond) {
                // The old best becomes the runner-up, else v competes for it (min is exact, so
                // this is the minimum over every centre but the nearest).
                const Vec4 other = closer ? best[g] : v;
                second[g] = other < second[g] ? other : second[g];
            }
            best[g] = closer ? v : best[g];
            which[g] = closer ? index : which[g];
        }
    }
    for (int i = 0; i < count; ++i) {
        label[i] = int(which[i / 4][i % 4]);
        minDistance[i] = best[i / 4][i % 4];
        if constexpr (WithSecond) {
            secondDistance[i] = second[i / 4][i % 4];
        }
    }
}

} // namespace

void nearestInTile(const double* distances, std::int64_t m, int count, int* label,
                   double* minDistance) {
#if GUGUS_HAS_WIDE_KERNELS
    if (useWideKernels()) {
        wide::nearestInTile(distances, m, count, label, minDistance, nullptr);
        return;
    }
#endif
    nearestOfTile<false>(distances, m, count, label, minDistance, nullptr);
}

void nearestTwoInTile(const double* distances, std::int64_t m, int count, int* label,
                      double* minDistance, double* secondDistance) {
#if GUGUS_HAS_WIDE_KERNELS
    if (useWideKernels()) {
        wide::nearestInTile(distances, m, count, label, minDistance, secondDistance);
        return;
    }
#endif
    nearestOfTile<true>(distances, m, count, label, minDistance, secondDistance);
}

std::int64_t blockRowsFor(std::int64_t n) {
    constexpr std::int64_t kMinRows = 4096;
    constexpr std::int64_t kMaxBlocks = 512;
    std::int64_t rows = std::max(kMinRows, (n + kMaxBlocks - 1) / kMaxBlocks);
    return (rows + T - 1) / T * T; // whole tiles
}

std::int64_t firstNonFiniteRow(const FeatureMatrix& x) {
    const std::int64_t n = x.rows();
    const std::int64_t d = x.cols();
    const std::int64_t block = blockRowsFor(n);
    std::vector<std::int64_t> first(std::size_t(blockCount(n, block)), -1);
    // x - x is 0 for finite x and NaN for NaN or infinity, so a sum of such differences is 0
    // exactly when every value is finite. Summed over 64 rows at a time in 8 independent lanes
    // (one row's single chain of additions waited on each addition's latency: 2 % of a k sweep at
    // 1,000,000 rows, which checks the same matrix once per k); only a chunk that holds a
    // non-finite value is searched row by row.
    constexpr std::int64_t kChunkRows = 64;
    constexpr int kLanes = 8;
    const auto rowIsFinite = [d](const double* p) {
        double probe = 0.0;
        for (std::int64_t f = 0; f < d; ++f) {
            probe += p[f] - p[f];
        }
        return probe == 0.0;
    };
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        for (std::int64_t chunk = begin; chunk < end; chunk += kChunkRows) {
            const std::int64_t stop = std::min(end, chunk + kChunkRows);
            const double* p = x.data() + chunk * d;
            const std::int64_t size = (stop - chunk) * d;
            double lane[kLanes] = {};
            std::int64_t j = 0;
            for (; j + kLanes <= size; j += kLanes) {
                for (int l = 0; l < kLanes; ++l) {
                    lane[l] += p[j + l] - p[j + l];
                }
            }
            double probe = 0.0;
            for (; j < size; ++j) {
                probe += p[j] - p[j];
            }
            for (int l = 0; l < kLanes; ++l) {
                probe += lane[l];
            }
            if (probe == 0.0) {
                continue;
            }
            for (std::int64_t i = chunk; i < stop; ++i) {
                if (!rowIsFinite(x.data() + i * d)) {
                    first[std::size_t(b)] = i;
                    return;
                }
            }
        }
    });
    for (const std::int64_t row : first) {
        if (row >= 0) {
            return row;
        }
    }
    return -1;
}

void requireFinite(const FeatureMatrix& x, const char* what) {
    const std::int64_t row = firstNonFiniteRow(x);
    if (row < 0) {
        return;
    }
    std::int64_t col = 0;
    while (col < x.cols() && std::isfinite(x(row, col))) {
        ++col;
    }
    throw Error(ErrorCode::NonFiniteValue, what, row + 1, col + 1,
                "row " + std::to_string(row) + ", feature " + std::to_string(col));
}

} // namespace gugus::core::detail
