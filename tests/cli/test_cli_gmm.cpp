// gugus-cli with --algorithm gmm: the summary's log-likelihood, BIC and AIC, the p_segment_*
// columns of the labelled file and of scoring, the SQL refusal, the sweep's BIC/AIC, the PCA
// reduction, and option errors.
#include "cli_test_util.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <sstream>

using gugus::test::CliRun;
using gugus::test::contains;
using gugus::test::lines;
using gugus::test::readFile;
using gugus::test::runCli;
using gugus::test::TempDir;
using nlohmann::json;

namespace {

const std::vector<std::string> kSampleFeatures{
    "--features", "Usia,Jumlah_Anak,Pendapatan_Tahunan,Total_Relationship_Balance"};

std::vector<std::string> cells(const std::string& line) {
    std::vector<std::string> out;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ',')) {
        out.push_back(cell);
    }
    if (!line.empty() && line.back() == ',') {
        out.emplace_back();
    }
    return out;
}

/// Index of `name` in a CSV header line, or -1.
int columnOf(const std::string& header, const std::string& name) {
    const auto names = cells(header);
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == name) {
            return int(i);
        }
    }
    return -1;
}

/// Per data row: the `segment` value and the p_segment_0..k-1 values.
struct Memberships {
    std::vector<int> segment;
    std::vector<std::vector<double>> p;
};

Memberships readMemberships(const std::string& path, int k) {
    const auto rows = lines(readFile(path));
    Memberships m;
    const int segment = columnOf(rows.at(0), "segment");
    std::vector<int> columns;
    for (int s = 0; s < k; ++s) {
        columns.push_back(columnOf(rows.at(0), "p_segment_" + std::to_string(s)));
        EXPECT_GE(columns.back(), 0) << "p_segment_" << s << " missing in " << rows.at(0);
    }
    EXPECT_EQ(columnOf(rows.at(0), "p_segment_" + std::to_string(k)), -1);
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto c = cells(rows[r]);
        m.segment.push_back(std::stoi(c.at(std::size_t(segment))));
        std::vector<double> p;
        for (const int col : columns) {
            // strtod, not stod: a probability can be subnormal (stod refuses those).
            p.push_back(std::strtod(c.at(std::size_t(col)).c_str(), nullptr));
        }
        m.p.push_back(std::move(p));
    }
    return m;
}

class CliGmm : public ::testing::Test {
protected:
    std::vector<std::string> segmentArgs(std::vector<std::string> more) const {
        std::vector<std::string> args{"segment", gugus::test::samplePath(), "--algorithm", "gmm",
                                      "--quiet"};
        args.insert(args.end(), kSampleFeatures.begin(), kSampleFeatures.end());
        args.insert(args.end(), more.begin(), more.end());
        return args;
    }
    TempDir dir;
};

} // namespace

TEST_F(CliGmm, SegmentWritesProbabilitiesAndTheModelScoresThem) {
    const CliRun run = runCli(segmentArgs(
        {"--k", "3", "--covariance", "diag", "--out", dir.path("labels.csv"), "--summary",
         dir.path("summary.json"), "--model-out", dir.path("model.json")}));
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.out, "Gaussian mixture (diag covariances): mean log-likelihood"))
        << run.out;
    const json summary = json::parse(readFile(dir.path("summary.json")));
    EXPECT_EQ(summary.at("options").at("algorithm"), "gmm");
    EXPECT_EQ(summary.at("options").at("covariance"), "diag");
    EXPECT_EQ(summary.at("options").at("init"), "kmeans");
    const json& metrics = summary.at("metrics");
    const double ll = metrics.at("log_likelihood").get<double>();
    const auto n = summary.at("n_rows").get<double>();
    const double p = summary.at("gmm").at("free_parameters").get<double>();
    EXPECT_EQ(p, 3 * 4 + 3 * 4 + 2); // diag: k d variances, k d means, k - 1 weights
    EXPECT_NEAR(metrics.at("bic").get<double>(), -2 * ll * n + p * std::log(n), 1e-6 * n);
    EXPECT_NEAR(metrics.at("aic").get<double>(), -2 * ll * n + 2 * p, 1e-6 * n);
    EXPECT_TRUE(metrics.contains("silhouette")); // the usual metrics stay

    // Every row's probabilities sum to 1 and the segment is the most probable one; segments
    // are numbered by size, and so are the columns and the summary's weights.
    const Memberships trained = readMemberships(dir.path("labels.csv"), 3);
    ASSERT_EQ(trained.segment.size(), 5000u);
    std::vector<double> mass(3, 0.0);
    std::vector<std::int64_t> sizes(3, 0);
    for (std::size_t i = 0; i < trained.segment.size(); ++i) {
        const auto& q = trained.p[i];
        EXPECT_NEAR(q[0] + q[1] + q[2], 1.0, 1e-12);
        const auto best = std::max_element(q.begin(), q.end()) - q.begin();
        EXPECT_EQ(best, trained.segment[i]) << "row " << i;
        sizes[std::size_t(trained.segment[i])] += 1;
        for (int s = 0; s < 3; ++s) {
            mass[std::size_t(s)] += q[std::size_t(s)];
        }
    }
    EXPECT_GE(sizes[0], sizes[1]);
    EXPECT_GE(sizes[1], sizes[2]);
    const auto weights = summary.at("gmm").at("weights").get<std::vector<double>>();
    // A mixture weight is the mean membership probability of the E-step before the last M-step;
    // the file's probabilities come one step later (stopped at tol 1e-3), so they agree closely.
    for (int s = 0; s < 3; ++s) {
        EXPECT_NEAR(weights[std::size_t(s)], mass[std::size_t(s)] / 5000.0, 5e-3);
    }

    // Scoring the training file with the saved model gives the same segments and probabilities.
    const CliRun scored = runCli({"score", dir.path("model.json"), gugus::test::samplePath(),
                                  "--quiet", "--out", dir.path("scored.csv")});
    ASSERT_EQ(scored.code, 0) << scored.err;
    const Memberships again = readMemberships(dir.path("scored.csv"), 3);
    EXPECT_EQ(again.segment, trained.segment);
    for (std::size_t i = 0; i < again.p.size(); ++i) {
        for (int s = 0; s < 3; ++s) {
            EXPECT_NEAR(again.p[i][std::size_t(s)], trained.p[i][std::size_t(s)], 1e-12);
        }
    }

    // No SQL form: refused with the reason.
    const CliRun sql = runCli({"model-sql", dir.path("model.json"), "--table", "t"});
    EXPECT_EQ(sql.code, 1);
    EXPECT_TRUE(contains(sql.err, "Gaussian mixture")) << sql.err;
}

