// Column (factories, statistics, text, conversions) and Table (shape, lookup, fingerprint, rows).
#include "common/error.h"
#include "data/table.h"
#include "numeric/quantile.h"
#include "test_support.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace gugus::core;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

/// numpy.quantile(x, q) with the default linear method, written the obvious way.
double referenceQuantile(std::vector<double> x, double q) {
    std::sort(x.begin(), x.end());
    const double pos = q * double(x.size() - 1);
    const auto lo = std::size_t(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, x.size() - 1);
    const double t = pos - double(lo);
    const double d = x[hi] - x[lo];
    return t >= 0.5 ? x[hi] - d * (1 - t) : x[lo] + d * t;
}

/// Checks every numeric statistic against plain reference code (sort, sums, a set).
void expectStatsMatchReference(const std::vector<double>& values) {
    std::vector<double> finite;
    std::int64_t missing = 0;
    std::vector<double> present;
    for (const double v : values) {
        missing += std::isnan(v) ? 1 : 0;
        if (!std::isnan(v)) {
            present.push_back(v == 0.0 ? 0.0 : v);
        }
        if (std::isfinite(v)) {
            finite.push_back(v);
        }
    }
    const Column c = Column::numeric("x", values);
    const ColumnStats& s = c.stats();
    EXPECT_EQ(s.missing, missing);
    EXPECT_EQ(s.count, std::int64_t(present.size()));
    std::sort(present.begin(), present.end());
    EXPECT_EQ(s.distinct, std::unique(present.begin(), present.end()) - present.begin());
    long double sum = 0;
    for (const double v : finite) {
        sum += v;
    }
    const double mean = double(sum / finite.size());
    long double squares = 0;
    for (const double v : finite) {
        squares += (v - mean) * (v - mean);
    }
    EXPECT_REL_NEAR(s.mean, mean, 1e-13);
    EXPECT_REL_NEAR(s.std, std::sqrt(double(squares / finite.size())), 1e-12);
    EXPECT_EQ(s.min, *std::min_element(finite.begin(), finite.end()));
    EXPECT_EQ(s.max, *std::max_element(finite.begin(), finite.end()));
    EXPECT_EQ(s.q1, referenceQuantile(finite, 0.25));
    EXPECT_EQ(s.median, referenceQuantile(finite, 0.5));
    EXPECT_EQ(s.q3, referenceQuantile(finite, 0.75));
}

} // namespace

TEST(TableColumnStats, HandComputedSmallCase) {
    const Column c = Column::numeric("x", {7, 1, kNaN, 4, 2});
    const ColumnStats& s = c.stats();
    EXPECT_EQ(s.count, 4);
    EXPECT_EQ(s.missing, 1);
    EXPECT_EQ(s.distinct, 4);
    EXPECT_DOUBLE_EQ(s.mean, 3.5);
    EXPECT_DOUBLE_EQ(s.std, std::sqrt((6.25 + 0.25 + 2.25 + 12.25) / 4)); // ddof = 0
    EXPECT_EQ(s.min, 1);
    EXPECT_DOUBLE_EQ(s.q1, 1.75); // np.quantile([1, 2, 4, 7], 0.25)
    EXPECT_DOUBLE_EQ(s.median, 3.0);
    EXPECT_DOUBLE_EQ(s.q3, 4.75);
    EXPECT_EQ(s.max, 7);
    EXPECT_TRUE(s.integral);
    EXPECT_EQ(s.nonFinite, 0);
}

TEST(TableColumnStats, InfinityIsCountedButKeptOutOfTheSummary) {
    const Column c = Column::numeric("x", {1, kInf, 3, -kInf, kInf, kNaN});
    const ColumnStats& s = c.stats();
    EXPECT_EQ(s.count, 5);
    EXPECT_EQ(s.nonFinite, 3);
    EXPECT_EQ(s.distinct, 4);
    EXPECT_DOUBLE_EQ(s.mean, 2.0);
    EXPECT_EQ(s.max, 3);
    EXPECT_FALSE(s.integral);
    const Column empty = Column::numeric("e", {kNaN, kNaN});
    EXPECT_EQ(empty.stats().count, 0);
    EXPECT_TRUE(std::isnan(empty.stats().mean));
    EXPECT_FALSE(empty.stats().integral);
    EXPECT_EQ(Column::numeric("none", {}).stats().count, 0);
}

