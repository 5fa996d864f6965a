// gugus-cli in-process: dispatch, help, and how mistakes and failures reach the user (one line on
// stderr and the exit code: 2 wrong usage, 1 data or file error, 130 cancelled).
#include "cli_test_util.h"
#include "console_progress.h"
#include "test_support.h"

#include <algorithm>
#include <atomic>
#include <sstream>
#include <thread>

using gugus::test::CliRun;
using gugus::test::contains;
using gugus::test::kSmallCsv;
using gugus::test::runCli;
using gugus::test::TempDir;
using gugus::test::writeFile;

namespace {

bool startsWith(const std::string& text, const std::string& prefix) {
    return text.rfind(prefix, 0) == 0;
}

/// A usage error: exit code 2, nothing on stdout, exactly "gugus-cli: MESSAGE\n" on stderr.
void expectUsageError(const std::vector<std::string>& args, const std::string& message) {
    const CliRun run = runCli(args);
    std::string command;
    for (const auto& a : args) {
        command += a + " ";
    }
    EXPECT_EQ(run.code, 2) << command;
    EXPECT_EQ(run.out, "") << command;
    EXPECT_EQ(run.err, "gugus-cli: " + message + "\n") << command;
}

/// A data or file error: exit code 1 and one line "gugus-cli: error: ..." containing `part`.
void expectDataError(const std::vector<std::string>& args, const std::string& part) {
    const CliRun run = runCli(args);
    EXPECT_EQ(run.code, 1) << args[0];
    EXPECT_TRUE(startsWith(run.err, "gugus-cli: error: ")) << run.err;
    EXPECT_TRUE(contains(run.err, part)) << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
}

} // namespace

TEST(CliRun, OverviewWithoutCommandIsAUsageError) {
    const CliRun none = runCli({});
    EXPECT_EQ(none.code, 2);
    EXPECT_TRUE(startsWith(none.out, "Usage: gugus-cli COMMAND [options]\n")) << none.out;
    EXPECT_EQ(none.err, "");
    for (const char* spelling : {"--help", "-h", "help"}) {
        const CliRun help = runCli({spelling});
        EXPECT_EQ(help.code, 0) << spelling;
        EXPECT_EQ(help.out, none.out) << spelling;
        EXPECT_EQ(help.err, "");
    }
    for (const char* listed :
         {"inspect FILE", "segment FILE", "sweep FILE", "kdist FILE", "score MODEL FILE",
          "model-sql MODEL", "tune FILE", "version", "130 cancelled (Ctrl+C)"}) {
        EXPECT_TRUE(contains(none.out, listed)) << listed;
    }
}

TEST(CliRun, EveryCommandHasItsHelpWithTheSharedSections) {
    struct Expected {
        const char* command;
        std::vector<const char*> sections;
    };
    const std::vector<Expected> expected = {
        {"inspect", {"Reading the file:"}},
        {"segment", {"Preparing features (the recipe):", "Clustering:", "Reading the file:"}},
        {"sweep", {"Preparing features (the recipe):", "Clustering:", "Reading the file:"}},
        {"kdist", {"Preparing features (the recipe):", "Reading the file:"}},
        {"score", {"Reading the file:"}},
        {"model-sql", {}},
        {"tune", {"Preparing features (the recipe):", "Reading the file:"}},
    };
    for (const auto& [command, sections] : expected) {
        const CliRun run = runCli({command, "--help"});
        EXPECT_EQ(run.code, 0) << command;
        EXPECT_EQ(run.err, "") << command;
        EXPECT_TRUE(startsWith(run.out, std::string("Usage: gugus-cli ") + command + " "))
            << run.out;
        // Each shared section follows a blank line, in the order listed.
        std::size_t at = 0;
        for (const char* section : sections) {
            const auto found = run.out.find(std::string("\n\n") + section + "\n", at);
            ASSERT_NE(found, std::string::npos) << command << ": " << section;
            at = found + 1;
        }
        if (sections.empty() || std::string(command) == "inspect") {
            EXPECT_FALSE(contains(run.out, "Clustering:")) << command;
        }
    }
    // --help wins over everything else on the line, even a missing file.
    EXPECT_EQ(runCli({"segment", "no-such.csv", "--k", "3", "--help"}).code, 0);
}

TEST(CliRun, VersionPrintsTheProjectVersion) {
    for (const char* spelling : {"version", "--version"}) {
        const CliRun run = runCli({spelling});
        EXPECT_EQ(run.code, 0);
        EXPECT_EQ(run.out, std::string("gugus-cli ") + GUGUS_VERSION + "\n");
        EXPECT_EQ(run.err, "");
    }
}

