// Saved segmentation models: JSON round trip, scoring equals the in-memory labels, per-row
// reasons for rows that cannot be scored, drift, and the SQL export run inside SQLite and inside a
// real PostgreSQL server (GUGUS_TEST_PG, see postgres_test.h).
#include "data/csv_reader.h"
#include "model/project_file.h"
#include "model/segment_model.h"
#include "postgres_test.h"
#include "source/db_source.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cmath>
#include <functional>
#include <numeric>

using namespace gugus::core;
using gugus::test::errorCodeOf;

namespace {

Table sample() {
    return gugus::test::readSampleTable();
}

Table fromText(const std::string& text) {
    NullProgress p;
    return readCsvText(text, CsvOptions{}, p).table;
}

/// Clusters the sample on Usia, Area (one-hot), Jumlah_Anak and log1p(income).
Recipe mixedRecipe(const Table& table) {
    Recipe recipe = Recipe::defaults(table);
    for (auto& spec : recipe.columns) {
        spec.role = Role::ProfileOnly;
    }
    for (const char* name : {"Usia", "Area", "Jumlah_Anak", "Pendapatan_Tahunan"}) {
        recipe.find(name)->role = Role::Feature;
    }
    recipe.find("Pendapatan_Tahunan")->transform = Transform::Log1p;
    return recipe;
}

struct Trained {
    Table table;
    SegmentationOptions options;
    SegmentationResult result;
    SegmentModel model;
};

Trained train(Algorithm algorithm, ReductionOptions reduction = {},
              Dissimilarity metric = Dissimilarity::Gower) {
    Trained t{sample(), {}, {}, {}};
    if (algorithm == Algorithm::KMedoids) { // O(n^2) distances: 800 customers are enough here
        std::vector<std::int64_t> rows(800);
        std::iota(rows.begin(), rows.end(), std::int64_t(0));
        t.table = t.table.selectRows(rows);
    }
    t.options.algorithm = algorithm;
    t.options.reduction = reduction;
    t.options.kmedoids.metric = metric;
    t.options.k = algorithm == Algorithm::Dbscan ? std::nullopt : std::optional<int>(4);
    t.options.dbscan = {0.6, 10};
    NullProgress p;
    t.result = runSegmentation(t.table, mixedRecipe(t.table), t.options, p);
    t.model = SegmentModel::fromSegmentation(t.table, t.options, t.result, {"Young", "Family"});
    return t;
}

TEST(SegmentModel, JsonRoundTripIsBitForBit) {
    for (const Algorithm a :
         {Algorithm::KMeans, Algorithm::Hierarchical, Algorithm::Dbscan, Algorithm::KMedoids}) {
        SCOPED_TRACE(algorithmKey(a));
        const Trained t = train(a);
        const std::string json = t.model.toJson();
        const SegmentModel back = SegmentModel::fromJson(json);
        EXPECT_EQ(back.toJson(), json);
        EXPECT_EQ(back.k, t.model.k);
        EXPECT_TRUE(back.centres.cwiseEqual(t.model.centres).all());
        EXPECT_TRUE(back.coreRows.cwiseEqual(t.model.coreRows).all());
        std::vector<std::string> names{"Young", "Family"};
        names.resize(std::size_t(t.model.k));
        EXPECT_EQ(back.names, names);
        EXPECT_EQ(back.fingerprint, t.table.fingerprint());
    }
}

// A numeric feature whose deciles are all equal (a 0/1 column with 95 % ones) puts every row in
// one bin of the drift reference: that share is exactly 1, and the saved model loads back (adding
// 1/1,000 a row gave 1.0000000000000007, refused as "shares[0]: is out of range").
TEST(SegmentModel, ABinHoldingEveryRowIsAShareOfOne) {
    std::string text = "a,flag\n";
    for (int i = 0; i < 1000; ++i) {
        text += std::to_string(i % 37) + (i % 20 == 0 ? ",0\n" : ",1\n");
    }
    const Table table = fromText(text);
    SegmentationOptions options;
    options.k = 2;
    NullProgress p;
    const SegmentationResult result = runSegmentation(table, Recipe::defaults(table), options, p);
    const SegmentModel model = SegmentModel::fromSegmentation(table, options, result, {});
    ASSERT_EQ(model.columns.size(), 2u);
    EXPECT_EQ(model.columns[1].name, "flag");
    EXPECT_EQ(model.columns[1].shares, (std::vector<double>{1.0, 0.0}));
    EXPECT_EQ(SegmentModel::fromJson(model.toJson()).toJson(), model.toJson());
}

TEST(SegmentModel, ScoringTheTrainingDataGivesTheTrainingLabels) {
    for (const Algorithm a :
         {Algorithm::KMeans, Algorithm::Hierarchical, Algorithm::Dbscan, Algorithm::KMedoids}) {
        SCOPED_TRACE(algorithmKey(a));
        const Trained t = train(a);
        const SegmentModel model = SegmentModel::fromJson(t.model.toJson());
        NullProgress p;
        const ScoreResult scored = scoreTable(model, t.table, p);
        EXPECT_EQ(scored.unscorable, 0);
        std::int64_t same = 0;
        for (std::size_t i = 0; i < scored.labels.size(); ++i) {
            same += scored.labels[i] == t.result.tableLabels[i] ? 1 : 0;
        }
        const double agreement = double(same) / double(scored.labels.size());
        EXPECT_DOUBLE_EQ(agreement, t.model.trainingAgreement);
        if (a == Algorithm::KMeans || a == Algorithm::KMedoids) {
            EXPECT_EQ(agreement, 1.0); // the nearest centre (medoid) is the fit's own rule
        } else {
            EXPECT_GT(agreement, 0.8);
        }
        for (const auto& d : scored.drift) {
            EXPECT_FALSE(d.flagged) << d.column; // the same data has not drifted
        }
    }
}

TEST(SegmentModel, RowsThatCannotBeScoredSayWhy) {
    const Trained t = train(Algorithm::KMeans);
    NullProgress p;
    // Prospects with demographics only; one bad value per row.
    const Table prospects = fromText("Usia,Area,Jumlah_Anak,Pendapatan_Tahunan\n"
                                     "35,Jakarta,1,300\n"
                                     ",Bandung,0,250\n"
                                     "40,Medan,2,300\n"
                                     "abc,Solo,1,300\n"
                                     "50,Bogor,1,-7\n");
    const ScoreResult r = scoreTable(t.model, prospects, p);
    EXPECT_GE(r.labels[0], 0);
    EXPECT_EQ(scoreNotesText(r.notes[0]), "");
    EXPECT_GE(r.labels[1], 0); // imputed with the training median
    EXPECT_EQ(scoreNotesText(r.notes[1]), "imputed: Usia");
    EXPECT_EQ(r.labels[2], -1);
    EXPECT_EQ(scoreNotesText(r.notes[2]), "unseen category: Area=Medan");
    // A code and its facts, for front ends to word in their language.
    ASSERT_EQ(r.notes[2].size(), 1u);
    EXPECT_EQ(r.notes[2][0], (ScoreNote{ScoreNote::Kind::UnseenCategory, "Area", "Medan"}));
    EXPECT_EQ(r.labels[3], -1);
    EXPECT_EQ(scoreNotesText(r.notes[3]), "not a number: Usia=abc");
    EXPECT_EQ(r.labels[4], -1);
    EXPECT_EQ(scoreNotesText(r.notes[4]), "value <= -1 for log1p: Pendapatan_Tahunan");
    EXPECT_EQ(r.scored, 2);
    EXPECT_EQ(r.unscorable, 3);

    const Table noArea = fromText("Usia,Jumlah_Anak\n30,1\n40,2\n");
    const ScoreResult m = scoreTable(t.model, noArea, p);
    EXPECT_EQ(m.missingColumns, (std::vector<std::string>{"Area", "Pendapatan_Tahunan"}));
    EXPECT_EQ(m.labels, (Labels{-1, -1}));
    EXPECT_EQ(scoreNotesText(m.notes[1]), "missing column Area, Pendapatan_Tahunan");
}

TEST(SegmentModel, DriftIsFlaggedWhenADistributionMoves) {
    const Trained t = train(Algorithm::KMeans);
    // The sample with everyone 15 years older.
    Table older = t.table;
    const std::int64_t usia = *older.indexOf("Usia");
    std::vector<double> ages = older.column(usia).values();
    for (double& v : ages) {
        v += 15;
    }
    older.setColumn(usia, Column::numeric("Usia", ages));
    NullProgress p;
    const ScoreResult r = scoreTable(t.model, older, p);
    for (const auto& d : r.drift) {
        if (d.column == "Usia") {
            EXPECT_TRUE(d.flagged);
            EXPECT_GT(d.meanShift, 1.0);
            EXPECT_GT(d.psi, 0.2);
        } else {
            EXPECT_FALSE(d.flagged) << d.column;
        }
    }
}

TEST(SegmentModel, BadModelFilesAreRefused) {
    std::string subject;
    EXPECT_EQ(errorCodeOf([] { SegmentModel::fromJson("{"); }), ErrorCode::InvalidModel);
    EXPECT_EQ(errorCodeOf([] { SegmentModel::fromJson(R"({"format":"other"})"); }, &subject),
              ErrorCode::InvalidModel);
    EXPECT_EQ(subject, "format");
    const auto modelJson = nlohmann::json::parse(train(Algorithm::KMeans).model.toJson());
    auto newer = modelJson;
    newer["version"] = 9;
    EXPECT_EQ(errorCodeOf([&] { SegmentModel::fromJson(newer.dump()); }, &subject),
              ErrorCode::InvalidModel);
    EXPECT_EQ(subject, "version");
    // A model whose embedded recipe is newer is refused for its recipe.
    auto newerRecipe = modelJson;
    newerRecipe["recipe"]["version"] = 9;
    EXPECT_EQ(errorCodeOf([&] { SegmentModel::fromJson(newerRecipe.dump()); }, &subject),
              ErrorCode::InvalidRecipe);
    EXPECT_EQ(subject, "recipe.version");
    EXPECT_EQ(errorCodeOf([] { modelSql(train(Algorithm::Dbscan).model, "t"); }),
              ErrorCode::InvalidModel);
    EXPECT_EQ(errorCodeOf([] { modelSql(train(Algorithm::KMeans).model, "t; DROP TABLE x"); }),
              ErrorCode::InvalidOption);
}

TEST(SegmentModel, KMedoidsModelCarriesGowerMedoidsAndIsChecked) {
    const Trained t = train(Algorithm::KMedoids);
    ASSERT_TRUE(t.model.gower.has_value());
    EXPECT_EQ(t.model.medoidRows, medoidTableRows(t.result));
    // The medoids' values are the customers' own: Area (the first feature column) as text.
    const auto j = nlohmann::json::parse(t.model.toJson());
    const auto& medoid = j["kmedoids"]["gower"]["medoids"][0];
    const std::int64_t row = t.model.medoidRows[0];
    EXPECT_EQ(medoid[0].get<std::string>(), t.table.column("Area").toText(row));
    std::string subject;
    const auto refused = [&](auto change) {
        auto bad = j;
        change(bad);
        return errorCodeOf([&] { SegmentModel::fromJson(bad.dump()); }, &subject);
    };
    EXPECT_EQ(refused([](auto& m) { m["kmedoids"]["gower"]["medoids"][0][0] = "Atlantis"; }),
              ErrorCode::InvalidModel);
    EXPECT_EQ(subject, "kmedoids.gower.medoids[0][0]");
    EXPECT_EQ(refused([](auto& m) { m["kmedoids"]["gower"]["columns"][0]["weight"] = -1; }),
              ErrorCode::InvalidModel);
    EXPECT_EQ(subject, "kmedoids.gower.columns[0].weight");
    EXPECT_EQ(refused([](auto& m) { m["kmedoids"]["gower"]["columns"][0]["categorical"] = false; }),
              ErrorCode::InvalidModel);
    EXPECT_EQ(refused([](auto& m) { m["kmedoids"]["medoid_rows"] = {1}; }),
              ErrorCode::InvalidModel);
    EXPECT_EQ(subject, "kmedoids.medoid_rows");
    EXPECT_EQ(refused([](auto& m) { m["kmedoids"].erase("gower"); }), ErrorCode::InvalidModel);
    EXPECT_EQ(subject, "kmedoids.gower");
    EXPECT_EQ(refused([](auto& m) { m["kmedoids"]["metric"] = "cosine"; }),
              ErrorCode::InvalidModel);
    // Gower has no SQL form; Euclidean and Manhattan K-Medoids do (checked in SQLite below).
    EXPECT_EQ(errorCodeOf([&] { modelSql(t.model, "t"); }, &subject), ErrorCode::InvalidModel);
    EXPECT_EQ(subject, "algorithm");
}

/// Loads `table` into an in-memory SQLite database as table `customers` (NULL for missing).
class Sqlite {
public:
    explicit Sqlite(const Table& table) {
        EXPECT_EQ(sqlite3_open(":memory:", &m_db), SQLITE_OK);
        std::string create = "CREATE TABLE customers (";
        std::string insert = "INSERT INTO customers VALUES (";
        for (std::int64_t c = 0; c < table.columnCount(); ++c) {
            create += (c ? ", \"" : "\"") + table.column(c).name() + "\"";
            insert += c ? ", ?" : "?";
        }
        exec(create + ")");
        exec("BEGIN");
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(m_db, (insert + ")").c_str(), -1, &stmt, nullptr);
        for (std::int64_t r = 0; r < table.rowCount(); ++r) {
            for (std::int64_t c = 0; c < table.columnCount(); ++c) {
                const Column& col = table.column(c);
                const int slot = int(c) + 1;
                if (col.isMissing(r)) {
                    sqlite3_bind_null(stmt, slot);
                } else if (col.isNumericLike()) {
                    sqlite3_bind_double(stmt, slot, col.values()[std::size_t(r)]);
                } else {
                    const std::string text = col.toText(r);
                    sqlite3_bind_text(stmt, slot, text.c_str(), -1, SQLITE_TRANSIENT);
                }
            }
            EXPECT_EQ(sqlite3_step(stmt), SQLITE_DONE);
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
        exec("COMMIT");
    }
    ~Sqlite() { sqlite3_close(m_db); }

    /// The last column of every row the query returns, as an int (-99 for NULL).
    Labels lastColumn(const std::string& sql) {
        sqlite3_stmt* stmt = nullptr;
        const int rc = sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr);
        EXPECT_EQ(rc, SQLITE_OK) << sqlite3_errmsg(m_db);
        Labels out;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const int last = sqlite3_column_count(stmt) - 1;
            out.push_back(sqlite3_column_type(stmt, last) == SQLITE_NULL
                              ? -99
                              : sqlite3_column_int(stmt, last));
        }
        sqlite3_finalize(stmt);
        return out;
    }

private:
    void exec(const std::string& sql) {
        char* error = nullptr;
        EXPECT_EQ(sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
            << (error ? error : "");
        sqlite3_free(error);
    }
    sqlite3* m_db = nullptr;
};

TEST(SegmentModel, SqlInSqliteGivesTheEngineLabels) {
    for (const auto& [a, metric] : {std::pair{Algorithm::KMeans, Dissimilarity::Euclidean},
                                    {Algorithm::Hierarchical, Dissimilarity::Euclidean},
                                    {Algorithm::KMedoids, Dissimilarity::Euclidean},
                                    {Algorithm::KMedoids, Dissimilarity::Manhattan}}) {
        SCOPED_TRACE(std::string(algorithmKey(a)) + " " + dissimilarityKey(metric));
        const Trained t = train(a, {}, metric);
        NullProgress p;
        const ScoreResult engine = scoreTable(t.model, t.table, p);
        Sqlite db(t.table);
        const Labels sql = db.lastColumn(modelSql(t.model, "customers"));
        ASSERT_EQ(sql.size(), engine.labels.size());
        std::int64_t differ = 0;
        for (std::size_t i = 0; i < sql.size(); ++i) {
            differ += sql[i] != engine.labels[i] ? 1 : 0;
        }
        EXPECT_EQ(differ, 0);
    }
    // The text is also plain PostgreSQL: no SQLite-only functions or quoting.
    const std::string sql = modelSql(train(Algorithm::KMeans).model, "public.customers");
    EXPECT_EQ(sql.find("IFNULL"), std::string::npos);
    EXPECT_EQ(sql.find('`'), std::string::npos);
    EXPECT_NE(sql.find("FROM public.customers AS t"), std::string::npos);
}

/// The model's SQL run inside PostgreSQL over `table` (written there as `name` with a row
/// number), as the segment of every row in table order.
Labels postgresLabels(const std::string& url, const Table& table, const SegmentModel& model,
                      const std::string& name) {
    std::vector<std::string> rowNumbers;
    for (std::int64_t r = 0; r < table.rowCount(); ++r) {
        rowNumbers.push_back(std::to_string(r));
    }
    NullProgress p;
    writeDbTable(parseDbUrl(url), name, table, {{"gugus_row", rowNumbers}}, DbWriteMode::Replace,
                 p);
    const DbSource s = parseDbUrl(url);
    const std::string conninfo = "host='" + s.host + "' port='" + s.port + "' dbname='" +
                                 s.database + "' user='" + s.user + "'";
    PGconn* conn = PQconnectdb(conninfo.c_str());
    const std::string sql =
        "SELECT segment FROM (" + modelSql(model, name) + ") AS scored ORDER BY gugus_row";
    PGresult* r = PQexec(conn, sql.c_str());
    Labels out;
    EXPECT_EQ(PQresultStatus(r), PGRES_TUPLES_OK) << PQresultErrorMessage(r);
    for (int i = 0; i < PQntuples(r); ++i) {
        out.push_back(PQgetisnull(r, i, 0) ? -99 : std::atoi(PQgetvalue(r, i, 0)));
    }
    PQclear(r);
    PQexec(conn, ("DROP TABLE " + name).c_str());
    PQfinish(conn);
    return out;
}

TEST(SegmentModel, SqlInPostgresGivesTheEngineLabels) {
    GUGUS_REQUIRE_POSTGRES(url);
    for (const Algorithm a : {Algorithm::KMeans, Algorithm::Hierarchical}) {
        SCOPED_TRACE(algorithmKey(a));
        const Trained t = train(a);
        NullProgress p;
        const ScoreResult engine = scoreTable(t.model, t.table, p);
        const Labels sql = postgresLabels(url, t.table, t.model, "gugus_model_sql_test");
        ASSERT_EQ(sql.size(), engine.labels.size());
        std::int64_t differ = 0;
        for (std::size_t i = 0; i < sql.size(); ++i) {
            differ += sql[i] != engine.labels[i] ? 1 : 0;
        }
        EXPECT_EQ(differ, 0);
    }
}

// A model with a PCA step: the file carries the axes bit for bit, scoring reduces before the
// nearest-centre rule (so the training rows get their labels back), and the SQL export projects
// in SQL with the same outcome in SQLite.
TEST(SegmentModel, PcaModelsRoundTripScoreAndExportSql) {
    ReductionOptions share;
    share.method = ReductionMethod::Pca;
    share.varianceShare = 0.9;
    ReductionOptions whitened = share;
    whitened.components = 3;
    whitened.whiten = true;
    for (const ReductionOptions& reduction : {share, whitened}) {
        for (const Algorithm a : {Algorithm::KMeans, Algorithm::Hierarchical}) {
            SCOPED_TRACE(reductionText(reduction) + " " + algorithmKey(a));
            const Trained t = train(a, reduction);
            ASSERT_TRUE(t.model.reduction);
            const std::int64_t m = t.model.reduction->outputDims();
            EXPECT_EQ(t.model.centres.cols(), m);
            EXPECT_LT(m, t.model.recipe.featureCount());
            const std::string json = t.model.toJson();
            EXPECT_EQ(nlohmann::json::parse(json).at("version"), 2);
            const SegmentModel back = SegmentModel::fromJson(json);
            EXPECT_EQ(back.toJson(), json);
            ASSERT_TRUE(back.reduction);
            EXPECT_TRUE(back.reduction->components.cwiseEqual(t.model.reduction->components).all());
            EXPECT_EQ(back.reduction->whiten, reduction.whiten);
            NullProgress p;
            const ScoreResult scored = scoreTable(back, t.table, p);
            std::int64_t same = 0;
            for (std::size_t i = 0; i < scored.labels.size(); ++i) {
                same += scored.labels[i] == t.result.tableLabels[i] ? 1 : 0;
            }
            EXPECT_DOUBLE_EQ(double(same) / double(scored.labels.size()),
                             t.model.trainingAgreement);
            if (a == Algorithm::KMeans) {
                EXPECT_EQ(t.model.trainingAgreement, 1.0);
            }
            Sqlite db(t.table);
            const std::string sql = modelSql(back, "customers");
            EXPECT_NE(sql.find("principal components"), std::string::npos);
            const Labels fromSql = db.lastColumn(sql);
            ASSERT_EQ(fromSql.size(), scored.labels.size());
            EXPECT_EQ(fromSql, scored.labels);
        }
    }
}

TEST(SegmentModel, DamagedReductionsAreRefused) {
    ReductionOptions pca;
    pca.method = ReductionMethod::Pca;
    pca.components = 2;
    pca.whiten = true;
    const auto good = nlohmann::json::parse(train(Algorithm::KMeans, pca).model.toJson());
    const auto refused = [&](const std::function<void(nlohmann::json&)>& damage) {
        auto j = good;
        damage(j);
        std::string subject;
        const ErrorCode code = errorCodeOf([&] { SegmentModel::fromJson(j.dump()); }, &subject);
        EXPECT_EQ(code, ErrorCode::InvalidModel);
        return subject;
    };
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["method"] = "umap"; }), "reduction.method");
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["mean"].erase(0); }), "reduction.mean");
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["axes"] = nlohmann::json::array(); }),
              "reduction.axes");
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["axes"][1]["weights"][0] = 0.5; }),
              "reduction.axes[1].weights");
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["axes"][0]["weights"].erase(0); }),
              "reduction.axes[0].weights");
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["axes"][0]["variance"] = 0.0; }),
              "reduction.axes[0].variance"); // whitening divides by it
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["axes"][0]["share"] = 1.5; }),
              "reduction.axes[0].share");
    EXPECT_EQ(refused([](auto& j) { j["reduction"]["reconstruction_mse"] = -1.0; }),
              "reduction.reconstruction_mse");
    // Centres must live in the reduced space.
    EXPECT_EQ(refused([](auto& j) { j["centres"][0].push_back(0.0); }), "centres[0]");
    // Reduced models are version 2; a newer one is refused as any model file.
    EXPECT_EQ(refused([](auto& j) { j["version"] = 3; }), "version");
}

