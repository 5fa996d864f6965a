#pragma once

// Internal to core/data: a byte hash and an open-addressing string -> index map, shared by the CSV
// reader (per-block dictionaries), Column statistics (distinct counts) and Table::fingerprint().

#include "data/big_buffer.h"

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace gugus::core {

/// Murmur3's 64-bit finaliser: spreads every input bit over the whole word.
inline std::uint64_t mix64(std::uint64_t x) noexcept {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/// Folds one 64-bit word into a running hash (order-sensitive).
inline std::uint64_t hashCombine(std::uint64_t h, std::uint64_t word) noexcept {
    return (h ^ mix64(word + 0x9e3779b97f4a7c15ULL)) * 0x100000001b3ULL;
}

/// Hash of a byte string, eight bytes per step. Stable across runs and platforms of the same
/// endianness, because Table::fingerprint() stores it in summaries and models.
inline std::uint64_t hashBytes(std::string_view s) noexcept {
    std::uint64_t h = hashCombine(0xcbf29ce484222325ULL, s.size());
    const char* p = s.data();
    std::size_t n = s.size();
    for (; n >= 8; n -= 8, p += 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = hashCombine(h, w);
    }
    if (n > 0) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, n);
        h = hashCombine(h, w);
    }
    return mix64(h);
}

/// A fast hash for in-memory tables (not stable: never store it). Short strings, the common case
/// for labels and ids, take two overlapping loads and a few multiplies instead of a loop.
inline std::uint64_t fastHash(std::string_view s) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    if (n >= 8 && n <= 16) {
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + n - 8, 8);
    } else if (n >= 4 && n < 8) {
        std::uint32_t x;
        std::uint32_t y;
        std::memcpy(&x, p, 4);
        std::memcpy(&y, p + n - 4, 4);
        a = x;
        b = y;
    } else if (n > 0 && n < 4) {
        a = (std::uint64_t(p[0]) << 16) | (std::uint64_t(p[n / 2]) << 8) | p[n - 1];
    } else if (n > 16) {
        return hashBytes(s);
    }
    return mix64((a * 0x9e3779b97f4a7c15ULL) ^ ((b + n) * 0xc4ceb9fe1a85ec53ULL));
}

/// Byte equality with the short-string fast path of fastHash() (no library call up to 16 bytes).
inline bool sameBytes(std::string_view x, std::string_view y) noexcept {
    const std::size_t n = x.size();
    if (n != y.size()) {
        return false;
    }
    if (n >= 8 && n <= 16) {
        std::uint64_t a[2];
        std::uint64_t b[2];
        std::memcpy(&a[0], x.data(), 8);
        std::memcpy(&a[1], x.data() + n - 8, 8);
        std::memcpy(&b[0], y.data(), 8);
        std::memcpy(&b[1], y.data() + n - 8, 8);
        return a[0] == b[0] && a[1] == b[1];
    }
    if (n >= 4 && n < 8) {
        std::uint32_t a[2];
        std::uint32_t b[2];
        std::memcpy(&a[0], x.data(), 4);
        std::memcpy(&a[1], x.data() + n - 4, 4);
        std::memcpy(&b[0], y.data(), 4);
        std::memcpy(&b[1], y.data() + n - 4, 4);
        return a[0] == b[0] && a[1] == b[1];
    }
    return x == y;
}

/// Maps distinct strings to dense indices 0, 1, 2 ... in first-seen order. Stores views only: the
/// caller keeps the bytes alive (the CSV text, an arena, a column's strings). Linear probing at a
/// load factor of at most 1/2; each slot carries 32 bits of the hash, so a probe only touches the
/// entry (and its bytes) when those bits match.
class StringInterner {
public:
    static constexpr std::int32_t kAbsent = -1;

    /// Index of `s` (whose fastHash() is `h`), or kAbsent.
    std::int32_t find(std::string_view s, std::uint64_t h) const noexcept {
        if (m_slots.empty()) {
            return kAbsent;
        }
        const auto tag = std::uint32_t(h >> 32);
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot slot = m_slots[i];
            if (slot.index == kAbsent) {
                return kAbsent;
            }
            if (slot.tag == tag && sameBytes(m_entries[std::size_t(slot.index)], s)) {
                return slot.index;
            }
        }
    }

    /// Adds `s`, which must not be present yet; returns its new index.
    std::int32_t insert(std::string_view s, std::uint64_t h) {
        if ((m_entries.size() + 1) * 2 > m_slots.size()) {
            rehash(m_slots.empty() ? 64 : m_slots.size() * 2);
        }
        const auto e = std::int32_t(m_entries.size());
        m_entries.push_back(s);
        m_hashes.push_back(h);
        place(e);
        return e;
    }

    /// find() or insert() for bytes that outlive the interner.
    std::int32_t intern(std::string_view s) {
        const std::uint64_t h = fastHash(s);
        const std::int32_t e = find(s, h);
        return e != kAbsent ? e : insert(s, h);
    }

    /// Makes room for `n` distinct strings without rehashing.
    void reserve(std::size_t n) {
        std::size_t capacity = 64;
        while (capacity < 2 * n) {
            capacity *= 2;
        }
        if (capacity > m_slots.size()) {
            rehash(capacity);
        }
        if (n > m_entries.capacity()) {
            std::vector<std::string_view> entries;
            std::vector<std::uint64_t> hashes;
            reserveBig(entries, n);
            reserveBig(hashes, n);
            entries.assign(m_entries.begin(), m_entries.end());
            hashes.assign(m_hashes.begin(), m_hashes.end());
            m_entries.swap(entries);
            m_hashes.swap(hashes);
        }
    }

    std::int64_t size() const noexcept { return std::int64_t(m_entries.size()); }
    const std::vector<std::string_view>& entries() const noexcept { return m_entries; }

private:
    struct Slot {
        std::uint32_t tag = 0;
        std::int32_t index = kAbsent;
    };

    void place(std::int32_t e) {
        const std::uint64_t h = m_hashes[std::size_t(e)];
        std::size_t i = h & m_mask;
        while (m_slots[i].index != kAbsent) {
            i = (i + 1) & m_mask;
        }
        m_slots[i] = Slot{std::uint32_t(h >> 32), e};
    }

    void rehash(std::size_t capacity) {
        std::vector<Slot> slots;
        reserveBig(slots, capacity);
        slots.resize(capacity);
        m_slots.swap(slots);
        m_mask = capacity - 1;
        for (std::size_t e = 0; e < m_entries.size(); ++e) {
            place(std::int32_t(e));
        }
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::vector<std::string_view> m_entries;
    std::vector<std::uint64_t> m_hashes;
};

} // namespace gugus::core