TEST(TableColumnStats, BothSummaryPathsMatchAReference) {
    std::mt19937_64 rng(11);
    std::normal_distribution<double> normal(1e6, 3e5);
    std::vector<double> wide(20000); // many distinct values: copied and radix-sorted
    for (auto& v : wide) {
        v = normal(rng);
    }
    wide[5] = kNaN;
    wide[6] = -0.0;
    wide[7] = 0.0;
    wide[8] = -1e30;
    expectStatsMatchReference(wide);
    std::vector<double> few(20001); // few distinct values: summarised from a histogram
    for (auto& v : few) {
        v = double(rng() % 7) - 3.0;
    }
    few[3] = kNaN;
    few[4] = 0.5;
    expectStatsMatchReference(few);
    expectStatsMatchReference({42.0});
    expectStatsMatchReference({-1.0, 2.0});
}

// The many-values path finds quartiles from a histogram of the keys' leading bits and counts
// distinct values in hash tables: shapes where buckets or hash groups are uneven.
TEST(TableColumnStats, ManyValuesPathMatchesAReferenceOnHardShapes) {
    std::mt19937_64 rng(29);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<double> repeated(60000); // 6,000 distinct values, ten times each: duplicates
    for (std::size_t i = 0; i < repeated.size(); ++i) {
        repeated[i] = double(i % 6000) * 0.37 - 1000.0;
    }
    std::shuffle(repeated.begin(), repeated.end(), rng);
    expectStatsMatchReference(repeated);
    std::vector<double> skewed(50000); // almost all in one narrow band, a few huge outliers
    for (auto& v : skewed) {
        v = 1000.0 + normal(rng) * 1e-9;
    }
    skewed[10] = 1e12;
    skewed[11] = -1e12;
    skewed[12] = std::numeric_limits<double>::denorm_min();
    expectStatsMatchReference(skewed);
    std::vector<double> band(30000); // one exponent, mantissas alike in their leading bits
    for (std::size_t i = 0; i < band.size(); ++i) {
        band[i] = 1.0 + double(i % 9000) * 0x1p-40;
    }
    expectStatsMatchReference(band);
    std::vector<double> signs(4099); // just past the small histogram, both signs and zeros
    for (std::size_t i = 0; i < signs.size(); ++i) {
        signs[i] = i % 3 == 0 ? (i % 2 ? -0.0 : 0.0) : normal(rng);
    }
    signs[7] = kInf;
    signs[8] = kNaN;
    expectStatsMatchReference(signs);
}

// The selection-based quantile (recipe's median imputation) gives the sorted path's bits.
TEST(Quantile, InPlaceSelectionEqualsSortedQuantile) {
    std::mt19937_64 rng(3);
    std::uniform_real_distribution<double> uniform(-50.0, 50.0);
    for (const std::size_t n : {1u, 2u, 3u, 10u, 11u, 1000u, 1001u}) {
        std::vector<double> values(n);
        for (double& v : values) {
            v = std::round(uniform(rng) * 8.0) / 8.0 + uniform(rng) * 1e-9; // ties and noise
        }
        for (const double q : {0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0}) {
            std::vector<double> copy = values;
            EXPECT_EQ(quantileInPlace(copy, q), referenceQuantile(values, q)) << n << " " << q;
        }
    }
    std::vector<double> none;
    EXPECT_TRUE(std::isnan(quantileInPlace(none, 0.5)));
}

// keysAtRanks selects each bucket at the ranks asked for instead of sorting it: any ranks, in
// any order, repeated, several in one bucket or in neighbouring ones, equal the sorted keys'.
TEST(Quantile, KeysAtRanksEqualTheSortedKeys) {
    std::mt19937_64 rng(17);
    std::normal_distribution<double> normal(0.0, 1.0);
    for (const std::size_t n : {1u, 2u, 5000u, 70000u}) {
        for (const bool ties : {false, true}) {
            std::vector<std::uint64_t> keys(n);
            for (auto& k : keys) {
                k = sortKey(ties ? double(rng() % 50) : normal(rng) * 100.0);
            }
            std::vector<std::uint64_t> sorted = keys;
            std::sort(sorted.begin(), sorted.end());
            std::vector<std::size_t> ranks = {n - 1, 0,     n / 2,
                                              n / 2, n / 4, std::min(n / 4 + 1, n - 1)};
            for (int i = 0; i < 40; ++i) {
                ranks.push_back(std::size_t(rng() % n));
                ranks.push_back(std::min(ranks.back() + 1, n - 1)); // the same or the next bucket
            }
            const auto found = keysAtRanks(keys, sorted.front(), sorted.back(), ranks);
            ASSERT_EQ(found.size(), ranks.size());
            for (std::size_t i = 0; i < ranks.size(); ++i) {
                EXPECT_EQ(found[i], sorted[ranks[i]]) << n << " " << ties << " rank " << ranks[i];
            }
        }
    }
}

