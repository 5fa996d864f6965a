#pragma once

#include "cli.h"

#include "common/progress.h"

#include <chrono>

namespace gugus::cli {

/// Progress on the console's err stream, at most every 0.5 s ("[stage] 42%"), unless quiet;
/// cancelled once the console's cancel flag is set.
class ConsoleProgress final : public core::Progress {
public:
    ConsoleProgress(const Console& console, bool quiet);
    ~ConsoleProgress() override;
    ConsoleProgress(const ConsoleProgress&) = delete;
    ConsoleProgress& operator=(const ConsoleProgress&) = delete;

    void report(std::int64_t done, std::int64_t total, std::string_view stage) override;
    bool cancelled() const override;

private:
    Console m_console; // a copy: it only holds the streams and the flag, which outlive the work
    bool m_quiet;
    bool m_printed = false;
    std::chrono::steady_clock::time_point m_last;
};

} // namespace gugus::cli
