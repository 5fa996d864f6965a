// gugus-cli's commands in-process: what each prints and writes for given arguments.
#include "cli_test_util.h"
#include "data/duplicate_ids.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

using gugus::test::CliRun;
using gugus::test::contains;
using gugus::test::kSmallCsv;
using gugus::test::lines;
using gugus::test::readFile;
using gugus::test::runCli;
using gugus::test::writeFile;
using nlohmann::json;

namespace {

std::string lastField(const std::string& line) {
    return line.substr(line.rfind(',') + 1);
}

/// A test directory holding small.csv (kSmallCsv); the thread count restored afterwards.
class CliCommands : public gugus::test::CliSmallCsvTest {
protected:
    gugus::test::ThreadCountGuard threads;
    const std::string sample = gugus::test::samplePath();
};

} // namespace

TEST_F(CliCommands, InspectJsonDescribesTheSample) {
    const CliRun run = runCli({"inspect", sample, "--json", "--quiet"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    const json j = json::parse(run.out);
    EXPECT_EQ(j.at("file"), sample);
    EXPECT_EQ(j.at("rows"), 5000);
    EXPECT_EQ(j.at("columns"), 18);
    EXPECT_EQ(j.at("delimiter"), ",");
    EXPECT_EQ(j.at("decimal"), ".");
    EXPECT_EQ(j.at("fingerprint").get<std::string>().size(), 16u);
    const json& schema = j.at("schema");
    ASSERT_EQ(schema.size(), 18u);
    std::map<std::string, json> byName;
    for (const auto& column : schema) {
        byName[column.at("name")] = column;
        EXPECT_EQ(column.at("count").get<std::int64_t>() + column.at("missing").get<std::int64_t>(),
                  5000)
            << column.at("name");
    }
    EXPECT_EQ(schema.front().at("name"), "GCIF");
    EXPECT_EQ(byName.at("GCIF").at("type"), "id");
    EXPECT_FALSE(byName.at("GCIF").contains("mean"));

    // A numeric column with missing values: statistics in order.
    const json& age = byName.at("Usia");
    EXPECT_EQ(age.at("type"), "numeric");
    EXPECT_EQ(age.at("missing"), 690);
    EXPECT_LE(age.at("min").get<double>(), age.at("q1").get<double>());
    EXPECT_LE(age.at("q1").get<double>(), age.at("median").get<double>());
    EXPECT_LE(age.at("median").get<double>(), age.at("q3").get<double>());
    EXPECT_LE(age.at("q3").get<double>(), age.at("max").get<double>());
    EXPECT_EQ(age.at("non_finite"), 0);
    EXPECT_EQ(byName.at("Produk_Tabungan").at("type"), "binary");

    // A category: every category with its count, the counts adding up to the non-missing rows.
    const json& area = byName.at("Area");
    EXPECT_EQ(area.at("type"), "categorical");
    ASSERT_EQ(area.at("categories").size(), 6u);
    EXPECT_EQ(area.at("categories").front(), (json{{"category", "Bandung"}, {"count", 1189}}));
    std::int64_t total = 0;
    for (const auto& c : area.at("categories")) {
        total += c.at("count").get<std::int64_t>();
    }
    EXPECT_EQ(total, area.at("count").get<std::int64_t>());
}

TEST_F(CliCommands, InspectTableHasOneLinePerColumn) {
    const CliRun run = runCli({"inspect", small, "--quiet"});
    ASSERT_EQ(run.code, 0) << run.err;
    const auto rows = lines(run.out);
    ASSERT_EQ(rows.size(), 7u) << run.out; // title, blank, header, 4 columns
    EXPECT_EQ(
        rows[0].rfind(small + ": 9 rows x 4 columns, delimiter ',', decimal '.', fingerprint ", 0),
        0u)
        << rows[0];
    EXPECT_EQ(rows[1], "");
    EXPECT_EQ(rows[2], "column                       type         missing distinct         mean    "
                       "      std          min       median          max");
    EXPECT_EQ(rows[3].rfind("cust_id                      id                 0        9", 0), 0u);
    EXPECT_EQ(rows[4], "age                          numeric            0        9      35.6667   "
                       "   12.2837           20           35           52  (few whole-number "
                       "codes: categorical?)");
    EXPECT_EQ(rows[6], "area                         categorical        0        2  Bogor, Solo");
}

// Excel's "Unicode text": UTF-16LE with a byte-order mark, tab-separated, CRLF line ends. It is
// read as the same table as the UTF-8 CSV and segments the same customers the same way.
TEST_F(CliCommands, Utf16TextFromExcelIsReadLikeItsCsv) {
    std::string unicodeText = "\xFF\xFE";
    for (const char c : std::string(kSmallCsv)) {
        for (const char unit :
             c == '\n' ? std::string("\r\n") : std::string(1, c == ',' ? '\t' : c)) {
            unicodeText += unit;
            unicodeText += '\0';
        }
    }
    const std::string path = dir.path("small.txt");
    writeFile(path, unicodeText);

    const CliRun inspect = runCli({"inspect", path, "--json", "--quiet"});
    ASSERT_EQ(inspect.code, 0) << inspect.err;
    const json j = json::parse(inspect.out);
    EXPECT_EQ(j.at("rows"), 9);
    EXPECT_EQ(j.at("columns"), 4);
    EXPECT_EQ(j.at("delimiter"), "\t");
    EXPECT_EQ(j.at("schema").at(3).at("name"), "area");

    for (const std::string& input : {small, path}) {
        const CliRun run = runCli({"segment", input, "--features", "age,income,area", "--k", "3",
                                   "--quiet", "--out", input + ".labels.csv"});
        ASSERT_EQ(run.code, 0) << input << ": " << run.err;
    }
    const auto utf8 = lines(readFile(small + ".labels.csv"));
    const auto utf16 = lines(readFile(path + ".labels.csv"));
    ASSERT_EQ(utf8.size(), 10u);
    ASSERT_EQ(utf16.size(), utf8.size());
    const auto segment = [](const std::string& line) {
        return line.substr(line.find_last_of(",\t") + 1); // the output keeps the delimiter
    };
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        EXPECT_EQ(segment(utf16[i]), segment(utf8[i])) << "line " << i + 1;
    }

    // The user is told on stderr and in the summary's warnings (first, before the run's); the
    // UTF-8 file says nothing of the kind.
    for (const std::string& input : {small, path}) {
        const std::string summary = input + ".summary.json";
        const CliRun run = runCli(
            {"segment", input, "--features", "age,income,area", "--k", "3", "--summary", summary});
        ASSERT_EQ(run.code, 0) << input << ": " << run.err;
        const json warnings = json::parse(readFile(summary)).at("warnings");
        if (input == path) {
            EXPECT_NE(run.err.find("note: file is UTF-16LE text (byte-order mark); read as UTF-8, "
                                   "and files written from it are UTF-8"),
                      std::string::npos)
                << run.err;
            ASSERT_FALSE(warnings.empty());
            EXPECT_EQ(warnings.at(0), "utf16:UTF-16LE");
        } else {
            EXPECT_EQ(run.err.find("UTF-16"), std::string::npos) << run.err;
            for (const auto& w : warnings) {
                EXPECT_NE(w.get<std::string>().rfind("utf16:", 0), 0u);
            }
        }
    }
}

TEST_F(CliCommands, SegmentWritesLabelsSummaryAndPlainSummary) {
    const std::vector<std::string> args = {"segment",
                                           small,
                                           "--features",
                                           "age,income",
                                           "--k",
                                           "3",
                                           "--seed",
                                           "4",
                                           "--n-init",
                                           "5",
                                           "--quiet",
                                           "--out",
                                           dir.path("labels.csv"),
                                           "--summary",
                                           dir.path("summary.json")};
    const CliRun run = runCli(args);
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    const auto text = lines(run.out);
    ASSERT_GE(text.size(), 3u);
    EXPECT_EQ(text[0], "Segmented 9 customers on 2 features with kmeans into k = 3 segments.");
    EXPECT_EQ(text[1].rfind("  inertia ", 0), 0u) << text[1];
    EXPECT_TRUE(contains(text[1], ", silhouette 0.9495, ")) << text[1];
    for (const char* segment : {"Segment 0: 3 customers (33.3%)", "Segment 1: 3 customers (33.3%)",
                                "Segment 2: 3 customers (33.3%)"}) {
        EXPECT_TRUE(contains(run.out, std::string("\n") + segment + "\n")) << segment;
    }
    EXPECT_TRUE(contains(run.out, "\n    age low (mean 21 vs 35.67)\n")) << run.out;

    // Labels: the input rows and columns plus `segment`; one label per block of three rows.
    const auto in = lines(kSmallCsv);
    const auto labelled = lines(readFile(dir.path("labels.csv")));
    ASSERT_EQ(labelled.size(), in.size());
    EXPECT_EQ(labelled[0], in[0] + ",segment");
    EXPECT_EQ(labelled[1].rfind("'=HYPERLINK(1),20,10,Solo,", 0), 0u) << labelled[1];
    std::set<std::string> blockLabels;
    for (std::size_t block = 0; block < 3; ++block) {
        const std::string label = lastField(labelled[1 + 3 * block]);
        EXPECT_EQ(lastField(labelled[2 + 3 * block]), label);
        EXPECT_EQ(lastField(labelled[3 + 3 * block]), label);
        blockLabels.insert(label);
    }
    EXPECT_EQ(blockLabels, (std::set<std::string>{"0", "1", "2"}));

    // The summary records the command line and the source.
    const json summary = json::parse(readFile(dir.path("summary.json")));
    std::string command = "gugus-cli";
    for (const auto& a : args) {
        command += " " + a;
    }
    EXPECT_EQ(summary.at("command"), command);
    EXPECT_EQ(summary.at("source").at("file"), small);
    EXPECT_EQ(summary.at("source").at("rows"), 9);
    EXPECT_EQ(summary.at("k"), 3);
    EXPECT_EQ(summary.at("seed"), 4);
    EXPECT_EQ(summary.at("features"), (json{"age", "income"}));
}

TEST_F(CliCommands, SegmentWithOffersWritesTheCampaignList) {
    const CliRun run = runCli({"segment", sample, "--k", "4", "--quiet", "--id", "GCIF", "--offers",
                               dir.path("offers.csv"), "--names", "A,B,C,D"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.out,
                         "\nProducts per segment (owned by >= 30% of the segment), highest "
                         "lift first:\n"))
        << run.out;
    const auto offers = lines(readFile(dir.path("offers.csv")));
    ASSERT_GT(offers.size(), 1u);
    EXPECT_EQ(offers[0], "customer_id,segment,segment_name,recommended_products,reason");
    const std::string campaign = "Campaign list: " + std::to_string(offers.size() - 1) +
                                 " customers with at least one offer.\n";
    EXPECT_TRUE(run.out.size() >= campaign.size() &&
                run.out.compare(run.out.size() - campaign.size(), campaign.size(), campaign) == 0)
        << run.out;
    // Segment names from --names: each row's name is the one of its segment.
    const std::vector<std::string> names = {"A", "B", "C", "D"};
    for (std::size_t i = 1; i < offers.size(); ++i) {
        const auto first = offers[i].find(',');
        const auto second = offers[i].find(',', first + 1);
        const int segment = std::stoi(offers[i].substr(first + 1, second - first - 1));
        ASSERT_TRUE(segment >= 0 && segment < 4) << offers[i];
        EXPECT_EQ(offers[i].substr(second + 1, 2), names[std::size_t(segment)] + ",") << offers[i];
    }
    EXPECT_EQ(runCli({"segment", sample, "--k", "4", "--quiet", "--offers", dir.path("o.csv"),
                      "--offer-threshold", "2"})
                  .code,
              2);
}

TEST_F(CliCommands, SweepPrintsTheTableKneeAndSuggestion) {
    const CliRun run = runCli({"sweep", small, "--features", "age,income", "--k-max", "5",
                               "--quiet", "--json", dir.path("sweep.json")});
    ASSERT_EQ(run.code, 0) << run.err;
    const auto text = lines(run.out);
    ASSERT_EQ(text.size(), 11u) << run.out;
    EXPECT_EQ(text[0], "9 rows, 2 features");
    EXPECT_EQ(text[2], "   k          inertia  silhouette  calinski_harabasz  davies_bouldin   "
                       "seconds  sizes");
    for (int k = 2; k <= 5; ++k) {
        const std::string& row = text[std::size_t(1 + k)];
        EXPECT_EQ(row.substr(0, 4), "   " + std::to_string(k)) << row;
    }
    EXPECT_EQ(text[4].substr(0, 40), "   3         0.040748    0.949467       ");
    EXPECT_EQ(text[4].substr(text[4].size() - 7), "  3 3 3");
    EXPECT_EQ(text[8], "knee of the inertia curve: 3");
    EXPECT_EQ(text[9], "best silhouette: k = 3");
    EXPECT_EQ(text[10], "suggested k: 3 (knee-agrees-with-silhouette)");

    const json sweep = json::parse(readFile(dir.path("sweep.json")));
    EXPECT_EQ(sweep.at("points").size(), 4u);
    EXPECT_EQ(sweep.at("suggested_k"), 3);
}

TEST_F(CliCommands, KDistPrintsQuantilesAndSuggestsEps) {
    writeFile(dir.path("in.csv"), std::string(kSmallCsv) + "j,90,900,Solo\n");
    const CliRun run = runCli({"kdist", dir.path("in.csv"), "--min-samples", "3", "--quiet", "--id",
                               "cust_id", "--features", "age,income", "--out", dir.path("k.csv")});
    ASSERT_EQ(run.code, 0) << run.err;
    const auto text = lines(run.out);
    ASSERT_EQ(text.size(), 14u) << run.out;
    EXPECT_EQ(text[0], "10 rows, 2 features, min_samples 3");
    EXPECT_EQ(text[2], "quantile  k-distance");
    EXPECT_EQ(text[3].substr(0, 10), "    0.00  ");
    EXPECT_EQ(text[11].substr(0, 10), "    1.00  ");
    EXPECT_EQ(text[13], "suggested eps: 0.100129 (knee of the curve at rank 9 of 10)");

    // The whole curve: ranks 1..10, distances sorted, the outlier last.
    const auto curve = lines(readFile(dir.path("k.csv")));
    ASSERT_EQ(curve.size(), 11u);
    EXPECT_EQ(curve[0], "rank,distance");
    double previous = 0.0;
    for (std::size_t i = 1; i < curve.size(); ++i) {
        EXPECT_EQ(curve[i].substr(0, curve[i].find(',')), std::to_string(i));
        const double d = std::stod(lastField(curve[i]));
        EXPECT_GE(d, previous);
        previous = d;
    }
    EXPECT_GT(previous, 3.0);
}

TEST_F(CliCommands, ModelOutThenScoreGivesTheTrainingLabels) {
    ASSERT_EQ(runCli({"segment", sample, "--k", "4", "--quiet", "--id", "GCIF", "--out",
                      dir.path("labels.csv"), "--model-out", dir.path("model.json"), "--names",
                      "A,B,C,D"})
                  .code,
              0);
    const json model = json::parse(readFile(dir.path("model.json")));
    EXPECT_EQ(model.at("format"), "gugus-model");
    EXPECT_EQ(model.at("names"), (json{"A", "B", "C", "D"}));

    const CliRun run = runCli(
        {"score", dir.path("model.json"), sample, "--quiet", "--out", dir.path("scored.csv")});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(run.out.rfind("5000 rows: 5000 scored, 0 not scorable.\n\nDrift against the "
                            "training data (5000 rows):\n",
                            0),
              0u)
        << run.out;
    EXPECT_TRUE(contains(run.out, "\n  Usia                         mean shift  +0.00 sd, PSI "
                                  "0.000\n"))
        << run.out;
    EXPECT_FALSE(contains(run.out, "<- moved"));

    // Scoring the training file reproduces every training label; segment_note is last.
    const auto trained = lines(readFile(dir.path("labels.csv")));
    const auto scored = lines(readFile(dir.path("scored.csv")));
    ASSERT_EQ(scored.size(), trained.size());
    EXPECT_EQ(scored[0], trained[0] + ",segment_note");
    for (std::size_t i = 1; i < scored.size(); ++i) {
        const std::string row = scored[i].substr(0, scored[i].rfind(','));
        ASSERT_EQ(lastField(row), lastField(trained[i])) << "row " << i;
    }
}

TEST_F(CliCommands, ScoreReportsUnscorableRowsAndTheirReasons) {
    ASSERT_EQ(runCli({"segment", small, "--k", "3", "--quiet", "--id", "cust_id", "--features",
                      "age,income", "--model-out", dir.path("model.json")})
                  .code,
              0);
    writeFile(dir.path("new.csv"), "age,income\n20,10\n51,81\nold,5\n35,200\n");
    const CliRun run = runCli(
        {"score", dir.path("model.json"), dir.path("new.csv"), "--out", dir.path("scored.csv")});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(run.err, "note: column 'age' is mostly numbers but has 1 text values (first on line "
                       "4); read as text, use --type age=numeric to read it as numbers\n");
    const auto text = lines(run.out);
    ASSERT_GE(text.size(), 2u);
    EXPECT_EQ(text[0], "4 rows: 3 scored, 1 not scorable.");
    EXPECT_EQ(text[1], "  1 x not a number: age=old");
    const auto scored = lines(readFile(dir.path("scored.csv")));
    ASSERT_EQ(scored.size(), 5u);
    EXPECT_EQ(scored[3], "old,5,-1,not a number: age=old");
}

TEST_F(CliCommands, ModelSqlPrintsOneSelect) {
    ASSERT_EQ(runCli({"segment", small, "--k", "3", "--quiet", "--id", "cust_id", "--features",
                      "age,income", "--model-out", dir.path("kmeans.json")})
                  .code,
              0);
    const CliRun run = runCli({"model-sql", dir.path("kmeans.json"), "--table", "customers"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(run.out.rfind("-- Gugus segment model (kmeans, k = 3): ", 0), 0u) << run.out;
    EXPECT_TRUE(contains(run.out, "\nSELECT t.*,\n")) << run.out;
    const std::string end = "END AS segment\nFROM customers AS t;\n";
    ASSERT_GE(run.out.size(), end.size());
    EXPECT_EQ(run.out.substr(run.out.size() - end.size()), end);
    const auto text = lines(run.out);
    EXPECT_EQ(
        std::count_if(text.begin(), text.end(),
                      [](const std::string& line) { return !line.empty() && line.back() == ';'; }),
        1);

    // DBSCAN assigns through its core rows, which one SELECT cannot hold.
    ASSERT_EQ(runCli({"segment", small, "--algorithm", "dbscan", "--eps", "0.3", "--min-samples",
                      "3", "--quiet", "--id", "cust_id", "--features", "age,income", "--model-out",
                      dir.path("dbscan.json")})
                  .code,
              0);
    const CliRun refused = runCli({"model-sql", dir.path("dbscan.json"), "--table", "t"});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(contains(refused.err, "cannot be written as one SELECT")) << refused.err;
}

TEST_F(CliCommands, TuneListsSolutionsAndStatesTheTarget) {
    const CliRun run = runCli({"tune", small, "--features", "age,income", "--k-max", "4",
                               "--bootstraps", "2", "--quiet"});
    ASSERT_EQ(run.code, 0) << run.err;
    const auto text = lines(run.out);
    ASSERT_EQ(text.size(), 10u) << run.out;
    EXPECT_EQ(text[0], "6 solutions scored.");
    EXPECT_EQ(text[2], "rank  algorithm     k  silhouette  smallest  stability  columns");
    EXPECT_EQ(text[3], "   1  kmeans        3      0.9495     33.3%      1.000  age,income");
    EXPECT_EQ(text[9], "The best solution reaches the target silhouette 0.7.");

    // A column of noise is dropped, and the trade-off is stated.
    std::string withNoise = "age,income,noise\n";
    const char* noise[] = {"5", "1", "9", "2", "8", "3", "7", "4", "6"};
    const auto rows = lines(kSmallCsv);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto first = rows[i].find(',');
        const auto last = rows[i].rfind(',');
        withNoise += rows[i].substr(first + 1, last - first - 1) + "," + noise[i - 1] + "\n";
    }
    writeFile(dir.path("noise.csv"), withNoise);
    const CliRun dropped = runCli({"tune", dir.path("noise.csv"), "--k-max", "3", "--bootstraps",
                                   "1", "--quiet", "--no-hierarchical", "--target", "0.99"});
    ASSERT_EQ(dropped.code, 0) << dropped.err;
    EXPECT_TRUE(contains(dropped.out, "\nDropping noise raised the silhouette.\n")) << dropped.out;
    EXPECT_TRUE(contains(dropped.out, "\nTrade-off: the best solution uses 2 of the 3 columns; "))
        << dropped.out;
    EXPECT_TRUE(contains(dropped.out, "\nNo solution reaches the target silhouette 0.99: the best "
                                      "is 0.9495.\n"))
        << dropped.out;
}

TEST_F(CliCommands, OutputsThatWouldDestroyAnInputAreRefusedBeforeAnyWork) {
    const std::string before = readFile(small);
    const std::string model = dir.path("m.json");
    ASSERT_EQ(runCli({"segment", small, "--k", "2", "--model-out", model, "--quiet"}).code, 0);
    const std::string modelText = readFile(model);
    const std::string labels = dir.path("labels.csv");
    struct Case {
        std::vector<std::string> args;
        std::string message;
    };
    const std::vector<Case> cases = {
        {{"segment", small, "--k", "2", "--summary", small}, "would overwrite an input"},
        {{"segment", small, "--k", "2", "--out", labels, "--summary", labels},
         "given for two outputs"},
        {{"segment", small, "--k", "2", "--out", labels, "--summary", dir.path("no/s.json")},
         "folder does not exist"},
        {{"score", model, small, "--out", model}, "would overwrite an input"},
        {{"sweep", small, "--json", small}, "would overwrite an input"},
        {{"kdist", small, "--out", small}, "would overwrite an input"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.args[0] + " " + c.message);
        const CliRun run = runCli(c.args);
        EXPECT_EQ(run.code, 1);
        EXPECT_TRUE(contains(run.err, c.message)) << run.err;
        EXPECT_EQ(run.out, ""); // refused before any work
    }
    EXPECT_EQ(readFile(small), before);
    EXPECT_EQ(readFile(model), modelText);
    EXPECT_FALSE(std::filesystem::exists(labels));
}

TEST_F(CliCommands, ScoringAFileWithoutTheFeatureColumnsFailsAndWritesNothing) {
    const std::string model = dir.path("m.json");
    ASSERT_EQ(runCli({"segment", small, "--k", "2", "--model-out", model, "--quiet"}).code, 0);
    const std::string other = dir.path("other.csv");
    writeFile(other, "x,y\n1,2\n3,4\n");
    const std::string scored = dir.path("scored.csv");
    const CliRun run = runCli({"score", model, other, "--out", scored, "--quiet"});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(contains(run.err, "no row can be scored")) << run.err;
    EXPECT_FALSE(std::filesystem::exists(scored));
}

TEST_F(CliCommands, WarningsOfARunGoToStderrAndTheSummary) {
    const std::string data = dir.path("w.csv");
    writeFile(data, "a,b,c\n1,5,1\n2,5,2\n8,5,\n9,5,4\n1,5,5\n9,5,6\n");
    const std::string summary = dir.path("w.json");
    const CliRun run =
        runCli({"segment", data, "--k", "2", "--impute", "drop", "--summary", summary});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.err, "warning: feature b does not vary")) << run.err;
    EXPECT_TRUE(contains(run.err, "warning: 1 rows left out")) << run.err;
    const json j = json::parse(readFile(summary));
    EXPECT_EQ(j.at("warnings"), json::array({"constant:b", "dropped-rows:1"}));
}

