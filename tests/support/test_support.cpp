#include "test_support.h"

#include "common/random.h"
#include "data/csv_reader.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

namespace gugus::test {

core::FeatureMatrix gaussianBlobs(std::int64_t n, std::int64_t d, int k, std::uint64_t seed,
                                  double spread) {
    core::Random rng(seed);
    core::CentreMatrix centres(k, d);
    for (std::int64_t j = 0; j < k; ++j) {
        for (std::int64_t f = 0; f < d; ++f) {
            centres(j, f) = 20.0 * rng.uniform() - 10.0;
        }
    }
    core::FeatureMatrix x(n, d);
    for (std::int64_t i = 0; i < n; ++i) {
        const auto c = std::int64_t(rng.below(std::uint64_t(k)));
        for (std::int64_t f = 0; f < d; ++f) {
            // Box-Muller from our own uniform, so the data are the same on every platform.
            const double u1 = 1.0 - rng.uniform();
            const double u2 = rng.uniform();
            x(i, f) = centres(c, f) +
                      spread * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
        }
    }
    return x;
}

core::FeatureMatrix duplicatedRows(std::int64_t n) {
    core::FeatureMatrix x(n, 3);
    for (std::int64_t i = 0; i < n; ++i) {
        for (std::int64_t f = 0; f < 3; ++f) {
            x(i, f) = double((i * 7 + f) % 5);
        }
    }
    return x;
}

core::FeatureMatrix binaryColumns(std::int64_t n, std::int64_t d, std::uint64_t seed) {
    core::Random rng(seed);
    core::FeatureMatrix x(n, d);
    for (std::int64_t i = 0; i < n; ++i) {
        for (std::int64_t f = 0; f < d; ++f) {
            x(i, f) = rng.uniform() < 0.3 ? 1.0 : 0.0;
        }
    }
    return x;
}

std::string dataPath(const std::string& relative) {
    return std::string(GUGUS_TEST_DATA_DIR) + "/" + relative;
}

std::string sharedDataPath(const std::string& file) {
    const std::filesystem::path p = std::filesystem::path(GUGUS_SHARED_DATA_DIR) / file;
    return std::filesystem::exists(p) ? p.string() : std::string();
}

std::string samplePath() {
    return GUGUS_SAMPLE_CSV;
}
core::Table readSampleTable() {
    core::NullProgress progress;
    return core::readCsvFile(samplePath(), core::CsvOptions{}, progress).table;
}
std::string cliPath() {
    return GUGUS_CLI_PATH;
}

::testing::AssertionResult relativeNear(double actual, double expected, double rel) {
    const double scale = std::max(std::abs(expected), 1e-300);
    const double err = std::abs(actual - expected) / scale;
    if (err <= rel || (std::isnan(actual) && std::isnan(expected))) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "actual " << actual << " vs expected " << expected
                                         << ": relative error " << err << " > " << rel;
}

core::FeatureMatrix readMatrixCsv(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot open " + path);
    }
    std::string line;
    std::getline(in, line); // header
    std::vector<std::vector<double>> rows;
    while (std::getline(in, line)) {
        if (line.empty() || line == "\r") {
            continue;
        }
        std::vector<double> row;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, ',')) {
            row.push_back(std::stod(cell));
        }
        rows.push_back(std::move(row));
    }
    core::FeatureMatrix m(std::int64_t(rows.size()),
                          rows.empty() ? 0 : std::int64_t(rows[0].size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t j = 0; j < rows[i].size(); ++j) {
            m(std::int64_t(i), std::int64_t(j)) = rows[i][j];
        }
    }
    return m;
}

core::Labels readLabels(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot open " + path);
    }
    core::Labels labels;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line == "\r") {
            continue;
        }
        try {
            labels.push_back(std::stoi(line));
        } catch (const std::invalid_argument&) {
            // header line
        }
    }
    return labels;
}

int runCommand(const std::string& command, std::string* output) {
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) {
        return -1;
    }
    std::array<char, 4096> buffer{};
    std::string text;
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        text.append(buffer.data(), n);
    }
    const int status = pclose(pipe);
    if (output) {
        *output = std::move(text);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TempDir::TempDir() {
    std::random_device rd;
    m_dir = std::filesystem::temp_directory_path() /
            ("gugus-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(m_dir);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
}

} // namespace gugus::test