TEST(CliRun, UsageErrorsExitTwoWithOneLine) {
    expectUsageError({"frobnicate"}, "unknown command 'frobnicate' (see gugus-cli --help)");
    expectUsageError({"segment", "x.csv", "--no-such-option", "1"},
                     "unknown option --no-such-option (see --help)");
    expectUsageError({"segment", "x.csv", "-k", "3"},
                     "unknown option '-k' (options start with --)");
    expectUsageError({"segment", "x.csv", "--k"}, "option --k needs a value");
    expectUsageError({"segment", "x.csv", "--k", "zero"},
                     "option --k needs a whole number, got 'zero'");
    expectUsageError({"segment", "x.csv", "--tol=abc"}, "option --tol needs a number, got 'abc'");
    expectUsageError({"segment", "x.csv", "--quiet=1"}, "option --quiet takes no value");
    expectUsageError({"inspect"}, "inspect needs exactly one FILE (see gugus-cli inspect --help)");
    expectUsageError({"tune", "a.csv", "b.csv"},
                     "tune needs exactly one FILE (see gugus-cli tune --help)");
    expectUsageError({"score", "model.json"},
                     "score needs MODEL.json and FILE (see gugus-cli score --help)");
    expectUsageError({"score", "model.json", "x.csv"}, "score needs --out FILE");
    expectUsageError({"model-sql", "model.json"},
                     "model-sql needs MODEL.json and --table NAME (see --help)");
}

TEST(CliRun, OptionValuesAreCheckedBeforeTheFileIsRead) {
    // The file does not exist: a usage error must win over the data error.
    const std::string missing = "no-such-file.csv";
    expectUsageError({"segment", missing, "--k", "0"}, "--k must be a whole number >= 1 or auto");
    expectUsageError({"segment", missing, "--decimal", "x"}, "--decimal must be dot or comma");
    expectUsageError({"segment", missing, "--encoding", "ascii"},
                     "--encoding must be utf8 or latin1");
    expectUsageError({"segment", missing, "--init", "x"}, "--init must be k-means++ or random");
    expectUsageError({"segment", missing, "--kmeans-algorithm", "x"},
                     "--kmeans-algorithm must be lloyd, elkan or minibatch");
    expectUsageError(
        {"segment", missing, "--algorithm", "x"},
        "unknown --algorithm 'x' (available: kmeans, hierarchical, dbscan, kmedoids, gmm)");
    expectUsageError({"segment", missing, "--eps", "1"}, "--eps needs --algorithm dbscan");
    expectUsageError({"segment", missing, "--algorithm", "dbscan", "--k", "3"},
                     "DBSCAN finds the number of segments itself: give --eps, not --k");
    expectUsageError({"segment", missing, "--algorithm", "dbscan"},
                     "--algorithm dbscan needs --eps (gugus-cli kdist suggests one)");
    expectUsageError(
        {"segment", missing, "--algorithm", "hierarchical", "--height", "2", "--k", "2"},
        "give --k or --height, not both");
    expectUsageError({"segment", missing, "--threads", "-1"}, "--threads must be >= 0");
    expectUsageError({"sweep", missing, "--k", "3"},
                     "sweep takes --k-min/--k-max, not --k or --height");
    expectUsageError({"sweep", missing, "--algorithm", "dbscan", "--eps", "1"},
                     "DBSCAN has no k to sweep; use `gugus-cli kdist` to choose eps");
    expectUsageError({"kdist", missing, "--min-samples", "0"}, "--min-samples must be >= 1");
    const std::string tuneLimits = "need 2 <= k-min <= k-max, 0 <= min-share < 1, bootstraps >= "
                                   "1, keep >= 1, -1 <= target <= 1";
    expectUsageError({"tune", missing, "--k-min", "1"}, tuneLimits);
    expectUsageError({"tune", missing, "--bootstraps", "0"}, tuneLimits);
    expectUsageError({"tune", missing, "--target", "nan"},
                     "option --target needs a finite number, got 'nan'");
    expectUsageError({"segment", missing, "--tol", "inf"},
                     "option --tol needs a finite number, got 'inf'");
    expectUsageError({"segment", missing, "--algorithm", "dbscan", "--eps", "inf"},
                     "option --eps needs a finite number, got 'inf'");
    expectUsageError({"segment", missing, "--seed", "-1"}, "--seed must be a whole number >= 0");
    expectUsageError({"segment", missing, "--silhouette", "sampled:x"},
                     "--silhouette sampled:N needs a whole number N >= 2, got 'sampled:x'");
    expectUsageError({"segment", missing, "--impute", "constant:"},
                     "--impute constant:VALUE needs a value");
    expectUsageError({"segment", missing, "--max-rows", "-1"},
                     "--max-rows must be a whole number >= 1");
    expectUsageError({"segment", missing, "--k", "2", "--names", "a,b,c"},
                     "--names gives 3 names for 2 segments");
    expectUsageError({"segment", missing, "--offer-threshold", "2"},
                     "--offer-threshold must be in (0, 1] and --min-support in [0, 1]");
    expectUsageError({"inspect", missing, "--delimiter", "x"},
                     "--delimiter must be one of , ; tab |");
}

