// gugus-cli's contract, checked on the built executable: subcommands, exit codes, the labelled CSV
// and the summary JSON. The commands' details are tested in-process (test_cli_run.cpp,
// test_cli_commands.cpp); these tests make sure the binary is wired to them.
#include "cli_test_util.h"
#include "data/csv_reader.h"
#include "model/project_file.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using gugus::test::cliPath;
using gugus::test::kSmallCsv;
using gugus::test::lines;
using gugus::test::readFile;
using gugus::test::runCommand;
using gugus::test::TempDir;
using gugus::test::writeFile;

namespace {

/// Runs gugus-cli with arguments; stderr is captured into the output too.
int cli(const std::string& arguments, std::string* output = nullptr) {
    std::string text;
    const int code = runCommand(cliPath() + " " + arguments + " 2>&1", &text);
    if (output) {
        *output = text;
    }
    return code;
}

} // namespace

TEST(Cli, AModelThatIsAPipeOrHugeIsRefusedAtOnce) {
    TempDir dir;
    const std::string data = dir.path("new.csv");
    writeFile(data, kSmallCsv);
    const std::string fifo = dir.path("model.json");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    std::string out;
    // A reader that opened the pipe would wait for a writer forever (ctest's timeout).
    EXPECT_EQ(cli("score " + fifo + " " + data + " --out " + dir.path("s.csv"), &out), 1);
    EXPECT_NE(out.find("not a regular file"), std::string::npos) << out;
    const std::string huge = dir.path("huge.json");
    std::ofstream(huge, std::ios::binary).flush();
    std::filesystem::resize_file(huge, std::uintmax_t(8) << 30); // sparse
    struct stat info {};
    ASSERT_EQ(::stat(huge.c_str(), &info), 0);
    if (info.st_blocks > 2048) { // not sparse here: do not fill the disk
        std::filesystem::remove(huge);
        GTEST_SKIP() << "this file system has no sparse files";
    }
    EXPECT_EQ(cli("score " + huge + " " + data + " --out " + dir.path("s.csv"), &out), 1);
    EXPECT_NE(out.find("too large"), std::string::npos) << out;
    EXPECT_FALSE(std::filesystem::exists(dir.path("s.csv")));
}

TEST(Cli, HelpEverywhereAndUsageErrors) {
    std::string out;
    EXPECT_EQ(cli("--help", &out), 0);
    EXPECT_NE(out.find("segment FILE"), std::string::npos);
    for (const char* cmd : {"inspect", "segment", "sweep"}) {
        EXPECT_EQ(cli(std::string(cmd) + " --help", &out), 0) << cmd;
        EXPECT_NE(out.find("Usage: gugus-cli"), std::string::npos) << cmd;
    }
    EXPECT_EQ(cli("frobnicate", &out), 2);
    EXPECT_EQ(cli("segment x.csv --no-such-option 1", &out), 2);
    EXPECT_NE(out.find("--no-such-option"), std::string::npos);
    EXPECT_EQ(cli("segment x.csv --k zero", &out), 2);
}

TEST(Cli, DataErrorsAreOneLineWithExitCodeOne) {
    TempDir dir;
    std::string out;
    EXPECT_EQ(cli("inspect " + dir.path("missing.csv"), &out), 1);
    EXPECT_NE(out.find("file not found"), std::string::npos) << out;
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << out;

    writeFile(dir.path("small.csv"), kSmallCsv);
    EXPECT_EQ(cli("segment " + dir.path("small.csv") + " --k 50 --quiet", &out), 1);
    EXPECT_NE(out.find("too few rows"), std::string::npos) << out;
    EXPECT_EQ(cli("segment " + dir.path("small.csv") + " --features nope --k 2 --quiet", &out), 1);
    EXPECT_NE(out.find("unknown column: nope"), std::string::npos) << out;

    writeFile(dir.path("ragged.csv"), "a,b\n1,2\n3,4,5\n");
    EXPECT_EQ(cli("inspect " + dir.path("ragged.csv"), &out), 1);
    EXPECT_NE(out.find("line 3"), std::string::npos) << out;
}

