// Recipe: imputation, encoding, transforms and scaling, fitted on one table and re-applied to
// another exactly.
#include "common/error.h"
#include "common/parallel.h"
#include "numeric/quantile.h"
#include "prep/recipe.h"
#include "test_support.h"

#include <cmath>
#include <limits>

using namespace gugus::core;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Table sampleTable() {
    Table t;
    t.addColumn(Column::id("id", {"a", "b", "c", "d", "e"}));
    t.addColumn(Column::numeric("age", {20, 30, kNaN, 50, 60}));
    t.addColumn(Column::binary("owns", {1, 0, 1, 1, 0}));
    // dictionary order: Bandung(0), Jakarta(1), Solo(2)
    t.addColumn(Column::categorical("area", {1, 0, 1, -1, 2}, {"Bandung", "Jakarta", "Solo"}));
    t.addColumn(Column::numeric("constant", {7, 7, 7, 7, 7}));
    return t;
}

Recipe onlyFeatures(const Table& t, std::initializer_list<const char*> names) {
    Recipe r = Recipe::defaults(t);
    for (auto& spec : r.columns) {
        spec.role = Role::Ignore;
    }
    for (const char* n : names) {
        r.find(n)->role = Role::Feature;
    }
    return r;
}

PreparedData prepare(const Table& t, const Recipe& r) {
    NullProgress p;
    return FittedRecipe::fit(t, r, p).apply(t, p);
}

} // namespace

TEST(Recipe, DefaultsMakeIdsIdsAndGuessGroups) {
    const Table t = sampleTable();
    const Recipe r = Recipe::defaults(t);
    EXPECT_EQ(r.find("id")->role, Role::Id);
    EXPECT_EQ(r.find("age")->role, Role::Feature);
    EXPECT_EQ(r.find("age")->group, "Demographics");
    EXPECT_EQ(r.find("area")->imputation, Imputation::MostFrequent);
    EXPECT_EQ(r.featureColumns(), (std::vector<std::string>{"age", "owns", "area", "constant"}));
}

TEST(Recipe, StandardScalingUsesPopulationStdAfterMedianImputation) {
    const Table t = sampleTable();
    const PreparedData d = prepare(t, onlyFeatures(t, {"age"}));
    // median of {20,30,50,60} = 40 fills row 2: values 20 30 40 50 60, mean 40,
    // population std sqrt(200) = 14.142...
    ASSERT_EQ(d.x.rows(), 5);
    ASSERT_EQ(d.x.cols(), 1);
    const double sd = std::sqrt(200.0);
    EXPECT_DOUBLE_EQ(d.x(0, 0), -20.0 / sd);
    EXPECT_DOUBLE_EQ(d.x(2, 0), 0.0);
    EXPECT_DOUBLE_EQ(d.x(4, 0), 20.0 / sd);
}

TEST(Recipe, MeanImputationMinMaxAndRobustScaling) {
    const Table t = sampleTable();
    Recipe r = onlyFeatures(t, {"age"});
    r.find("age")->imputation = Imputation::Mean; // mean of 20,30,50,60 = 40
    r.find("age")->scaling = Scaling::MinMax;
    PreparedData d = prepare(t, r);
    EXPECT_DOUBLE_EQ(d.x(0, 0), 0.0);
    EXPECT_DOUBLE_EQ(d.x(2, 0), 0.5);
    EXPECT_DOUBLE_EQ(d.x(4, 0), 1.0);

    r.find("age")->scaling = Scaling::Robust; // median 40, IQR 50 - 30 = 20
    d = prepare(t, r);
    EXPECT_DOUBLE_EQ(d.x(0, 0), -1.0);
    EXPECT_DOUBLE_EQ(d.x(3, 0), 0.5);
}

TEST(Recipe, ConstantImputationAndDropRows) {
    const Table t = sampleTable();
    Recipe r = onlyFeatures(t, {"age"});
    r.find("age")->imputation = Imputation::Constant;
    r.find("age")->constant = -1.0;
    r.find("age")->scaling = Scaling::None;
    PreparedData d = prepare(t, r);
    EXPECT_DOUBLE_EQ(d.x(2, 0), -1.0);

    r.find("age")->imputation = Imputation::DropRows;
    d = prepare(t, r);
    EXPECT_EQ(d.rows, (std::vector<std::int64_t>{0, 1, 3, 4}));
    EXPECT_EQ(d.x.rows(), 4);
    EXPECT_DOUBLE_EQ(d.x(2, 0), 50.0);
}