// The median of many values is found from a histogram of their keys (profiles of large segments);
// it equals numpy.median of the sorted values, ties, both signs and narrow ranges included.
TEST(Quantile, MedianOfManyValuesEqualsTheSortedMedian) {
    std::mt19937_64 rng(5);
    std::normal_distribution<double> normal(0.0, 1.0);
    for (const std::size_t n : {4095u, 4096u, 4097u, 100000u, 100001u}) {
        std::vector<double> noisy(n);
        std::vector<double> ties(n);
        std::vector<double> narrow(n);
        for (std::size_t i = 0; i < n; ++i) {
            noisy[i] = normal(rng) * 1e4;
            ties[i] = double(rng() % 9) - 4.0;
            narrow[i] = 7.0 + double(rng() % 1000) * 0x1p-45;
        }
        noisy[0] = 1e300;
        for (const std::vector<double>& values : {noisy, ties, narrow}) {
            std::vector<double> sorted = values;
            std::sort(sorted.begin(), sorted.end());
            const std::size_t mid = n / 2;
            const double expected = n % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
            std::vector<double> copy = values;
            EXPECT_EQ(medianInPlace(copy), expected) << n;
        }
    }
}

TEST(TableColumnStats, CategoricalAndIdColumns) {
    const Column c = Column::categorical("area", {1, 0, 1, -1, 0, 2}, {"Bogor", "Solo", "Zz"});
    EXPECT_EQ(c.stats().count, 5);
    EXPECT_EQ(c.stats().missing, 1);
    EXPECT_EQ(c.stats().distinct, 3);
    EXPECT_EQ(c.stats().mode, 0); // Bogor and Solo tie: the lower code wins
    const Column id = Column::id("id", {"a", "b", "", "a", "c"});
    EXPECT_EQ(id.stats().count, 4);
    EXPECT_EQ(id.stats().missing, 1);
    EXPECT_EQ(id.stats().distinct, 3);
    EXPECT_TRUE(id.isMissing(2));
    std::vector<std::string> many(100000);
    for (std::size_t i = 0; i < many.size(); ++i) {
        many[i] = std::to_string(i % 70001);
        many[i].insert(0, 1, 'C');
    }
    EXPECT_EQ(Column::id("many", many).stats().distinct, 70001);
}

TEST(TableColumnFactories, CategoricalDictionaryIsSortedAndChecked) {
    const Column c = Column::categorical("k", {0, 1, 2, -1, 1}, {"solo", "Bogor", "bandung"});
    EXPECT_EQ(c.categories(), (std::vector<std::string>{"Bogor", "bandung", "solo"}));
    EXPECT_EQ(c.toText(0), "solo");
    EXPECT_EQ(c.toText(1), "Bogor");
    EXPECT_EQ(c.toText(3), "");
    EXPECT_THROW(Column::categorical("k", {3}, {"a"}), Error);
    EXPECT_THROW(Column::binary("b", {0, 1, 2}), Error);
    EXPECT_EQ(Column::binary("b", {0, 1, kNaN}).type(), ColumnType::Binary);
}

TEST(TableColumnText, ShortestRoundTripNumbers) {
    EXPECT_EQ(formatNumber(1000), "1000");
    EXPECT_EQ(formatNumber(0.125), "0.125");
    EXPECT_EQ(formatNumber(0.1), "0.1");
    EXPECT_EQ(formatNumber(-2.5), "-2.5");
    EXPECT_EQ(formatNumber(1.0 / 3.0), "0.3333333333333333");
    EXPECT_EQ(formatNumber(897931542), "897931542");
    EXPECT_EQ(std::stod(formatNumber(6.111000000000001)), 6.111000000000001);
    EXPECT_EQ(formatNumber(kInf), "inf");
    const Column c = Column::numeric("x", {1.5, kNaN});
    EXPECT_EQ(c.toText(0), "1.5");
    EXPECT_EQ(c.toText(1), "");
    EXPECT_TRUE(c.isMissing(1));
    EXPECT_STREQ(columnTypeKey(ColumnType::Categorical), "categorical");
    EXPECT_STREQ(columnTypeKey(ColumnType::Id), "id");
}

