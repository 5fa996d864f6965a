// One customer typed in by hand (scoreCustomer): the same segment and notes as the same row in a
// scored file, the distance or probability of every segment, and offers less owned products.
#include "model/customer_score.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace gugus::core;
using gugus::test::errorCodeOf;

namespace {

/// Clusters (the first 800 rows of) the sample on Usia, Area, Jumlah_Anak and log1p(income); the
/// rest of the columns are profiled, so the model carries the products' ownership.
SegmentModel train(const Table& table, Algorithm algorithm) {
    Recipe recipe = Recipe::defaults(table);
    for (auto& spec : recipe.columns) {
        spec.role = spec.role == Role::Id ? Role::Id : Role::ProfileOnly;
    }
    for (const char* name : {"Usia", "Area", "Jumlah_Anak", "Pendapatan_Tahunan"}) {
        recipe.find(name)->role = Role::Feature;
    }
    recipe.find("Pendapatan_Tahunan")->transform = Transform::Log1p;
    SegmentationOptions options;
    options.algorithm = algorithm;
    options.k = algorithm == Algorithm::Dbscan ? std::nullopt : std::optional<int>(4);
    options.dbscan = {0.6, 10};
    options.kmedoids.metric = Dissimilarity::Gower;
    NullProgress p;
    const auto result = runSegmentation(table, recipe, options, p);
    const auto model = SegmentModel::fromSegmentation(table, options, result, {"Young"});
    return SegmentModel::fromJson(model.toJson()); // as a saved file is read
}

Table first800() {
    std::vector<std::int64_t> rows(800);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i] = std::int64_t(i);
    }
    return gugus::test::readSampleTable().selectRows(rows);
}

/// Row `r` of `table` as the pairs a person would type (every column the model can read).
std::vector<CustomerValue> typed(const SegmentModel& model, const Table& table, std::int64_t r) {
    std::vector<CustomerValue> values;
    for (const std::string& name : customerColumns(model)) {
        values.push_back({name, table.column(name).toText(r)});
    }
    return values;
}

std::vector<ScoreNote> withoutRange(std::vector<ScoreNote> notes) {
    std::erase_if(notes, [](const ScoreNote& n) { return n.kind == ScoreNote::Kind::OutOfRange; });
    return notes;
}

} // namespace

TEST(CustomerScore, OneCustomerGetsTheSegmentOfTheSameRowInAFile) {
    const Table table = first800();
    for (const Algorithm a : {Algorithm::KMeans, Algorithm::Hierarchical, Algorithm::Gmm,
                              Algorithm::KMedoids, Algorithm::Dbscan}) {
        SCOPED_TRACE(algorithmKey(a));
        const SegmentModel model = train(table, a);
        NullProgress p;
        const ScoreResult batch = scoreTable(model, table, p);
        int checked = 0;
        for (std::int64_t r = 0; r < table.rowCount(); r += 13) {
            SCOPED_TRACE(r);
            const CustomerScore one = scoreCustomer(model, typed(model, table, r), 0.3);
            EXPECT_EQ(one.segment, batch.labels[std::size_t(r)]);
            EXPECT_EQ(withoutRange(one.notes), batch.notes[std::size_t(r)]);
            ASSERT_EQ(one.values.size(), std::size_t(model.k));
            if (a == Algorithm::Gmm) {
                EXPECT_EQ(one.measure, CustomerScore::Measure::Probability);
                for (int s = 0; s < model.k; ++s) {
                    EXPECT_DOUBLE_EQ(one.values[std::size_t(s)], batch.probabilities(r, s));
                }
                const auto top = std::max_element(one.values.begin(), one.values.end());
                EXPECT_EQ(int(top - one.values.begin()), one.segment);
            } else if (one.segment >= 0) {
                EXPECT_EQ(one.measure, CustomerScore::Measure::Distance);
                const auto nearest = std::min_element(one.values.begin(), one.values.end());
                EXPECT_DOUBLE_EQ(*nearest, one.values[std::size_t(one.segment)]);
                if (a == Algorithm::Dbscan) {
                    EXPECT_LE(*nearest, model.eps);
                }
            }
            ++checked;
        }
        EXPECT_GT(checked, 50);
    }
}

TEST(CustomerScore, NotesSayWhatWasImputedUnseenOrOutsideTheTrainingRange) {
    const Table table = first800();
    const SegmentModel model = train(table, Algorithm::KMeans);
    using Kind = ScoreNote::Kind;
    const CustomerScore unseen =
        scoreCustomer(model, {{"Usia", "35"}, {"Area", "Medan"}, {"Jumlah_Anak", "1"}}, 0.3);
    EXPECT_EQ(unseen.segment, -1);
    EXPECT_TRUE(unseen.values.empty());
    EXPECT_NE(std::find(unseen.notes.begin(), unseen.notes.end(),
                        ScoreNote{Kind::UnseenCategory, "Area", "Medan"}),
              unseen.notes.end());

    const CustomerScore missing = scoreCustomer(model, {{"Area", "Jakarta"}}, 0.3);
    EXPECT_GE(missing.segment, 0);
    EXPECT_EQ(missing.values.size(), 4u);
    EXPECT_EQ(scoreNotesText(missing.notes),
              "imputed: Usia; imputed: Jumlah_Anak; imputed: Pendapatan_Tahunan");

    const CustomerScore old = scoreCustomer(
        model,
        {{"Usia", "500"}, {"Area", "Jakarta"}, {"Jumlah_Anak", "1"}, {"Pendapatan_Tahunan", "300"}},
        0.3);
    EXPECT_GE(old.segment, 0);
    EXPECT_EQ(old.notes, (std::vector<ScoreNote>{{Kind::OutOfRange, "Usia", "500"}}));

    const CustomerScore text = scoreCustomer(model, {{"Usia", "abc"}}, 0.3);
    EXPECT_EQ(text.segment, -1);
    EXPECT_NE(
        std::find(text.notes.begin(), text.notes.end(), ScoreNote{Kind::NotANumber, "Usia", "abc"}),
        text.notes.end());
}

