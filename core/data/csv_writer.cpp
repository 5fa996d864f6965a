// writeCsvFile and writeFileAtomically: a result file is either the complete new content or the
// old file untouched, never a half-written mix (crash, full disk, cancel).
#include "data/csv_writer.h"

#include "common/error.h"
#include "common/parallel.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace gugus::core {

namespace {

constexpr const char* kTempTag = ".gugus-tmp-";

/// Removes temporary files of ours beside `target` left by a process that no longer runs (killed
/// while writing): ".<name>.gugus-tmp-<pid>-<hex>" whose pid is gone.
void removeStaleTemps(const std::filesystem::path& target) {
    const std::string prefix = "." + target.filename().string() + kTempTag;
    std::error_code ec;
    const std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) != 0) {
            continue;
        }
        const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
        if (pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH) {
            std::filesystem::remove(it->path(), ec);
        }
    }
}

/// A temporary file next to the target that replaces it on commit() and disappears otherwise.
/// A symlink's target is replaced (the link stays a link); a path that names something other than
/// a regular file (/dev/null, a FIFO, a terminal) is written through, never replaced.
class AtomicFile {
public:
    explicit AtomicFile(std::string path) : m_path(std::move(path)) {
        namespace fs = std::filesystem;
        std::error_code ec;
        const fs::file_status status = fs::status(m_path, ec); // follows symlinks
        if (fs::is_directory(status)) {
            errno = EISDIR;
            fail();
        }
        if (fs::exists(status) && !fs::is_regular_file(status)) {
            m_fd = ::open(m_path.c_str(), O_WRONLY | O_CLOEXEC);
            if (m_fd < 0) {
                fail();
            }
            m_direct = true;
            return;
        }
        fs::path target = m_path;
        if (fs::is_symlink(fs::symlink_status(m_path, ec))) {
            target = fs::weakly_canonical(fs::absolute(m_path), ec);
            if (ec) {
                target = m_path;
            }
        }
        m_target = target.string();
        removeStaleTemps(target);
        std::random_device random;
        for (int attempt = 0; m_fd < 0; ++attempt) {
            char suffix[48];
            const std::uint64_t r = (std::uint64_t(random()) << 32) ^ random();
            std::snprintf(suffix, sizeof suffix, "%ld-%016llx", long(::getpid()),
                          static_cast<unsigned long long>(r));
            m_temp = (target.parent_path() / ("." + target.filename().string() + kTempTag + suffix))
                         .string();
            m_fd = ::open(m_temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (m_fd < 0 && (errno != EEXIST || attempt >= 8)) {
                fail();
            }
        }
        // Keep the permissions of a file we replace (umask applies to new files only).
        struct stat old {};
        if (::stat(m_target.c_str(), &old) == 0 && S_ISREG(old.st_mode)) {
            ::fchmod(m_fd, old.st_mode & 07777);
        }
    }
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        if (!m_committed && !m_temp.empty()) {
            ::unlink(m_temp.c_str());
        }
    }

    void write(std::string_view data) {
        while (!data.empty()) {
            const ssize_t n = ::write(m_fd, data.data(), data.size());
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                fail();
            }
            data.remove_prefix(std::size_t(n));
        }
    }

    void commit() {
        if (m_direct) { // a device or pipe: nothing to rename, fsync may not apply
            const int fd = m_fd;
            m_fd = -1;
            if (::close(fd) != 0) {
                fail();
            }
            m_committed = true;
            return;
        }
        if (::fsync(m_fd) != 0) {
            fail();
        }
        const int fd = m_fd;
        m_fd = -1;
        if (::close(fd) != 0 || std::rename(m_temp.c_str(), m_target.c_str()) != 0) {
            fail();
        }
        m_committed = true;
        // Make the rename itself durable; failing here loses nothing already written.
        const std::filesystem::path dir = std::filesystem::path(m_target).parent_path();
        const int dirFd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
        if (dirFd >= 0) {
            ::fsync(dirFd);
            ::close(dirFd);
        }
    }

private:
    [[noreturn]] void fail() const {
        throw Error(ErrorCode::WriteFailed, m_path, -1, -1, std::strerror(errno));
    }

    std::string m_path;
    std::string m_target; ///< the regular file replaced (m_path, or a symlink's target)
    std::string m_temp;
    int m_fd = -1;
    bool m_direct = false; ///< writing straight into a non-regular file
    bool m_committed = false;
};

/// A signed decimal number such as -1, +2.5 or -3e-4: a spreadsheet reads it as a number, not a
/// formula, so it is written as it is (DBSCAN's noise label -1 must stay -1).
bool isPlainNumber(std::string_view s) {
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t from = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            ++i;
        }
        return i - from;
    };
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
        ++i;
    }
    std::size_t mantissa = digits();
    if (i < s.size() && s[i] == '.') {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0) {
        return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
            ++i;
        }
        if (digits() == 0) {
            return false;
        }
    }
    return i == s.size();
}

