// An Excel workbook wherever gugus-cli takes a FILE (segment, sweep, tune, inspect, kdist, score),
// with --sheet: the bundled sample written to a workbook by libxlsxwriter gives the same results
// as the sample's CSV, byte for byte; the refusals are clear errors.
#include "cli_test_util.h"
#include "test_support.h"

#include "data/csv_reader.h"

#include <nlohmann/json.hpp>
#include <xlsxwriter.h>

using gugus::test::CliRun;
using gugus::test::contains;
using gugus::test::lines;
using gugus::test::readFile;
using gugus::test::runCli;
using gugus::test::TempDir;
using namespace gugus;

namespace {

/// The CSV `csv` as the second sheet ("Nasabah") of a workbook: numbers as numbers, labels as
/// text, missing values as empty cells; a first sheet holds a note.
void writeSampleWorkbook(const std::string& csv, const std::string& path) {
    core::NullProgress p;
    const core::Table table = core::readCsvFile(csv, core::CsvOptions{}, p).table;
    lxw_workbook* wb = workbook_new(path.c_str());
    lxw_worksheet* note = workbook_add_worksheet(wb, "Catatan");
    worksheet_write_string(note, 0, 0, "Ekspor nasabah", nullptr);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Nasabah");
    for (std::int64_t j = 0; j < table.columnCount(); ++j) {
        const core::Column& c = table.column(j);
        worksheet_write_string(ws, 0, lxw_col_t(j), c.name().c_str(), nullptr);
        for (std::int64_t i = 0; i < table.rowCount(); ++i) {
            if (c.isMissing(i)) {
                continue;
            }
            const lxw_row_t r = lxw_row_t(i + 1);
            if (c.isNumericLike()) {
                worksheet_write_number(ws, r, lxw_col_t(j), c.values()[std::size_t(i)], nullptr);
            } else {
                worksheet_write_string(ws, r, lxw_col_t(j), c.toText(i).c_str(), nullptr);
            }
        }
    }
    ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
}

class CliXlsx : public ::testing::Test {
protected:
    void SetUp() override { writeSampleWorkbook(sample, book); }

    TempDir dir;
    test::ThreadCountGuard threads;
    const std::string book = dir.path("nasabah.xlsx");
    const std::string sample = test::comparisonSample(dir); // fewer rows in the sanitizer build
};

} // namespace

TEST_F(CliXlsx, EveryFileCommandReadsAWorkbookSheet) {
    for (const auto& command : test::fileCommands()) {
        SCOPED_TRACE(command[0]);
        std::vector<std::string> fromCsv = command;
        fromCsv.insert(fromCsv.begin() + 1, sample);
        fromCsv.push_back("--quiet");
        if (command[0] == "segment") { // the workbook has no display file beside it
            fromCsv.push_back("--no-display");
        }
        std::vector<std::string> fromBook = command;
        fromBook.insert(fromBook.begin() + 1, book);
        fromBook.insert(fromBook.end(), {"--sheet", "Nasabah", "--quiet"});
        const CliRun csv = runCli(fromCsv);
        const CliRun xlsx = runCli(fromBook);
        ASSERT_EQ(csv.code, 0) << csv.err;
        ASSERT_EQ(xlsx.code, 0) << xlsx.err;
        if (command[0] == "inspect") {
            const auto a = nlohmann::json::parse(csv.out);
            const auto b = nlohmann::json::parse(xlsx.out);
            EXPECT_EQ(a.at("fingerprint"), b.at("fingerprint"));
            EXPECT_EQ(a.at("schema"), b.at("schema"));
        } else if (command[0] == "sweep") {
            EXPECT_EQ(test::withoutSeconds(xlsx.out), test::withoutSeconds(csv.out));
        } else {
            EXPECT_EQ(xlsx.out, csv.out);
        }
    }
}

TEST_F(CliXlsx, ScoreAndSheetByNumber) {
    const std::string model = dir.path("model.json");
    ASSERT_EQ(runCli({"segment", sample, "--k", "3", "--model-out", model, "--quiet"}).code, 0);
    const std::string fromCsv = dir.path("csv.csv");
    const std::string fromBook = dir.path("xlsx.csv");
    ASSERT_EQ(runCli({"score", model, sample, "--out", fromCsv, "--quiet"}).code, 0);
    const CliRun run = runCli({"score", model, book, "--sheet", "2", "--out", fromBook, "--quiet"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(readFile(fromBook), readFile(fromCsv));
}

TEST_F(CliXlsx, ClearErrorsForSheetsAndOldFormats) {
    // The first sheet holds one text cell: no numeric features to segment.
    const CliRun first = runCli({"inspect", book, "--quiet"});
    EXPECT_EQ(first.code, 0) << first.err;
    EXPECT_TRUE(contains(first.out, "Ekspor nasabah")) << first.out;
    // A workbook has no delimiter or decimal separator: inspect names the sheet it read.
    EXPECT_TRUE(contains(lines(first.out)[0], ", sheet 'Catatan', fingerprint ")) << first.out;
    EXPECT_FALSE(contains(first.out, "delimiter")) << first.out;
    const CliRun second = runCli({"inspect", book, "--sheet", "2", "--quiet"});
    EXPECT_TRUE(contains(lines(second.out)[0], ", sheet 'Nasabah', fingerprint ")) << second.out;
    const CliRun json = runCli({"inspect", book, "--sheet", "Nasabah", "--json", "--quiet"});
    EXPECT_EQ(nlohmann::json::parse(json.out).at("sheet"), "Nasabah");
    EXPECT_TRUE(
        contains(runCli({"inspect", sample, "--quiet"}).out, ", delimiter ',', decimal '.'"));

    const CliRun missing = runCli({"inspect", book, "--sheet", "Rekap"});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(contains(missing.err, "no sheet Rekap in the workbook (its sheets: Catatan, "
                                      "Nasabah)"))
        << missing.err;
    const CliRun old = runCli({"inspect", test::dataPath("xlsx/old.xls")});
    EXPECT_EQ(old.code, 1);
    EXPECT_TRUE(contains(old.err, "save it as .xlsx")) << old.err;
    const CliRun locked = runCli({"inspect", test::dataPath("xlsx/encrypted.xlsx")});
    EXPECT_EQ(locked.code, 1);
    EXPECT_TRUE(contains(locked.err, "password-protected")) << locked.err;
    const CliRun merged = runCli({"inspect", test::dataPath("xlsx/merged_header.xlsx")});
    EXPECT_EQ(merged.code, 1);
    EXPECT_TRUE(contains(merged.err, "merged cells in its header row (B1:C1)")) << merged.err;
    const CliRun text = runCli({"inspect", sample, "--sheet", "1"});
    EXPECT_EQ(text.code, 2);
    EXPECT_TRUE(contains(text.err, "is a text file")) << text.err;
    const CliRun stdinSheet = runCli({"inspect", "-", "--sheet", "1"});
    EXPECT_EQ(stdinSheet.code, 2);
    EXPECT_TRUE(contains(stdinSheet.err, "--sheet chooses a worksheet")) << stdinSheet.err;
}
