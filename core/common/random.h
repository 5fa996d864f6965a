#pragma once

#include <cstdint>
#include <random>

namespace gugus::core {

/// Seeded random source with distributions we define ourselves, so a seed gives the same stream
/// on every standard library (std:: distributions are implementation-defined).
class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t next() { return m_engine(); }
    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [0, n), n > 0 (Lemire's nearly-divisionless method, unbiased).
    std::uint64_t below(std::uint64_t n) {
        std::uint64_t x = m_engine();
        __uint128_t m = __uint128_t(x) * n;
        auto low = std::uint64_t(m);
        if (low < n) {
            const std::uint64_t threshold = -n % n;
            while (low < threshold) {
                x = m_engine();
                m = __uint128_t(x) * n;
                low = std::uint64_t(m);
            }
        }
        return std::uint64_t(m >> 64);
    }
    /// Derives an independent seed for sub-task `index` (run i of n_init, bootstrap b ...), so
    /// results do not depend on the order in which threads pick tasks.
    static std::uint64_t derive(std::uint64_t seed, std::uint64_t index) {
        std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * (index + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace gugus::core
