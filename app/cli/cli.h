#pragma once

// gugus-cli as a library: every command reads an argument vector and writes to the streams it is
// given, so tests run commands in-process and main() only wires the process to them.

#include <atomic>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace gugus::core {
struct ReportContent;
class Progress;
} // namespace gugus::core

namespace gugus::cli {

/// Renders a report (PDF, HTML or XLSX by the path's extension) in a language ("en", "id").
/// The renderers need Qt, which the gugus_cli library does not: the gugus-cli binary built with
/// the desktop parts sets one (app/cli/report_renderer.cpp); without it --report is refused.
using ReportRenderer =
    std::function<void(const core::ReportContent& content, const std::string& language,
                       const std::string& path, core::Progress& progress)>;

/// Exit codes, the contract scripts rely on.
enum ExitCode : int {
    kExitOk = 0,
    kExitDataError = 1, ///< error in the data or files (one line on stderr)
    kExitUsage = 2,     ///< wrong usage
    kExitCancelled = 130,
};

/// Where a command writes and what may stop it. main() passes std::cout/std::cerr and the flag its
/// SIGINT handler sets; tests pass string streams. Library code installs no signal handler.
struct Console {
    std::ostream& out; ///< results
    std::ostream& err; ///< notes, progress and errors
    /// Progress rewrites one line ("\r", erase) only on a terminal; elsewhere one line a report.
    bool errIsTerminal = false;
    /// When set (may be set from a signal handler), long work stops and the command exits 130.
    const std::atomic<bool>* cancel = nullptr;
    /// Writes reports; empty when this build has none.
    ReportRenderer renderReport = {};
};

/// Runs `gugus-cli ARGS...` (args without the program name): dispatches to a command and turns its
/// errors into one line on err and the exit code (see ExitCode).
int runCli(const std::vector<std::string>& args, const Console& console);
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// The commands. Each takes its arguments (after the command name) and returns the exit code of a
/// success; mistakes and failures are thrown (UsageError, core::Error, core::Cancelled) for
/// runCli to report.
int runInspect(const std::vector<std::string>& args, const Console& console);
int runSegment(const std::vector<std::string>& args, const Console& console);
int runSweep(const std::vector<std::string>& args, const Console& console);
int runKDist(const std::vector<std::string>& args, const Console& console);
int runScore(const std::vector<std::string>& args, const Console& console);
int runModelSql(const std::vector<std::string>& args, const Console& console);
int runTune(const std::vector<std::string>& args, const Console& console);
int runReport(const std::vector<std::string>& args, const Console& console);
int runVersion(const std::vector<std::string>& args, const Console& console);
/// The overview of all commands; exit code 0 (runCli prints it with 2 when no command is given).
int runHelp(const std::vector<std::string>& args, const Console& console);

} // namespace gugus::cli