bool startsLikeFormula(std::string_view s) {
    if (s.empty()) {
        return false;
    }
    const char c = s.front();
    if ((c == '+' || c == '-') && isPlainNumber(s)) {
        return false;
    }
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

void appendText(std::string& out, std::string_view s, const CsvWriteOptions& options) {
    const bool neutralise = options.neutraliseFormulas && startsLikeFormula(s);
    const bool quote = std::any_of(s.begin(), s.end(), [&](char c) {
        return c == options.delimiter || c == '"' || c == '\r' || c == '\n';
    });
    if (quote) {
        out.push_back('"');
    }
    if (neutralise) {
        out.push_back('\'');
    }
    if (quote) {
        for (const char c : s) {
            if (c == '"') {
                out.push_back('"');
            }
            out.push_back(c);
        }
        out.push_back('"');
    } else {
        out.append(s);
    }
}

void appendCell(std::string& out, const Column& column, std::size_t row,
                const CsvWriteOptions& options) {
    switch (column.type()) {
    case ColumnType::Numeric:
    case ColumnType::Binary: {
        const double v = column.values()[row];
        if (!std::isnan(v)) {
            char buffer[64];
            const auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
            out.append(buffer, r.ptr);
        }
        return;
    }
    case ColumnType::Categorical: {
        const std::int32_t code = column.codes()[row];
        if (code >= 0) {
            appendText(out, column.categories()[std::size_t(code)], options);
        }
        return;
    }
    case ColumnType::Id:
        appendText(out, column.text()[row], options);
        return;
    }
}

} // namespace

void writeCsvFile(const std::string& path, const Table& table,
                  const std::vector<CsvExtraColumn>& extra, const CsvWriteOptions& options,
                  Progress& progress) {
    constexpr std::int64_t kBlockRows = 16384;
    const std::int64_t rows = table.rowCount();
    for (const auto& e : extra) {
        if (std::int64_t(e.values.size()) != rows) {
            throw Error(ErrorCode::InvalidOption, e.name, -1, -1,
                        std::to_string(e.values.size()) + " values for " + std::to_string(rows) +
                            " rows");
        }
    }
    const std::string_view lineEnd = options.crlf ? "\r\n" : "\n";
    progress.throwIfCancelled();
    // A column of the table named like an extra column is replaced by it (segmenting a labelled
    // file again must not write two `segment` columns).
    std::vector<const Column*> columns;
    for (const auto& column : table.columns()) {
        if (std::none_of(extra.begin(), extra.end(),
                         [&](const CsvExtraColumn& e) { return e.name == column.name(); })) {
            columns.push_back(&column);
        }
    }
    AtomicFile file(path);
    std::string header;
    for (const Column* column : columns) {
        appendText(header, column->name(), options);
        header.push_back(options.delimiter);
    }
    for (const auto& e : extra) {
        appendText(header, e.name, options);
        header.push_back(options.delimiter);
    }
    if (!header.empty()) {
        header.pop_back();
    }
    header.append(lineEnd);
    file.write(header);

    // Blocks of rows are formatted in parallel, a wave at a time, and written in order.
    const std::int64_t blocks = blockCount(rows, kBlockRows);
    const std::int64_t wave = std::max<std::int64_t>(4, 2 * std::int64_t(threadCount()));
    std::vector<std::string> text(static_cast<std::size_t>(wave));
    for (std::int64_t first = 0; first < blocks; first += wave) {
        progress.report(first * kBlockRows, rows, "csv.write");
        progress.throwIfCancelled();
        const std::int64_t n = std::min(wave, blocks - first);
        parallelBlocks(n, 1, [&](std::int64_t b, std::int64_t, std::int64_t) {
            std::string& out = text[std::size_t(b)];
            out.clear();
            const std::int64_t begin = (first + b) * kBlockRows;
            for (std::int64_t r = begin; r < std::min(rows, begin + kBlockRows); ++r) {
                bool firstCell = true;
                auto separate = [&] {
                    if (!firstCell) {
                        out.push_back(options.delimiter);
                    }
                    firstCell = false;
                };
                for (const Column* column : columns) {
                    separate();
                    appendCell(out, *column, std::size_t(r), options);
                }
                for (const auto& e : extra) {
                    separate();
                    appendText(out, e.values[std::size_t(r)], options);
                }
                out.append(lineEnd);
            }
        });
        for (std::int64_t b = 0; b < n; ++b) {
            file.write(text[std::size_t(b)]);
        }
    }
    progress.throwIfCancelled();
    file.commit();
    progress.report(rows, rows, "csv.write");
}

bool isOutputColumnName(std::string_view name) {
    for (const std::string_view output :
         {"segment", "segment_name", "segment_note", "segment_reason"}) {
        if (name.size() == output.size() &&
            std::equal(name.begin(), name.end(), output.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) == b;
            })) {
            return true;
        }
    }
    return false;
}

void writeFileAtomically(const std::string& path, std::string_view content) {
    AtomicFile file(path);
    file.write(content);
    file.commit();
}

} // namespace gugus::core