TEST(Cli, SegmentWritesLabelledCsvAndSummary) {
    TempDir dir;
    writeFile(dir.path("small.csv"), kSmallCsv);
    std::string out;
    ASSERT_EQ(cli("segment " + dir.path("small.csv") +
                      " --features age,income --k 3 --seed 4 --n-init 5 --quiet --out " +
                      dir.path("labels.csv") + " --summary " + dir.path("summary.json"),
                  &out),
              0)
        << out;
    EXPECT_NE(out.find("Segment 2"), std::string::npos) << out;

    const auto in = lines(kSmallCsv);
    const auto labelled = lines(readFile(dir.path("labels.csv")));
    ASSERT_EQ(labelled.size(), in.size());
    EXPECT_EQ(labelled[0], in[0] + ",segment");
    // The formula-looking id is neutralised; other cells are unchanged.
    EXPECT_EQ(labelled[1].rfind("'=HYPERLINK(1)", 0), 0u) << labelled[1];
    for (std::size_t i = 2; i < in.size(); ++i) {
        EXPECT_EQ(labelled[i].rfind(in[i] + ",", 0), 0u) << labelled[i];
    }
    // The three groups are recovered: equal labels within each block of three rows.
    auto segmentOf = [&](std::size_t i) { return labelled[i].substr(labelled[i].rfind(',') + 1); };
    for (std::size_t block = 0; block < 3; ++block) {
        EXPECT_EQ(segmentOf(1 + 3 * block), segmentOf(2 + 3 * block));
        EXPECT_EQ(segmentOf(1 + 3 * block), segmentOf(3 + 3 * block));
    }
    EXPECT_NE(segmentOf(1), segmentOf(4));
    EXPECT_NE(segmentOf(1), segmentOf(7));

    const auto j = nlohmann::json::parse(readFile(dir.path("summary.json")));
    EXPECT_EQ(j["k"], 3);
    EXPECT_EQ(j["seed"], 4);
    EXPECT_EQ(j["n_rows"], 9);
    EXPECT_EQ(j["features"], (nlohmann::json{"age", "income"}));
    for (const char* m : {"inertia", "silhouette", "calinski_harabasz", "davies_bouldin"}) {
        EXPECT_TRUE(j["metrics"][m].is_number()) << m;
    }
    EXPECT_GT(j["metrics"]["silhouette"].get<double>(), 0.8);
    EXPECT_EQ(j["source"]["fingerprint"].get<std::string>().size(), 16u);
    EXPECT_EQ(j["recipe"]["format"], "gugus-recipe");
    // The category was not a feature, so it is profiled per segment.
    bool areaProfiled = false;
    for (const auto& c : j["profiles"]["columns"]) {
        areaProfiled |= c["column"] == "area" && c["role"] == "profile-only";
    }
    EXPECT_TRUE(areaProfiled);
}

TEST(Cli, DefaultFeaturesAreTheNumericNonIdColumns) {
    TempDir dir;
    writeFile(dir.path("small.csv"), kSmallCsv);
    ASSERT_EQ(
        cli("segment " + dir.path("small.csv") + " --k 2 --quiet --summary " + dir.path("s.json")),
        0);
    const auto j = nlohmann::json::parse(readFile(dir.path("s.json")));
    EXPECT_EQ(j["features"], (nlohmann::json{"age", "income"}));
}

TEST(Cli, AutoKRecordsTheSweep) {
    TempDir dir;
    writeFile(dir.path("small.csv"), kSmallCsv);
    std::string out;
    ASSERT_EQ(cli("segment " + dir.path("small.csv") +
                      " --features age,income --k auto --k-max 5 --quiet --summary " +
                      dir.path("s.json"),
                  &out),
              0)
        << out;
    const auto j = nlohmann::json::parse(readFile(dir.path("s.json")));
    ASSERT_TRUE(j.contains("sweep"));
    EXPECT_EQ(j["sweep"]["points"].size(), 4u);
    EXPECT_EQ(j["k"], j["sweep"]["suggested_k"]);
    EXPECT_EQ(j["k"], 3);
}

TEST(Cli, SameLabelsOnOneAndTwoThreads) {
    TempDir dir;
    const std::string sample = gugus::test::samplePath();
    ASSERT_EQ(cli("segment " + sample + " --k 4 --quiet --threads 1 --out " + dir.path("1.csv")),
              0);
    ASSERT_EQ(cli("segment " + sample + " --k 4 --quiet --threads 2 --out " + dir.path("2.csv")),
              0);
    const std::string one = readFile(dir.path("1.csv"));
    EXPECT_FALSE(one.empty());
    EXPECT_EQ(one, readFile(dir.path("2.csv")));
}

