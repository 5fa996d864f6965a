#pragma once

#include "numeric/wide_kernels.h"

#include <cstdint>

/// The silhouette's register-tile kernel on 8 lanes (AVX-512; metrics/silhouette_tiles_avx512.cpp).
/// Internal: silhouette_tiles.h's tileSums chooses it at run time. Like numeric/wide_kernels.h,
/// this header is included by a file built with -mavx512*, so it declares only (plain structs
/// without constructors, functions without inline bodies).
namespace gugus::core::detail::wide {

/// The arrays of a PackedRows (silhouette_tiles.h), borrowed.
struct PackedView {
    std::int64_t dims;
    const double* packed;  ///< group g, dimension q, lane l at (g * dims + q) * 8 + l
    const double* norms;   ///< per padded row
    const double* weights; ///< per padded row
    const char* padded;    ///< per group of 8 rows
    const int* clusters;   ///< per padded row
};

/// The self pairs of a row tile (silhouette_tiles.h's SelfColumns): `count` columns, ascending,
/// and the tile row (0..3) meeting itself at each.
struct SelfView {
    const std::int64_t* column;
    const int* row;
    int count;
};

/// rowTileSums<withColumns, withSelf> (silhouette_tiles.h) on 8 lanes, the same bits: each
/// distance's FMAs, square root, weights and every sum in the same order per lane. columnAcc
/// holds one double per column from j0 (the 4-lane kernel's Vec4s).
void rowTileSums(bool withColumns, bool withSelf, const PackedView& rows, const PackedView& cols,
                 std::int64_t k, std::int64_t i, std::int64_t j0, std::int64_t j1,
                 const SelfView& self, double* sums, double* columnAcc);

} // namespace gugus::core::detail::wide
