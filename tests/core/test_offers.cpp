// Offers: ownership rates, lift, gaps and the per-customer cross-sell list against hand counts.
#include "data/csv_reader.h"
#include "profile/offers.h"
#include "profile/segment_traits.h"
#include "test_support.h"

#include <cmath>
#include <fstream>
#include <sstream>

using namespace gugus::core;

namespace {

// Two segments of three customers. Savings: segment 0 owns 3/3, segment 1 owns 1/3.
// Card: segment 0 owns 1/3, segment 1 owns 2/3. Loan: nobody in segment 0, 1/3 in segment 1.
Table shop() {
    NullProgress p;
    return readCsvText("id,age,savings,card,loan\n"
                       "a,20,1,0,0\n"
                       "b,21,1,1,0\n"
                       "c,22,1,0,0\n"
                       "d,50,0,1,1\n"
                       "e,51,1,1,0\n"
                       "f,52,0,0,0\n",
                       CsvOptions{}, p)
        .table;
}

ProfileResult profileOf(const Table& t, const Labels& labels) {
    Recipe recipe = Recipe::defaults(t);
    for (const char* product : {"savings", "card", "loan"}) {
        recipe.find(product)->group = "Products"; // "card" alone would be guessed Behaviour
    }
    NullProgress p;
    return profileSegments(t, labels, 2, recipe, p);
}

const Labels kLabels{0, 0, 0, 1, 1, 1};

TEST(Offers, RatesLiftAndGapsByHand) {
    const Table t = shop();
    const ProfileResult profile = profileOf(t, kLabels);
    const auto products = productColumns(profile);
    EXPECT_EQ(products, (std::vector<std::string>{"savings", "card", "loan"}));
    const auto offers = rankOffers(profile, products, 0.3);
    ASSERT_EQ(offers.size(), 2u);
    // Segment 0: savings 3/3 (overall 4/6, lift 1.5, gap 0); card 1/3 (overall 3/6, lift 2/3).
    ASSERT_EQ(offers[0].products.size(), 2u);
    EXPECT_EQ(offers[0].products[0].product, "savings");
    EXPECT_DOUBLE_EQ(offers[0].products[0].lift, 1.5);
    EXPECT_EQ(offers[0].products[0].gap, 0);
    EXPECT_EQ(offers[0].products[1].product, "card");
    EXPECT_EQ(offers[0].products[1].owners, 1);
    EXPECT_EQ(offers[0].products[1].gap, 2);
    // Segment 1: card 2/3 lift 4/3, loan 1/3 lift 2, savings 1/3 lift 0.5 -> loan, card, savings.
    ASSERT_EQ(offers[1].products.size(), 3u);
    EXPECT_EQ(offers[1].products[0].product, "loan");
    EXPECT_DOUBLE_EQ(offers[1].products[0].lift, 2.0);
    EXPECT_EQ(offers[1].products[1].product, "card");
    EXPECT_DOUBLE_EQ(offers[1].products[1].rate, 2.0 / 3.0);
    EXPECT_EQ(offers[1].products[2].product, "savings");
    // A higher minimum support drops the rare ones.
    EXPECT_EQ(rankOffers(profile, products, 0.5)[1].products.size(), 1u);
}

TEST(Offers, CrossSellListsWhatTheSegmentOwnsAndTheCustomerLacks) {
    const Table t = shop();
    const ProfileResult profile = profileOf(t, kLabels);
    const auto offers = crossSell(t, kLabels, profile, productColumns(profile), 0.6);
    // Segment 0 products >= 60%: savings (all own it) -> nobody. Segment 1: card 67% -> f.
    ASSERT_EQ(offers.size(), 1u);
    EXPECT_EQ(offers[0].row, 5);
    EXPECT_EQ(offers[0].products, (std::vector<std::string>{"card"}));

    gugus::test::TempDir dir;
    NullProgress p;
    writeCampaignCsv(dir.path("c.csv"), t, "id", {"Savers", "Borrowers"}, offers, p);
    std::ifstream in(dir.path("c.csv"));
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_EQ(text.str(), "customer_id,segment,segment_name,recommended_products,reason\n"
                          "f,1,Borrowers,card,\"card: owned by 67% of the segment, 1.3x the "
                          "average\"\n");
}

} // namespace

TEST(SegmentTraits, StrongestDifferencesFirstWithOverallValues) {
    const Table t = shop();
    const ProfileResult profile = profileOf(t, kLabels);
    // Segment 0 is young (21 vs 36: -1 sd) and owns savings (100% vs 67%).
    const auto traits = distinctiveTraits(profile, profile.segments[0], 2);
    ASSERT_EQ(traits.size(), 2u);
    EXPECT_EQ(traits[0].kind, TraitKind::Low);
    EXPECT_EQ(traits[0].column, "age");
    EXPECT_DOUBLE_EQ(traits[0].value, 21.0);
    EXPECT_DOUBLE_EQ(traits[0].overall, 36.0);
    EXPECT_NEAR(traits[0].weight, 15.0 / std::sqrt(1354.0 / 6.0), 1e-12); // |21 - 36| / pop. sd
    EXPECT_EQ(traits[1].kind, TraitKind::Owns);
    EXPECT_EQ(traits[1].column, "savings");
    EXPECT_DOUBLE_EQ(traits[1].value, 1.0);
    // A high minimum weight keeps only the strongest.
    EXPECT_EQ(distinctiveTraits(profile, profile.segments[0], 5, 0.99).size(), 1u);
}

TEST(SegmentTraits, RiskColumnsAreFoundByName) {
    NullProgress p;
    const Table t = readCsvText("Age,DebtIncomeRatio,Defaulted,Income\n20,5,0,10\n30,9,1,20\n"
                                "40,2,0,30\n",
                                CsvOptions{}, p)
                        .table;
    const ProfileResult profile = profileSegments(t, Labels{0, 1, 1}, 2, Recipe::defaults(t), p);
    EXPECT_EQ(riskColumns(profile), (std::vector<std::string>{"DebtIncomeRatio", "Defaulted"}));
}