TEST(Cli, SweepAndInspectPrintTables) {
    std::string out;
    ASSERT_EQ(cli("sweep " + gugus::test::samplePath() + " --k-max 5 --n-init 3 --quiet", &out), 0)
        << out;
    EXPECT_NE(out.find("suggested k:"), std::string::npos);
    EXPECT_NE(out.find("silhouette"), std::string::npos);
    ASSERT_EQ(cli("inspect " + gugus::test::samplePath() + " --quiet", &out), 0) << out;
    EXPECT_NE(out.find("Produk_Tabungan"), std::string::npos);
    EXPECT_NE(out.find("binary"), std::string::npos);
    ASSERT_EQ(cli("inspect " + gugus::test::samplePath() + " --json --quiet", &out), 0);
    const auto j = nlohmann::json::parse(out);
    EXPECT_EQ(j["columns"], 18);
}

TEST(Cli, DroppedRowsHaveAnEmptySegment) {
    TempDir dir;
    writeFile(dir.path("gap.csv"), "x,y\n1,1\n,2\n5,5\n6,6\n1,2\n");
    ASSERT_EQ(cli("segment " + dir.path("gap.csv") + " --impute drop --k 2 --quiet --out " +
                  dir.path("o.csv")),
              0);
    const auto labelled = lines(readFile(dir.path("o.csv")));
    ASSERT_EQ(labelled.size(), 6u);
    EXPECT_EQ(labelled[2], ",2,");
}

TEST(Cli, HierarchicalAndDbscanKeepTheContract) {
    TempDir dir;
    writeFile(dir.path("in.csv"), std::string(kSmallCsv) + "j,90,900,Solo\n");
    const std::string in = dir.path("in.csv");
    std::string out;
    ASSERT_EQ(cli("segment " + in +
                      " --algorithm hierarchical --linkage average --k 3 --quiet --id cust_id"
                      " --features age,income --out " +
                      dir.path("h.csv") + " --summary " + dir.path("h.json"),
                  &out),
              0)
        << out;
    auto summary = nlohmann::json::parse(readFile(dir.path("h.json")));
    EXPECT_EQ(summary.at("k"), 3);
    EXPECT_EQ(summary.at("options").at("algorithm"), "hierarchical");
    EXPECT_EQ(summary.at("options").at("linkage"), "average");
    EXPECT_EQ(summary.at("hierarchical").at("merges"), 9);

    // DBSCAN: three groups of three and one outlier (row j) labelled -1, written as -1.
    ASSERT_EQ(cli("segment " + in +
                      " --algorithm dbscan --eps 0.3 --min-samples 3 --quiet --id cust_id"
                      " --features age,income --out " +
                      dir.path("d.csv") + " --summary " + dir.path("d.json"),
                  &out),
              0)
        << out;
    const auto rows = lines(readFile(dir.path("d.csv")));
    ASSERT_EQ(rows.size(), 11u);
    EXPECT_EQ(rows[0], "cust_id,age,income,area,segment");
    EXPECT_EQ(rows[10], "j,90,900,Solo,-1");
    summary = nlohmann::json::parse(readFile(dir.path("d.json")));
    EXPECT_EQ(summary.at("k"), 3);
    EXPECT_EQ(summary.at("noise"), 1);
    EXPECT_EQ(summary.at("metrics").at("rows_scored"), 9);
    EXPECT_EQ(summary.at("metrics").at("noise_excluded"), true);
    EXPECT_EQ(summary.at("options").at("eps"), 0.3);

    ASSERT_EQ(
        cli("kdist " + in + " --min-samples 3 --quiet --id cust_id --features age,income", &out),
        0);
    EXPECT_NE(out.find("suggested eps: "), std::string::npos) << out;

    // Refusal with the memory it would need; usage errors.
    EXPECT_EQ(cli("segment " + in +
                      " --algorithm hierarchical --linkage complete --max-matrix-gb 0.0000001"
                      " --k 2 --quiet",
                  &out),
              1);
    EXPECT_NE(out.find("needs"), std::string::npos) << out;
    EXPECT_EQ(cli("segment " + in + " --algorithm dbscan --k 3", &out), 2);
    EXPECT_EQ(cli("segment " + in + " --algorithm dbscan", &out), 2);
    EXPECT_NE(out.find("kdist"), std::string::npos) << out;
    EXPECT_EQ(cli("segment " + in + " --eps 1", &out), 2);
    EXPECT_EQ(cli("segment " + in +
                      " --algorithm hierarchical --linkage ward --metric cosine "
                      "--k 2 --quiet",
                  &out),
              1);
    EXPECT_EQ(cli("sweep " + in + " --algorithm dbscan --eps 1", &out), 2);
}

