#include "console_progress.h"

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
    const int percent = total > 0 ? int(100 * done / total) : 0;
    if (m_console.errIsTerminal) {
        m_console.err << "\r\033[K[" << stage << "] " << percent << "%" << std::flush;
    } else {
        m_console.err << "[" << stage << "] " << percent << "%\n";
    }
    m_printed = true;
}

bool ConsoleProgress::cancelled() const {
    return m_console.cancel && m_console.cancel->load();
}

} // namespace gugus::cli
