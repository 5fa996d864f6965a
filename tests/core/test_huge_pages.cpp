// Large allocations on huge pages (common/huge_pages.h): the tunable's text, and the second start
// seen from outside, through a child program that does what gugus and gugus-cli do first.
#include "common/huge_pages.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <gnu/libc-version.h>
#include <sys/prctl.h>

#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>

namespace {

using gugus::core::glibcHasHugeTlb;
using gugus::core::thpModeFrom;
using gugus::core::tunablesWithHugePages;

TEST(HugePages, ReadsTheKernelsMode) {
    EXPECT_EQ(thpModeFrom("always [madvise] never\n"), "madvise");
    EXPECT_EQ(thpModeFrom("[always] madvise never\n"), "always");
    EXPECT_EQ(thpModeFrom("always madvise [never]\n"), "never");
    EXPECT_EQ(thpModeFrom(""), "");
    EXPECT_EQ(thpModeFrom("always madvise never"), "");
}

TEST(HugePages, KnowsWhichGlibcHasTheTunable) {
    EXPECT_TRUE(glibcHasHugeTlb("2.36"));
    EXPECT_TRUE(glibcHasHugeTlb("2.35"));
    EXPECT_TRUE(glibcHasHugeTlb("3.0"));
    EXPECT_FALSE(glibcHasHugeTlb("2.34"));
    EXPECT_FALSE(glibcHasHugeTlb("2.9"));
    EXPECT_FALSE(glibcHasHugeTlb(""));
}

TEST(HugePages, AddsTheTunableOnlyWhereTheKernelWaitsToBeAsked) {
    EXPECT_EQ(tunablesWithHugePages(nullptr, "madvise"), "glibc.malloc.hugetlb=1");
    EXPECT_EQ(tunablesWithHugePages("", "madvise"), "glibc.malloc.hugetlb=1");
    EXPECT_EQ(tunablesWithHugePages("glibc.malloc.arena_max=2", "madvise"),
              "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
    EXPECT_EQ(tunablesWithHugePages(nullptr, "always"), std::nullopt);
    EXPECT_EQ(tunablesWithHugePages(nullptr, "never"), std::nullopt);
    EXPECT_EQ(tunablesWithHugePages(nullptr, ""), std::nullopt);
}

TEST(HugePages, TheUsersOwnChoiceStands) {
    EXPECT_EQ(tunablesWithHugePages("glibc.malloc.hugetlb=0", "madvise"), std::nullopt);
    EXPECT_EQ(tunablesWithHugePages("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2", "madvise"),
              std::nullopt);
    // A longer name that only starts like it is another tunable.
    EXPECT_EQ(tunablesWithHugePages("glibc.malloc.hugetlbx=0", "madvise"),
              "glibc.malloc.hugetlbx=0:glibc.malloc.hugetlb=1");
}

constexpr bool kSanitized = !gugus::core::kGlibcAllocator;

std::string kernelMode(const char* file = "/sys/kernel/mm/transparent_hugepage/enabled") {
    std::ifstream in(file);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return thpModeFrom(text);
}

/// Runs the child with `environment` (shell assignments, after `env -u GLIBC_TUNABLES
/// -u GUGUS_HUGE_PAGES`) and returns its key=value lines.
std::map<std::string, std::string> runChild(const std::string& environment,
                                            const std::string& loader = {}) {
    std::string output;
    const int rc =
        gugus::test::runCommand("env -u GLIBC_TUNABLES -u GUGUS_HUGE_PAGES " + environment + " " +
                                    loader + " '" GUGUS_HUGE_PAGES_CHILD "' a 'b c'",
                                &output);
    EXPECT_EQ(rc, 0) << output;
    std::map<std::string, std::string> values;
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);) {
        const auto eq = line.find('=');
        if (eq != std::string::npos) {
            values[line.substr(0, eq)] = line.substr(eq + 1);
        }
    }
    return values;
}

TEST(HugePages, TheSecondStartGivesTheEnvironmentBack) {
    for (const std::string& tunables : {std::string(), std::string("glibc.malloc.arena_max=4")}) {
        SCOPED_TRACE(tunables);
        const auto child = runChild(tunables.empty() ? "" : "GLIBC_TUNABLES=" + tunables);
        EXPECT_EQ(child.at("tunables"), tunables.empty() ? "(unset)" : tunables);
        EXPECT_EQ(child.at("marker"), "(unset)");
        EXPECT_EQ(child.at("argv"), "a b c");
        EXPECT_EQ(child.at("block"), "1");
        // The kernel keeps a process's name to 15 bytes of its file's name, not "exe".
        EXPECT_EQ(child.at("name"), std::string("gugus_huge_pages_child").substr(0, 15));
        if (kernelMode() == "madvise" && !kSanitized && glibcHasHugeTlb(gnu_get_libc_version())) {
            // Started twice, and the second start was told what to put back.
            EXPECT_EQ(child.at("again"), tunables.empty() ? "-" : "=" + tunables);
        } else {
            EXPECT_EQ(child.at("again"), "(no)");
        }
    }
}

TEST(HugePages, AProgramStartedThroughTheLoaderRunsAsItIs) {
    const std::string loader = "/lib64/ld-linux-x86-64.so.2";
    if (!std::ifstream(loader)) {
        GTEST_SKIP() << "no " << loader;
    }
    // /proc/self/exe is the loader then: starting it again would run "a" as the program.
    const auto child = runChild("", loader);
    EXPECT_EQ(child.at("argv"), "a b c");
    EXPECT_EQ(child.at("again"), "(no)");
    EXPECT_EQ(child.at("tunables"), "(unset)");
}

TEST(HugePages, LargeBlocksLandOnHugePagesUnlessSwitchedOff) {
    if (kSanitized) {
        GTEST_SKIP() << "a sanitizer's allocator is not glibc's";
    }
    if (kernelMode() != "madvise") {
        GTEST_SKIP() << "the kernel's transparent huge pages are '" << kernelMode()
                     << "', not 'madvise': nothing to ask for";
    }
    if (!glibcHasHugeTlb(gnu_get_libc_version())) {
        GTEST_SKIP() << "glibc " << gnu_get_libc_version() << " has no glibc.malloc.hugetlb";
    }
    if (prctl(PR_GET_THP_DISABLE, 0, 0, 0, 0) == 1) {
        GTEST_SKIP() << "transparent huge pages are switched off for this process (a container)";
    }
    if (kernelMode("/sys/kernel/mm/transparent_hugepage/defrag") == "never") {
        GTEST_SKIP() << "the kernel never compacts memory for huge pages: whether one is free "
                        "is luck";
    }
    const auto on = runChild("");
    const auto off = runChild("GUGUS_HUGE_PAGES=0");
    EXPECT_EQ(off.at("again"), "(no)");
    // The 64 MiB block: at least one 2 MiB page with the tunable, none without it (in this mode
    // the kernel gives huge pages only to memory that asked).
    EXPECT_GE(std::stol(on.at("huge_kb")), 2048);
    EXPECT_EQ(std::stol(off.at("huge_kb")), 0);
}

} // namespace
