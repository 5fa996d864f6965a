#include "common/small_file.h"

#include "common/error.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace gugus::core {

namespace {

[[noreturn]] void throwUnreadable(const std::string& path, const char* reason) {
    throw Error(ErrorCode::FileUnreadable, path, -1, -1, reason);
}

/// Closes the descriptor on scope exit; moved, never copied.
struct Descriptor {
    int fd = -1;
    explicit Descriptor(int f) : fd(f) {}
    Descriptor(Descriptor&& other) noexcept : fd(std::exchange(other.fd, -1)) {}
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    Descriptor& operator=(Descriptor&&) = delete;
    ~Descriptor() {
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

/// Opens the regular file `path` for reading, or throws as readSmallFile says; `size` is its
/// size then.
Descriptor openRegular(const std::string& path, std::int64_t& size) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        throw Error(error == ENOENT || error == ENOTDIR ? ErrorCode::FileNotFound
                                                        : ErrorCode::FileUnreadable,
                    path, -1, -1, std::strerror(error));
    }
    Descriptor open(fd);
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        throwUnreadable(path, std::strerror(errno));
    }
    if (!S_ISREG(info.st_mode)) {
        throwUnreadable(path, "not a regular file");
    }
    size = std::int64_t(info.st_size);
    return open;
}

/// Reads from `fd` into `data` until `size` bytes or the end of the file; returns how many.
std::size_t readUpTo(int fd, const std::string& path, char* data, std::size_t size) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t got = ::read(fd, data + done, size - done);
        if (got == 0) {
            break;
        }
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            throwUnreadable(path, std::strerror(errno));
        }
        done += std::size_t(got);
    }
    return done;
}

} // namespace

void requireRegularFile(const std::string& path) {
    std::int64_t size = 0;
    openRegular(path, size); // closed again at once
}

std::string readFileHead(const std::string& path, std::int64_t maxBytes) {
    std::int64_t size = 0;
    const Descriptor open = openRegular(path, size);
    std::string text(std::size_t(std::max<std::int64_t>(0, maxBytes)), '\0');
    text.resize(readUpTo(open.fd, path, text.data(), text.size()));
    return text;
}

std::string readSmallFile(const std::string& path, std::int64_t maxBytes) {
    std::int64_t size = 0;
    const Descriptor open = openRegular(path, size);
    if (size > maxBytes) {
        throw Error(ErrorCode::FileTooLarge, path);
    }
    std::string text(std::size_t(size), '\0');
    std::size_t done = readUpTo(open.fd, path, text.data(), text.size());
    while (done == text.size()) {
        // At the size fstat gave: the end, or a file that grew (or one that reports no size, as
        // /proc does). A small read tells which, without copying the content to grow.
        char more[4096];
        const std::size_t got = readUpTo(open.fd, path, more, sizeof more);
        if (got == 0) {
            break;
        }
        if (std::int64_t(done + got) > maxBytes) {
            throw Error(ErrorCode::FileTooLarge, path);
        }
        text.append(more, got);
        done = text.size();
    }
    text.resize(done);
    return text;
}

} // namespace gugus::core
