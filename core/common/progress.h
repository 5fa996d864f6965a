#pragma once

#include <atomic>
#include <cstdint>
#include <exception>
#include <functional>
#include <string_view>

namespace gugus::core {

/// Thrown by an engine call that saw `Progress::cancelled()`. A cancelled call never returns a
/// partial result dressed as complete.
class Cancelled : public std::exception {
public:
    const char* what() const noexcept override { return "cancelled"; }
};

/// How long work tells its caller where it is and learns whether to stop.
///
/// Threads: `cancelled()` may be called from any thread (also inside parallel regions), so
/// implementations must make it thread-safe and cheap. `report()` is called only from the thread
/// that made the engine call, outside parallel regions.
class Progress {
public:
    virtual ~Progress() = default;
    /// @param done   units finished so far, 0 <= done <= total
    /// @param total  units in this stage (rows, iterations, k values ...)
    /// @param stage  a stable machine key such as "csv.parse" or "kmeans.run" (not user text)
    virtual void report(std::int64_t done, std::int64_t total, std::string_view stage) = 0;
    virtual bool cancelled() const = 0;

    void throwIfCancelled() const {
        if (cancelled()) {
            throw Cancelled();
        }
    }
};

/// Progress that ignores reports and is never cancelled.
class NullProgress final : public Progress {
public:
    void report(std::int64_t, std::int64_t, std::string_view) override {}
    bool cancelled() const override { return false; }
};

/// Progress with an atomic cancel flag and an optional report callback; used by the CLI and
/// tests, and as a building block for the Qt adapter.
class CallbackProgress : public Progress {
public:
    using Callback = std::function<void(std::int64_t, std::int64_t, std::string_view)>;
    explicit CallbackProgress(Callback cb = {}) : m_callback(std::move(cb)) {}

    void report(std::int64_t done, std::int64_t total, std::string_view stage) override {
        if (m_callback) {
            m_callback(done, total, stage);
        }
    }
    bool cancelled() const override { return m_cancelled.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

private:
    Callback m_callback;
    std::atomic<bool> m_cancelled{false};
};

/// Maps a sub-task onto a slice [from, to) of a parent's 0..scale range, so a k sweep can give each
/// k-means run its share of one progress bar. Cancellation is the parent's.
class SubProgress final : public Progress {
public:
    SubProgress(Progress& parent, std::int64_t from, std::int64_t to, std::int64_t scale)
        : m_parent(parent), m_from(from), m_to(to), m_scale(scale) {}

    void report(std::int64_t done, std::int64_t total, std::string_view stage) override {
        const double f = total > 0 ? double(done) / double(total) : 0.0;
        m_parent.report(m_from + std::int64_t(f * double(m_to - m_from)), m_scale, stage);
    }
    bool cancelled() const override { return m_parent.cancelled(); }

private:
    Progress& m_parent;
    std::int64_t m_from;
    std::int64_t m_to;
    std::int64_t m_scale;
};

} // namespace gugus::core
