// The recipe's row filters and outlier rules: filter text, filter semantics (missing values,
// numbers, categories), z-score and Tukey rules against SciPy/numpy golden values, clip, the
// fitted rules re-applied to new rows, JSON round trips and the FundFusion acceptance count.
#include "data/csv_reader.h"
#include "model/summary_json.h"
#include "pipeline/segmentation.h"
#include "prep/recipe.h"
#include "prep/row_rules.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>

using namespace gugus::core;
using gugus::test::errorCodeOf;

namespace {

Table fromText(const std::string& text) {
    NullProgress p;
    return readCsvText(text, CsvOptions{}, p).table;
}

Table readFile(const std::string& path) {
    NullProgress p;
    return readCsvFile(path, CsvOptions{}, p).table;
}

RowFilter where(const std::string& text) {
    const auto f = parseRowFilter(text);
    EXPECT_TRUE(f.has_value()) << text;
    return f.value_or(RowFilter{});
}

/// The table rows a recipe keeps (fit and apply on the same table).
std::vector<std::int64_t> keptRows(const Table& table, const Recipe& recipe) {
    NullProgress p;
    return prepareFeatures(table, recipe, p).rows;
}

const char* kSmall = "Area,Usia,Anak\n"
                     "Jakarta,30,1\n"
                     "Bogor,40,2\n"
                     ",50,\n"
                     "Solo,,3\n"
                     "Jakarta,60,0\n";

} // namespace

TEST(RowFilterText, ParsesEveryOperatorAndRoundTrips) {
    const RowFilter eq = where("Jalur_Pembukaan=Telemarketing");
    EXPECT_EQ(eq.column, "Jalur_Pembukaan");
    EXPECT_EQ(eq.op, FilterOp::OneOf);
    EXPECT_EQ(eq.values, std::vector<std::string>{"Telemarketing"});
    EXPECT_EQ(where("Area!=Solo").op, FilterOp::NoneOf);
    const RowFilter in = where("Area=in:Jakarta|Bogor");
    EXPECT_EQ(in.values, (std::vector<std::string>{"Jakarta", "Bogor"}));
    EXPECT_EQ(where("Area!=in:Solo|Bogor").op, FilterOp::NoneOf);
    const RowFilter ge = where("Usia>=30.5");
    EXPECT_EQ(ge.op, FilterOp::AtLeast);
    EXPECT_EQ(ge.bound, 30.5);
    EXPECT_EQ(where("Usia<=-2").op, FilterOp::AtMost);
    EXPECT_EQ(where("Kode=a=b").values, std::vector<std::string>{"a=b"}); // first operator wins
    for (const char* text : {"Area=Jakarta", "Area!=in:Solo|Bogor", "Usia>=30.5", "Usia<=70"}) {
        EXPECT_EQ(describeRowFilter(where(text)), text);
    }
    for (const char* bad : {"Area", "=x", "Area=", "Usia>=abc", "Usia<=", "Area=in:a||b", "!=x"}) {
        EXPECT_FALSE(parseRowFilter(bad).has_value()) << bad;
    }
}

TEST(RowFilter, CategoriesNumbersBoundsAndMissingValues) {
    const Table t = fromText(kSmall);
    Recipe r = Recipe::defaults(t);
    r.find("Area")->role = Role::ProfileOnly;
    r.filters = {where("Area=Jakarta")};
    EXPECT_EQ(keptRows(t, r), (std::vector<std::int64_t>{0, 4}));
    r.filters = {where("Area!=Jakarta")}; // a missing Area is "not Jakarta"
    EXPECT_EQ(keptRows(t, r), (std::vector<std::int64_t>{1, 2, 3}));
    r.filters = {where("Area=in:Bogor|Solo")};
    EXPECT_EQ(keptRows(t, r), (std::vector<std::int64_t>{1, 3}));
    r.filters = {where("Anak=in:1|3")}; // numbers compare as numbers
    EXPECT_EQ(keptRows(t, r), (std::vector<std::int64_t>{0, 3}));
    r.filters = {where("Usia>=40")}; // a missing Usia is dropped by a bound
    EXPECT_EQ(keptRows(t, r), (std::vector<std::int64_t>{1, 2, 4}));
    r.filters = {where("Usia>=40"), where("Usia<=50")}; // AND
    EXPECT_EQ(keptRows(t, r), (std::vector<std::int64_t>{1, 2}));

    NullProgress p;
    r.filters = {where("Area=Jakarta"), where("Usia<=30")};
    const PreparedData d = prepareFeatures(t, r, p);
    EXPECT_EQ(d.rows, std::vector<std::int64_t>{0});
    EXPECT_EQ(d.selection.reason(0), "");
    EXPECT_EQ(d.selection.reason(1), "filter:Area=Jakarta"); // the first filter that fails
    EXPECT_EQ(d.selection.reason(4), "filter:Usia<=30");
    const RowCounts c = rowCounts(d);
    EXPECT_EQ(c.input, 5);
    EXPECT_EQ(c.filteredOut, 4);
    EXPECT_EQ(c.kept, 1);

    r.filters = {where("Area=Medan")};
    EXPECT_EQ(errorCodeOf([&] { keptRows(t, r); }), ErrorCode::TooFewRows);
    r.filters = {where("Kota=Medan")};
    EXPECT_EQ(errorCodeOf([&] { keptRows(t, r); }), ErrorCode::UnknownColumn);
    r.filters = {where("Area>=3")};
    EXPECT_EQ(errorCodeOf([&] { keptRows(t, r); }), ErrorCode::ColumnNotNumeric);
}

