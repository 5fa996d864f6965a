// Derived sum columns (e.g. a count of products owned) found from the values, not the names.
#include "data/csv_reader.h"
#include "profile/derived_columns.h"
#include "test_support.h"

#include <sstream>

using namespace gugus::core;

namespace {

/// 24 rows of three 0/1 flags a, b, c (every pattern three times), a count of all three, a sum
/// of a and c only, and a whole-number column that is no sum.
std::string flagsCsv(const std::string& tweak = {}) {
    std::ostringstream out;
    out << "id,a,b,c,all_three,a_and_c,age\n";
    for (int r = 0; r < 24; ++r) {
        const int a = (r >> 0) & 1;
        const int b = (r >> 1) & 1;
        const int c = (r >> 2) & 1;
        out << "r" << r << ',' << a << ',' << b << ',' << c << ',' << a + b + c << ',' << a + c
            << ',' << 20 + (r * 7) % 30 << '\n';
    }
    out << tweak;
    return out.str();
}

Table read(const std::string& csv) {
    NullProgress p;
    return readCsvText(csv, CsvOptions{}, p).table;
}

} // namespace

TEST(DerivedColumns, FindsCountsOfFlagsWithTheirParts) {
    const auto sums = findSumColumns(read(flagsCsv()));
    ASSERT_EQ(sums.size(), 2u);
    EXPECT_EQ(sums[0].column, "all_three");
    EXPECT_EQ(sums[0].parts, (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(sums[1].column, "a_and_c");
    EXPECT_EQ(sums[1].parts, (std::vector<std::string>{"a", "c"}));
}

TEST(DerivedColumns, RowsWithMissingValuesAreNotJudged) {
    // A row where a flag is missing cannot contradict the sum.
    const auto sums = findSumColumns(read(flagsCsv("x,,1,1,3,1,40\n")));
    ASSERT_EQ(sums.size(), 2u);
    EXPECT_EQ(sums[0].column, "all_three");
}

TEST(DerivedColumns, OneRowOffIsNoSum) {
    // all_three is 2 where the flags add up to 3; a_and_c still holds.
    const auto sums = findSumColumns(read(flagsCsv("x,1,1,1,2,2,40\n")));
    ASSERT_EQ(sums.size(), 1u);
    EXPECT_EQ(sums[0].column, "a_and_c");
}

TEST(DerivedColumns, TooFewRowsOrFlagsFindNothing) {
    EXPECT_TRUE(findSumColumns(read("a,b,n\n0,1,1\n1,1,2\n1,0,1\n")).empty());
    EXPECT_TRUE(findSumColumns(read("a,n\n0,0\n1,1\n")).empty());
}

TEST(DerivedColumns, TheSampleCountsItsSixProducts) {
    NullProgress p;
    const Table t = readCsvFile(gugus::test::samplePath(), CsvOptions{}, p).table;
    const auto sums = findSumColumns(t);
    ASSERT_EQ(sums.size(), 1u);
    EXPECT_EQ(sums[0].column, "Total_Kepemilikan_Produk");
    EXPECT_EQ(sums[0].parts,
              (std::vector<std::string>{"Produk_Tabungan", "Produk_Deposito", "Produk_Kartu_Kredit",
                                        "Produk_Kredit_Rumah", "Produk_Kredit_Kendaraan",
                                        "Produk_Kredit_Dana_Tunai"}));
}