TEST(Cli, ModelOutScoreAndModelSql) {
    TempDir dir;
    writeFile(dir.path("in.csv"), kSmallCsv);
    const std::string in = dir.path("in.csv");
    std::string out;
    ASSERT_EQ(cli("segment " + in + " --k 3 --quiet --id cust_id --features age,income --out " +
                      dir.path("labels.csv") + " --model-out " + dir.path("model.json") +
                      " --names Young,Mid,Old",
                  &out),
              0)
        << out;
    const auto model = nlohmann::json::parse(readFile(dir.path("model.json")));
    EXPECT_EQ(model.at("format"), "gugus-model");
    EXPECT_EQ(model.at("names"), nlohmann::json({"Young", "Mid", "Old"}));

    // Prospects: the training rows, one unseen text value, and no cust_id/area columns.
    writeFile(dir.path("new.csv"), "age,income\n20,10\n51,81\nold,5\n35,200\n");
    ASSERT_EQ(cli("score " + dir.path("model.json") + " " + dir.path("new.csv") +
                      " --quiet --out " + dir.path("scored.csv"),
                  &out),
              0)
        << out;
    EXPECT_NE(out.find("4 rows: 3 scored, 1 not scorable"), std::string::npos) << out;
    const auto scored = lines(readFile(dir.path("scored.csv")));
    const auto trained = lines(readFile(dir.path("labels.csv")));
    ASSERT_EQ(scored.size(), 5u);
    EXPECT_EQ(scored[0], "age,income,segment,segment_note");
    const auto lastField = [](const std::string& line) { return line.substr(line.rfind(',') + 1); };
    EXPECT_EQ(scored[1], "20,10," + lastField(trained[1]) + ","); // same segment as in training
    EXPECT_EQ(scored[3], "old,5,-1,not a number: age=old");

    ASSERT_EQ(cli("model-sql " + dir.path("model.json") + " --table customers", &out), 0);
    EXPECT_NE(out.find("SELECT t.*"), std::string::npos);
    EXPECT_NE(out.find("END AS segment\nFROM customers AS t;"), std::string::npos) << out;
    EXPECT_EQ(cli("model-sql " + dir.path("model.json"), &out), 2);
    EXPECT_EQ(cli("score " + dir.path("labels.csv") + " " + in + " --out x.csv", &out), 1);
    EXPECT_NE(out.find("invalid model file"), std::string::npos) << out;
}

namespace {

/// The sweep table's seconds column (printf "%9.3f" from column 69) blanked: it differs per run.
std::string timingBlanked(const std::string& text) {
    std::string out;
    for (auto row : lines(text)) {
        out += (row.size() >= 78 ? row.replace(69, 9, "X") : row) + "\n";
    }
    return out;
}

} // namespace

TEST(Cli, InProcessRunPrintsWhatTheBinaryPrints) {
    TempDir dir;
    writeFile(dir.path("small.csv"), kSmallCsv);
    const std::string small = dir.path("small.csv");
    const std::string sample = gugus::test::samplePath();
    const std::vector<std::vector<std::string>> cases = {
        {"--help"},
        {"segment", "--help"},
        {"inspect", sample},
        {"inspect", sample, "--json"},
        {"sweep", small, "--features", "age,income", "--k-max", "5"},
        {"segment", small, "--features", "age,income", "--k", "3", "--quiet"},
        {"kdist", small, "--min-samples", "3", "--features", "age,income"},
        {"segment", small, "--k", "zero"},
        {"inspect", dir.path("missing.csv")},
    };
    for (const auto& args : cases) {
        std::string command = cliPath();
        for (const auto& a : args) {
            command += " '" + a + "'";
        }
        std::string binaryOut;
        const int binaryCode = runCommand(command + " 2>/dev/null", &binaryOut);
        const auto inProcess = gugus::test::runCli(args);
        EXPECT_EQ(inProcess.code, binaryCode) << command;
        if (args[0] == "sweep") {
            EXPECT_EQ(timingBlanked(inProcess.out), timingBlanked(binaryOut)) << command;
        } else {
            EXPECT_EQ(inProcess.out, binaryOut) << command;
        }
    }
}