TEST(CliRun, DataErrorsExitOneWithOneLine) {
    TempDir dir;
    writeFile(dir.path("small.csv"), kSmallCsv);
    const std::string small = dir.path("small.csv");
    expectDataError({"inspect", dir.path("missing.csv")}, "file not found");
    writeFile(dir.path("ragged.csv"), "a,b\n1,2\n3,4,5\n");
    expectDataError({"inspect", dir.path("ragged.csv")}, "line 3");
    expectDataError({"segment", small, "--k", "50", "--quiet"},
                    "too few rows: k = 50 but only 9 rows");
    expectDataError({"segment", small, "--features", "nope", "--k", "2"}, "unknown column: nope");
    expectDataError({"segment", small, "--algorithm", "hierarchical", "--metric", "cosine", "--k",
                     "2", "--quiet"},
                    "ward linkage needs the euclidean metric");
    expectDataError({"score", small, small, "--out", dir.path("x.csv")}, "invalid model file");
    expectDataError({"model-sql", dir.path("none.json"), "--table", "t"}, "file not found");
    // A failed command writes no output file.
    EXPECT_FALSE(std::filesystem::exists(dir.path("x.csv")));
}

TEST(CliRun, ACancelledCommandSaysSoAndExits130) {
    TempDir dir;
    const std::atomic<bool> cancel{true};
    const CliRun run = runCli({"segment", gugus::test::samplePath(), "--k", "3", "--quiet", "--out",
                               dir.path("labels.csv")},
                              &cancel);
    EXPECT_EQ(run.code, 130);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err, "gugus-cli: cancelled\n");
    EXPECT_FALSE(std::filesystem::exists(dir.path("labels.csv")));

    // The flag alone decides: the same command without it succeeds.
    const std::atomic<bool> go{false};
    EXPECT_EQ(runCli({"inspect", gugus::test::samplePath(), "--quiet"}, &go).code, 0);
}

TEST(CliRun, NotesGoToStderrUnlessQuiet) {
    TempDir dir;
    writeFile(dir.path("gap.csv"), "a,b\n1,2\n\n3,4\n");
    const CliRun noisy = runCli({"inspect", dir.path("gap.csv")});
    EXPECT_EQ(noisy.code, 0);
    EXPECT_EQ(noisy.err, "note: 1 blank lines skipped\n");
    const CliRun quiet = runCli({"inspect", dir.path("gap.csv"), "--quiet"});
    EXPECT_EQ(quiet.code, 0);
    EXPECT_EQ(quiet.err, "");
    EXPECT_EQ(quiet.out, noisy.out);
}

TEST(CliRun, ProgressIsOneLineAReportOrOneRewrittenLineOnATerminal) {
    using namespace std::chrono_literals;
    std::ostringstream out;
    std::ostringstream err;
    {
        gugus::cli::ConsoleProgress progress(gugus::cli::Console{out, err}, false);
        progress.report(1, 4, "kmeans"); // within 0.5 s of the start: not shown
        std::this_thread::sleep_for(600ms);
        progress.report(1, 4, "kmeans");
        progress.report(2, 4, "kmeans"); // within 0.5 s of the last line: not shown
        EXPECT_FALSE(progress.cancelled());
    }
    EXPECT_EQ(err.str(), "[kmeans] 25%\n");

    std::ostringstream terminal;
    const std::atomic<bool> cancel{true};
    {
        gugus::cli::ConsoleProgress progress(gugus::cli::Console{out, terminal, true, &cancel},
                                             false);
        std::this_thread::sleep_for(600ms);
        progress.report(3, 4, "csv.parse");
        EXPECT_TRUE(progress.cancelled());
    }
    // The line is rewritten in place and erased when the work ends.
    EXPECT_EQ(terminal.str(), "\r\033[K[csv.parse] 75%\r\033[K");

    std::ostringstream quiet;
    {
        gugus::cli::ConsoleProgress progress(gugus::cli::Console{out, quiet, true}, true);
        std::this_thread::sleep_for(600ms);
        progress.report(3, 4, "csv.parse");
    }
    EXPECT_EQ(quiet.str(), "");
    EXPECT_EQ(out.str(), "");
}
