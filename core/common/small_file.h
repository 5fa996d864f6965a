#pragma once

#include <cstdint>
#include <string>

namespace gugus::core {

/// Largest project, recipe or query file read: they hold settings, a few kilobytes.
inline constexpr std::int64_t kMaxSettingsFileBytes = std::int64_t(16) << 20;
/// Largest model file read: a DBSCAN model keeps its core rows (about 40 MB of JSON for 100,000
/// core rows of 18 features); beyond this a file is not taken as a model.
inline constexpr std::int64_t kMaxModelFileBytes = std::int64_t(1) << 30;

/// The whole content of the regular file `path`, of at most `maxBytes` bytes: a model, a
/// project, a recipe, a display or a query file, which people send each other. Checked before a
/// byte is read, so a huge file costs nothing and a pipe or a device (which could block, or
/// never end) is refused instead of read.
/// Throws Error FileNotFound; FileUnreadable (a directory, a pipe, a device, or a read error,
/// with the system's reason as the detail); FileTooLarge (more than `maxBytes`, also when the
/// file grows while it is read).
std::string readSmallFile(const std::string& path, std::int64_t maxBytes);

/// The first `maxBytes` bytes of the regular file `path` (all of a shorter file): a preview's
/// head. Opened and checked as readSmallFile does (a pipe or a device is refused, never waited
/// on). Throws Error FileNotFound or FileUnreadable.
std::string readFileHead(const std::string& path, std::int64_t maxBytes);

/// Returns when `path` is a regular file; throws Error FileNotFound or FileUnreadable ("not a
/// regular file": a pipe, a device, a directory) as readFileHead does, opening it without
/// waiting. For the desktop program, before a reader that opens its file blocking (and reads a
/// pipe, as the CLI's stdin): a named pipe with no writer would hold that job for good.
void requireRegularFile(const std::string& path);

} // namespace gugus::core