// Row filters and outlier rules: the rows the engine's scoring excludes get a NULL segment in
// SQL, clipped values are clipped the same way, and every other label agrees.
TEST(SegmentModel, SqlAppliesTheRowFiltersAndOutlierRules) {
    Trained t{sample(), {}, {}, {}};
    t.options.k = 4;
    Recipe recipe = mixedRecipe(t.table);
    recipe.filters = {*parseRowFilter("Jalur_Pembukaan!=Cabang"), *parseRowFilter("Usia>=25"),
                      *parseRowFilter("Jumlah_Anak=in:0|1|2")};
    recipe.outliers = {
        {"Pendapatan_Tahunan", OutlierMethod::ZScore, 2.0, OutlierAction::Drop},
        {"Usia", OutlierMethod::Iqr, 0.5, OutlierAction::Clip},
        {"Total_Relationship_Balance", OutlierMethod::Iqr, 1.5, OutlierAction::Drop}};
    NullProgress p;
    t.result = runSegmentation(t.table, recipe, t.options, p);
    t.model = SegmentModel::fromSegmentation(t.table, t.options, t.result, {});
    const ScoreResult engine = scoreTable(t.model, t.table, p);
    EXPECT_GT(engine.excluded, 0);
    EXPECT_EQ(engine.scored + engine.excluded, t.table.rowCount());
    Sqlite db(t.table);
    const Labels sql = db.lastColumn(modelSql(t.model, "customers"));
    ASSERT_EQ(sql.size(), engine.labels.size());
    std::int64_t differ = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const int expected = engine.labels[i] < 0 ? -99 : engine.labels[i];
        differ += sql[i] != expected ? 1 : 0;
    }
    EXPECT_EQ(differ, 0);
    // Scoring the training table gives the training labels and excludes exactly the rows the
    // run left out.
    for (std::size_t i = 0; i < engine.labels.size(); ++i) {
        const int trained = t.result.tableLabels[i];
        EXPECT_EQ(engine.labels[i], trained == kUnassigned ? -1 : trained) << i;
    }
}

} // namespace

