// Segment profiles against values worked out by hand on a small table.
#include "profile/segment_profile.h"
#include "test_support.h"

#include <cmath>
#include <limits>

using namespace gugus::core;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// 8 customers; segments: rows 0-2 -> 0, rows 3-5 -> 1, row 6 noise, row 7 unassigned.
Table table() {
    Table t;
    t.addColumn(Column::id("id", {"a", "b", "c", "d", "e", "f", "g", "h"}));
    t.addColumn(Column::numeric("income", {10, 20, 30, 50, 60, kNaN, 40, 1000}));
    t.addColumn(Column::binary("deposit", {1, 1, 0, 0, 0, 0, 1, 1}));
    t.addColumn(Column::categorical("area", {0, 0, 1, 1, 1, -1, 0, 0}, {"Bogor", "Solo"}));
    return t;
}

Recipe recipe(const Table& t) {
    Recipe r = Recipe::defaults(t);
    r.find("deposit")->role = Role::ProfileOnly;
    r.find("deposit")->group = "Products";
    return r;
}

const Labels kLabels{0, 0, 0, 1, 1, 1, kNoise, kUnassigned};

} // namespace

TEST(Profile, SizesSharesAndNoiseGroup) {
    const Table t = table();
    NullProgress p;
    const ProfileResult r = profileSegments(t, kLabels, 2, recipe(t), p);
    EXPECT_EQ(r.rows, 7); // unassigned row left out
    EXPECT_EQ(r.columns, (std::vector<std::string>{"income", "deposit", "area"}));
    ASSERT_EQ(r.segments.size(), 3u);
    EXPECT_EQ(r.segments[0].size, 3);
    EXPECT_EQ(r.segments[2].segment, kNoise);
    EXPECT_EQ(r.segments[2].size, 1);
    EXPECT_DOUBLE_EQ(r.segments[1].share, 3.0 / 7.0);
}

TEST(Profile, NumericMeansMediansAndStandardizedDifference) {
    const Table t = table();
    NullProgress p;
    const ProfileResult r = profileSegments(t, kLabels, 2, recipe(t), p);
    // Profiled incomes: 10 20 30 50 60 40 (one missing) -> mean 35, population var
    // (625+225+25+225+625+25)/6 = 291.666..., std 17.078...
    const ColumnProfile& all = r.overall[0];
    EXPECT_EQ(all.count, 6);
    EXPECT_EQ(all.missing, 1);
    EXPECT_DOUBLE_EQ(all.mean, 35.0);
    const double sd = std::sqrt(1750.0 / 6.0);
    EXPECT_DOUBLE_EQ(all.std, sd);
    const ColumnProfile& s0 = r.segments[0].columns[0];
    EXPECT_DOUBLE_EQ(s0.mean, 20.0);
    EXPECT_DOUBLE_EQ(s0.median, 20.0);
    EXPECT_DOUBLE_EQ(s0.stdDiff, (20.0 - 35.0) / sd);
    const ColumnProfile& s1 = r.segments[1].columns[0];
    EXPECT_DOUBLE_EQ(s1.mean, 55.0); // 50 and 60, the missing value left out
    EXPECT_DOUBLE_EQ(s1.median, 55.0);
    EXPECT_EQ(s1.missing, 1);
    // eta^2 over the two segments: (3*15^2 + 2*20^2) / (6 * var) = 1475 / 1750
    EXPECT_DOUBLE_EQ(r.separation[0].association, 1475.0 / 1750.0);
    EXPECT_DOUBLE_EQ(r.separation[0].maxAbsStdDiff, 20.0 / sd);
}

TEST(Profile, OwnershipRateAndLift) {
    const Table t = table();
    NullProgress p;
    const ProfileResult r = profileSegments(t, kLabels, 2, recipe(t), p);
    const ColumnProfile& s0 = r.segments[0].columns[1];
    EXPECT_EQ(s0.role, Role::ProfileOnly);
    EXPECT_EQ(s0.group, "Products");
    EXPECT_EQ(s0.owners, 2);
    EXPECT_DOUBLE_EQ(s0.rate, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(s0.overallRate, 3.0 / 7.0);
    EXPECT_DOUBLE_EQ(s0.lift, (2.0 / 3.0) / (3.0 / 7.0));
    EXPECT_DOUBLE_EQ(r.segments[1].columns[1].lift, 0.0);
    const double p0 = 3.0 / 7.0;
    EXPECT_DOUBLE_EQ(s0.stdDiff, (2.0 / 3.0 - p0) / std::sqrt(p0 * (1 - p0)));
}

TEST(Profile, CategoryShares) {
    const Table t = table();
    NullProgress p;
    const ProfileResult r = profileSegments(t, kLabels, 2, recipe(t), p);
    // Overall (6 non-missing): Bogor 3, Solo 3. Segment 0: Bogor 2, Solo 1.
    const ColumnProfile& s0 = r.segments[0].columns[2];
    ASSERT_EQ(s0.categories.size(), 2u);
    EXPECT_EQ(s0.categories[0].category, "Bogor");
    EXPECT_EQ(s0.categories[0].count, 2);
    EXPECT_DOUBLE_EQ(s0.categories[0].share, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(s0.categories[0].overallShare, 0.5);
    EXPECT_DOUBLE_EQ(s0.categories[0].lift, 4.0 / 3.0);
    EXPECT_DOUBLE_EQ(s0.categories[0].stdDiff, (2.0 / 3.0 - 0.5) / 0.5);
    const ColumnProfile& s1 = r.segments[1].columns[2];
    EXPECT_EQ(s1.count, 2);
    EXPECT_DOUBLE_EQ(s1.categories[1].share, 1.0);
}

TEST(Profile, RejectsLabelsOfTheWrongLength) {
    const Table t = table();
    NullProgress p;
    EXPECT_THROW(profileSegments(t, Labels{0, 1}, 2, recipe(t), p), std::exception);
}
