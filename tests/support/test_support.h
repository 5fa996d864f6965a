#pragma once

#include "common/error.h"
#include "common/matrix.h"
#include "common/parallel.h"
#include "common/progress.h"
#include "data/table.h"
#include "numeric/simd_dispatch.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

namespace gugus::test {

/// Path of a file under tests/data/.
std::string dataPath(const std::string& relative);
/// Path of a file under ../shared/data/, or "" when that folder is absent.
std::string sharedDataPath(const std::string& file);
/// Path of the bundled sample CSV.
std::string samplePath();
/// The bundled sample as read with the default CSV options.
core::Table readSampleTable();
/// Path of the built gugus-cli.
std::string cliPath();

/// Skips the current test with a message when ../shared/data/<file> is absent.
#define GUGUS_REQUIRE_SHARED(file, var)                                                            \
    const std::string var = ::gugus::test::sharedDataPath(file);                                   \
    if (var.empty()) {                                                                             \
        GTEST_SKIP() << "../shared/data/" << (file) << " is absent; skipping";                     \
    }

/// |actual - expected| <= rel * max(|expected|, tiny): a relative-tolerance compare.
::testing::AssertionResult relativeNear(double actual, double expected, double rel);
#define EXPECT_REL_NEAR(actual, expected, rel)                                                     \
    EXPECT_TRUE(::gugus::test::relativeNear((actual), (expected), (rel)))

/// n rows of d features around k random centres (uniform in [-10, 10]) with Gaussian noise of
/// standard deviation `spread`; the same data on every platform (our own Random and Box-Muller).
core::FeatureMatrix gaussianBlobs(std::int64_t n, std::int64_t d, int k, std::uint64_t seed,
                                  double spread);

/// n x 3 rows repeating five points: centres placed on rows make exact ties everywhere.
core::FeatureMatrix duplicatedRows(std::int64_t n);

/// n x d columns of 0/1 (1 with probability 0.3): few distinct rows, many equal distances.
core::FeatureMatrix binaryColumns(std::int64_t n, std::int64_t d, std::uint64_t seed);

/// Reads a plain numeric CSV (header line, comma-separated doubles) into a matrix.
core::FeatureMatrix readMatrixCsv(const std::string& path);
/// Reads one integer per line (optional header) into labels.
core::Labels readLabels(const std::string& path);

/// Runs a command, returns its exit code and stores stdout (and stderr if asked) in `output`.
int runCommand(const std::string& command, std::string* output);

/// A fresh temporary directory removed when the object dies.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string path(const std::string& name) const { return (m_dir / name).string(); }

private:
    std::filesystem::path m_dir;
};

/// Restores the engine's default thread count when a test ends, whatever happens.
struct ThreadCountGuard {
    ThreadCountGuard() = default;
    ThreadCountGuard(const ThreadCountGuard&) = delete;
    ThreadCountGuard& operator=(const ThreadCountGuard&) = delete;
    ~ThreadCountGuard() { core::setThreadCount(0); }
};

/// Runs the engine's kernels at 8 lanes (AVX-512) or 4 (AVX2) while alive, then goes back to the
/// width chosen at start-up (numeric/simd_dispatch.h). `wide()` says whether 8 lanes run: asking
/// for them on a build or CPU without them keeps 4.
class KernelWidthGuard {
public:
    explicit KernelWidthGuard(bool wide)
        : m_before(core::detail::useWideKernels()), m_wide(core::detail::setWideKernels(wide)) {}
    KernelWidthGuard(const KernelWidthGuard&) = delete;
    KernelWidthGuard& operator=(const KernelWidthGuard&) = delete;
    ~KernelWidthGuard() { core::detail::setWideKernels(m_before); }
    bool wide() const { return m_wide; }

private:
    bool m_before;
    bool m_wide;
};

/// Skips the current test with a message when this build or CPU has no 8-lane kernels.
#define GUGUS_REQUIRE_WIDE_KERNELS()                                                               \
    if (!::gugus::core::detail::wideKernelsAvailable()) {                                          \
        GTEST_SKIP() << "no 8-lane (AVX-512) kernels in this build or on this CPU; skipping";      \
    }

/// Asks to cancel once the engine has reported `reports` times (1 = right after the first).
class CancelAfterReports : public core::Progress {
public:
    explicit CancelAfterReports(int reports = 1) : m_left(reports) {}
    void report(std::int64_t, std::int64_t, std::string_view) override { --m_left; }
    bool cancelled() const override { return m_left <= 0; }

private:
    int m_left;
};

/// The code of the core::Error that `fn` throws (and its subject, if asked); a test failure and
/// InvalidModel when it throws none.
template <class Fn> core::ErrorCode errorCodeOf(Fn&& fn, std::string* subject = nullptr) {
    try {
        fn();
    } catch (const core::Error& e) {
        if (subject) {
            *subject = e.subject();
        }
        return e.code();
    }
    ADD_FAILURE() << "no gugus::core::Error thrown";
    return core::ErrorCode::InvalidModel;
}

} // namespace gugus::test
