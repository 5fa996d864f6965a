// gugus-cli with --algorithm kmedoids: the summary's medoids and total deviation, scoring by the
// nearest medoid, the SQL export (Manhattan yes, Gower refused), the sweep, and option errors.
#include "cli_test_util.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

using gugus::test::CliRun;
using gugus::test::contains;
using gugus::test::lines;
using gugus::test::readFile;
using gugus::test::runCli;
using nlohmann::json;

using CliKMedoids = gugus::test::CliSmallCsvTest;

TEST_F(CliKMedoids, GowerSegmentWritesMedoidsAndScoresByTheNearestMedoid) {
    // age and income numeric, area categorical: Gower mixes them without one-hot.
    const CliRun run = runCli({"segment", small, "--algorithm", "kmedoids", "--metric", "gower",
                               "--k", "3", "--id", "cust_id", "--features", "age,income,area",
                               "--quiet", "--out", dir.path("labels.csv"), "--summary",
                               dir.path("summary.json"), "--model-out", dir.path("model.json")});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.out, "gower distance: total deviation")) << run.out;
    EXPECT_TRUE(contains(run.out, "typical customer (medoid): input row")) << run.out;
    const json summary = json::parse(readFile(dir.path("summary.json")));
    EXPECT_EQ(summary.at("options").at("algorithm"), "kmedoids");
    EXPECT_EQ(summary.at("options").at("metric"), "gower");
    EXPECT_EQ(summary.at("metrics").at("silhouette_metric"), "gower");
    // The three obvious groups: each medoid is the middle customer of its group.
    auto medoids = summary.at("medoids").get<std::vector<int>>();
    ASSERT_EQ(medoids.size(), 3u);
    std::sort(medoids.begin(), medoids.end());
    EXPECT_EQ(medoids, (std::vector<int>{1, 4, 6}));
    EXPECT_GT(summary.at("metrics").at("total_deviation").get<double>(), 0.0);
    // Each medoid is labelled with its own segment in the labels file.
    const auto labels = lines(readFile(dir.path("labels.csv")));
    const auto segmentOf = [&](int row) {
        const std::string& line = labels[std::size_t(row) + 1];
        return std::stoi(line.substr(line.rfind(',') + 1));
    };
    for (std::size_t s = 0; s < 3; ++s) {
        EXPECT_EQ(segmentOf(summary.at("medoids")[s].get<int>()), int(s));
    }
    // Scoring the training file reproduces every label.
    const CliRun scored = runCli(
        {"score", dir.path("model.json"), small, "--quiet", "--out", dir.path("scored.csv")});
    ASSERT_EQ(scored.code, 0) << scored.err;
    const auto again = lines(readFile(dir.path("scored.csv")));
    ASSERT_EQ(again.size(), labels.size());
    for (std::size_t i = 1; i < again.size(); ++i) {
        const std::string row = again[i].substr(0, again[i].rfind(','));
        EXPECT_EQ(row.substr(row.rfind(',') + 1), labels[i].substr(labels[i].rfind(',') + 1));
    }
    // Gower has no SQL form: refused with a reason.
    const CliRun sql = runCli({"model-sql", dir.path("model.json"), "--table", "t"});
    EXPECT_EQ(sql.code, 1);
    EXPECT_TRUE(contains(sql.err, "Gower")) << sql.err;
}

TEST_F(CliKMedoids, ManhattanModelIsWrittenAsSql) {
    ASSERT_EQ(runCli({"segment", small, "--algorithm", "kmedoids", "--metric", "manhattan", "--k",
                      "3", "--id", "cust_id", "--features", "age,income", "--quiet", "--model-out",
                      dir.path("model.json")})
                  .code,
              0);
    const CliRun sql = runCli({"model-sql", dir.path("model.json"), "--table", "customers"});
    ASSERT_EQ(sql.code, 0) << sql.err;
    EXPECT_TRUE(contains(sql.out, "ABS((")) << sql.out;
    EXPECT_EQ(sql.out.rfind("-- Gugus segment model (kmedoids, k = 3)", 0), 0u) << sql.out;
}

TEST_F(CliKMedoids, SweepUsesTheGowerSilhouette) {
    const CliRun run = runCli({"sweep", small, "--algorithm", "kmedoids", "--k-min", "2", "--k-max",
                               "4", "--id", "cust_id", "--features", "age,income,area", "--quiet",
                               "--json", dir.path("sweep.json")});
    ASSERT_EQ(run.code, 0) << run.err;
    const json sweep = json::parse(readFile(dir.path("sweep.json")));
    EXPECT_TRUE(contains(run.out, "suggested k: 3")) << run.out;
    // The k = 3 point's silhouette is the Gower silhouette a K-Medoids run with k = 3 reports.
    ASSERT_EQ(
        runCli({"segment", small, "--algorithm", "kmedoids", "--k", "3", "--id", "cust_id",
                "--features", "age,income,area", "--quiet", "--summary", dir.path("summary.json")})
            .code,
        0);
    const json summary = json::parse(readFile(dir.path("summary.json")));
    const json& points = sweep.at("points");
    bool found = false;
    for (const auto& p : points) {
        if (p.at("k") == 3) {
            EXPECT_EQ(p.at("silhouette"), summary.at("metrics").at("silhouette"));
            found = true;
        }
    }
    EXPECT_TRUE(found) << sweep.dump();
}

TEST_F(CliKMedoids, OptionsThatDoNotFitAreUsageErrors) {
    const auto usage = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"segment", small, "--k", "3", "--id", "cust_id", "--quiet"});
        return runCli(args);
    };
    CliRun r = usage({"--gower-weight", "age=2"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "--gower-weight needs --algorithm kmedoids")) << r.err;
    r = usage({"--algorithm", "kmedoids", "--metric", "cosine"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "gower, euclidean or manhattan")) << r.err;
    r = usage({"--algorithm", "kmedoids", "--metric", "euclidean", "--gower-weight", "age=2"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "--gower-weight needs --metric gower")) << r.err;
    r = usage({"--algorithm", "kmedoids", "--gower-weight", "age=-1"});
    EXPECT_EQ(r.code, 2);
    r = usage({"--algorithm", "kmedoids", "--gower-weight", "nosuch=1"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "nosuch")) << r.err;
}
