// --db / --query / --query-file in place of FILE (segment, sweep, tune, inspect, kdist, score) and
// score --into-table: an SQLite copy of the sample always, the PostgreSQL test server when there
// is one (see postgres_test.h).
#include "cli_test_util.h"
#include "postgres_test.h"
#include "test_support.h"

#include "data/csv_reader.h"
#include "source/db_source.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <iterator>
#include <sstream>

using gugus::test::CliRun;
using gugus::test::readFile;
using gugus::test::runCli;
using gugus::test::TempDir;
using gugus::test::writeFile;
using namespace gugus;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

core::Table csvTable(const std::string& path) {
    core::NullProgress p;
    return core::readCsvFile(path, core::CsvOptions{}, p).table;
}

core::Table readQuery(const std::string& url, const std::string& query) {
    core::DbSource s = core::parseDbUrl(url);
    s.query = query;
    core::NullProgress p;
    return core::readDbSource(s, core::CsvOptions{}, p).table;
}

/// A directory with bank.db, an SQLite copy of the sample (test::comparisonSample: fewer rows in
/// the sanitizer build) as table `customers`.
class CliDb : public ::testing::Test {
protected:
    void SetUp() override {
        writeFile(db, ""); // an empty file is an empty SQLite database
        core::NullProgress p;
        core::writeDbTable(core::parseDbUrl(url), "customers", csvTable(sample), {},
                           core::DbWriteMode::Create, p);
    }

    TempDir dir;
    test::ThreadCountGuard threads;
    const std::string db = dir.path("bank.db");
    const std::string url = "sqlite:" + db;
    const std::string sample = test::comparisonSample(dir);
};

} // namespace

TEST_F(CliDb, EveryFileCommandReadsADatabase) {
    // The same rows from the file and from the database give the same results, byte for byte.
    for (const auto& command : test::fileCommands()) {
        SCOPED_TRACE(command[0]);
        std::vector<std::string> fromFile = command;
        fromFile.insert(fromFile.begin() + 1, sample);
        fromFile.push_back("--quiet");
        if (command[0] == "segment") { // a database has no display file beside it
            fromFile.push_back("--no-display");
        }
        std::vector<std::string> fromDb = command;
        fromDb.insert(fromDb.end(), {"--db", url, "--query", "SELECT * FROM customers", "--quiet"});
        const CliRun file = runCli(fromFile);
        const CliRun database = runCli(fromDb);
        ASSERT_EQ(file.code, 0) << file.err;
        ASSERT_EQ(database.code, 0) << database.err;
        if (command[0] == "inspect") {
            auto a = nlohmann::json::parse(file.out);
            auto b = nlohmann::json::parse(database.out);
            EXPECT_EQ(b.at("file"), url);
            EXPECT_EQ(a.at("fingerprint"), b.at("fingerprint"));
            EXPECT_EQ(a.at("schema"), b.at("schema"));
        } else if (command[0] == "sweep") {
            EXPECT_EQ(test::withoutSeconds(database.out), test::withoutSeconds(file.out));
        } else {
            EXPECT_EQ(database.out, file.out);
        }
    }
}

TEST_F(CliDb, SegmentFromAQueryFileWritesTheSameLabels) {
    const std::string sql = dir.path("customers.sql");
    writeFile(sql, "-- the Telemarketing customers\nSELECT *\n  FROM customers\n WHERE "
                   "Jalur_Pembukaan = 'Telemarketing';\n");
    const std::string labelsDb = dir.path("db.csv");
    const std::string summary = dir.path("summary.json");
    const CliRun run = runCli({"segment", "--db", url, "--query-file", sql, "--k", "3", "--out",
                               labelsDb, "--summary", summary, "--quiet"});
    ASSERT_EQ(run.code, 0) << run.err;
    const auto j = nlohmann::json::parse(readFile(summary));
    EXPECT_TRUE(contains(j.dump(), url)) << j.dump();
    // The same rows as a CSV file give the same labels file.
    const core::Table rows =
        readQuery(url, "SELECT * FROM customers WHERE Jalur_Pembukaan = 'Telemarketing'");
    ASSERT_GT(rows.rowCount(), 100);
    const std::string csv = dir.path("telemarketing.csv");
    core::NullProgress p;
    core::writeCsvFile(csv, rows, {}, core::CsvWriteOptions{}, p);
    const std::string labelsCsv = dir.path("csv.csv");
    ASSERT_EQ(runCli({"segment", csv, "--k", "3", "--out", labelsCsv, "--quiet"}).code, 0);
    EXPECT_EQ(readFile(labelsDb), readFile(labelsCsv));
}

