// gugus-cli: the command-line front end of the Gugus engine. Composition root only: the commands
// live in the gugus_cli library (cli.h); here the process's streams and Ctrl+C are wired to it.
#include "cli.h"
#ifdef GUGUS_WITH_REPORTS
#include "report_renderer.h"

#include <QGuiApplication>
#endif

#include <atomic>
#include <csignal>
#include <iostream>
#include <unistd.h>

namespace {

// Ctrl+C asks the running command to stop at its next progress check; it then says "cancelled"
// and exits 130. (A lock-free atomic store is safe in a signal handler.)
std::atomic<bool> g_interrupted{false};

void onSigint(int) {
    g_interrupted.store(true);
}

} // namespace

int main(int argc, char** argv) {
    std::signal(SIGINT, onSigint);
    gugus::cli::Console console{std::cout, std::cerr, isatty(STDERR_FILENO) != 0, &g_interrupted};
#ifdef GUGUS_WITH_REPORTS
    std::unique_ptr<QGuiApplication> app; // started by the first report; gone before main ends
    console.renderReport = gugus::cli::qtReportRenderer(app);
#endif
    return gugus::cli::runCli({argv + 1, argv + argc}, console);
}
