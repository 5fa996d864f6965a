// writeCsvFile and writeFileAtomically: round trips, quoting, formula neutralisation, and files
// that are either completely new or untouched.
#include "common/error.h"
#include "data/csv_reader.h"
#include "data/csv_writer.h"
#include "test_support.h"

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

using namespace gugus::core;
using gugus::test::TempDir;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> entries(const std::string& dir) {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        names.push_back(e.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

Table sampleTable() {
    Table t;
    t.addColumn(Column::id("id", {"c1", "=HYPERLINK(\"x\")", "c,3", ""}));
    t.addColumn(Column::numeric("balance", {1000, -2.5, kNaN, 0.1}));
    t.addColumn(Column::binary("owns", {1, 0, kNaN, 1}));
    t.addColumn(
        Column::categorical("note", {0, 1, -1, 2}, {"+62 811", "line\nbreak", "say \"hi\""}));
    return t;
}

/// Cancels at the first report of `stage`.
class CancelAt final : public Progress {
public:
    explicit CancelAt(std::string stage) : m_stage(std::move(stage)) {}
    void report(std::int64_t, std::int64_t, std::string_view stage) override {
        m_cancelled = m_cancelled || stage == m_stage;
    }
    bool cancelled() const override { return m_cancelled; }

private:
    std::string m_stage;
    bool m_cancelled = false;
};

} // namespace

// Text starting with = + - @ is neutralised with a leading quote, except a plain signed number
// ("-3", DBSCAN's noise label "-1"), which a spreadsheet reads as a number.
TEST(CsvWriter, QuotesAndNeutralisesTextOnly) {
    TempDir dir;
    NullProgress progress;
    writeCsvFile(dir.path("out.csv"), sampleTable(), {{"segment", {"1", "-1+2", "-3", "@x"}}}, {},
                 progress);
    EXPECT_EQ(slurp(dir.path("out.csv")),
              "id,balance,owns,note,segment\n"
              "c1,1000,1,'+62 811,1\n"
              "\"'=HYPERLINK(\"\"x\"\")\",-2.5,0,\"line\nbreak\",'-1+2\n"
              "\"c,3\",,,,-3\n"
              ",0.1,1,\"say \"\"hi\"\"\",'@x\n");
    CsvWriteOptions plain;
    plain.neutraliseFormulas = false;
    plain.delimiter = ';';
    plain.crlf = true;
    writeCsvFile(dir.path("plain.csv"), sampleTable(), {}, plain, progress);
    const std::string text = slurp(dir.path("plain.csv"));
    EXPECT_EQ(text.substr(0, text.find('\n') + 1), "id;balance;owns;note\r\n");
    EXPECT_NE(text.find("=HYPERLINK"), std::string::npos);
    EXPECT_EQ(text.find("'="), std::string::npos);
    EXPECT_NE(text.find("c,3;"), std::string::npos); // ',' needs no quotes under ';'
}

TEST(CsvWriter, RoundTripKeepsValues) {
    TempDir dir;
    NullProgress progress;
    Table t;
    t.addColumn(Column::id("cust_id", {"A1", "A2", "A3", "A4", "A5", "A6"}));
    t.addColumn(Column::numeric("x", {0.1, 1.0 / 3.0, -1e-300, 123456789.125, kNaN, 2.5e21}));
    t.addColumn(Column::binary("flag", {1, 0, 1, kNaN, 0, 1}));
    t.addColumn(Column::categorical("area", {0, 1, 0, 1, -1, 0}, {"Bogor", "Solo, Jawa"}));
    writeCsvFile(dir.path("t.csv"), t, {}, {}, progress);
    const Table back = readCsvFile(dir.path("t.csv"), {}, progress).table;
    ASSERT_EQ(back.columnNames(), t.columnNames());
    for (std::int64_t j = 0; j < t.columnCount(); ++j) {
        EXPECT_EQ(back.column(j).type(), t.column(j).type()) << t.column(j).name();
    }
    EXPECT_EQ(back.fingerprint(), t.fingerprint());
    const auto& x = back.column("x").values();
    EXPECT_EQ(x[1], 1.0 / 3.0);
    EXPECT_EQ(x[2], -1e-300);
    EXPECT_TRUE(std::isnan(x[4]));
}

TEST(CsvWriter, LargeTableWritesInBlocksInOrder) {
    TempDir dir;
    NullProgress progress;
    std::vector<double> v(50000);
    std::vector<std::string> seg(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        v[i] = double(i) * 0.5;
        seg[i] = std::to_string(i % 3);
    }
    Table t;
    t.addColumn(Column::numeric("v", v));
    writeCsvFile(dir.path("big.csv"), t, {{"segment", seg}}, {}, progress);
    const Table back = readCsvFile(dir.path("big.csv"), {}, progress).table;
    EXPECT_EQ(back.column("v").values(), v);
    EXPECT_EQ(back.column("segment").toText(49999), "1");
}

TEST(CsvWriter, ExtraColumnMustMatchTheRows) {
    TempDir dir;
    NullProgress progress;
    try {
        writeCsvFile(dir.path("x.csv"), sampleTable(), {{"segment", {"1"}}}, {}, progress);
        ADD_FAILURE() << "short extra column accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidOption);
        EXPECT_EQ(e.subject(), "segment");
    }
    EXPECT_TRUE(entries(dir.path("")).empty());
}

TEST(CsvAtomicWrite, ReplacesTheTargetAndLeavesNoTemporaryFile) {
    TempDir dir;
    writeFileAtomically(dir.path("a.json"), "old");
    writeFileAtomically(dir.path("a.json"), "new content");
    EXPECT_EQ(slurp(dir.path("a.json")), "new content");
    EXPECT_EQ(entries(dir.path("")), (std::vector<std::string>{"a.json"}));
    std::filesystem::permissions(dir.path("a.json"), std::filesystem::perms::owner_read |
                                                         std::filesystem::perms::owner_write);
    writeFileAtomically(dir.path("a.json"), "again");
    EXPECT_EQ(std::filesystem::status(dir.path("a.json")).permissions(),
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
}

TEST(CsvAtomicWrite, FailureLeavesTheTargetUntouched) {
    TempDir dir;
    // The target is a non-empty directory: the rename fails after the data was written.
    std::filesystem::create_directory(dir.path("out.csv"));
    std::ofstream(dir.path("out.csv") + "/keep.txt") << "keep";
    try {
        writeFileAtomically(dir.path("out.csv"), "data");
        ADD_FAILURE() << "wrote over a directory";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::WriteFailed);
        EXPECT_EQ(e.subject(), dir.path("out.csv"));
    }
    EXPECT_EQ(slurp(dir.path("out.csv") + "/keep.txt"), "keep");
    EXPECT_EQ(entries(dir.path("")), (std::vector<std::string>{"out.csv"}));
    // The folder does not exist: nothing can be created.
    EXPECT_THROW(writeFileAtomically(dir.path("no/such/dir/x.csv"), "data"), Error);
}

TEST(CsvAtomicWrite, CancelledWriteKeepsTheOldFile) {
    TempDir dir;
    NullProgress progress;
    writeFileAtomically(dir.path("t.csv"), "old,file\n");
    std::vector<double> v(100000, 1.5);
    Table t;
    t.addColumn(Column::numeric("v", v));
    CancelAt cancel("csv.write");
    EXPECT_THROW(writeCsvFile(dir.path("t.csv"), t, {}, {}, cancel), Cancelled);
    EXPECT_EQ(slurp(dir.path("t.csv")), "old,file\n");
    EXPECT_EQ(entries(dir.path("")), (std::vector<std::string>{"t.csv"}));
}