TEST_F(CliDb, ScoreIntoATableOfTheSameDatabase) {
    const std::string model = dir.path("model.json");
    const std::string scored = dir.path("scored.csv");
    ASSERT_EQ(runCli({"segment", sample, "--k", "3", "--model-out", model, "--quiet"}).code, 0);
    const std::vector<std::string> base = {
        "score", model, "--db", url, "--query", "SELECT * FROM customers WHERE Usia IS NOT NULL"};
    auto with = [&](std::initializer_list<std::string> more) {
        std::vector<std::string> args = base;
        args.insert(args.end(), more);
        return runCli(args);
    };
    const CliRun run = with({"--into-table", "scored", "--out", scored});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.out, "into table scored")) << run.out;
    const core::Table table = readQuery(url, "SELECT * FROM scored");
    const core::Table file = [&] {
        core::NullProgress p;
        return core::readCsvFile(scored, core::CsvOptions{}, p).table;
    }();
    ASSERT_EQ(table.rowCount(), file.rowCount());
    ASSERT_EQ(table.columnNames(), file.columnNames());
    for (std::int64_t r = 0; r < table.rowCount(); ++r) {
        ASSERT_EQ(table.column("segment").toText(r), file.column("segment").toText(r)) << r;
    }
    // The table exists now: refused unless asked to replace; never the query's own table.
    const CliRun again = with({"--into-table", "scored"});
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(contains(again.err, "already exists")) << again.err;
    EXPECT_EQ(with({"--into-table", "scored", "--replace-table"}).code, 0);
    const CliRun input = with({"--into-table", "customers", "--replace-table"});
    EXPECT_EQ(input.code, 1);
    EXPECT_TRUE(contains(input.err, "would overwrite an input")) << input.err;
    // Worded for a table: the table and what reads it, not a file to choose.
    EXPECT_TRUE(contains(input.err, "the table customers is read by the query; choose another "
                                    "table"))
        << input.err;
    EXPECT_FALSE(contains(input.err, "file")) << input.err;
    // The input table is untouched: every customer loaded into it is still there.
    EXPECT_EQ(readQuery(url, "SELECT count(*) AS n FROM customers").column("n").toText(0),
              std::to_string(csvTable(sample).rowCount()));
}

TEST_F(CliDb, UsageMistakesAreCaughtBeforeAnyWork) {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"inspect", sample, "--db", url, "--query", "SELECT 1"}, "one or the other"},
        {{"inspect", "--db", url}, "--db needs --query SQL or --query-file"},
        {{"inspect", "--db", url, "--query", "SELECT 1", "--query-file", "q.sql"},
         "--db needs --query SQL or --query-file"},
        {{"inspect", sample, "--query", "SELECT 1"}, "--query and --query-file need --db"},
        {{"inspect", "--db", "postgresql://ana:Rahasia-77@host/db", "--query", "SELECT 1"},
         "PGPASSWORD"},
        {{"inspect", "--db", "mysql://host/db", "--query", "SELECT 1"}, "sqlite:FILE"},
        {{"score", "m.json", sample, "--into-table", "t"}, "--into-table writes into the database"},
        {{"score", "m.json", "--db", url, "--query", "SELECT 1", "--replace-table"},
         "--replace-table needs --into-table"},
        {{"score", "m.json", "--db", url, "--query", "SELECT 1", "--into-table", "a;b"},
         "SCHEMA.NAME"},
    };
    for (const auto& [args, message] : cases) {
        SCOPED_TRACE(args[0] + " " + args[1]);
        const CliRun run = runCli(args);
        EXPECT_EQ(run.code, 2) << run.err;
        EXPECT_TRUE(contains(run.err, message)) << run.err;
        EXPECT_FALSE(contains(run.err, "Rahasia-77")) << run.err;
    }
    // The database's own message comes through in full.
    const CliRun bad = runCli({"inspect", "--db", url, "--query", "SELECT nope FROM customers"});
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(contains(bad.err, "no such column: nope")) << bad.err;
}

TEST(CliPostgres, SegmentAndScoreAgainstTheServer) {
    GUGUS_REQUIRE_POSTGRES(url);
    TempDir dir;
    const std::string sample = test::samplePath();
    const std::string fromDb = dir.path("db.csv");
    const std::string fromCsv = dir.path("csv.csv");
    const std::string model = dir.path("model.json");
    // One fixed order of the rows (ctid: as loaded, the table is never updated).
    const std::string query = "SELECT * FROM fundfusion ORDER BY ctid";
    const core::Table rows = readQuery(url, query);
    const std::string sorted = dir.path("sorted.csv");
    core::NullProgress p;
    core::writeCsvFile(sorted, rows, {}, core::CsvWriteOptions{}, p);
    const CliRun run = runCli({"segment", "--db", url, "--query", query, "--k", "4", "--out",
                               fromDb, "--model-out", model, "--quiet"});
    ASSERT_EQ(run.code, 0) << run.err;
    ASSERT_EQ(runCli({"segment", sorted, "--k", "4", "--out", fromCsv, "--quiet"}).code, 0);
    EXPECT_EQ(readFile(fromDb), readFile(fromCsv));

    const CliRun score = runCli({"score", model, "--db", url, "--query", query, "--into-table",
                                 "gugus_cli_scored", "--replace-table", "--quiet"});
    ASSERT_EQ(score.code, 0) << score.err;
    const core::Table scored = readQuery(url, "SELECT segment FROM gugus_cli_scored ORDER BY ctid");
    const core::Table labels = [&] {
        return core::readCsvFile(fromDb, core::CsvOptions{}, p).table;
    }();
    ASSERT_EQ(scored.rowCount(), labels.rowCount());
    for (std::int64_t r = 0; r < scored.rowCount(); ++r) {
        ASSERT_EQ(scored.column("segment").toText(r), labels.column("segment").toText(r)) << r;
    }
}