// The managers' report from the command line: `segment --report` and `report PROJECT`, each
// format read back by an independent reader where one is installed (pdfinfo from poppler-utils).
TEST(Cli, ReportsFromSegmentAndFromAProject) {
    TempDir dir;
    const std::string sample = gugus::test::samplePath();
    const std::string pdf = dir.path("report.pdf");
    std::string out;
    const int code =
        cli("segment " + sample + " --k 3 --quiet --names Muda,Keluarga,Mapan --report " + pdf +
                " --report-lang id",
            &out);
    if (code == 2 && out.find("built without the report renderers") != std::string::npos) {
        GTEST_SKIP() << "gugus-cli built with GUGUS_BUILD_UI=OFF has no reports";
    }
    ASSERT_EQ(code, 0) << out;
    EXPECT_EQ(readFile(pdf).substr(0, 5), "%PDF-");
    std::string text;
    if (gugus::test::runCommand("pdftotext " + pdf + " - 2>/dev/null", &text) == 0) {
        for (const char* name : {"Muda", "Keluarga", "Mapan"}) {
            EXPECT_NE(text.find(name), std::string::npos) << name;
        }
    }
    EXPECT_EQ(cli("segment " + sample + " --k 3 --report " + dir.path("r.docx"), &out), 2);

    // A project made by the desktop program: data path, recipe, settings, names, actions.
    gugus::core::NullProgress progress;
    const auto table = gugus::core::readCsvFile(sample, {}, progress).table;
    gugus::core::ProjectFile project;
    project.source = sample;
    project.fingerprint = table.fingerprint();
    project.recipe = gugus::core::Recipe::defaults(table);
    project.segmented = true;
    project.options.k = 3;
    project.names = {"Young", "", "Established"};
    project.actions = {"Offer a starter savings plan", "", ""};
    project.displays["Total_Relationship_Balance"] = {"Saldo relasi nasabah", "IDR", {}};
    const std::string projectPath = dir.path("analysis.gugus");
    writeFile(projectPath, project.toJson());
    const std::string html = dir.path("report.html");
    ASSERT_EQ(cli("report " + projectPath + " --out " + html + " --quiet", &out), 0) << out;
    const std::string page = readFile(html);
    EXPECT_NE(page.find("Young"), std::string::npos);
    EXPECT_NE(page.find("Established"), std::string::npos);
    EXPECT_NE(page.find("Offer a starter savings plan"), std::string::npos);
    EXPECT_NE(page.find("Saldo relasi nasabah"), std::string::npos); // the project's label
    EXPECT_EQ(cli("report " + projectPath + " --out " + projectPath, &out), 2); // not a report
}

TEST(Cli, PipesBinaryFilesAndNonNumbersSayWhatTheyAre) {
    TempDir dir;
    const std::string data = dir.path("small.csv");
    writeFile(data, kSmallCsv);
    std::string out;
    // Standard input ("-") and a pipe are read to their end, not taken for empty files.
    EXPECT_EQ(cli("inspect - --quiet < " + data, &out), 0) << out;
    EXPECT_NE(out.find("income"), std::string::npos) << out;
    std::string piped;
    EXPECT_EQ(runCommand("cat " + data + " | " + cliPath() + " segment - --k 2 --quiet --out " +
                             dir.path("labelled.csv") + " 2>&1",
                         &piped),
              0)
        << piped;
    EXPECT_EQ(lines(readFile(dir.path("labelled.csv"))).size(), lines(kSmallCsv).size());
    EXPECT_EQ(cli("inspect - < /dev/null", &out), 1);
    EXPECT_NE(out.find("file is empty"), std::string::npos) << out;

    // A spreadsheet saved as .csv by its name only: binary content, said so; the file untouched.
    const std::string xlsx = std::string("PK\x03\x04\x14\x00\x06\x00", 8) + "a,b\n1,2\n";
    writeFile(dir.path("book.csv"), xlsx);
    EXPECT_EQ(cli("segment " + dir.path("book.csv") + " --k 2", &out), 1);
    EXPECT_NE(out.find("not a text/CSV file"), std::string::npos) << out;
    EXPECT_EQ(readFile(dir.path("book.csv")), xlsx);

    // A text column forced numeric names the column and the value.
    EXPECT_EQ(cli("inspect " + data + " --type area=numeric", &out), 1);
    EXPECT_NE(out.find("column area was asked to be numeric but \""), std::string::npos) << out;
    EXPECT_NE(out.find("(line 2) is not a number"), std::string::npos) << out;
    EXPECT_EQ(readFile(data), kSmallCsv);
}