TEST(Recipe, OneHotDummiesWithMostFrequentFill) {
    const Table t = sampleTable();
    Recipe r = onlyFeatures(t, {"area"});
    r.find("area")->scaling = Scaling::None;
    const PreparedData d = prepare(t, r);
    ASSERT_EQ(d.x.cols(), 3);
    EXPECT_EQ(d.features[0].name, "area=Bandung");
    EXPECT_EQ(d.features[1].source, "area");
    EXPECT_EQ(d.features[2].category, "Solo");
    // Row 3 is missing: filled with the most frequent, Jakarta.
    EXPECT_EQ(d.x(3, 0), 0.0);
    EXPECT_EQ(d.x(3, 1), 1.0);
    EXPECT_EQ(d.x(4, 2), 1.0);
    EXPECT_EQ(d.x.row(1).sum(), 1.0);
}

TEST(Recipe, OrdinalEncodingFollowsTheGivenOrder) {
    const Table t = sampleTable();
    Recipe r = onlyFeatures(t, {"area"});
    r.find("area")->encoding = Encoding::Ordinal;
    r.find("area")->order = {"Solo", "Bandung", "Jakarta"};
    r.find("area")->scaling = Scaling::None;
    const PreparedData d = prepare(t, r);
    ASSERT_EQ(d.x.cols(), 1);
    EXPECT_EQ(d.x(0, 0), 2.0); // Jakarta
    EXPECT_EQ(d.x(1, 0), 1.0); // Bandung
    EXPECT_EQ(d.x(4, 0), 0.0); // Solo
}

TEST(Recipe, OrdinalOrderMissingACategoryIsAnError) {
    const Table t = sampleTable();
    Recipe r = onlyFeatures(t, {"area"});
    r.find("area")->encoding = Encoding::Ordinal;
    r.find("area")->order = {"Solo", "Bandung"};
    NullProgress p;
    try {
        FittedRecipe::fit(t, r, p);
        FAIL() << "expected UnseenCategory";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::UnseenCategory);
        EXPECT_EQ(e.subject(), "area");
    }
}

TEST(Recipe, Log1pBeforeScaling) {
    Table t;
    t.addColumn(Column::numeric("balance", {0.0, std::exp(1.0) - 1.0, std::exp(2.0) - 1.0}));
    Recipe r = onlyFeatures(t, {"balance"});
    r.find("balance")->transform = Transform::Log1p;
    r.find("balance")->scaling = Scaling::None;
    const PreparedData d = prepare(t, r);
    EXPECT_NEAR(d.x(1, 0), 1.0, 1e-15);
    EXPECT_NEAR(d.x(2, 0), 2.0, 1e-15);
}

TEST(Recipe, ConstantColumnScalesToZeroWithAWarning) {
    const Table t = sampleTable();
    NullProgress p;
    const FittedRecipe f = FittedRecipe::fit(t, onlyFeatures(t, {"constant"}), p);
    EXPECT_EQ(f.warnings(), std::vector<std::string>{"constant:constant"});
    const PreparedData d = f.apply(t, p);
    EXPECT_EQ(d.x.col(0).cwiseAbs().maxCoeff(), 0.0);
}

TEST(Recipe, BadFeaturesGiveTypedErrors) {
    Table t = sampleTable();
    t.addColumn(Column::numeric("empty", {kNaN, kNaN, kNaN, kNaN, kNaN}));
    t.addColumn(Column::numeric("inf", {1, 2, std::numeric_limits<double>::infinity(), 4, 5}));
    NullProgress p;
    const auto codeOf = [&](const Recipe& r) {
        try {
            FittedRecipe::fit(t, r, p);
        } catch (const Error& e) {
            return e.code();
        }
        return ErrorCode::InvalidModel; // "no error"
    };
    EXPECT_EQ(codeOf(onlyFeatures(t, {"empty"})), ErrorCode::AllMissing);
    EXPECT_EQ(codeOf(onlyFeatures(t, {"inf"})), ErrorCode::NonFiniteValue);
    EXPECT_EQ(codeOf(onlyFeatures(t, {"id"})), ErrorCode::ColumnNotNumeric);
    EXPECT_EQ(codeOf(onlyFeatures(t, {})), ErrorCode::NoFeatures);
    Recipe unknown = onlyFeatures(t, {"age"});
    ColumnSpec missing;
    missing.name = "nope";
    unknown.columns.push_back(missing);
    EXPECT_EQ(codeOf(unknown), ErrorCode::UnknownColumn);
}

