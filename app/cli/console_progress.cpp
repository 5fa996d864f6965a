#include "console_progress.h"

#include <string>

namespace gugus::cli {

ConsoleProgress::ConsoleProgress(const Console& console, bool quiet)
    : m_console(console), m_quiet(quiet), m_last(std::chrono::steady_clock::now()) {}

ConsoleProgress::~ConsoleProgress() {
    // Erase the last progress line so that what follows starts on a clean line.
    if (m_printed && m_console.errIsTerminal) {
        m_console.err << "\r\033[K" << std::flush;
    }
}

void ConsoleProgress::report(std::int64_t done, std::int64_t total, std::string_view stage) {
    if (m_quiet) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - m_last < std::chrono::milliseconds(500)) {
        return;
    }
    m_last = now;
    // An unknown total (rows still arriving from a database) shows the count instead.
    const std::string amount =
        total > 0 ? std::to_string(int(100 * done / total)) + "%" : std::to_string(done);
    if (m_console.errIsTerminal) {
        m_console.err << "\r\033[K[" << stage << "] " << amount << std::flush;
    } else {
        m_console.err << "[" << stage << "] " << amount << "\n";
    }
    m_printed = true;
}

bool ConsoleProgress::cancelled() const {
    return m_console.cancel && m_console.cancel->load();
}

} // namespace gugus::cli
