#include "common/huge_pages.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include <gnu/libc-version.h>
#include <unistd.h>

namespace gugus::core {

namespace {

constexpr const char* kTunables = "GLIBC_TUNABLES";
constexpr std::string_view kHugeTlb = "glibc.malloc.hugetlb";
/// Set for the second start only: what GLIBC_TUNABLES was before ("-" when it was unset, "=" and
/// the value when it was set), so the second start can put it back.
constexpr const char* kBefore = "GUGUS_TUNABLES_BEFORE";

std::string readSmallFile(const char* path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Puts GLIBC_TUNABLES back as `before` (kBefore's form) says it was, and drops kBefore.
void restoreEnvironment(std::string before) {
    if (!before.empty() && before[0] == '=') {
        setenv(kTunables, before.c_str() + 1, 1);
    } else {
        unsetenv(kTunables);
    }
    unsetenv(kBefore);
}

} // namespace

bool glibcHasHugeTlb(std::string_view version) {
    int major = 0;
    int minor = 0;
    if (std::sscanf(std::string(version).c_str(), "%d.%d", &major, &minor) != 2) {
        return false;
    }
    return major > 2 || (major == 2 && minor >= 35);
}

std::string thpModeFrom(std::string_view enabledFile) {
    const auto open = enabledFile.find('[');
    const auto close = enabledFile.find(']', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
        return {};
    }
    return std::string(enabledFile.substr(open + 1, close - open - 1));
}

std::optional<std::string> tunablesWithHugePages(const char* current, std::string_view thpMode) {
    if (thpMode != "madvise") {
        return std::nullopt;
    }
    const std::string_view now = current ? current : "";
    // Tunables are colon-separated name=value pairs; the user's own choice of this one stands.
    for (std::size_t begin = 0; begin <= now.size();) {
        const std::size_t end = std::min(now.find(':', begin), now.size());
        const std::string_view pair = now.substr(begin, end - begin);
        if (pair.substr(0, pair.find('=')) == kHugeTlb) {
            return std::nullopt;
        }
        begin = end + 1;
    }
    std::string value(now);
    if (!value.empty()) {
        value += ':';
    }
    value += kHugeTlb;
    value += "=1";
    return value;
}

void preferHugePages(char** argv) {
    if (const char* before = std::getenv(kBefore)) {
        // The second start: glibc has read the tunable; give the environment back.
        restoreEnvironment(before);
        return;
    }
    if (!kGlibcAllocator || argv == nullptr || argv[0] == nullptr) {
        return;
    }
    if (const char* off = std::getenv("GUGUS_HUGE_PAGES"); off && std::string_view(off) == "0") {
        return;
    }
    if (!glibcHasHugeTlb(gnu_get_libc_version())) {
        return;
    }
    const char* current = std::getenv(kTunables);
    const auto value = tunablesWithHugePages(
        current, thpModeFrom(readSmallFile("/sys/kernel/mm/transparent_hugepage/enabled")));
    if (!value) {
        return;
    }
    // The program's own file, by name rather than as /proc/self/exe, so that the process keeps
    // its name (ps, top and pkill show the executable's file name). Not when the program was
    // started through the dynamic loader (ld-linux... PROGRAM): that file is the loader.
    std::string self(4096, '\0');
    const ssize_t length = readlink("/proc/self/exe", self.data(), self.size() - 1);
    if (length <= 0) {
        return;
    }
    self.resize(std::size_t(length));
    const std::string_view file = std::string_view(self).substr(self.rfind('/') + 1);
    if (file.starts_with("ld-linux") || file.starts_with("ld.so") || file.starts_with("ld64.so")) {
        return;
    }
    const std::string before = current ? "=" + std::string(current) : "-";
    setenv(kBefore, before.c_str(), 1);
    setenv(kTunables, value->c_str(), 1);
    execv(self.c_str(), argv);
    // Only reached when the program could not be started again: go on as before.
    restoreEnvironment(before);
}

} // namespace gugus::core