TEST(Recipe, RoundTripThroughJsonScoresNewDataIdentically) {
    const Table train = sampleTable();
    Recipe r = onlyFeatures(train, {"age", "owns", "area"});
    r.find("age")->transform = Transform::Log1p;
    NullProgress p;
    const FittedRecipe fitted = FittedRecipe::fit(train, r, p);
    const FittedRecipe loaded = FittedRecipe::fromJson(fitted.toJson());
    EXPECT_EQ(loaded.toJson(), fitted.toJson());

    // New customers: another dictionary (with an unseen city), other values, a missing age.
    Table fresh;
    fresh.addColumn(Column::numeric("age", {kNaN, 44.5, 71}));
    fresh.addColumn(Column::binary("owns", {0, 1, kNaN}));
    fresh.addColumn(Column::categorical("area", {0, 1, 2}, {"Jakarta", "Medan", "Solo"}));
    const PreparedData a = fitted.apply(fresh, p);
    const PreparedData b = loaded.apply(fresh, p);
    ASSERT_EQ(a.x.rows(), 3);
    EXPECT_EQ(a.x, b.x); // bit-for-bit
    EXPECT_EQ(a.warnings, std::vector<std::string>{"unseen:area=Medan"});
    // The unseen city gets no dummy set: every area feature is at its "not this city" value.
    const auto firstArea = a.x.cols() - 3;
    for (int f = 0; f < 3; ++f) {
        const double zeroScaled =
            fitted.columns()[2].centre[std::size_t(f)] / -fitted.columns()[2].scale[std::size_t(f)];
        EXPECT_DOUBLE_EQ(a.x(1, firstArea + f), zeroScaled);
    }
}

TEST(Recipe, ApplyingToATableWithoutAFeatureColumnFails) {
    const Table train = sampleTable();
    NullProgress p;
    const FittedRecipe fitted = FittedRecipe::fit(train, onlyFeatures(train, {"age"}), p);
    Table other;
    other.addColumn(Column::numeric("income", {1, 2}));
    try {
        fitted.apply(other, p);
        FAIL() << "expected UnknownColumn";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::UnknownColumn);
        EXPECT_EQ(e.subject(), "age");
    }
}

TEST(Recipe, RejectsMalformedJson) {
    EXPECT_THROW(FittedRecipe::fromJson("{"), Error);
    EXPECT_THROW(FittedRecipe::fromJson(R"({"format":"other"})"), Error);
}

// The median fill of a whole column comes from the column's statistics; it must be the value the
// selection over the present values gives, bit for bit, including a zero's sign.
TEST(Recipe, MedianFillOfAWholeColumnEqualsTheSelection) {
    std::vector<double> values;
    for (int i = 0; i < 5001; ++i) {
        values.push_back(i % 13 == 0 ? kNaN : std::sin(double(i)) * 1e3 + double(i % 7));
    }
    for (const std::vector<double>& column :
         {values, std::vector<double>{-0.0, -0.0, 1.0, kNaN, -2.0}, std::vector<double>{3.5}}) {
        Table t;
        t.addColumn(Column::numeric("x", column));
        NullProgress p;
        const FittedRecipe fitted = FittedRecipe::fit(t, onlyFeatures(t, {"x"}), p);
        std::vector<double> present;
        for (const double v : column) {
            if (!std::isnan(v)) {
                present.push_back(v);
            }
        }
        const double expected = quantileInPlace(present, 0.5);
        const double fill = fitted.columns().at(0).fillValue;
        EXPECT_EQ(fill, expected);
        EXPECT_EQ(std::signbit(fill), std::signbit(expected));
    }
}

namespace {

/// 3,001 rows (blocks of the parallel apply and a tail that is not a whole vector): a numeric
/// column with missing values and signed zeros, one clipped and log-transformed, one imputed with
/// a constant, a one-hot and an ordinal categorical, and a column to filter on.
Table wideTable() {
    const std::int64_t n = 3001;
    std::vector<double> plain(n), skewed(n), sparse(n), keep(n);
    std::vector<std::int32_t> area(n), grade(n);
    for (std::int64_t i = 0; i < n; ++i) {
        const auto k = std::size_t(i);
        plain[k] = i % 97 == 0 ? kNaN : (i % 50 == 0 ? -0.0 : std::sin(double(i)) * 1e4);
        skewed[k] = i % 89 == 0 ? kNaN : std::exp(std::cos(double(i)) * 4.0) + (i == 17 ? 1e6 : 0);
        sparse[k] = i % 3 == 0 ? kNaN : double(i % 11);
        keep[k] = double(i % 7);
        area[k] = i % 41 == 0 ? -1 : std::int32_t(i % 4);
        grade[k] = std::int32_t((i * 7) % 3);
    }
    Table t;
    t.addColumn(Column::numeric("plain", plain));
    t.addColumn(Column::numeric("skewed", skewed));
    t.addColumn(Column::numeric("sparse", sparse));
    t.addColumn(Column::categorical("area", area, {"Bogor", "Jakarta", "Medan", "Solo"}));
    t.addColumn(Column::categorical("grade", grade, {"A", "B", "C"}));
    t.addColumn(Column::numeric("keep", keep));
    return t;
}

Recipe wideRecipe(const Table& t, bool filtered) {
    Recipe r = onlyFeatures(t, {"plain", "skewed", "sparse", "area", "grade"});
    r.find("skewed")->transform = Transform::Log1p;
    r.find("skewed")->scaling = Scaling::Robust;
    r.find("sparse")->imputation = Imputation::Constant;
    r.find("sparse")->constant = -3.5;
    r.find("sparse")->scaling = Scaling::MinMax;
    r.find("grade")->encoding = Encoding::Ordinal;
    r.outliers.push_back({"skewed", OutlierMethod::Iqr, 1.5, OutlierAction::Clip});
    if (filtered) {
        r.filters.push_back({"keep", FilterOp::NoneOf, {"3"}, 0.0});
    }
    return r;
}

} // namespace

