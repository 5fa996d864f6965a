// Auto-tune: finds the planted structure, drops a noise column, respects the minimum segment
// size, measures stability, says when the target is not reached, and is reproducible.
#include "data/csv_reader.h"
#include "pipeline/auto_tune.h"
#include "test_support.h"

#include "common/random.h"

#include <sstream>

using namespace gugus::core;

namespace {

/// 600 customers in 3 well-separated groups on columns a and b; c is pure noise.
Table planted() {
    Random rng(7);
    std::ostringstream csv;
    csv << "a,b,c\n";
    for (int i = 0; i < 600; ++i) {
        const int g = i % 3;
        csv << 10.0 * g + rng.uniform() << "," << -10.0 * g + rng.uniform() << ","
            << 30.0 * rng.uniform() << "\n";
    }
    NullProgress p;
    return readCsvText(csv.str(), CsvOptions{}, p).table;
}

AutoTuneOptions quickOptions() {
    AutoTuneOptions o;
    o.kMin = 2;
    o.kMax = 5;
    o.bootstraps = 3;
    o.keep = 3;
    return o;
}

TEST(AutoTune, FindsThePlantedSegmentsAndDropsTheNoiseColumn) {
    const Table t = planted();
    NullProgress p;
    const AutoTuneResult r = autoTune(t, Recipe::defaults(t), quickOptions(), p);
    ASSERT_FALSE(r.best.empty());
    const TuneCandidate& best = r.best.front();
    EXPECT_EQ(best.k, 3);
    EXPECT_EQ(best.columns, (std::vector<std::string>{"a", "b"}));
    EXPECT_GT(best.silhouette, 0.9);
    EXPECT_NEAR(best.smallestShare, 1.0 / 3.0, 1e-12);
    EXPECT_GT(best.stability, 0.99);
    EXPECT_TRUE(r.targetReached);
    EXPECT_EQ(r.notes.front(), "dropped:c");
    for (std::size_t i = 1; i < r.best.size(); ++i) {
        EXPECT_LE(r.best[i].silhouette, r.best[i - 1].silhouette);
    }
}

TEST(AutoTune, SaysWhenTheTargetIsOutOfReachAndHonoursTheMinimumSize) {
    const Table t = planted();
    NullProgress p;
    AutoTuneOptions o = quickOptions();
    o.target = 0.999;
    o.minSegmentShare = 0.51; // no k >= 2 can keep every segment above half
    const AutoTuneResult r = autoTune(t, Recipe::defaults(t), o, p);
    EXPECT_TRUE(r.best.empty());
    EXPECT_FALSE(r.targetReached);
    EXPECT_GT(r.evaluated, 0);
    o.minSegmentShare = 0.05;
    const AutoTuneResult high = autoTune(t, Recipe::defaults(t), o, p);
    ASSERT_FALSE(high.best.empty());
    EXPECT_LT(high.best.front().silhouette, 0.999);
    EXPECT_FALSE(high.targetReached);
}

TEST(AutoTune, ReproducibleAndCancellable) {
    const Table t = planted();
    gugus::test::ThreadCountGuard guard;
    NullProgress p;
    setThreadCount(1);
    const AutoTuneResult one = autoTune(t, Recipe::defaults(t), quickOptions(), p);
    setThreadCount(3);
    const AutoTuneResult three = autoTune(t, Recipe::defaults(t), quickOptions(), p);
    ASSERT_EQ(one.best.size(), three.best.size());
    for (std::size_t i = 0; i < one.best.size(); ++i) {
        EXPECT_EQ(one.best[i].silhouette, three.best[i].silhouette);
        EXPECT_EQ(one.best[i].stability, three.best[i].stability);
        EXPECT_EQ(one.best[i].columns, three.best[i].columns);
    }
    gugus::test::CancelAfterReports cancel(2);
    EXPECT_THROW(autoTune(t, Recipe::defaults(t), quickOptions(), cancel), Cancelled);
}

} // namespace
