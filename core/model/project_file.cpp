#include "model/project_file.h"

#include "common/error.h"
#include "common/json_fields.h"
#include "model/column_display_json.h"
#include "model/project_database_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <limits>
#include <optional>
#include <string_view>

namespace gugus::core {

namespace {

using nlohmann::json;

json optionsToJson(const SegmentationOptions& o) {
    json j{{"algorithm", algorithmKey(o.algorithm)},
           {"k_min", o.kMin},
           {"k_max", o.kMax},
           {"kmeans",
            {{"n_init", o.kmeans.nInit},
             {"max_iter", o.kmeans.maxIter},
             {"tol", o.kmeans.tol},
             {"seed", o.kmeans.seed},
             {"elkan", o.kmeans.algorithm == KMeansAlgorithm::Elkan},
             {"random_init", o.kmeans.init == KMeansInit::Random},
             {"mini_batch", o.kmeans.algorithm == KMeansAlgorithm::MiniBatch
                                ? json{{"batch_size", o.kmeans.miniBatch.batchSize}}
                                : json(nullptr)}}},
           {"hierarchical",
            {{"linkage", linkageKey(o.hierarchical.linkage)},
             {"metric", metricKey(o.hierarchical.metric)}}},
           {"dbscan", {{"eps", o.dbscan.eps}, {"min_samples", o.dbscan.minSamples}}}};
    j["kmedoids"] = json{{"metric", dissimilarityKey(o.kmedoids.metric)},
                         {"init", kmedoidsInitKey(o.kmedoids.init)},
                         {"max_iter", o.kmedoids.maxIter},
                         {"matrix_rows", o.kmedoids.matrixLimit},
                         {"gower_weights", o.gowerWeights}};
    j["gmm"] = json{{"covariance", covarianceKey(o.gmm.covariance)},
                    {"init", gmmInitKey(o.gmm.init)},
                    {"reg_covar", o.gmm.regCovar},
                    {"n_init", o.gmm.nInit},
                    {"max_iter", o.gmm.maxIter},
                    {"tol", o.gmm.tol}};
    j["k"] = o.k ? json(*o.k) : json(nullptr);
    j["cut_height"] = o.cutHeight ? json(*o.cutHeight) : json(nullptr);
    j["reduce"] = reductionText(o.reduction);
    return j;
}

using json_fields::Reader;

/// The settings of a run, within the ranges the desktop program and gugus-cli accept.
SegmentationOptions optionsFromJson(const Reader& r) {
    SegmentationOptions o;
    o.algorithm = r.key("algorithm", algorithmFromKey);
    const Reader h = r.object("hierarchical");
    o.hierarchical.linkage = h.key("linkage", linkageFromKey);
    o.hierarchical.metric = h.key("metric", metricFromKey);
    o.kMin = int(r.integer("k_min", 2, ProjectFile::kMaxSegments));
    o.kMax = int(r.integer("k_max", o.kMin, ProjectFile::kMaxSegments));
    if (!r.at("k").is_null()) {
        o.k = int(r.integer("k", 1, ProjectFile::kMaxSegments));
    }
    if (!r.at("cut_height").is_null()) {
        o.cutHeight = r.number("cut_height", 0.0);
    }
    const Reader km = r.object("kmeans");
    o.kmeans.nInit = int(km.integer("n_init", 1, 1000));
    o.kmeans.maxIter = int(km.integer("max_iter", 1, 1000000));
    o.kmeans.tol = km.number("tol", 0.0);
    o.kmeans.seed = km.unsignedInteger("seed");
    o.kmeans.algorithm = km.flag("elkan") ? KMeansAlgorithm::Elkan : KMeansAlgorithm::Lloyd;
    // Optional: projects saved before mini-batch K-Means have none (null = full K-Means).
    if (km.has("mini_batch") && !km.at("mini_batch").is_null()) {
        o.kmeans.algorithm = KMeansAlgorithm::MiniBatch;
        o.kmeans.miniBatch.batchSize =
            km.object("mini_batch").integer("batch_size", 1, ProjectFile::kMaxBatchSize);
    }
    o.kmeans.init = km.flag("random_init") ? KMeansInit::Random : KMeansInit::KMeansPlusPlus;
    const Reader db = r.object("dbscan");
    o.dbscan.eps = db.number("eps", std::numeric_limits<double>::min());
    o.dbscan.minSamples = int(db.integer("min_samples", 1, 1000000));
    if (r.has("reduce")) { // optional: projects saved before the reduction step have none
        o.reduction = r.key("reduce", reductionFromText);
    }
    if (r.has("kmedoids")) { // absent from projects saved before K-Medoids
        const Reader km = r.object("kmedoids");
        o.kmedoids.metric = km.key("metric", dissimilarityFromKey);
        o.kmedoids.init = km.key("init", kmedoidsInitFromKey);
        o.kmedoids.maxIter = int(km.integer("max_iter", 1, 1000000));
        o.kmedoids.matrixLimit = km.integer("matrix_rows", 0, INT64_MAX);
        const Reader weights = km.object("gower_weights");
        for (const auto& [name, value] : km.at("gower_weights").items()) {
            o.gowerWeights[name] = weights.number(name.c_str(), 0.0);
        }
    }
    if (r.has("gmm")) { // absent from projects saved before Gaussian mixtures
        const Reader g = r.object("gmm");
        o.gmm.covariance = g.key("covariance", covarianceFromKey);
        o.gmm.init = g.key("init", gmmInitFromKey);
        if (o.gmm.init == GmmInit::Given) { // a project carries no initial centres
            g.fail("init", "must be kmeans or k-means++");
        }
        o.gmm.regCovar = g.number("reg_covar", 0.0);
        o.gmm.nInit = int(g.integer("n_init", 1, 1000));
        o.gmm.maxIter = int(g.integer("max_iter", 1, 1000000));
        o.gmm.tol = g.number("tol", 0.0);
    }
    return o;
}

const char* decimalKey(DecimalSeparator d) {
    return d == DecimalSeparator::Dot ? "dot" : d == DecimalSeparator::Comma ? "comma" : "auto";
}

const char* encodingKey(TextEncoding e) {
    return e == TextEncoding::Utf8 ? "utf8" : e == TextEncoding::Latin1 ? "latin1" : "auto";
}

/// The reading options that decide the table's values: reopening with them gives the same data.
json importToJson(const CsvOptions& o, const std::string& sheet) {
    json types = json::object();
    for (const auto& [column, type] : o.forcedTypes) {
        types[column] = columnTypeKey(type);
    }
    return {{"delimiter", o.delimiter ? std::string(1, o.delimiter) : std::string()},
            {"decimal", decimalKey(o.decimal)},
            {"encoding", encodingKey(o.encoding)},
            {"header", o.hasHeader},
            {"max_rows", o.maxRows},
            {"types", types},
            {"sheet", sheet}};
}

CsvOptions importFromJson(const Reader& r) {
    CsvOptions o;
    const std::string delimiter = r.text("delimiter");
    if (delimiter.size() > 1 ||
        (delimiter.size() == 1 &&
         std::string_view(",;\t|").find(delimiter[0]) == std::string_view::npos)) {
        r.fail("delimiter", "must be one of , ; tab | or empty (sniffed)");
    }
    o.delimiter = delimiter.empty() ? 0 : delimiter[0];
    o.decimal = r.key("decimal", [](const std::string& k) -> std::optional<DecimalSeparator> {
        for (auto d : {DecimalSeparator::Auto, DecimalSeparator::Dot, DecimalSeparator::Comma}) {
            if (k == decimalKey(d)) {
                return d;
            }
        }
        return std::nullopt;
    });
    o.encoding = r.key("encoding", [](const std::string& k) -> std::optional<TextEncoding> {
        for (auto e : {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Latin1}) {
            if (k == encodingKey(e)) {
                return e;
            }
        }
        return std::nullopt;
    });
    o.hasHeader = r.flag("header");
    o.maxRows = r.at("max_rows") == -1 ? -1 : r.integer("max_rows", 1, INT64_MAX);
    const Reader types = r.object("types");
    for (const auto& item : r.at("types").items()) {
        const std::string& column = item.key();
        const auto type = types.key(column.c_str(), [](const std::string& k) {
            std::optional<ColumnType> out;
            for (auto t : {ColumnType::Numeric, ColumnType::Binary, ColumnType::Categorical,
                           ColumnType::Id}) {
                if (k == columnTypeKey(t)) {
                    out = t;
                }
            }
            return out;
        });
        o.forcedTypes.emplace_back(column, type);
    }
    return o;
}

bool isColour(const std::string& text) {
    return text.size() == 7 && text[0] == '#' &&
           std::all_of(text.begin() + 1, text.end(),
                       [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

} // namespace

std::string ProjectFile::toJson() const {
    json j{{"format", "gugus-project"},
           {"version", kVersion},
           {"source", source},
           {"fingerprint", fingerprint},
           {"import", importToJson(import, sheet)},
           {"recipe", json::parse(recipeToJson(recipe))},
           {"segmented", segmented},
           {"options", optionsToJson(options)},
           {"names", names},
           {"colors", colors},
           {"actions", actions},
           {"display", columnDisplaysToJson(displays)}};
    if (database) {
        j["database"] = projectDatabaseToJson(*database);
    }
    return j.dump(1) + "\n";
}

ProjectFile ProjectFile::fromJson(std::string_view text) {
    try {
        const json j = json::parse(text);
        const Reader root(j, ErrorCode::InvalidProject, "");
        if (!root.has("format") || root.text("format") != "gugus-project") {
            root.fail("format", "not a gugus-project file");
        }
        root.version(kVersion);
        ProjectFile p;
        p.source = root.text("source");
        p.fingerprint = root.text("fingerprint");
        if (root.has("import")) {
            const Reader import = root.object("import");
            p.import = importFromJson(import);
            if (import.has("sheet")) { // absent from projects saved before .xlsx sources
                p.sheet = import.text("sheet");
            }
        }
        if (root.has("database")) { // optional: projects over files have none
            p.database = projectDatabaseFromJson(root, "database");
        }
        p.recipe = recipeFromJson(root.at("recipe").dump());
        p.segmented = root.flag("segmented");
        p.options = optionsFromJson(root.object("options"));
        p.names = root.texts("names");
        p.colors = root.texts("colors");
        for (std::size_t i = 0; i < p.colors.size(); ++i) {
            if (!p.colors[i].empty() && !isColour(p.colors[i])) {
                root.fail(Reader::indexed("colors", i), "must be \"#rrggbb\" or empty");
            }
        }
        if (root.has("actions")) {
            p.actions = root.texts("actions");
        }
        if (root.has("display")) {
            p.displays = columnDisplaysFromJson(root, "display");
        }
        if (p.names.size() > std::size_t(kMaxSegments) ||
            p.colors.size() > std::size_t(kMaxSegments)) {
            root.fail("names", "has more entries than segments can exist");
        }
        if (p.actions.size() > std::size_t(kMaxSegments)) {
            root.fail("actions", "has more entries than segments can exist");
        }
        return p;
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidProject, "json", -1, -1, e.what());
    }
}

ColumnDisplays columnDisplaysFromFile(std::string_view text) {
    try {
        const json j = json::parse(text);
        const Reader root(j, ErrorCode::InvalidProject, "");
        if (!root.has("format") || root.text("format") != "gugus-display") {
            root.fail("format", "not a gugus-display file");
        }
        root.version(1);
        return columnDisplaysFromJson(root, "columns");
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidProject, "json", -1, -1, e.what());
    }
}

std::string columnDisplaysToFile(const ColumnDisplays& displays) {
    const json j{
        {"format", "gugus-display"}, {"version", 1}, {"columns", columnDisplaysToJson(displays)}};
    return j.dump(1) + "\n";
}

std::string displayFilePath(const std::string& dataPath) {
    const std::size_t slash = dataPath.find_last_of('/');
    const std::size_t dot = dataPath.find_last_of('.');
    const bool hasExtension =
        dot != std::string::npos && dot > (slash == std::string::npos ? 0 : slash + 1);
    return (hasExtension ? dataPath.substr(0, dot) : dataPath) + ".display.json";
}

} // namespace gugus::core
