// Writes a large Gaussian-blob CSV quickly, for benchmarks at 10,000,000 rows and more (pandas'
// to_csv, which compare_sklearn.py uses, needs tens of minutes for such a file on a busy machine).
//
// The same shape as compare_sklearn.py's files: 5 centres uniform in [-5, 5)^18, noise with
// standard deviation 1.5, columns f0..f17, "%.10g"; its own generator (std::mt19937_64, seed 42,
// Box-Muller), so the numbers differ from numpy's. A column `blob` (0..4, the generating centre)
// is written first when asked, to measure agreement with the truth.
//
//   g++ -O2 -std=c++20 tests/bench/make_blobs.cpp -o /tmp/make_blobs
//   /tmp/make_blobs 10000000 /tmp/gugus-bench/blobs_cpp_10000000.csv
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: make_blobs ROWS OUT.csv [--with-blob]\n");
        return 2;
    }
    const long long rows = std::atoll(argv[1]);
    const bool withBlob = argc > 3 && std::string(argv[3]) == "--with-blob";
    constexpr int kDims = 18;
    constexpr int kCentres = 5;
    std::mt19937_64 rng(42);
    const auto uniform = [&] { return double(rng() >> 11) * 0x1.0p-53; };
    double centres[kCentres][kDims];
    for (auto& c : centres) {
        for (double& v : c) {
            v = 10.0 * (uniform() - 0.5);
        }
    }
    std::FILE* out = std::fopen(argv[2], "wb");
    if (!out) {
        std::perror(argv[2]);
        return 1;
    }
    std::string line = withBlob ? "blob," : "";
    for (int f = 0; f < kDims; ++f) {
        line += "f" + std::to_string(f) + (f + 1 < kDims ? "," : "\n");
    }
    std::fputs(line.c_str(), out);
    char buffer[kDims * 32 + 16];
    for (long long i = 0; i < rows; ++i) {
        const int c = int(rng() % kCentres);
        char* p = buffer;
        if (withBlob) {
            *p++ = char('0' + c);
            *p++ = ',';
        }
        for (int f = 0; f < kDims; ++f) {
            const double u1 = 1.0 - uniform();
            const double u2 = uniform();
            const double v = centres[c][f] + 1.5 * std::sqrt(-2.0 * std::log(u1)) *
                                                 std::cos(6.283185307179586 * u2);
            p = std::to_chars(p, buffer + sizeof buffer, v, std::chars_format::general, 10).ptr;
            *p++ = f + 1 < kDims ? ',' : '\n';
        }
        std::fwrite(buffer, 1, std::size_t(p - buffer), out);
    }
    return std::fclose(out) == 0 ? 0 : 1;
}
