#include "data/output_paths.h"

#include "common/error.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace gugus::core {

namespace {

namespace fs = std::filesystem;

/// What a path names, for comparing files rather than spellings.
struct FileIdentity {
    bool exists = false;
    bool regular = false;
    dev_t device = 0;
    ino_t inode = 0;
    std::string resolved; ///< weakly canonical path (symlinks followed)

    bool sameFileAs(const FileIdentity& other) const {
        if (exists && other.exists) {
            return device == other.device && inode == other.inode;
        }
        return resolved == other.resolved;
    }
};

FileIdentity identify(const std::string& path) {
    FileIdentity id;
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) { // follows symlinks
        id.exists = true;
        id.regular = S_ISREG(st.st_mode);
        id.device = st.st_dev;
        id.inode = st.st_ino;
    }
    std::error_code ec;
    const fs::path resolved = fs::weakly_canonical(fs::absolute(path, ec), ec);
    id.resolved = ec ? path : resolved.string();
    return id;
}

void requireWritable(const std::string& path, const FileIdentity& id) {
    if (id.exists) {
        struct stat st {};
        ::stat(path.c_str(), &st);
        if (S_ISDIR(st.st_mode)) {
            throw Error(ErrorCode::WriteFailed, path, -1, -1, "is a folder");
        }
        if (::access(path.c_str(), W_OK) != 0) {
            throw Error(ErrorCode::WriteFailed, path, -1, -1, std::strerror(errno));
        }
        if (!id.regular) {
            return; // written through, not replaced: its folder does not matter
        }
    }
    // A regular file is replaced through a temporary file beside it: its folder must be writable.
    const fs::path folder = fs::path(id.resolved).parent_path();
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        throw Error(ErrorCode::WriteFailed, path, -1, -1, "folder does not exist");
    }
    if (::access(folder.c_str(), W_OK | X_OK) != 0) {
        throw Error(ErrorCode::WriteFailed, path, -1, -1, std::strerror(errno));
    }
}

} // namespace

void checkOutputPaths(const std::vector<std::string>& inputs,
                      const std::vector<std::string>& outputs) {
    std::vector<FileIdentity> in;
    for (const auto& path : inputs) {
        if (!path.empty()) {
            in.push_back(identify(path));
        }
    }
    std::vector<FileIdentity> out;
    for (const auto& path : outputs) {
        if (path.empty()) {
            continue;
        }
        const FileIdentity id = identify(path);
        const bool writtenThrough = id.exists && !id.regular;
        if (!writtenThrough) {
            for (std::size_t i = 0; i < in.size(); ++i) {
                if (id.sameFileAs(in[i])) {
                    throw Error(ErrorCode::OutputIsInput, path, -1, -1, in[i].resolved);
                }
            }
            for (const FileIdentity& other : out) {
                if (id.sameFileAs(other)) {
                    throw Error(ErrorCode::OutputRepeated, path);
                }
            }
        }
        requireWritable(path, id);
        out.push_back(id);
    }
}

} // namespace gugus::core