TEST(TableColumnConvert, BetweenTypes) {
    const Column edu = Column::numeric("edu", {3, 1, 2, kNaN, 10});
    EXPECT_TRUE(edu.suggestCategorical());
    EXPECT_FALSE(edu.suggestCategorical(2));
    const Column cat = edu.convertedTo(ColumnType::Categorical);
    EXPECT_EQ(cat.categories(), (std::vector<std::string>{"1", "10", "2", "3"}));
    EXPECT_EQ(cat.toText(4), "10");
    EXPECT_EQ(cat.stats().missing, 1);

    std::int64_t unparsed = -1;
    const Column labels = Column::categorical("v", {0, 1, 2, -1}, {" 2.5", "1e3", "x"});
    const Column back = labels.convertedTo(ColumnType::Numeric, &unparsed);
    EXPECT_EQ(unparsed, 1);
    EXPECT_EQ(back.values()[0], 2.5);
    EXPECT_EQ(back.values()[1], 1000);
    EXPECT_TRUE(std::isnan(back.values()[2]));
    EXPECT_TRUE(std::isnan(back.values()[3]));

    const Column ids = Column::id("z", {"1", "0", ""});
    EXPECT_EQ(ids.convertedTo(ColumnType::Binary).type(), ColumnType::Binary);
    EXPECT_EQ(ids.convertedTo(ColumnType::Categorical).categories().size(), 2u);
    EXPECT_THROW(edu.convertedTo(ColumnType::Binary), Error);
    EXPECT_EQ(edu.convertedTo(ColumnType::Id).text(),
              (std::vector<std::string>{"3", "1", "2", "", "10"}));
    EXPECT_EQ(Column::binary("b", {1, 0}).convertedTo(ColumnType::Numeric).type(),
              ColumnType::Numeric);
    EXPECT_EQ(cat.convertedTo(ColumnType::Id).toText(0), "3");
    EXPECT_EQ(edu.renamed("pendidikan").name(), "pendidikan");
}

TEST(Table, ShapeAndLookup) {
    Table t;
    t.addColumn(Column::numeric("a", {1, 2, 3}));
    t.addColumn(Column::id("b", {"x", "y", "z"}));
    EXPECT_EQ(t.rowCount(), 3);
    EXPECT_EQ(t.columnCount(), 2);
    EXPECT_EQ(t.indexOf("b"), 1);
    EXPECT_FALSE(t.indexOf("c").has_value());
    EXPECT_EQ(t.columnNames(), (std::vector<std::string>{"a", "b"}));
    try {
        t.column("c");
        ADD_FAILURE();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::UnknownColumn);
        EXPECT_EQ(e.subject(), "c");
    }
    EXPECT_THROW(t.addColumn(Column::numeric("short", {1})), Error);
    EXPECT_THROW(t.setColumn(0, Column::numeric("short", {1})), Error);
    EXPECT_THROW(t.setColumn(5, Column::numeric("c", {1, 2, 3})), Error);
    t.setColumn(0, Column::numeric("c", {4, 5, 6}));
    EXPECT_EQ(t.column("c").values()[2], 6);
}

TEST(Table, FingerprintFollowsContent) {
    auto make = [](double v, const char* label, const char* name) {
        Table t;
        t.addColumn(Column::numeric(name, {1, v, kNaN}));
        t.addColumn(Column::categorical("k", {0, 1, -1}, {"a", label}));
        return t;
    };
    const std::string base = make(2, "b", "x").fingerprint();
    EXPECT_EQ(base.size(), 16u);
    EXPECT_TRUE(std::all_of(base.begin(), base.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }));
    EXPECT_EQ(make(2, "b", "x").fingerprint(), base);
    EXPECT_NE(make(2.0000000001, "b", "x").fingerprint(), base);
    EXPECT_NE(make(2, "c", "x").fingerprint(), base);
    EXPECT_NE(make(2, "b", "y").fingerprint(), base);
    Table asBinary;
    asBinary.addColumn(Column::binary("f", {1, 0}));
    Table asNumeric;
    asNumeric.addColumn(Column::numeric("f", {1, 0}));
    EXPECT_NE(asBinary.fingerprint(), asNumeric.fingerprint());
    // Only labels count, not how the dictionary was given.
    Table a;
    a.addColumn(Column::categorical("k", {0, 1}, {"p", "q"}));
    Table b;
    b.addColumn(Column::categorical("k", {1, 0}, {"q", "p", "unused"}));
    EXPECT_EQ(a.fingerprint(), b.fingerprint());
}

TEST(Table, SelectRows) {
    Table t;
    t.addColumn(Column::numeric("n", {10, 20, 30, 40}));
    t.addColumn(Column::categorical("c", {0, 1, 1, -1}, {"a", "b"}));
    t.addColumn(Column::id("i", {"w", "x", "y", "z"}));
    t.addColumn(Column::binary("f", {1, 0, 1, 0}));
    const Table s = t.selectRows({3, 0, 0});
    EXPECT_EQ(s.rowCount(), 3);
    EXPECT_EQ(s.column("n").values(), (std::vector<double>{40, 10, 10}));
    EXPECT_EQ(s.column("c").toText(0), "");
    EXPECT_EQ(s.column("c").toText(1), "a");
    EXPECT_EQ(s.column("i").text(), (std::vector<std::string>{"z", "w", "w"}));
    EXPECT_EQ(s.column("f").type(), ColumnType::Binary);
    EXPECT_EQ(s.column("n").stats().mean, 20);
    EXPECT_EQ(t.selectRows({}).rowCount(), 0);
    EXPECT_THROW(t.selectRows({4}), Error);
}
