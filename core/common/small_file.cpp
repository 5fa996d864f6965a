#include "common/small_file.h"

#include "common/error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gugus::core {

namespace {

[[noreturn]] void throwUnreadable(const std::string& path, const char* reason) {
    throw Error(ErrorCode::FileUnreadable, path, -1, -1, reason);
}

/// Closes the descriptor on scope exit.
struct Descriptor {
    int fd;
    ~Descriptor() { ::close(fd); }
};

} // namespace

std::string readSmallFile(const std::string& path, std::int64_t maxBytes) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        throw Error(error == ENOENT || error == ENOTDIR ? ErrorCode::FileNotFound
                                                        : ErrorCode::FileUnreadable,
                    path, -1, -1, std::strerror(error));
    }
    const Descriptor open{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        throwUnreadable(path, std::strerror(errno));
    }
    if (!S_ISREG(info.st_mode)) {
        throwUnreadable(path, "not a regular file");
    }
    if (std::int64_t(info.st_size) > maxBytes) {
        throw Error(ErrorCode::FileTooLarge, path);
    }
    std::string text(std::size_t(info.st_size), '\0');
    std::size_t done = 0;
    while (true) {
        if (done == text.size()) {
            // At the size fstat gave: the end, or a file that grew (or one that reports no size,
            // as /proc does). A small read tells which, without copying the content to grow.
            char more[4096];
            const ssize_t got = ::read(fd, more, sizeof more);
            if (got < 0 && errno == EINTR) {
                continue;
            }
            if (got < 0) {
                throwUnreadable(path, std::strerror(errno));
            }
            if (got == 0) {
                break;
            }
            if (std::int64_t(done) + got > maxBytes) {
                throw Error(ErrorCode::FileTooLarge, path);
            }
            text.append(more, std::size_t(got));
            done = text.size();
            continue;
        }
        const ssize_t got = ::read(fd, text.data() + done, text.size() - done);
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
    text.resize(done);
    return text;
}

} // namespace gugus::core
