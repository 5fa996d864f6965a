// gugus-cli segment --display: the labels and units of a display file in the printed summary,
// the warnings and summary.json; a display file that cannot be used stops the run before any
// work, naming the field; and it is an input, never an output. Without --display the file
// beside the data (NAME.display.json) is read, an unusable one only warned about; --no-display
// skips it.
#include "cli_test_util.h"
#include "model/project_file.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <filesystem>

using gugus::test::CliRun;
using gugus::test::contains;
using gugus::test::lines;
using gugus::test::readFile;
using gugus::test::runCli;
using gugus::test::TempDir;
using gugus::test::writeFile;
using nlohmann::json;

namespace {

/// The indented lines of the printed summary: one trait each.
std::vector<std::string> traitLines(const std::string& out) {
    std::vector<std::string> traits;
    for (const std::string& line : lines(out)) {
        if (line.rfind("    ", 0) == 0) {
            traits.push_back(line);
        }
    }
    return traits;
}

class CliDisplay : public ::testing::Test {
protected:
    TempDir dir;
    gugus::test::ThreadCountGuard threads;
    const std::string sample = gugus::test::samplePath();
    const std::string display = GUGUS_SAMPLE_DISPLAY;
};

} // namespace

TEST_F(CliDisplay, LabelsAndUnitsReachTheTextAndTheSummary) {
    const std::string summary = dir.path("summary.json");
    const CliRun run = runCli(
        {"segment", sample, "--k", "4", "--display", display, "--summary", summary, "--quiet"});
    ASSERT_EQ(run.code, 0) << run.err;
    // summary.json: the display list, as in the file.
    const json j = json::parse(readFile(summary));
    ASSERT_TRUE(j.contains("display"));
    const auto expected = gugus::core::columnDisplaysFromFile(readFile(display));
    ASSERT_EQ(j.at("display").size(), expected.size());
    for (const json& entry : j.at("display")) {
        const auto it = expected.find(entry.at("column").get<std::string>());
        ASSERT_NE(it, expected.end()) << entry.dump();
        EXPECT_EQ(entry.at("label"), it->second.label);
        EXPECT_EQ(entry.at("unit"), it->second.unit);
    }
    // The printed traits name columns by their labels, never by a raw name that has another
    // label, and money reads with its currency.
    const auto traits = traitLines(run.out);
    ASSERT_FALSE(traits.empty()) << run.out;
    bool labelled = false;
    for (const std::string& line : traits) {
        for (const auto& [column, d] : expected) {
            if (d.label != column) {
                EXPECT_FALSE(contains(line, column)) << line;
                labelled = labelled || contains(line, d.label);
            }
        }
    }
    EXPECT_TRUE(labelled) << run.out;
    // The warnings on stderr too (without --quiet).
    const CliRun loud = runCli({"segment", sample, "--k", "4", "--display", display});
    ASSERT_EQ(loud.code, 0) << loud.err;
    EXPECT_TRUE(contains(loud.err, "id column ID nasabah (GCIF) has 4618 distinct ids"))
        << loud.err;
}

TEST_F(CliDisplay, MoneyAndUnitsReadWithTheirValues) {
    const std::string file = dir.path("money.display.json");
    writeFile(file, R"({"format": "gugus-display", "version": 1, "columns": [
        {"column": "Pendapatan_Tahunan", "label": "Income", "unit": "IDR", "scale": "millions"},
        {"column": "Usia", "label": "Age", "unit": "years", "scale": "units"}]})");
    const CliRun run = runCli({"segment", sample, "--features", "Usia,Pendapatan_Tahunan", "--k",
                               "3", "--display", file, "--quiet"});
    ASSERT_EQ(run.code, 0) << run.err;
    bool money = false;
    bool years = false;
    for (const std::string& line : traitLines(run.out)) {
        money = money || (contains(line, "Income ") && contains(line, "IDR ") &&
                          (contains(line, " M") || contains(line, " B")));
        years = years || (contains(line, "Age ") && contains(line, " years"));
    }
    EXPECT_TRUE(money) << run.out;
    EXPECT_TRUE(years) << run.out;
}

TEST_F(CliDisplay, WithoutTheOptionRawNamesAndNoDisplayKey) {
    // The data alone (the bundled sample has its display file beside it).
    const std::string data = dir.path("alone.csv");
    writeFile(data, readFile(sample));
    const std::string summary = dir.path("plain.json");
    const CliRun run = runCli({"segment", data, "--k", "4", "--summary", summary, "--quiet"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_FALSE(json::parse(readFile(summary)).contains("display"));
    EXPECT_FALSE(contains(run.out, "Saldo relasi"));
}

TEST_F(CliDisplay, AnUnusableDisplayFileStopsBeforeAnyWork) {
    const std::string summary = dir.path("never.json");
    const std::pair<std::string, std::string> cases[] = {
        {R"({"format": "gugus-display", "version": 1, "columns": [
            {"column": "Usia", "label": "Age", "unit": "", "scale": "lots"}]})",
         "columns[0].scale"},
        {R"({"format": "gugus-display", "version": 1, "columns": [
            {"column": "Usia", "label": "A\u0007ge", "unit": "", "scale": "units"}]})",
         "columns[0].label"},
        {R"({"format": "gugus-project", "version": 1, "columns": []})", "format"},
        {"not json at all", "not valid JSON"},
    };
    for (const auto& [text, field] : cases) {
        const std::string file = dir.path("bad.display.json");
        writeFile(file, text);
        const CliRun run =
            runCli({"segment", sample, "--k", "3", "--display", file, "--summary", summary});
        EXPECT_EQ(run.code, 1) << run.err;
        EXPECT_TRUE(contains(run.err, "--display")) << run.err;
        EXPECT_TRUE(contains(run.err, field)) << run.err;
        EXPECT_FALSE(std::filesystem::exists(summary));
    }
    const CliRun missing = runCli({"segment", sample, "--display", dir.path("none.json")});
    EXPECT_EQ(missing.code, 1) << missing.err;
}

