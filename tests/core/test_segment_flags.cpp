// Segments to read with care: one made of a single category, one made of the rows whose value was
// imputed, each found from the profile by hand-countable data.
#include "data/csv_reader.h"
#include "profile/segment_flags.h"
#include "test_support.h"

using namespace gugus::core;

namespace {

// Segment 0: three Jogja customers, every age missing. Segment 1: five mixed customers, ages
// present. Jogja is 4 of 8 overall (50 %), missing ages 3 of 8.
ProfileResult profileOfSample(Role areaRole) {
    NullProgress p;
    const Table t = readCsvText("area,age,status\n"
                                "Jogja,,Janda\n"
                                "Jogja,,Janda\n"
                                "Jogja,,Janda\n"
                                "Solo,30,Menikah\n"
                                "Bogor,40,Menikah\n"
                                "Solo,50,Lajang\n"
                                "Jogja,60,Menikah\n"
                                "Bogor,70,Lajang\n",
                                CsvOptions{}, p)
                        .table;
    Recipe recipe = Recipe::defaults(t);
    recipe.find("area")->role = areaRole;
    recipe.find("status")->role = Role::ProfileOnly;
    return profileSegments(t, Labels{0, 0, 0, 1, 1, 1, 1, 1}, 2, recipe, p);
}

} // namespace

TEST(SegmentFlags, OneCategoryAndMostlyImputedByHand) {
    const ProfileResult profile = profileOfSample(Role::Feature);
    const auto flags = segmentFlags(profile, profile.segments[0]);
    ASSERT_EQ(flags.size(), 2u);
    // Both are 100 % of the segment; the column order decides (area before age).
    EXPECT_EQ(flags[0].kind, SegmentFlagKind::OneCategory);
    EXPECT_EQ(flags[0].column, "area");
    EXPECT_EQ(flags[0].category, "Jogja");
    EXPECT_DOUBLE_EQ(flags[0].share, 1.0);
    EXPECT_DOUBLE_EQ(flags[0].overall, 4.0 / 8.0);
    EXPECT_EQ(flags[1].kind, SegmentFlagKind::MostlyImputed);
    EXPECT_EQ(flags[1].column, "age");
    EXPECT_DOUBLE_EQ(flags[1].share, 1.0);
    EXPECT_DOUBLE_EQ(flags[1].overall, 3.0 / 8.0);
    // The mixed segment is not flagged; status (Janda 100 % in segment 0) is only described.
    EXPECT_TRUE(segmentFlags(profile, profile.segments[1]).empty());
}

TEST(SegmentFlags, OnlyColumnsTheSegmentsWereBuiltOn) {
    const ProfileResult profile = profileOfSample(Role::ProfileOnly);
    const auto flags = segmentFlags(profile, profile.segments[0]);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].kind, SegmentFlagKind::MostlyImputed);
}
