// Bringing a file's bytes into memory for the reader: all of them, or only the head a row limit
// needs (a preview or `--max-rows` of a file of any size reads megabytes, not the whole file).
#include "common/error.h"
#include "common/parallel.h"
#include "data/big_buffer.h"
#include "data/csv_parts.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace gugus::core::csv {

namespace {

/// An open file, closed on scope exit.
class OpenFile {
public:
    explicit OpenFile(const std::string& path) {
        m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0) {
            const int error = errno;
            throw Error(error == ENOENT || error == ENOTDIR ? ErrorCode::FileNotFound
                                                            : ErrorCode::FileUnreadable,
                        path, -1, -1, std::strerror(error));
        }
        if (::fstat(m_fd, &m_info) != 0 || S_ISDIR(m_info.st_mode)) {
            ::close(m_fd);
            throw Error(ErrorCode::FileUnreadable, path, -1, -1, "not a regular file");
        }
    }
    ~OpenFile() { ::close(m_fd); }
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;

    int fd() const { return m_fd; }
    /// A regular file (its size is known); else a pipe, stdin or a device.
    bool regular() const { return S_ISREG(m_info.st_mode); }
    std::int64_t size() const { return std::int64_t(m_info.st_size); }

private:
    int m_fd = -1;
    struct stat m_info {};
};

/// One read(), retried on EINTR; 0 at the end of the file.
std::size_t readSome(int fd, char* to, std::size_t bytes, const std::string& path) {
    while (true) {
        const ssize_t got = ::read(fd, to, bytes);
        if (got >= 0) {
            return std::size_t(got);
        }
        if (errno != EINTR) {
            throw Error(ErrorCode::FileUnreadable, path, -1, -1, std::strerror(errno));
        }
    }
}

/// Reads `bytes` from `offset` on, or fewer at the end of the file.
std::size_t readAt(int fd, char* to, std::size_t bytes, std::size_t offset,
                   const std::string& path) {
    std::size_t done = 0;
    while (done < bytes) {
        const ssize_t got = ::pread(fd, to + done, bytes - done, off_t(offset + done));
        if (got == 0) {
            break;
        }
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw Error(ErrorCode::FileUnreadable, path, -1, -1, std::strerror(errno));
        }
        done += std::size_t(got);
    }
    return done;
}

/// Reads until the end or until `enough(bytes so far)`, asked each time the bytes double from
/// 1 MiB on (so the caller's look at them costs at most twice one look at the result).
FileBytes readGrowing(const OpenFile& file, const std::string& path, std::int64_t maxBytes,
                      const std::function<bool(std::string_view)>& enough, Progress& progress) {
    constexpr std::size_t kFirst = std::size_t(1) << 20;
    const std::int64_t total = file.regular() ? file.size() : 0;
    FileBytes bytes;
    std::size_t capacity = 0;
    std::size_t nextLook = kFirst;
    while (true) {
        progress.report(std::int64_t(bytes.size), total, "csv.read");
        progress.throwIfCancelled();
        if (bytes.size == capacity) {
            // A regular file's size is known: one buffer of that size, whose pages are committed
            // only as far as they are read (no copies as the head grows). A pipe doubles.
            const std::size_t grown = capacity == 0 && total > 0
                                          ? std::size_t(std::min(total, maxBytes)) + 1
                                          : std::max(kFirst, 2 * capacity);
            auto bigger = makeBigArray<char>(grown);
            std::copy(bytes.data.get(), bytes.data.get() + bytes.size, bigger.get());
            bytes.data = std::move(bigger);
            capacity = grown;
        }
        // No read goes past the next look, so the head is never read further than needed.
        const std::size_t want =
            std::min(capacity - bytes.size, nextLook > bytes.size ? nextLook - bytes.size : kFirst);
        const std::size_t got = readSome(file.fd(), bytes.data.get() + bytes.size, want, path);
        if (got == 0) {
            break;
        }
        bytes.size += got;
        if (std::int64_t(bytes.size) > maxBytes) {
            throw Error(ErrorCode::FileTooLarge, path, -1, -1,
                        "more than " + std::to_string(maxBytes) + " bytes");
        }
        if (bytes.size >= nextLook) {
            if (enough(bytes.view())) {
                break;
            }
            nextLook = 2 * bytes.size;
        }
    }
    if (bytes.size == 0) {
        throw Error(ErrorCode::EmptyFile, path);
    }
    return bytes;
}

} // namespace

FileBytes readWholeFile(const std::string& path, std::int64_t maxBytes, Progress& progress) {
    const OpenFile file(path);
    if (!file.regular()) { // a pipe, stdin, a device: its size is not known beforehand
        return readGrowing(
            file, path, maxBytes, [](std::string_view) { return false; }, progress);
    }
    if (file.size() > maxBytes) {
        throw Error(ErrorCode::FileTooLarge, path, -1, -1, std::to_string(file.size()) + " bytes");
    }
    if (file.size() == 0) {
        throw Error(ErrorCode::EmptyFile, path);
    }
    // Chunks are read on all threads: copying from the page cache and the first touch of the
    // buffer's pages are most of the time, and both scale.
    constexpr std::size_t kChunk = std::size_t(8) << 20;
    const auto size = std::size_t(file.size());
    FileBytes bytes;
    bytes.data = makeBigArray<char>(size);
    const std::int64_t chunks = blockCount(std::int64_t(size), std::int64_t(kChunk));
    std::vector<std::size_t> got(std::size_t(chunks), 0);
    const std::int64_t wave = std::max<std::int64_t>(8, 2 * std::int64_t(threadCount()));
    for (std::int64_t first = 0; first < chunks; first += wave) {
        progress.report(first * std::int64_t(kChunk), 2 * std::int64_t(size), "csv.read");
        progress.throwIfCancelled();
        parallelBlocks(std::min(wave, chunks - first), 1,
                       [&](std::int64_t b, std::int64_t, std::int64_t) {
                           const auto c = std::size_t(first + b);
                           const std::size_t from = c * kChunk;
                           const std::size_t length = std::min(kChunk, size - from);
                           got[c] = readAt(file.fd(), bytes.data.get() + from, length, from, path);
                       });
    }
    // The file shrank while we read it: parse what is there, up to the first chunk cut short.
    bytes.size = size;
    for (std::size_t c = 0; c < got.size(); ++c) {
        if (got[c] < std::min(kChunk, size - c * kChunk)) {
            bytes.size = c * kChunk + got[c];
            break;
        }
    }
    if (bytes.size == 0) {
        throw Error(ErrorCode::EmptyFile, path);
    }
    return bytes;
}

FileBytes readFileHead(const std::string& path, std::int64_t maxBytes,
                       const std::function<bool(std::string_view)>& enough, Progress& progress) {
    const OpenFile file(path);
    return readGrowing(file, path, maxBytes, enough, progress);
}

} // namespace gugus::core::csv
