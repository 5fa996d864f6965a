// The CSV reader as a long-running engine call: progress stages, cancel at every stage, and the
// same table for 1 or N threads.
#include "common/error.h"
#include "common/parallel.h"
#include "data/csv_reader.h"
#include "test_support.h"

#include <atomic>
#include <bit>
#include <cmath>
#include <fstream>
#include <random>

using namespace gugus::core;
using gugus::test::TempDir;

namespace {

/// Cancels once `stage` is reported, or after `checks` calls to cancelled().
class CancelAt final : public Progress {
public:
    explicit CancelAt(std::string stage, std::int64_t checks = -1)
        : m_stage(std::move(stage)), m_checksLeft(checks) {}
    void report(std::int64_t, std::int64_t, std::string_view stage) override {
        if (stage == m_stage) {
            m_cancelled = true;
        }
    }
    bool cancelled() const override {
        if (m_checksLeft.fetch_sub(1) == 0) {
            m_cancelled = true;
        }
        return m_cancelled;
    }

private:
    std::string m_stage;
    mutable std::atomic<std::int64_t> m_checksLeft;
    mutable std::atomic<bool> m_cancelled{false};
};

/// 70,000 rows over several parse blocks: every column kind, quoting, a few missing values and a
/// column whose only text value sits in a late block.
std::string mixedCsv() {
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> real(0.0, 1000.0);
    const char* areas[] = {"Jakarta", "Bandung", "Solo", "Bogor"};
    std::string text = "cust_id,balance,area,flag,note,late\r\n";
    for (int i = 0; i < 70000; ++i) {
        text += std::to_string(100000 + i) + ",";
        text += (i % 97 == 0 ? std::string("NA") : std::to_string(real(rng))) + ",";
        text += std::string(areas[rng() % 4]) + ",";
        text += (i % 50 == 0 ? std::string() : std::to_string(rng() % 2)) + ",";
        if (i % 1000 == 0) {
            text += "\"multi\nline, \"\"quoted\"\"\",";
        } else {
            text += 'n';
            text += std::to_string(i);
            text += ',';
        }
        text += i == 60000 ? "oops" : std::to_string(i % 7);
        text += "\r\n";
    }
    return text;
}

bool sameBits(double x, double y) {
    return std::bit_cast<std::uint64_t>(x) == std::bit_cast<std::uint64_t>(y);
}

bool sameStats(const ColumnStats& a, const ColumnStats& b) {
    return a.count == b.count && a.missing == b.missing && a.distinct == b.distinct &&
           sameBits(a.mean, b.mean) && sameBits(a.std, b.std) && sameBits(a.min, b.min) &&
           sameBits(a.q1, b.q1) && sameBits(a.median, b.median) && sameBits(a.q3, b.q3) &&
           sameBits(a.max, b.max) && a.nonFinite == b.nonFinite && a.mode == b.mode &&
           a.integral == b.integral;
}

} // namespace

TEST(CsvProgress, ReportsEveryStageInOrder) {
    std::vector<std::string> stages;
    bool withinRange = true;
    CallbackProgress progress([&](std::int64_t done, std::int64_t total, std::string_view stage) {
        withinRange = withinRange && done >= 0 && done <= total;
        if (stages.empty() || stages.back() != stage) {
            stages.emplace_back(stage);
        }
    });
    TempDir dir;
    std::ofstream(dir.path("x.csv")) << "a,b\n1,x\n2,y\n";
    readCsvFile(dir.path("x.csv"), {}, progress);
    EXPECT_EQ(stages, (std::vector<std::string>{"csv.read", "csv.parse", "csv.columns"}));
    EXPECT_TRUE(withinRange);
}

TEST(CsvProgress, CancelIsHonouredAtEveryStage) {
    const std::string text = mixedCsv();
    TempDir dir;
    std::ofstream(dir.path("x.csv"), std::ios::binary) << text;
    for (const char* stage : {"csv.read", "csv.parse", "csv.columns"}) {
        CancelAt progress(stage);
        EXPECT_THROW(readCsvFile(dir.path("x.csv"), {}, progress), Cancelled) << stage;
    }
    // Cancel requested from another thread while blocks and columns are being worked on.
    for (std::int64_t checks : {0, 1, 3, 6, 10}) {
        CancelAt progress("none", checks);
        EXPECT_THROW(readCsvText(text, {}, progress), Cancelled) << checks;
    }
    CallbackProgress early;
    early.cancel();
    EXPECT_THROW(readCsvText("a\n1\n", {}, early), Cancelled);
}

TEST(CsvParallel, OneAndTwoThreadsGiveTheSameTable) {
    const std::string text = mixedCsv();
    std::vector<CsvReadResult> results;
    for (int threads : {1, 2, 3}) {
        setThreadCount(threads);
        NullProgress progress;
        results.push_back(readCsvText(text, {}, progress));
    }
    setThreadCount(0);
    const Table& t = results[0].table;
    ASSERT_EQ(t.rowCount(), 70000);
    EXPECT_EQ(t.column("cust_id").type(), ColumnType::Id);
    EXPECT_EQ(t.column("balance").type(), ColumnType::Numeric);
    EXPECT_EQ(t.column("balance").stats().missing, 722);
    EXPECT_EQ(t.column("area").type(), ColumnType::Categorical);
    EXPECT_EQ(t.column("area").categories(),
              (std::vector<std::string>{"Bandung", "Bogor", "Jakarta", "Solo"}));
    EXPECT_EQ(t.column("flag").type(), ColumnType::Binary);
    EXPECT_EQ(t.column("flag").stats().missing, 1400);
    EXPECT_EQ(t.column("note").type(), ColumnType::Id);
    EXPECT_EQ(t.column("note").toText(1000), "multi\nline, \"quoted\"");
    // The text in a late block turns the whole column into labels, early numbers included.
    const Column& late = t.column("late");
    EXPECT_EQ(late.type(), ColumnType::Categorical);
    EXPECT_EQ(late.categories(),
              (std::vector<std::string>{"0", "1", "2", "3", "4", "5", "6", "oops"}));
    EXPECT_EQ(late.toText(3), "3");
    EXPECT_EQ(late.toText(60000), "oops");
    ASSERT_EQ(results[0].notices.size(), 1u);
    EXPECT_EQ(results[0].notices[0].kind, CsvNotice::Kind::MixedTypes);
    // Row 60000 starts on line 60062 (header, 60 earlier two-line notes); its "late" field
    // follows the row's own two-line note.
    EXPECT_EQ(results[0].notices[0].line, 60063);

    for (std::size_t k = 1; k < results.size(); ++k) {
        const Table& other = results[k].table;
        EXPECT_EQ(other.fingerprint(), t.fingerprint());
        ASSERT_EQ(other.columnNames(), t.columnNames());
        for (std::int64_t j = 0; j < t.columnCount(); ++j) {
            const Column& a = t.column(j);
            const Column& b = other.column(j);
            EXPECT_EQ(a.type(), b.type());
            EXPECT_EQ(a.values().size(), b.values().size());
            EXPECT_TRUE(
                std::equal(a.values().begin(), a.values().end(), b.values().begin(), sameBits));
            EXPECT_EQ(a.codes(), b.codes());
            EXPECT_EQ(a.categories(), b.categories());
            EXPECT_EQ(a.text(), b.text());
            EXPECT_TRUE(sameStats(a.stats(), b.stats())) << a.name();
        }
        ASSERT_EQ(results[k].notices.size(), results[0].notices.size());
        EXPECT_EQ(results[k].notices[0].line, results[0].notices[0].line);
    }
}