TEST(OutlierRule, ZScoreAndTukeyFencesMatchScipyAndNumpy) {
    const std::string dir = gugus::test::dataPath("golden/row_rules/");
    const Table t = readFile(dir + "data.csv");
    std::ifstream in(dir + "expected.json");
    const auto expected = nlohmann::json::parse(in);
    Recipe r = Recipe::defaults(t); // Usia, Pendapatan features (median), Area one-hot
    r.filters = {where("Area=in:Jakarta|Bandung")};
    r.outliers = {{"Usia", OutlierMethod::ZScore, 2.5, OutlierAction::Drop},
                  {"Pendapatan", OutlierMethod::ZScore, 2.5, OutlierAction::Drop}};
    NullProgress p;
    const FittedRecipe fitted = FittedRecipe::fit(t, r, p);
    const PreparedData d = fitted.apply(t, p);
    EXPECT_EQ(d.rows, expected.at("zscore_kept_rows").get<std::vector<std::int64_t>>());
    EXPECT_EQ(rowCounts(d).filteredOut, t.rowCount() - expected.at("filtered_rows").get<int>());
    EXPECT_NEAR(fitted.outliers()[0].mean, expected.at("usia_mean").get<double>(), 1e-12);
    EXPECT_NEAR(fitted.outliers()[0].sd, expected.at("usia_sd").get<double>(), 1e-12);

    r.outliers = {{"Pendapatan", OutlierMethod::Iqr, 1.5, OutlierAction::Drop}};
    const FittedRecipe iqr = FittedRecipe::fit(t, r, p);
    EXPECT_EQ(iqr.apply(t, p).rows, expected.at("iqr_kept_rows").get<std::vector<std::int64_t>>());
    EXPECT_NEAR(iqr.outliers()[0].low, expected.at("iqr_low").get<double>(), 1e-9);
    EXPECT_NEAR(iqr.outliers()[0].high, expected.at("iqr_high").get<double>(), 1e-9);

    // Clip keeps every filtered row and clips the values to the same fences before scaling.
    r.outliers[0].action = OutlierAction::Clip;
    r.find("Pendapatan")->scaling = Scaling::None;
    const FittedRecipe clip = FittedRecipe::fit(t, r, p);
    const PreparedData clipped = clip.apply(t, p);
    EXPECT_EQ(std::int64_t(clipped.rows.size()), expected.at("filtered_rows").get<int>());
    EXPECT_EQ(rowCounts(clipped).outliers, 0);
    const auto& features = clipped.features;
    const auto col = std::find_if(features.begin(), features.end(),
                                  [](const FeatureInfo& f) { return f.name == "Pendapatan"; }) -
                     features.begin();
    const double high = expected.at("iqr_high").get<double>();
    EXPECT_NEAR(clipped.x.col(col).maxCoeff(), high, 1e-9);
    const auto& income = t.column("Pendapatan").values();
    EXPECT_GT(*std::max_element(income.begin(), income.end()), high + 1.0);
}