TEST_F(CliDisplay, TheDisplayFileIsAnInputNotAnOutput) {
    const std::string copy = dir.path("labels.display.json");
    writeFile(copy, readFile(display));
    const CliRun run =
        runCli({"segment", sample, "--k", "3", "--display", copy, "--summary", copy});
    EXPECT_NE(run.code, 0);
    EXPECT_EQ(readFile(copy), readFile(display));
}

TEST_F(CliDisplay, TheDisplayFileBesideTheDataIsReadUnlessNoDisplay) {
    const std::string data = dir.path("nasabah.csv");
    writeFile(data, readFile(sample));
    writeFile(dir.path("nasabah.display.json"), readFile(display));
    const std::string summary = dir.path("summary.json");
    const CliRun run = runCli({"segment", data, "--k", "4", "--summary", summary});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.out, "Saldo relasi")) << run.out;
    const json j = json::parse(readFile(summary));
    ASSERT_TRUE(j.contains("display"));
    EXPECT_EQ(j.at("display").size(),
              gugus::core::columnDisplaysFromFile(readFile(display)).size());
    // The same as naming it with --display.
    const CliRun named = runCli({"segment", data, "--k", "4", "--display", display});
    EXPECT_EQ(named.out, run.out);

    // --no-display: raw names and no display list.
    const CliRun skipped =
        runCli({"segment", data, "--k", "4", "--no-display", "--summary", summary, "--quiet"});
    ASSERT_EQ(skipped.code, 0) << skipped.err;
    EXPECT_FALSE(contains(skipped.out, "Saldo relasi")) << skipped.out;
    EXPECT_FALSE(json::parse(readFile(summary)).contains("display"));
    const CliRun both = runCli({"segment", data, "--display", display, "--no-display"});
    EXPECT_EQ(both.code, 2) << both.err;

    // Found beside the data, it is an input: no output may replace it.
    const CliRun over =
        runCli({"segment", data, "--k", "3", "--summary", dir.path("nasabah.display.json")});
    EXPECT_NE(over.code, 0);
    EXPECT_EQ(readFile(dir.path("nasabah.display.json")), readFile(display));
}

TEST_F(CliDisplay, AnUnusableDisplayFileBesideTheDataIsAWarning) {
    const std::string data = dir.path("nasabah.csv");
    writeFile(data, readFile(sample));
    const std::string beside = dir.path("nasabah.display.json");
    writeFile(beside, R"({"format": "gugus-display", "version": 1, "columns": [
        {"column": "Usia", "label": "Age", "unit": "", "scale": "lots"}]})");
    const std::string summary = dir.path("summary.json");
    const CliRun run = runCli({"segment", data, "--k", "3", "--summary", summary});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.err, "warning: " + beside)) << run.err;
    EXPECT_TRUE(contains(run.err, "columns[0].scale")) << run.err;
    EXPECT_FALSE(json::parse(readFile(summary)).contains("display"));
    EXPECT_FALSE(contains(run.out, "Age ")) << run.out;
    // Not JSON, or far too large: the same.
    writeFile(beside, "not json at all");
    const CliRun broken = runCli({"segment", data, "--k", "3"});
    ASSERT_EQ(broken.code, 0) << broken.err;
    EXPECT_TRUE(contains(broken.err, "not valid JSON")) << broken.err;
    writeFile(beside, std::string(std::size_t(gugus::core::kMaxDisplayFileBytes) + 1, ' '));
    const CliRun large = runCli({"segment", data, "--k", "3"});
    ASSERT_EQ(large.code, 0) << large.err;
    EXPECT_TRUE(contains(large.err, "larger than a display file")) << large.err;
    // --quiet keeps stderr quiet; --no-display does not look at it at all.
    const CliRun quiet = runCli({"segment", data, "--k", "3", "--quiet"});
    ASSERT_EQ(quiet.code, 0) << quiet.err;
    EXPECT_FALSE(contains(quiet.err, beside)) << quiet.err;
    const CliRun skipped = runCli({"segment", data, "--k", "3", "--no-display"});
    ASSERT_EQ(skipped.code, 0) << skipped.err;
    EXPECT_FALSE(contains(skipped.err, beside)) << skipped.err;
}

TEST(DisplayFiles, PathBesideTheDataAndRoundTrip) {
    using gugus::core::displayFilePath;
    EXPECT_EQ(displayFilePath("/data/nasabah.csv"), "/data/nasabah.display.json");
    EXPECT_EQ(displayFilePath("nasabah.tsv"), "nasabah.display.json");
    EXPECT_EQ(displayFilePath("/data.v2/nasabah"), "/data.v2/nasabah.display.json");
    EXPECT_EQ(displayFilePath("/data/.hidden"), "/data/.hidden.display.json");
    const gugus::core::ColumnDisplays displays{
        {"Usia", {"Umur", "tahun", gugus::core::ValueScale::Units}},
        {"Pendapatan_Tahunan", {"Pendapatan", "IDR", gugus::core::ValueScale::Millions}},
        {"Kosong", {}}}; // a default display is left out
    const auto back =
        gugus::core::columnDisplaysFromFile(gugus::core::columnDisplaysToFile(displays));
    EXPECT_EQ(back.size(), 2u);
    EXPECT_EQ(back.at("Usia"), displays.at("Usia"));
    EXPECT_EQ(back.at("Pendapatan_Tahunan"), displays.at("Pendapatan_Tahunan"));
}
