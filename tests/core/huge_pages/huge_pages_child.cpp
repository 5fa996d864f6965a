// Not a test: the program test_huge_pages.cpp starts. It does what gugus and gugus-cli do first
// (preferHugePages), then fills a 64 MiB block and prints what a test can check from outside:
//   tunables=<GLIBC_TUNABLES as the program sees it after start-up, or (unset)>
//   marker=<GUGUS_TUNABLES_BEFORE, or (unset)>
//   again=<GUGUS_TUNABLES_BEFORE in the environment this start began with (/proc/self/environ,
//          which unsetenv does not change), or (no)>: set only in a second start
//   name=<the process's name, /proc/self/comm>
//   huge_kb=<AnonHugePages of the process, from /proc/self/smaps_rollup>
//   argv=<the arguments after the program's name, space-separated>
#include "common/huge_pages.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

int main(int argc, char** argv) {
    gugus::core::preferHugePages(argv);
    constexpr std::size_t kBytes = std::size_t(64) << 20;
    auto* block = static_cast<char*>(std::malloc(kBytes));
    if (!block) {
        return 2;
    }
    std::memset(block, 1, kBytes);
    long hugeKb = -1;
    std::ifstream rollup("/proc/self/smaps_rollup");
    for (std::string line; std::getline(rollup, line);) {
        if (line.rfind("AnonHugePages:", 0) == 0) {
            hugeKb = std::strtol(line.c_str() + 14, nullptr, 10);
        }
    }
    std::string again = "(no)";
    std::ifstream environ("/proc/self/environ", std::ios::binary);
    for (std::string entry; std::getline(environ, entry, '\0');) {
        if (entry.rfind("GUGUS_TUNABLES_BEFORE=", 0) == 0) {
            again = entry.substr(22);
        }
    }
    std::string name;
    std::getline(std::ifstream("/proc/self/comm"), name);
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    const char* marker = std::getenv("GUGUS_TUNABLES_BEFORE");
    std::printf("tunables=%s\nmarker=%s\nagain=%s\nname=%s\nhuge_kb=%ld\nargv=",
                tunables ? tunables : "(unset)", marker ? marker : "(unset)", again.c_str(),
                name.c_str(), hugeKb);
    for (int i = 1; i < argc; ++i) {
        std::printf(i > 1 ? " %s" : "%s", argv[i]);
    }
    std::printf("\nblock=%d\n", int(block[kBytes - 1]));
    std::free(block);
    return 0;
}