TEST(OutlierRule, FittedRulesJudgeNewRowsAndRoundTripThroughJson) {
    const Table train = fromText("Usia,Area\n20,A\n21,A\n22,B\n23,B\n24,A\n25,B\n");
    Recipe r = Recipe::defaults(train);
    r.filters = {where("Area!=C")};
    r.outliers = {{"Usia", OutlierMethod::ZScore, 1.5, OutlierAction::Drop}};
    NullProgress p;
    const FittedRecipe fitted = FittedRecipe::fit(train, r, p);
    EXPECT_EQ(fitted.apply(train, p).rows.size(), 6u); // |z| of 20 and 25 is 1.46
    // New customers: judged with the training mean and sd, not their own.
    const Table fresh = fromText("Usia,Area\n22,A\n40,A\n22,C\n,B\n");
    const PreparedData d = fitted.apply(fresh, p);
    EXPECT_EQ(d.rows, (std::vector<std::int64_t>{0, 3})); // a missing Usia takes the median
    EXPECT_EQ(d.selection.reason(1), "outlier:Usia");
    EXPECT_EQ(d.selection.reason(2), "filter:Area!=C");

    const FittedRecipe back = FittedRecipe::fromJson(fitted.toJson());
    EXPECT_EQ(back.toJson(), fitted.toJson());
    EXPECT_EQ(back.recipe().filters, r.filters);
    EXPECT_EQ(back.apply(fresh, p).rows, d.rows);
    const Recipe spec = recipeFromJson(recipeToJson(r));
    EXPECT_EQ(spec.filters, r.filters);
    EXPECT_EQ(spec.outliers, r.outliers);

    // A damaged file names the field.
    auto j = nlohmann::json::parse(fitted.toJson());
    j["outliers"][0]["method"] = "mad";
    try {
        FittedRecipe::fromJson(j.dump());
        ADD_FAILURE() << "accepted an unknown method";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidRecipe);
        EXPECT_EQ(e.subject(), "recipe.outliers[0].method");
    }
    j = nlohmann::json::parse(fitted.toJson());
    j["filters"][0]["values"] = nlohmann::json::array();
    EXPECT_EQ(errorCodeOf([&] { FittedRecipe::fromJson(j.dump()); }), ErrorCode::InvalidRecipe);
    j = nlohmann::json::parse(fitted.toJson());
    j["outliers"][0]["threshold"] = -1;
    EXPECT_EQ(errorCodeOf([&] { FittedRecipe::fromJson(j.dump()); }), ErrorCode::InvalidRecipe);
    j = nlohmann::json::parse(fitted.toJson());
    j["outliers"][0]["low"] = 1e9;
    EXPECT_EQ(errorCodeOf([&] { FittedRecipe::fromJson(j.dump()); }), ErrorCode::InvalidRecipe);
    // Files written before row rules have none.
    j = nlohmann::json::parse(fitted.toJson());
    j.erase("filters");
    j.erase("outliers");
    EXPECT_TRUE(FittedRecipe::fromJson(j.dump()).recipe().filters.empty());

    r.outliers[0].threshold = 0.0;
    EXPECT_EQ(errorCodeOf([&] { FittedRecipe::fit(train, r, p); }), ErrorCode::InvalidOption);
    r.outliers = {{"Area", OutlierMethod::Iqr, 1.5, OutlierAction::Drop}};
    EXPECT_EQ(errorCodeOf([&] { FittedRecipe::fit(train, r, p); }), ErrorCode::ColumnNotNumeric);
}

TEST(RowRules, SegmentationLabelsOnlyKeptRowsAndCountsTheRest) {
    const Table t = readFile(gugus::test::samplePath());
    Recipe r = Recipe::defaults(t);
    r.filters = {where("Jalur_Pembukaan=Telemarketing")};
    r.outliers = {{"Pendapatan_Tahunan", OutlierMethod::ZScore, 2.0, OutlierAction::Drop}};
    SegmentationOptions o;
    o.k = 3;
    NullProgress p;
    const SegmentationResult result = runSegmentation(t, r, o, p);
    const RowCounts c = rowCounts(result.data);
    EXPECT_GT(c.filteredOut, 0);
    EXPECT_GT(c.outliers, 0);
    EXPECT_EQ(c.input, c.filteredOut + c.outliers + c.missing + c.kept);
    std::int64_t labelled = 0;
    for (std::size_t i = 0; i < result.tableLabels.size(); ++i) {
        const bool kept = result.data.selection.reason(std::int64_t(i)).empty();
        EXPECT_EQ(result.tableLabels[i] != kUnassigned, kept) << i;
        labelled += kept ? 1 : 0;
    }
    EXPECT_EQ(labelled, c.kept);
    const auto summary = nlohmann::json::parse(summaryJson(t, o, result, {"sample.csv", ""}));
    EXPECT_EQ(summary.at("rows").at("input"), c.input);
    EXPECT_EQ(summary.at("rows").at("filtered_out"), c.filteredOut);
    EXPECT_EQ(summary.at("rows").at("outliers"), c.outliers);
    EXPECT_EQ(summary.at("rows").at("clustered"), c.kept);
    EXPECT_EQ(summary.at("recipe").at("filters").size(), 1u);
}

// The FundFusion notebooks: median-impute Usia, drop |z| >= 3 on Usia, Pendapatan_Tahunan and
// Total_Relationship_Balance, keep Telemarketing -> 10,088 rows. pandas gives 10,088 whether the
// z-scores come from all rows or from the Telemarketing rows only, and with ddof 0 or 1; Gugus
// computes them on the filtered rows with the population std (scipy.stats.zscore).
TEST(RowRules, FundFusionAcceptanceKeeps10088Rows) {
    GUGUS_REQUIRE_SHARED("fundfusion_clustering_data.csv", path);
    const Table t = readFile(path);
    Recipe r = Recipe::defaults(t);
    r.filters = {where("Jalur_Pembukaan=Telemarketing")};
    for (const char* col : {"Usia", "Pendapatan_Tahunan", "Total_Relationship_Balance"}) {
        r.outliers.push_back({col, OutlierMethod::ZScore, 3.0, OutlierAction::Drop});
    }
    ASSERT_EQ(r.find("Usia")->imputation, Imputation::Median);
    const RowCounts c = rowCounts([&] {
        NullProgress p;
        return prepareFeatures(t, r, p);
    }());
    EXPECT_EQ(c.input, 28129);
    EXPECT_EQ(c.filteredOut, 28129 - 10262);
    EXPECT_EQ(c.kept, 10088);
    EXPECT_EQ(c.outliers, 10262 - 10088);
}
