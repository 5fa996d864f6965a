#pragma once

// Allocation of the large buffers of a table load (the file text, one column's values, offsets)
// and of the feature matrix the recipe builds from it (core/prep). First touches of fresh 4 KiB
// pages dominate loading time on some machines (virtual machines especially: ~15 us per fault, so
// 0.5 s just to read() a 128 MB file); asking for transparent huge pages cuts the number of faults
// 512-fold. The advice is only a hint: where the kernel ignores it, nothing changes but the speed.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace gugus::core {

inline constexpr std::size_t kHugePage = std::size_t(2) << 20;
/// Buffers from this size on are worth huge pages.
inline constexpr std::size_t kBigBytes = std::size_t(4) << 20;

/// Advises huge pages for the pages of [p, p + bytes). Call before first touch.
inline void adviseHugePages(const void* p, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kPage = 4096;
    // Page-align by pointer arithmetic (no integer-to-pointer round trip).
    const auto* c = static_cast<const char*>(p);
    const std::size_t head = reinterpret_cast<std::uintptr_t>(c) & (kPage - 1);
    const std::size_t length = (head + bytes + kPage - 1) & ~(kPage - 1);
    ::madvise(const_cast<char*>(c - head), length, MADV_HUGEPAGE);
#else
    (void)p;
    (void)bytes;
#endif
}

/// Element count to allocate for `n` elements of T so that malloc's mapping is a whole number of
/// huge pages: glibc adds one page of bookkeeping to a large request, and Linux aligns mappings of
/// that size on a huge-page boundary. Without this, the unaligned head and tail of every buffer
/// (up to 4 MiB) would still be faulted in 4 KiB at a time.
template <class T> std::size_t hugePageCount(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kBigBytes) {
        return n;
    }
    const std::size_t mapped = (bytes + 4096 + kHugePage - 1) / kHugePage * kHugePage;
    return (mapped - 4096) / sizeof(T);
}

/// Reserves room for at least `n` elements, with huge-page advice when that is worth it.
template <class T> void reserveBig(std::vector<T>& v, std::size_t n) {
    if (n * sizeof(T) < kBigBytes) {
        v.reserve(n);
        return;
    }
    v.reserve(hugePageCount<T>(n));
    adviseHugePages(v.data(), v.capacity() * sizeof(T));
}

/// An uninitialised array of `n` elements (pages are only committed where written).
template <class T> std::unique_ptr<T[]> makeBigArray(std::size_t n) {
    const std::size_t count = hugePageCount<T>(n);
    auto p = std::make_unique_for_overwrite<T[]>(count);
    if (n * sizeof(T) >= kBigBytes) {
        adviseHugePages(p.get(), count * sizeof(T));
    }
    return p;
}

} // namespace gugus::core