// Every value of the matrix is the recipe's formula, impute -> clip -> transform -> (v - centre)
// / scale, evaluated value by value here: the same bits whether the kept rows are all the table's
// (the four-wide path) or a subset, and for one thread or several.
TEST(Recipe, ApplyIsTheFormulaValueByValueForOneAndManyThreads) {
    const Table t = wideTable();
    for (const bool filtered : {false, true}) {
        NullProgress p;
        const FittedRecipe f = FittedRecipe::fit(t, wideRecipe(t, filtered), p);
        setThreadCount(1);
        const PreparedData one = f.apply(t, p);
        setThreadCount(4);
        const PreparedData four = f.apply(t, p);
        setThreadCount(0);
        ASSERT_EQ(one.x.rows(), filtered ? 3001 - 429 : 3001); // 429 rows have keep = 3
        ASSERT_EQ(one.x.cols(), 3 + 4 + 1);
        EXPECT_EQ(one.rows, four.rows);
        EXPECT_TRUE(one.x.cwiseEqual(four.x).all());
        for (std::int64_t i = 0; i < one.x.rows(); ++i) {
            const std::int64_t r = one.rows[std::size_t(i)];
            for (std::size_t c = 0; c < 3; ++c) {
                const FittedColumn& fc = f.columns()[c];
                double v = t.column(fc.spec.name).values()[std::size_t(r)];
                v = std::isnan(v) ? fc.fillValue : v;
                if (fc.spec.name == "skewed") {
                    v = std::log1p(f.outliers().at(0).clip(v));
                }
                const double expected = (v - fc.centre[0]) / fc.scale[0];
                ASSERT_EQ(one.x(i, std::int64_t(c)), expected) << fc.spec.name << " row " << r;
                ASSERT_EQ(std::signbit(one.x(i, std::int64_t(c))), std::signbit(expected));
            }
            const FittedColumn& area = f.columns()[3];
            const std::int32_t code = t.column("area").codes()[std::size_t(r)];
            const std::string label =
                code < 0 ? area.fillCategory : t.column("area").categories()[std::size_t(code)];
            for (std::size_t k = 0; k < area.categories.size(); ++k) {
                const double dummy = area.categories[k] == label ? 1.0 : 0.0;
                ASSERT_EQ(one.x(i, 3 + std::int64_t(k)), (dummy - area.centre[k]) / area.scale[k]);
            }
            const FittedColumn& grade = f.columns()[4];
            const double g = double(t.column("grade").codes()[std::size_t(r)]);
            ASSERT_EQ(one.x(i, 7), (g - grade.centre[0]) / grade.scale[0]);
        }
    }
}

// A table with several bad values: the error names the first feature column that has one, and its
// first bad row, as going column by column would; the same for one thread or several.
TEST(Recipe, ApplyReportsTheFirstBadValueWhateverTheThreads) {
    const Table train = wideTable();
    NullProgress p;
    const FittedRecipe f = FittedRecipe::fit(train, wideRecipe(train, false), p);
    Table bad = wideTable();
    std::vector<double> plain = bad.column("plain").values();
    std::vector<double> skewed = bad.column("skewed").values();
    plain[2900] = std::numeric_limits<double>::infinity();
    skewed[5] = -std::numeric_limits<double>::infinity();
    plain[1200] = -std::numeric_limits<double>::infinity();
    Table input;
    input.addColumn(Column::numeric("plain", plain));
    input.addColumn(Column::numeric("skewed", skewed));
    for (const char* name : {"sparse", "area", "grade", "keep"}) {
        input.addColumn(bad.column(name));
    }
    for (const int threads : {1, 4}) {
        setThreadCount(threads);
        try {
            f.apply(input, p);
            ADD_FAILURE() << "expected NonFiniteValue";
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ErrorCode::NonFiniteValue);
            EXPECT_EQ(e.subject(), "plain");
            EXPECT_EQ(e.detail(), "row 1201");
        }
    }
    setThreadCount(0);
}