namespace {

TEST(ProjectFile, RoundTripAndRefusals) {
    const Table t = sample();
    ProjectFile p;
    p.source = "/data/customers.csv";
    p.fingerprint = t.fingerprint();
    p.recipe = mixedRecipe(t);
    p.segmented = true;
    p.options.algorithm = Algorithm::Dbscan;
    p.options.dbscan = {0.75, 12};
    p.options.cutHeight = 3.5;
    p.options.kmeans.seed = 42;
    p.names = {"", "Penabung"};
    p.colors = {"#112233", ""};
    p.actions = {"Tawarkan deposito", ""};
    const ProjectFile back = ProjectFile::fromJson(p.toJson());
    EXPECT_EQ(back.toJson(), p.toJson());
    EXPECT_EQ(back.recipe.featureColumns(), p.recipe.featureColumns());
    EXPECT_EQ(back.recipe.find("Pendapatan_Tahunan")->transform, Transform::Log1p);
    EXPECT_EQ(back.options.dbscan.eps, 0.75);
    EXPECT_EQ(back.options.dbscan.minSamples, 12);
    EXPECT_EQ(back.options.cutHeight, 3.5);
    EXPECT_FALSE(back.options.k.has_value());
    EXPECT_EQ(back.options.kmeans.seed, 42u);
    EXPECT_EQ(back.names, p.names);
    EXPECT_EQ(back.actions, p.actions);
    // Projects saved before actions existed load with none.
    auto old = nlohmann::json::parse(p.toJson());
    old.erase("actions");
    EXPECT_TRUE(ProjectFile::fromJson(old.dump()).actions.empty());
    std::string subject;
    EXPECT_EQ(errorCodeOf([] { ProjectFile::fromJson(R"({"format":"gugus-model"})"); }, &subject),
              ErrorCode::InvalidProject);
    EXPECT_EQ(subject, "format");
}

} // namespace
