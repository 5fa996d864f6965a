#pragma once

#include "common/matrix.h"

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
/// Path of the built gugus-cli.
std::string cliPath();

/// Skips the current test with a message when ../shared/data/<file> is absent.
#define GUGUS_REQUIRE_SHARED(file, var)                                                            \
    const std::string var = ::gugus::test::sharedDataPath(file);                                   \
    if (var.empty()) {                                                                             \
        GTEST_SKIP() << "../shared/data/" << (file) << " is absent; skipping";                    \
    }

/// |actual - expected| <= rel * max(|expected|, tiny): a relative-tolerance compare.
::testing::AssertionResult relativeNear(double actual, double expected, double rel);
#define EXPECT_REL_NEAR(actual, expected, rel)                                                     \
    EXPECT_TRUE(::gugus::test::relativeNear((actual), (expected), (rel)))

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

} // namespace gugus::test
