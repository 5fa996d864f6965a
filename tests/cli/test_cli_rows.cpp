// gugus-cli's row filters and outlier rules: --where, --outliers, --outlier-cols,
// --outlier-action; every input row stays in --out with its reason, the summary counts the rows,
// and `score` reports the rows a model's rules exclude instead of scoring them.
#include "cli_test_util.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

using gugus::test::CliRun;
using gugus::test::contains;
using gugus::test::lines;
using gugus::test::readFile;
using gugus::test::runCli;
using gugus::test::writeFile;
using nlohmann::json;

namespace {

/// Two groups per channel; one far-out income in the Telemarketing rows; a missing channel.
const char* const kRows = "id,channel,age,income\n"
                          "c1,Telemarketing,20,10\n"
                          "c2,Telemarketing,21,11\n"
                          "c3,Telemarketing,22,12\n"
                          "c4,Telemarketing,60,13\n"
                          "c5,Telemarketing,61,14\n"
                          "c6,Telemarketing,62,12\n"
                          "c7,Telemarketing,23,11\n"
                          "c8,Telemarketing,63,13\n"
                          "c9,Telemarketing,40,900\n"
                          "c10,Cabang,30,10\n"
                          "c11,,35,12\n";

class CliRows : public gugus::test::CliFileTest {
protected:
    CliRows() : CliFileTest("rows.csv", kRows) {}

    const std::string& data = input;
};

} // namespace

TEST_F(CliRows, FiltersAndOutliersKeepEveryRowInTheOutputWithItsReason) {
    const std::string out = dir.path("labels.csv");
    const std::string summary = dir.path("summary.json");
    const CliRun run =
        runCli({"segment", data, "--k", "2", "--id", "id", "--features", "age,income", "--where",
                "channel=Telemarketing", "--outliers", "zscore:2.5", "--outlier-cols", "income",
                "--out", out, "--summary", summary});
    ASSERT_EQ(run.code, 0) << run.err;
    const auto rows = lines(readFile(out));
    ASSERT_EQ(rows.size(), 12u); // header + every input row
    EXPECT_EQ(rows[0], "id,channel,age,income,segment,segment_reason");
    EXPECT_TRUE(contains(rows[9], "c9,Telemarketing,40,900,,outlier:income")) << rows[9];
    EXPECT_TRUE(contains(rows[10], "c10,Cabang,30,10,,filter:channel=Telemarketing"));
    EXPECT_TRUE(contains(rows[11], "c11,,35,12,,filter:channel=Telemarketing"));
    for (int r = 1; r <= 8; ++r) {
        EXPECT_TRUE(rows[std::size_t(r)].ends_with("0,") || rows[std::size_t(r)].ends_with("1,"))
            << rows[std::size_t(r)];
    }
    const json j = json::parse(readFile(summary));
    EXPECT_EQ(j.at("rows"), json({{"input", 11},
                                  {"filtered_out", 2},
                                  {"outliers", 1},
                                  {"missing_dropped", 0},
                                  {"clustered", 8}}));
    EXPECT_EQ(j.at("recipe").at("filters").at(0).at("values"), json::array({"Telemarketing"}));
    EXPECT_EQ(j.at("recipe").at("outliers").at(0).at("method"), "zscore");
    EXPECT_TRUE(contains(run.err, "2 rows left out by --where")) << run.err;
    EXPECT_TRUE(contains(run.err, "1 rows left out as outliers")) << run.err;
}

TEST_F(CliRows, ClipKeepsTheRowsAndIqrIsTheDefaultColumnsNumericFeatures) {
    const std::string summary = dir.path("summary.json");
    const CliRun run = runCli({"segment", data, "--k", "2", "--id", "id", "--outliers", "iqr:1.5",
                               "--outlier-action", "clip", "--summary", summary, "--quiet"});
    ASSERT_EQ(run.code, 0) << run.err;
    const json j = json::parse(readFile(summary));
    EXPECT_EQ(j.at("rows").at("clustered"), 11);
    const json& rules = j.at("recipe").at("outliers");
    ASSERT_EQ(rules.size(), 2u); // age and income: the numeric features
    EXPECT_EQ(rules.at(1).at("column"), "income");
    EXPECT_EQ(rules.at(1).at("action"), "clip");
    EXPECT_LT(rules.at(1).at("high").get<double>(), 900.0);
}

TEST_F(CliRows, ScoringReportsRowsTheModelsRulesExclude) {
    const std::string model = dir.path("model.json");
    ASSERT_EQ(runCli({"segment", data, "--k", "2", "--id", "id", "--features", "age,income",
                      "--where", "channel!=Cabang", "--outliers", "zscore:2.5", "--outlier-cols",
                      "income", "--model-out", model, "--quiet"})
                  .code,
              0);
    const std::string fresh = dir.path("fresh.csv");
    writeFile(fresh, "id,channel,age,income\nn1,Telemarketing,25,11\nn2,Cabang,25,11\n"
                     "n3,Telemarketing,25,5000\n");
    const std::string scored = dir.path("scored.csv");
    const CliRun run = runCli({"score", model, fresh, "--out", scored, "--quiet"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.out, "3 rows: 1 scored, 0 not scorable, 2 excluded")) << run.out;
    const auto rows = lines(readFile(scored));
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_TRUE(rows[2].ends_with(",-1,excluded by the model's filter:channel!=Cabang")) << rows[2];
    EXPECT_TRUE(rows[3].ends_with(",-1,excluded by the model's outlier:income")) << rows[3];
    // The filter's column is needed even though it is not a feature.
    writeFile(fresh, "id,age,income\nn1,25,11\n");
    const CliRun missing = runCli({"score", model, fresh, "--out", scored, "--quiet"});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(contains(missing.err, "channel")) << missing.err;
}

TEST_F(CliRows, MalformedRulesAreUsageErrors) {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"--where", "channel"}, "--where 'channel' must be"},
        {{"--where", "age>=old"}, "--where 'age>=old' must be"},
        {{"--outliers", "zscore"}, "--outliers must be zscore:T or iqr:K"},
        {{"--outliers", "zscore:-1"}, "--outliers must be zscore:T or iqr:K"},
        {{"--outliers", "mad:3"}, "--outliers must be zscore:T or iqr:K"},
        {{"--outliers", "iqr:1.5", "--outlier-action", "cut"}, "--outlier-action must be"},
        {{"--outlier-cols", "age"}, "need --outliers"},
        {{"--where", "channel>=3"}, "channel is not numeric"},
        {{"--outliers", "iqr:1.5", "--outlier-cols", "channel"}, "channel is not numeric"},
    };
    for (const auto& [extra, message] : cases) {
        std::vector<std::string> args{"segment", data, "--k", "2"};
        args.insert(args.end(), extra.begin(), extra.end());
        const CliRun run = runCli(args);
        EXPECT_EQ(run.code, 2) << message;
        EXPECT_TRUE(contains(run.err, message)) << run.err;
    }
    const CliRun unknown = runCli({"segment", data, "--k", "2", "--where", "kota=Solo"});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(contains(unknown.err, "kota")) << unknown.err;
}