TEST_F(CliCommands, SampledSilhouetteReportsItsStandardError) {
    const std::string summary = dir.path("s.json");
    const CliRun run = runCli(
        {"segment", sample, "--k", "4", "--silhouette", "sampled:1000", "--summary", summary});
    ASSERT_EQ(run.code, 0) << run.err;
    const json m = json::parse(readFile(summary)).at("metrics");
    EXPECT_EQ(m.at("silhouette_sampled"), true);
    EXPECT_EQ(m.at("silhouette_sample_size"), 1000);
    // 10,000 reference rows split over 4 segments: 2,500 of each larger segment, all of a smaller.
    EXPECT_GT(m.at("silhouette_reference_size").get<std::int64_t>(), 1000);
    EXPECT_LE(m.at("silhouette_reference_size").get<std::int64_t>(), 10000);
    const double se = m.at("silhouette_standard_error").get<double>();
    EXPECT_GT(se, 0.0);
    EXPECT_LT(se, 0.05);
    EXPECT_TRUE(contains(run.out, "(estimated on 1000 rows, standard error ")) << run.out;

    // Exact: no standard error, every row is the reference.
    const CliRun exact = runCli({"segment", sample, "--k", "4", "--summary", summary});
    ASSERT_EQ(exact.code, 0) << exact.err;
    const json e = json::parse(readFile(summary)).at("metrics");
    EXPECT_EQ(e.at("silhouette_sampled"), false);
    EXPECT_EQ(e.at("silhouette_standard_error"), 0.0);
    EXPECT_EQ(e.at("silhouette_reference_size"), e.at("rows_scored"));
    EXPECT_NEAR(m.at("silhouette").get<double>(), e.at("silhouette").get<double>(), 4 * se + 0.01);
}