TEST(CustomerScore, OffersAreTheSegmentsLessWhatTheCustomerOwns) {
    const Table table = first800();
    const SegmentModel model = train(table, Algorithm::KMeans);
    ASSERT_TRUE(model.offers);
    EXPECT_EQ(model.offers->products.size(), 6u); // the six Produk_* columns
    const std::vector<CustomerValue> base{
        {"Usia", "35"}, {"Area", "Jakarta"}, {"Jumlah_Anak", "1"}, {"Pendapatan_Tahunan", "300"}};
    const CustomerScore none = scoreCustomer(model, base, 0.0);
    ASSERT_GE(none.segment, 0);
    EXPECT_TRUE(none.offersKnown);
    const auto& ranked = model.offers->segments[std::size_t(none.segment)].products;
    ASSERT_EQ(none.offers.size(), ranked.size());
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        EXPECT_EQ(none.offers[i].product.product, ranked[i].product);
        EXPECT_FALSE(none.offers[i].ownershipKnown);
    }

    std::vector<CustomerValue> owns = base;
    owns.push_back({ranked[0].product, "1"});
    owns.push_back({ranked[1].product, "0"});
    const CustomerScore some = scoreCustomer(model, owns, 0.0);
    EXPECT_EQ(some.segment, none.segment); // products are not features here
    EXPECT_EQ(some.owned, (std::vector<std::string>{ranked[0].product}));
    ASSERT_EQ(some.offers.size(), ranked.size() - 1);
    EXPECT_EQ(some.offers[0].product.product, ranked[1].product);
    EXPECT_TRUE(some.offers[0].ownershipKnown);
    for (const auto& o : some.offers) {
        EXPECT_NE(o.product.product, ranked[0].product);
    }
    // The support leaves out products few of the segment own.
    for (const auto& o : scoreCustomer(model, base, 0.5).offers) {
        EXPECT_GE(o.product.rate, 0.5);
    }

    SegmentModel bare = model;
    bare.offers.reset();
    const CustomerScore unknown = scoreCustomer(SegmentModel::fromJson(bare.toJson()), base, 0.0);
    EXPECT_FALSE(unknown.offersKnown);
    EXPECT_TRUE(unknown.offers.empty());
}

TEST(CustomerScore, UnknownAndRepeatedColumnsAreRefused) {
    const SegmentModel model = train(first800(), Algorithm::KMeans);
    EXPECT_EQ(errorCodeOf([&] {
                  scoreCustomer(model, {{"Nama", "Budi"}}, 0.3);
              }),
              ErrorCode::UnknownColumn);
    EXPECT_EQ(errorCodeOf([&] {
                  scoreCustomer(model, {{"GCIF", "G1"}}, 0.3);
              }),
              ErrorCode::UnknownColumn); // an identifier is not asked for
    EXPECT_EQ(errorCodeOf([&] {
                  scoreCustomer(model, {{"Usia", "1"}, {"Usia", "2"}}, 0.3);
              }),
              ErrorCode::InvalidOption);
}

TEST(CustomerScore, DamagedOffersAndRangesAreRefused) {
    const SegmentModel model = train(first800(), Algorithm::KMeans);
    const auto refused = [](nlohmann::json j) {
        try {
            SegmentModel::fromJson(j.dump());
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ErrorCode::InvalidModel);
            return e.subject();
        }
        return std::string("accepted");
    };
    const nlohmann::json good = nlohmann::json::parse(model.toJson());
    auto j = good;
    j["offers"]["segments"][0][0]["rate"] = 1.5;
    EXPECT_EQ(refused(j), "offers.segments[0][0].rate");
    j = good;
    j["offers"]["segments"][0][0]["owners"] = 1000000;
    EXPECT_EQ(refused(j), "offers.segments[0][0].owners");
    j = good;
    j["offers"]["segments"][0][0]["product"] = "Nama";
    EXPECT_EQ(refused(j), "offers.segments[0][0].product");
    j = good;
    j["offers"]["segments"].erase(0);
    EXPECT_EQ(refused(j), "offers.segments");
    j = good;
    std::size_t usia = 0;
    while (j["training"]["columns"][usia]["name"] != "Usia") {
        ++usia;
    }
    const std::string max = "training.columns[" + std::to_string(usia) + "].max";
    ASSERT_TRUE(j["training"]["columns"][usia].contains("max"));
    j["training"]["columns"][usia]["max"] = -1e9; // below the minimum
    EXPECT_EQ(refused(j), max);
}
