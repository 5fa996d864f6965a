// The floor under loading a CSV of numbers: the file read into memory (read(), as the reader
// does) and every field converted by std::from_chars with nothing else (no quotes, no type
// inference, no statistics, no columns), on one thread and on two halves split at a line break.
//   build/tests/bench/gugus_csv_floor FILE.csv
// Prints wall and CPU seconds of each step; docs/performance.md compares the reader with them.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <memory>
#include <string_view>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

double wallNow() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double cpuNow() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

/// Sum of every field of [p, end) read as a number (fields that are not count as 0), and the
/// field count, so the work cannot be left out.
struct Parsed {
    double sum = 0.0;
    long fields = 0;
};

Parsed parseAll(const char* p, const char* end) {
    Parsed out;
    while (p < end) {
        const char* q = p;
        while (q < end && *q != ',' && *q != '\n' && *q != '\r') {
            ++q;
        }
        double v = 0.0;
        std::from_chars(p, q, v);
        out.sum += v;
        ++out.fields;
        p = q + 1;
    }
    return out;
}

void report(const char* step, double wall0, double cpu0) {
    std::printf("%-38s wall %.3f s  cpu %.3f s\n", step, wallNow() - wall0, cpuNow() - cpu0);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE.csv\n", argv[0]);
        return 2;
    }
    const int fd = ::open(argv[1], O_RDONLY);
    struct stat info {};
    if (fd < 0 || ::fstat(fd, &info) != 0) {
        std::perror(argv[1]);
        return 1;
    }
    const auto size = std::size_t(info.st_size);
    double wall0 = wallNow();
    double cpu0 = cpuNow();
    auto bytes = std::make_unique_for_overwrite<char[]>(size);
    std::size_t done = 0;
    while (done < size) {
        const ssize_t got = ::read(fd, bytes.get() + done, size - done);
        if (got <= 0) {
            break;
        }
        done += std::size_t(got);
    }
    ::close(fd);
    report("read() into a fresh buffer", wall0, cpu0);
    const char* const begin = bytes.get();
    const char* const end = begin + done;
    const char* const body = std::find(begin, end, '\n') + 1; // after the header

    wall0 = wallNow();
    cpu0 = cpuNow();
    const Parsed one = parseAll(body, end);
    report("from_chars on every field, 1 thread", wall0, cpu0);

    wall0 = wallNow();
    cpu0 = cpuNow();
    const char* const middle = std::find(body + (end - body) / 2, end, '\n') + 1;
    Parsed first;
    std::thread other([&] { first = parseAll(body, std::min(middle, end)); });
    const Parsed second = middle < end ? parseAll(middle, end) : Parsed{};
    other.join();
    report("from_chars on every field, 2 threads", wall0, cpu0);
    std::printf("%ld fields, sum %.6g (%ld, %.6g on 2 threads)\n", one.fields, one.sum,
                first.fields + second.fields, first.sum + second.sum);
    return 0;
}