TEST_F(CliCommands, RepeatedCustomerIdsAreWarnedAboutOnStderrAndInTheSummary) {
    // The sample's GCIF reuses ids like the real file: 4,618 distinct ids in 5,000 rows.
    const std::string summary = dir.path("ids.json");
    const CliRun run =
        runCli({"segment", gugus::test::samplePath(), "--k", "3", "--summary", summary,
                "--no-display"}); // raw names (the labelled wording: test_cli_display)
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.err, "warning: id column GCIF has 4618 distinct ids in 5000 rows"))
        << run.err;
    const json j = json::parse(readFile(summary));
    const auto& warnings = j.at("warnings");
    EXPECT_NE(std::find(warnings.begin(), warnings.end(), "duplicate-ids:GCIF:4618/5000"),
              warnings.end())
        << warnings.dump();
    const auto back = gugus::core::DuplicateIds::fromWarningKey("duplicate-ids:a:b:7/9");
    ASSERT_TRUE(back);
    EXPECT_EQ(back->column, "a:b");
    EXPECT_EQ(back->distinct, 7);
    EXPECT_EQ(back->values, 9);
    EXPECT_FALSE(gugus::core::DuplicateIds::fromWarningKey("duplicate-ids:a:x/9"));
    EXPECT_FALSE(gugus::core::DuplicateIds::fromWarningKey("constant:a"));
}