TEST_F(CliGmm, ReducedRunClustersTheComponents) {
    const CliRun run = runCli(
        segmentArgs({"--k", "3", "--reduce", "pca:2", "--summary", dir.path("summary.json"),
                     "--model-out", dir.path("model.json"), "--out", dir.path("labels.csv")}));
    ASSERT_EQ(run.code, 0) << run.err;
    const json summary = json::parse(readFile(dir.path("summary.json")));
    EXPECT_EQ(summary.at("reduction").at("components"), 2);
    // Full covariances over 2 components: 3 * 3 + 3 * 2 + 2 parameters.
    EXPECT_EQ(summary.at("gmm").at("free_parameters"), 17);
    // Centres in the summary stay in the original (scaled) features.
    EXPECT_EQ(summary.at("segments").at(0).at("centre").size(), 4u);
    const json model = json::parse(readFile(dir.path("model.json")));
    EXPECT_EQ(model.at("gmm").at("covariance"), "full");
    EXPECT_EQ(model.at("centres").at(0).size(), 2u);
    const CliRun scored = runCli({"score", dir.path("model.json"), gugus::test::samplePath(),
                                  "--quiet", "--out", dir.path("scored.csv")});
    ASSERT_EQ(scored.code, 0) << scored.err;
    EXPECT_EQ(readMemberships(dir.path("scored.csv"), 3).segment,
              readMemberships(dir.path("labels.csv"), 3).segment);
}

TEST_F(CliGmm, SweepReportsBicAndAicWithTheirMinimum) {
    std::vector<std::string> args{"sweep",
                                  gugus::test::samplePath(),
                                  "--algorithm",
                                  "gmm",
                                  "--k-min",
                                  "2",
                                  "--k-max",
                                  "4",
                                  "--quiet",
                                  "--json",
                                  dir.path("sweep.json")};
    args.insert(args.end(), kSampleFeatures.begin(), kSampleFeatures.end());
    const CliRun run = runCli(args);
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.out, "lowest BIC: k = ")) << run.out;
    const json sweep = json::parse(readFile(dir.path("sweep.json")));
    const json& points = sweep.at("points");
    ASSERT_EQ(points.size(), 3u);
    int lowest = 0;
    double best = 0.0;
    for (const auto& point : points) {
        const double bic = point.at("bic").get<double>();
        if (lowest == 0 || bic < best) {
            best = bic;
            lowest = point.at("k").get<int>();
        }
        EXPECT_TRUE(point.contains("aic"));
    }
    EXPECT_EQ(sweep.at("lowest_bic_k"), lowest);
    // The k = 3 point's BIC is the one a run with k = 3 reports.
    ASSERT_EQ(runCli(segmentArgs({"--k", "3", "--summary", dir.path("summary.json")})).code, 0);
    const json summary = json::parse(readFile(dir.path("summary.json")));
    EXPECT_EQ(points.at(1).at("bic"), summary.at("metrics").at("bic"));
}

TEST_F(CliGmm, OptionsThatDoNotFitAreUsageErrors) {
    const auto usage = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"segment", gugus::test::samplePath(), "--k", "3", "--quiet"});
        return runCli(args);
    };
    CliRun r = usage({"--covariance", "diag"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "--covariance needs --algorithm gmm")) << r.err;
    r = usage({"--algorithm", "gmm", "--covariance", "diagonal"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "full, diag, spherical or tied")) << r.err;
    r = usage({"--algorithm", "gmm", "--gmm-init", "random"});
    EXPECT_EQ(r.code, 2);
    r = usage({"--algorithm", "gmm", "--reg-covar", "-1"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "--reg-covar")) << r.err;
    r = usage({"--algorithm", "gmm", "--init", "random"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "--gmm-init")) << r.err;
}
