// The Overview's numbers: offers ranked by reachable customers × lift, the "no clear offer" rule,
// and the dominant category of a segment's most distinctive categorical column, against hand
// counts.
#include "data/csv_reader.h"
#include "profile/segment_summary.h"
#include "test_support.h"

using namespace gugus::core;

namespace {

ProductOffer offer(const std::string& name, std::int64_t members, std::int64_t owners,
                   double lift) {
    return {name, members, owners, members - owners, double(owners) / double(members), 0.0, lift};
}

} // namespace

TEST(SegmentSummary, OffersRankByReachTimesLift) {
    SegmentOffers s;
    s.products = {offer("high_lift_small_gap", 100, 90, 3.0), // 10 × 3.0 = 30
                  offer("wide_reach", 100, 40, 1.5),          // 60 × 1.5 = 90
                  offer("middle", 100, 50, 1.6),              // 50 × 1.6 = 80
                  offer("weak", 100, 10, 1.05),               // below the clear-offer lift
                  offer("everyone_owns", 100, 100, 4.0)};     // gap 0: never offered
    const auto top = offersByReach(s, 3);
    ASSERT_EQ(top.size(), 3u);
    EXPECT_EQ(top[0].product, "wide_reach");
    EXPECT_EQ(top[1].product, "middle");
    EXPECT_EQ(top[2].product, "high_lift_small_gap");
    EXPECT_EQ(offersByReach(s, 1).size(), 1u);
}

TEST(SegmentSummary, NoClearOfferWhenLiftsAreNearOne) {
    SegmentOffers s;
    s.products = {offer("a", 100, 30, 1.09), offer("b", 100, 20, 0.8), offer("c", 100, 100, 2.0),
                  offer("d", 100, 0, std::nan(""))};
    EXPECT_TRUE(offersByReach(s).empty());
    EXPECT_EQ(offersByReach(s, 3, 1.0).size(), 1u); // a threshold of 1 lets "a" through
}

TEST(SegmentSummary, EqualReachPrefersTheLargerGap) {
    SegmentOffers s;
    s.products = {offer("small_gap", 100, 80, 3.0), offer("large_gap", 100, 40, 1.0)};
    const auto top = offersByReach(s, 3, 1.0); // 20 × 3 = 60 and 60 × 1 = 60
    ASSERT_EQ(top.size(), 2u);
    EXPECT_EQ(top[0].product, "large_gap");
}

TEST(SegmentSummary, DominantCategoryOfTheMostDistinctiveColumn) {
    // Segment 0 is all "cabang" in channel (overall half) and mixed in area; area differs less.
    NullProgress p;
    const Table t = readCsvText("channel,area,age\n"
                                "cabang,jkt,20\n"
                                "cabang,bdg,21\n"
                                "cabang,jkt,22\n"
                                "online,jkt,50\n"
                                "online,bdg,51\n"
                                "online,jkt,52\n",
                                CsvOptions{}, p)
                        .table;
    const Recipe recipe = Recipe::defaults(t);
    const ProfileResult profile = profileSegments(t, Labels{0, 0, 0, 1, 1, 1}, 2, recipe, p);
    const auto d0 = dominantCategory(profile, profile.segments[0]);
    ASSERT_TRUE(d0);
    EXPECT_EQ(d0->column, "channel");
    EXPECT_EQ(d0->category, "cabang");
    EXPECT_DOUBLE_EQ(d0->share, 1.0);
    EXPECT_DOUBLE_EQ(d0->overallShare, 0.5);
    const auto d1 = dominantCategory(profile, profile.segments[1]);
    ASSERT_TRUE(d1);
    EXPECT_EQ(d1->category, "online");
}

TEST(SegmentSummary, NoCategoricalColumnNoDominantCategory) {
    NullProgress p;
    const Table t = readCsvText("age\n20\n30\n40\n50\n", CsvOptions{}, p).table;
    const ProfileResult profile = profileSegments(t, Labels{0, 0, 1, 1}, 2, Recipe::defaults(t), p);
    EXPECT_FALSE(dominantCategory(profile, profile.segments[0]));
}
