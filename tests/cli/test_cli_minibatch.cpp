// `gugus-cli segment --kmeans-algorithm minibatch`: the whole job (labels for every row, summary,
// model that `score` uses), close to full K-Means, and the refused combinations.
#include "cli_test_util.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <cstdio>

using gugus::test::CliRun;
using gugus::test::contains;
using gugus::test::lastFields;
using gugus::test::readFile;
using gugus::test::runCli;
using gugus::test::scoredSegments;
using gugus::test::TempDir;
using nlohmann::json;

namespace {

/// Customers in four blobs, four numeric columns: 30,000; 6,000 in the sanitizer build, still
/// more than the 1,536 rows mini-batch K-Means draws its starting centres from.
#ifdef GUGUS_SANITIZED
constexpr std::int64_t kRows = 6000;
#else
constexpr std::int64_t kRows = 30000;
#endif

std::string writeBlobs(const TempDir& dir) {
    const gugus::core::FeatureMatrix x = gugus::test::gaussianBlobs(kRows, 4, 4, 41, 1.5);
    std::string text = "a,b,c,d\n";
    char line[160];
    for (std::int64_t i = 0; i < x.rows(); ++i) {
        std::snprintf(line, sizeof line, "%.6f,%.6f,%.6f,%.6f\n", x(i, 0), x(i, 1), x(i, 2),
                      x(i, 3));
        text += line;
    }
    const std::string path = dir.path("blobs.csv");
    gugus::test::writeFile(path, text);
    return path;
}

TEST(CliMiniBatch, SegmentsEveryRowAndScoresWithTheModel) {
    TempDir dir;
    const std::string csv = writeBlobs(dir);
    const CliRun run =
        runCli({"segment", csv, "--k", "4", "--kmeans-algorithm", "minibatch", "--batch-size",
                "512", "--n-init", "3", "--quiet", "--summary", dir.path("mb.json"), "--out",
                dir.path("labels.csv"), "--model-out", dir.path("model.json")});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.out, "mini-batch K-Means: ")) << run.out;
    EXPECT_TRUE(contains(run.out, "whole run ")) << run.out;
    const json mb = json::parse(readFile(dir.path("mb.json")));
    EXPECT_EQ(mb.at("options").at("kmeans_algorithm"), "minibatch");
    EXPECT_EQ(mb.at("options").at("batch_size"), 512);
    EXPECT_GT(mb.at("kmeans").at("steps").get<std::int64_t>(), 0);
    EXPECT_EQ(mb.at("kmeans").at("run_inertias").size(), 3u);
    const std::vector<std::string> labels = lastFields(readFile(dir.path("labels.csv")));
    ASSERT_EQ(labels.size(), std::size_t(kRows)); // every customer has a segment
    for (const auto& l : labels) {
        ASSERT_TRUE(l == "0" || l == "1" || l == "2" || l == "3") << l;
    }

    // Close to full K-Means on the same prepared features.
    const CliRun full = runCli({"segment", csv, "--k", "4", "--n-init", "3", "--quiet", "--summary",
                                dir.path("full.json")});
    ASSERT_EQ(full.code, 0) << full.err;
    const json f = json::parse(readFile(dir.path("full.json")));
    const double ratio =
        mb.at("metrics").at("inertia").get<double>() / f.at("metrics").at("inertia").get<double>();
    EXPECT_LT(ratio, 1.01);
    EXPECT_GT(ratio, 0.99);

    // The model assigns by the mini-batch centres: the training rows get their labels back.
    const CliRun scored =
        runCli({"score", dir.path("model.json"), csv, "--out", dir.path("scored.csv"), "--quiet"});
    ASSERT_EQ(scored.code, 0) << scored.err;
    EXPECT_EQ(scoredSegments(readFile(dir.path("scored.csv"))), labels);
}

TEST(CliMiniBatch, RefusesOptionsThatDoNotApply) {
    TempDir dir;
    const std::string sample = gugus::test::samplePath();
    const auto refused = [&](const std::vector<std::string>& extra, const std::string& text) {
        std::vector<std::string> args{"segment", sample, "--k", "3"};
        args.insert(args.end(), extra.begin(), extra.end());
        const CliRun run = runCli(args);
        EXPECT_EQ(run.code, 2) << run.err;
        EXPECT_TRUE(contains(run.err, text)) << run.err;
    };
    refused({"--batch-size", "100"}, "--batch-size needs --kmeans-algorithm minibatch");
    refused({"--max-no-improvement", "5"}, "needs --kmeans-algorithm minibatch");
    refused({"--kmeans-algorithm", "minibatch", "--batch-size", "0"}, "--batch-size must be");
    refused({"--kmeans-algorithm", "minibatch", "--algorithm", "hierarchical"},
            "needs --algorithm kmeans");
    refused({"--kmeans-algorithm", "fast"}, "lloyd, elkan or minibatch");
}

} // namespace
