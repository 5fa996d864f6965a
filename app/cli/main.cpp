// gugus-cli: the command-line front end of the Gugus engine. Composition root only: the commands
// live in the gugus_cli library (cli.h); here the process's streams and Ctrl+C are wired to it.
#include "cli.h"
#ifdef GUGUS_WITH_REPORTS
#include "report_renderer.h"

#include <QGuiApplication>
#endif

#include "cli_options.h"
#include "common/huge_pages.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace {

// Ctrl+C asks the running command to stop at its next progress check; it then says "cancelled"
// and exits 130. (A lock-free atomic store is safe in a signal handler.)
std::atomic<bool> g_interrupted{false};

void onSigint(int) {
    g_interrupted.store(true);
}

/// Reads a line from the terminal without echoing it (a database password).
std::string askPassword(const std::string& prompt) {
    std::FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty) {
        return {};
    }
    std::fputs(prompt.c_str(), tty);
    std::fflush(tty);
    termios saved{};
    const int fd = fileno(tty);
    const bool quiet = tcgetattr(fd, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    std::string line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty)) {
        line += char(c);
    }
    if (quiet) {
        tcsetattr(fd, TCSAFLUSH, &saved);
    }
    std::fputs("\n", tty);
    std::fclose(tty);
    return line;
}

} // namespace

int main(int argc, char** argv) {
    gugus::core::preferHugePages(argv);
    std::signal(SIGINT, onSigint);
    if (isatty(STDIN_FILENO)) {
        gugus::cli::setPasswordPrompt(askPassword);
    }
    gugus::cli::Console console{std::cout, std::cerr, isatty(STDERR_FILENO) != 0, &g_interrupted};
#ifdef GUGUS_WITH_REPORTS
    std::unique_ptr<QGuiApplication> app; // started by the first report; gone before main ends
    console.renderReport = gugus::cli::qtReportRenderer(app);
#endif
    return gugus::cli::runCli({argv + 1, argv + argc}, console);
}
