#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gugus::core {

/// False in sanitizer builds, whose allocator replaces glibc's (and ignores its tunables).
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool kGlibcAllocator = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) ||                         \
    __has_feature(memory_sanitizer)
inline constexpr bool kGlibcAllocator = false;
#else
inline constexpr bool kGlibcAllocator = true;
#endif
#else
inline constexpr bool kGlibcAllocator = true;
#endif

/// Puts the process's large allocations (columns, matrices, a view's million header sections) on
/// the kernel's 2 MiB transparent huge pages, where the kernel gives them only on request.
///
/// Why: filling fresh memory costs one page fault per 4 KiB page, and on a virtual machine a
/// fault can cost 10 µs, so a million rows' column or Qt's table header paid more for its faults
/// than for its work (docs/performance.md, "Large allocations on huge pages"). glibc asks for huge
/// pages for its large blocks when its `glibc.malloc.hugetlb=1` tunable is set, but it reads
/// tunables only when a program starts. So, when the kernel's mode is `madvise`, this sets the
/// tunable and starts the same program again in the same process (`execv` of the file
/// /proc/self/exe names, same arguments); the second start restores the environment as it was, so
/// programs started from Gugus see none of it. Nothing happens when the kernel's mode is `always`
/// (nothing to ask) or `never`, with a glibc older than 2.35 (no such tunable), when the program
/// was started through the dynamic loader, when the user's GLIBC_TUNABLES already names the
/// tunable, when GUGUS_HUGE_PAGES=0, or in sanitizer builds (their allocator is not glibc's). If
/// the second start fails, the program goes on as it is.
///
/// Call it first in main(), before any thread or file exists.
void preferHugePages(char** argv);

/// The GLIBC_TUNABLES value that adds `glibc.malloc.hugetlb=1` to `current` (null: unset), or
/// nothing when no second start is wanted: `thpMode` (the bracketed word of
/// /sys/kernel/mm/transparent_hugepage/enabled) is not "madvise", or `current` already sets the
/// tunable either way.
std::optional<std::string> tunablesWithHugePages(const char* current, std::string_view thpMode);

/// Whether a glibc of this version ("2.36") knows the tunable (2.35 and later).
bool glibcHasHugeTlb(std::string_view version);

/// The kernel's transparent huge page mode ("always", "madvise", "never"), read from the text of
/// /sys/kernel/mm/transparent_hugepage/enabled ("always [madvise] never"); empty if unreadable.
std::string thpModeFrom(std::string_view enabledFile);

} // namespace gugus::core
