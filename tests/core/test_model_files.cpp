// Saved models and project files are mailed around and may be edited or damaged: every broken
// invariant is refused when the file is loaded, with the code of the file kind and the path of
// the field, before scoring or the SQL export could read past an array or divide by zero.
#include "data/csv_reader.h"
#include "model/project_file.h"
#include "model/segment_model.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <functional>
#include <iterator>

using namespace gugus::core;
using gugus::test::errorCodeOf;
using nlohmann::json;

namespace {

/// A K-Means, a DBSCAN and a Gaussian mixture model of the bundled sample on numeric and one-hot
/// features.
const json& modelOf(Algorithm algorithm) {
    static const auto make = [](Algorithm a) {
        NullProgress p;
        CsvReadResult read = readCsvFile(GUGUS_SAMPLE_CSV, {}, p);
        Recipe recipe = Recipe::defaults(read.table);
        for (auto& spec : recipe.columns) {
            if (spec.role == Role::Feature && spec.name != "Usia" && spec.name != "Area" &&
                spec.name != "Pendapatan_Tahunan") {
                spec.role = Role::Ignore;
            }
        }
        SegmentationOptions options;
        options.algorithm = a;
        options.k = a == Algorithm::Dbscan ? std::nullopt : std::optional<int>(3);
        options.dbscan = {0.8, 10};
        const auto result = runSegmentation(read.table, recipe, options, p);
        return json::parse(SegmentModel::fromSegmentation(read.table, options, result).toJson());
    };
    static const json kmeans = make(Algorithm::KMeans);
    static const json dbscan = make(Algorithm::Dbscan);
    static const json gmm = make(Algorithm::Gmm);
    return algorithm == Algorithm::Dbscan ? dbscan : algorithm == Algorithm::Gmm ? gmm : kmeans;
}

/// Index in recipe.fitted of the column named `name`.
std::size_t fittedIndex(const json& model, const std::string& name) {
    const json& fitted = model["recipe"]["fitted"];
    for (std::size_t i = 0; i < fitted.size(); ++i) {
        if (fitted[i]["name"] == name) {
            return i;
        }
    }
    ADD_FAILURE() << name << " not fitted";
    return 0;
}

struct Damage {
    const char* what;
    Algorithm algorithm;
    std::function<void(json&)> edit;
    ErrorCode code;
    std::string field; ///< Error::subject()
};

TEST(ModelFiles, EveryDamagedModelIsRefusedNamingTheField) {
    const auto area = [](const json& m) { return fittedIndex(m, "Area"); };
    const auto usia = [](const json& m) { return fittedIndex(m, "Usia"); };
    const std::vector<Damage> cases = {
        {"training columns empty", Algorithm::KMeans,
         [](json& m) { m["training"]["columns"] = json::array(); }, ErrorCode::InvalidModel,
         "training.columns"},
        {"training columns null", Algorithm::KMeans,
         [](json& m) { m["training"]["columns"] = nullptr; }, ErrorCode::InvalidModel,
         "training.columns"},
        {"training columns an object", Algorithm::KMeans,
         [](json& m) { m["training"]["columns"] = json::object(); }, ErrorCode::InvalidModel,
         "training.columns"},
        {"training columns one short", Algorithm::KMeans,
         [](json& m) { m["training"]["columns"].erase(0); }, ErrorCode::InvalidModel,
         "training.columns"},
        {"categories repeated", Algorithm::KMeans,
         [&](json& m) {
             json& c = m["recipe"]["fitted"][area(m)]["categories"];
             const json once = c;
             for (int i = 0; i < 3; ++i) {
                 c.insert(c.end(), once.begin(), once.end());
             }
         },
         ErrorCode::InvalidRecipe, ""},
        {"one category more", Algorithm::KMeans,
         [&](json& m) { m["recipe"]["fitted"][area(m)]["categories"].push_back("Medan"); },
         ErrorCode::InvalidRecipe, ""},
        {"one category fewer", Algorithm::KMeans,
         [&](json& m) { m["recipe"]["fitted"][area(m)]["categories"].erase(0); },
         ErrorCode::InvalidRecipe, ""},
        {"numeric feature typed categorical", Algorithm::KMeans,
         [&](json& m) { m["recipe"]["fitted"][usia(m)]["type"] = "categorical"; },
         ErrorCode::InvalidRecipe, ""},
        {"scale zero", Algorithm::KMeans,
         [&](json& m) { m["recipe"]["fitted"][usia(m)]["scale"][0] = 0.0; },
         ErrorCode::InvalidRecipe, ""},
        {"centre not a number", Algorithm::KMeans,
         [&](json& m) { m["recipe"]["fitted"][usia(m)]["centre"][0] = nullptr; },
         ErrorCode::InvalidRecipe, ""},
        {"version 0", Algorithm::KMeans, [](json& m) { m["version"] = 0; }, ErrorCode::InvalidModel,
         "version"},
        {"version -1", Algorithm::KMeans, [](json& m) { m["version"] = -1; },
         ErrorCode::InvalidModel, "version"},
        {"version 1.5", Algorithm::KMeans, [](json& m) { m["version"] = 1.5; },
         ErrorCode::InvalidModel, "version"},
        {"version true", Algorithm::KMeans, [](json& m) { m["version"] = true; },
         ErrorCode::InvalidModel, "version"},
        {"names longer than k", Algorithm::KMeans,
         [](json& m) {
             m["names"] = json::array({"a", "b", "c", "d"});
         },
         ErrorCode::InvalidModel, "names"},
        {"sizes shorter than k", Algorithm::KMeans, [](json& m) { m["sizes"].erase(0); },
         ErrorCode::InvalidModel, "sizes"},
        {"k 0", Algorithm::KMeans, [](json& m) { m["k"] = 0; }, ErrorCode::InvalidModel, "k"},
        {"centre infinite", Algorithm::KMeans, [](json& m) { m["centres"][0][0] = 271828.5; },
         ErrorCode::InvalidModel, "json"}, // written as 1e999 below: the parser refuses it
        {"core label 1000", Algorithm::Dbscan,
         [](json& m) { m["dbscan"]["core_labels"][0] = 1000; }, ErrorCode::InvalidModel,
         "dbscan.core_labels[0]"},
        {"core label 1e308", Algorithm::Dbscan,
         [](json& m) { m["dbscan"]["core_labels"][0] = 1e308; }, ErrorCode::InvalidModel,
         "dbscan.core_labels[0]"},
        {"eps zero", Algorithm::Dbscan, [](json& m) { m["dbscan"]["eps"] = 0.0; },
         ErrorCode::InvalidModel, "dbscan.eps"},
        {"core labels one short", Algorithm::Dbscan,
         [](json& m) { m["dbscan"]["core_labels"].erase(0); }, ErrorCode::InvalidModel,
         "dbscan.core_labels"},
        {"mixture missing", Algorithm::Gmm, [](json& m) { m.erase("gmm"); },
         ErrorCode::InvalidModel, "gmm"},
        {"covariance type unknown", Algorithm::Gmm,
         [](json& m) { m["gmm"]["covariance"] = "diagonal"; }, ErrorCode::InvalidModel,
         "gmm.covariance"},
        {"weights do not sum to 1", Algorithm::Gmm, [](json& m) { m["gmm"]["weights"][0] = 0.9; },
         ErrorCode::InvalidModel, "gmm.weights"},
        {"weight zero", Algorithm::Gmm,
         [](json& m) {
             m["gmm"]["weights"][1] =
                 m["gmm"]["weights"][1].get<double>() + m["gmm"]["weights"][0].get<double>();
             m["gmm"]["weights"][0] = 0.0;
         },
         ErrorCode::InvalidModel, "gmm.weights"},
        {"weights one short", Algorithm::Gmm, [](json& m) { m["gmm"]["weights"].erase(0); },
         ErrorCode::InvalidModel, "gmm.weights"},
        {"covariances one short", Algorithm::Gmm, [](json& m) { m["gmm"]["covariances"].erase(0); },
         ErrorCode::InvalidModel, "gmm.covariances"},
        {"covariance row one short", Algorithm::Gmm,
         [](json& m) { m["gmm"]["covariances"][1][0].erase(0); }, ErrorCode::InvalidModel,
         "gmm.covariances[1].matrix[0]"},
        {"covariance one row short", Algorithm::Gmm,
         [](json& m) { m["gmm"]["covariances"][1].erase(0); }, ErrorCode::InvalidModel,
         "gmm.covariances[1]"},
        {"covariance not symmetric", Algorithm::Gmm,
         [](json& m) { m["gmm"]["covariances"][0][0][1] = 5.0; }, ErrorCode::InvalidModel,
         "gmm.covariances[0]"},
        {"covariance not positive definite", Algorithm::Gmm,
         [](json& m) { m["gmm"]["covariances"][2][0][0] = -1.0; }, ErrorCode::InvalidModel,
         "gmm.covariances"},
    };
    for (const Damage& d : cases) {
        SCOPED_TRACE(d.what);
        json model = modelOf(d.algorithm);
        ASSERT_NO_THROW(SegmentModel::fromJson(model.dump()));
        d.edit(model);
        std::string subject;
        std::string text = model.dump();
        if (const auto at = text.find("271828.5"); at != std::string::npos) {
            text.replace(at, 8, "1e999"); // beyond double's range
        }
        EXPECT_EQ(errorCodeOf([&] { SegmentModel::fromJson(text); }, &subject), d.code);
        if (!d.field.empty()) {
            EXPECT_EQ(subject, d.field);
        } else {
            EXPECT_EQ(subject.rfind("recipe.fitted[", 0), 0u) << subject;
        }
    }
}

TEST(ModelFiles, ProjectSettingsOutOfRangeAreRefused) {
    ProjectFile p;
    p.source = "sqlite:customers.db";
    p.options.k = 4;
    ProjectDatabase database; // the optional block of a project over a query
    database.source.kind = DbKind::Sqlite;
    database.source.path = "customers.db";
    database.source.query = "SELECT * FROM customers";
    database.rows = 5000;
    p.database = database;
    const json good = json::parse(p.toJson());
    ASSERT_NO_THROW(ProjectFile::fromJson(good.dump()));
    const std::vector<std::pair<std::function<void(json&)>, std::string>> cases = {
        {[](json& j) { j["options"]["k"] = 0; }, "options.k"},
        {[](json& j) { j["options"]["k"] = -5; }, "options.k"},
        {[](json& j) { j["options"]["k"] = std::int64_t(1) << 40; }, "options.k"},
        {[](json& j) { j["options"]["cut_height"] = -1.0; }, "options.cut_height"},
        {[](json& j) { j["options"]["k_max"] = 1; }, "options.k_max"},
        {[](json& j) { j["options"]["kmeans"]["n_init"] = 0; }, "options.kmeans.n_init"},
        {[](json& j) { j["options"]["kmeans"]["seed"] = -1; }, "options.kmeans.seed"},
        {[](json& j) { j["options"]["kmeans"]["mini_batch"] = "yes"; },
         "options.kmeans.mini_batch"},
        {[](json& j) {
             j["options"]["kmeans"]["mini_batch"] = {{"batch_size", 0}};
         },
         "options.kmeans.mini_batch.batch_size"},
        {[](json& j) { j["options"]["dbscan"]["eps"] = -0.5; }, "options.dbscan.eps"},
        {[](json& j) { j["colors"] = json::array({"red"}); }, "colors[0]"},
        {[](json& j) {
             j["actions"] = json::array({"call", 3});
         },
         "actions[1]"},
        {[](json& j) { j["actions"] = "call"; }, "actions"},
        {[](json& j) { j["version"] = 2; }, "version"},
        {[](json& j) { j["import"]["delimiter"] = "x"; }, "import.delimiter"},
        {[](json& j) { j["import"]["decimal"] = "point"; }, "import.decimal"},
        {[](json& j) { j["import"]["encoding"] = 8; }, "import.encoding"},
        {[](json& j) { j["import"]["header"] = "yes"; }, "import.header"},
        {[](json& j) { j["import"]["max_rows"] = 0; }, "import.max_rows"},
        {[](json& j) { j["import"]["max_rows"] = 1.5; }, "import.max_rows"},
        {[](json& j) { j["import"]["types"] = json::array(); }, "import.types"},
        {[](json& j) { j["import"]["types"]["Usia"] = "date"; }, "import.types.Usia"},
        {[](json& j) { j["display"] = "Saldo"; }, "display"},
        {[](json& j) {
             j["display"] = json::array({{{"label", "Saldo"}}});
         },
         "display[0].column"},
        {[](json& j) {
             j["display"] = json::array(
                 {{{"column", "a"}, {"label", "A"}, {"unit", "IDR"}, {"scale", "lakh"}}});
         },
         "display[0].scale"},
        {[](json& j) {
             j["display"] = json::array({{{"column", "a"},
                                          {"label", std::string(201, 'x')},
                                          {"unit", ""},
                                          {"scale", "units"}}});
         },
         "display[0].label"},
        {[](json& j) {
             j["display"] = json::array(
                 {{{"column", "a"}, {"label", "A"}, {"unit", "Rp\n"}, {"scale", "units"}}});
         },
         "display[0].unit"},
        {[](json& j) {
             const json a = {{"column", "a"}, {"label", "A"}, {"unit", ""}, {"scale", "units"}};
             j["display"] = json::array({a, a});
         },
         "display[1].column"},
        {[](json& j) {
             j["recipe"]["columns"] = json::array({{{"name", "a"}}});
         },
         "recipe.columns[0].role"},
        {[](json& j) { j["database"] = "sqlite:customers.db"; }, "database"},
        {[](json& j) { j["database"]["kind"] = "oracle"; }, "database.kind"},
        {[](json& j) { j["database"].erase("kind"); }, "database.kind"},
        {[](json& j) { j["database"]["password"] = "hunter2"; }, "database.password"},
        {[](json& j) { j["database"]["host"] = 5; }, "database.host"},
        {[](json& j) { j["database"]["host"] = std::string(2000, 'h'); }, "database.host"},
        {[](json& j) { j["database"]["user"] = std::string("ana\0lyst", 8); }, "database.user"},
        {[](json& j) { j["database"]["path"] = "a\nb.db"; }, "database.path"},
        {[](json& j) { j["database"]["path"] = ""; }, "database.path"},
        {[](json& j) { j["database"]["port"] = "54x2"; }, "database.port"},
        {[](json& j) { j["database"]["port"] = "70000"; }, "database.port"},
        {[](json& j) { j["database"]["port"] = "0"; }, "database.port"},
        {[](json& j) { j["database"]["sslmode"] = "maybe"; }, "database.sslmode"},
        {[](json& j) { j["database"]["query"] = " ;\n"; }, "database.query"},
        {[](json& j) { j["database"]["query"] = std::string(2 << 20, 'x'); }, "database.query"},
        {[](json& j) { j["database"]["query"] = std::string("SELECT 1\0", 9); }, "database.query"},
        {[](json& j) { j["database"]["rows"] = -1; }, "database.rows"},
        {[](json& j) { j["database"]["rows"] = "5000"; }, "database.rows"},
    };
    for (const auto& [edit, field] : cases) {
        SCOPED_TRACE(field);
        json j = good;
        edit(j);
        std::string subject;
        const ErrorCode code = errorCodeOf([&] { ProjectFile::fromJson(j.dump()); }, &subject);
        EXPECT_EQ(code, field.rfind("recipe.", 0) == 0 ? ErrorCode::InvalidRecipe
                                                       : ErrorCode::InvalidProject);
        EXPECT_EQ(subject, field);
    }
}

TEST(ModelFiles, ProjectKeepsMiniBatchKMeans) {
    ProjectFile p;
    p.source = "customers.csv";
    p.options.kmeans.algorithm = KMeansAlgorithm::MiniBatch;
    p.options.kmeans.miniBatch.batchSize = 4096;
    ProjectFile back = ProjectFile::fromJson(p.toJson());
    EXPECT_EQ(back.options.kmeans.algorithm, KMeansAlgorithm::MiniBatch);
    EXPECT_EQ(back.options.kmeans.miniBatch.batchSize, 4096);
    // Full K-Means writes null; a project saved before mini-batch has no key: both are full.
    p.options.kmeans.algorithm = KMeansAlgorithm::Elkan;
    json j = json::parse(p.toJson());
    EXPECT_TRUE(j["options"]["kmeans"]["mini_batch"].is_null());
    EXPECT_EQ(ProjectFile::fromJson(j.dump()).options.kmeans.algorithm, KMeansAlgorithm::Elkan);
    j["options"]["kmeans"].erase("mini_batch");
    EXPECT_EQ(ProjectFile::fromJson(j.dump()).options.kmeans.algorithm, KMeansAlgorithm::Elkan);
}

TEST(ModelFiles, ProjectKeepsHowTheDataWasRead) {
    ProjectFile p;
    p.source = "customers.csv";
    p.import.delimiter = '\t';
    p.import.decimal = DecimalSeparator::Comma;
    p.import.encoding = TextEncoding::Latin1;
    p.import.hasHeader = false;
    p.import.maxRows = 250;
    p.import.forcedTypes = {{"kode", ColumnType::Categorical}, {"nomor", ColumnType::Id}};
    const ProjectFile back = ProjectFile::fromJson(p.toJson());
    EXPECT_EQ(back.import.delimiter, '\t');
    EXPECT_EQ(back.import.decimal, DecimalSeparator::Comma);
    EXPECT_EQ(back.import.encoding, TextEncoding::Latin1);
    EXPECT_FALSE(back.import.hasHeader);
    EXPECT_EQ(back.import.maxRows, 250);
    // JSON objects are read back in key order; the types are a set, so compare as one.
    auto types = back.import.forcedTypes;
    std::sort(types.begin(), types.end());
    EXPECT_EQ(types, p.import.forcedTypes);

    // Projects saved before the import block existed read the file as the sniffing defaults do.
    json old = json::parse(p.toJson());
    old.erase("import");
    const ProjectFile defaults = ProjectFile::fromJson(old.dump());
    EXPECT_EQ(defaults.import.delimiter, 0);
    EXPECT_EQ(defaults.import.decimal, DecimalSeparator::Auto);
    EXPECT_EQ(defaults.import.maxRows, -1);
    EXPECT_TRUE(defaults.import.forcedTypes.empty());
}

TEST(ModelFiles, ProjectKeepsItsDatabaseSourceWithoutThePassword) {
    ProjectFile p;
    p.source = "postgresql://analyst@db.bank.local:5433/warehouse?sslmode=require";
    ProjectDatabase d;
    d.source.kind = DbKind::PostgreSql;
    d.source.host = "db.bank.local";
    d.source.port = "5433";
    d.source.database = "warehouse";
    d.source.user = "analyst";
    d.source.sslmode = "require";
    d.source.query = "SELECT *\n  FROM customers\n WHERE channel = 'Telemarketing'";
    d.source.password = "s3cret-pw";
    d.rows = 10088;
    p.database = d;
    const std::string text = p.toJson();
    EXPECT_EQ(text.find("s3cret-pw"), std::string::npos);
    EXPECT_EQ(json::parse(text)["database"].count("password"), 0u);
    const ProjectFile back = ProjectFile::fromJson(text);
    ASSERT_TRUE(back.database);
    EXPECT_EQ(back.database->source.kind, DbKind::PostgreSql);
    EXPECT_EQ(back.database->source.host, "db.bank.local");
    EXPECT_EQ(back.database->source.port, "5433");
    EXPECT_EQ(back.database->source.database, "warehouse");
    EXPECT_EQ(back.database->source.user, "analyst");
    EXPECT_EQ(back.database->source.sslmode, "require");
    EXPECT_EQ(back.database->source.query, d.source.query);
    EXPECT_TRUE(back.database->source.password.empty());
    EXPECT_EQ(back.database->rows, 10088);

    // A project over a file has no database block, and older projects load without one.
    ProjectFile file;
    file.source = "customers.csv";
    EXPECT_EQ(json::parse(file.toJson()).count("database"), 0u);
    EXPECT_FALSE(ProjectFile::fromJson(file.toJson()).database);
}

TEST(ModelFiles, ColumnDisplaysRoundTripThroughTheProjectFile) {
    ProjectFile p;
    p.source = "customers.csv";
    p.displays["Total_Relationship_Balance"] = {"Saldo relasi", "IDR", ValueScale::Units};
    p.displays["Pendapatan_Tahunan"] = {"Pendapatan tahunan", "IDR", ValueScale::Millions};
    p.displays["Usia"] = {"Usia", "tahun", ValueScale::Units};
    p.displays["Area"] = {}; // default: left out of the file
    const ProjectFile back = ProjectFile::fromJson(p.toJson());
    EXPECT_EQ(back.displays.size(), 3u);
    EXPECT_EQ(back.displays.at("Pendapatan_Tahunan"), p.displays.at("Pendapatan_Tahunan"));
    EXPECT_EQ(back.displays.at("Usia").unit, "tahun");
    EXPECT_TRUE(back.displays.at("Total_Relationship_Balance").isCurrency());
    EXPECT_FALSE(back.displays.at("Usia").isCurrency());
    EXPECT_DOUBLE_EQ(back.displays.at("Pendapatan_Tahunan").factor(), 1e6);
    // Projects saved before displays existed load with none.
    json old = json::parse(p.toJson());
    old.erase("display");
    EXPECT_TRUE(ProjectFile::fromJson(old.dump()).displays.empty());
}

TEST(ModelFiles, TheSampleDisplayFileNamesRealColumnsOfTheSample) {
    std::ifstream in(GUGUS_SAMPLE_DISPLAY);
    ASSERT_TRUE(in) << GUGUS_SAMPLE_DISPLAY;
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const ColumnDisplays displays = columnDisplaysFromFile(text);
    NullProgress p;
    const CsvReadResult read = readCsvFile(GUGUS_SAMPLE_CSV, {}, p);
    EXPECT_EQ(displays.size(), read.table.columnCount());
    for (const auto& [column, display] : displays) {
        EXPECT_TRUE(read.table.indexOf(column)) << column;
        EXPECT_FALSE(display.label.empty()) << column;
    }
    EXPECT_TRUE(displays.at("Total_Relationship_Balance").isCurrency());
    EXPECT_EQ(displays.at("Pendapatan_Tahunan").scale, ValueScale::Millions);
    std::string subject;
    EXPECT_EQ(
        errorCodeOf([] { columnDisplaysFromFile(R"({"format":"gugus-project"})"); }, &subject),
        ErrorCode::InvalidProject);
    EXPECT_EQ(subject, "format");
}

} // namespace
