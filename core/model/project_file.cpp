#include "model/project_file.h"

#include "common/error.h"

#include <nlohmann/json.hpp>

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
             {"random_init", o.kmeans.init == KMeansInit::Random}}},
           {"hierarchical",
            {{"linkage", linkageKey(o.hierarchical.linkage)},
             {"metric", metricKey(o.hierarchical.metric)}}},
           {"dbscan", {{"eps", o.dbscan.eps}, {"min_samples", o.dbscan.minSamples}}}};
    j["k"] = o.k ? json(*o.k) : json(nullptr);
    j["cut_height"] = o.cutHeight ? json(*o.cutHeight) : json(nullptr);
    return j;
}

SegmentationOptions optionsFromJson(const json& j) {
    SegmentationOptions o;
    const auto algorithm = algorithmFromKey(j.at("algorithm").get<std::string>());
    const auto linkage = linkageFromKey(j.at("hierarchical").at("linkage").get<std::string>());
    const auto metric = metricFromKey(j.at("hierarchical").at("metric").get<std::string>());
    if (!algorithm || !linkage || !metric) {
        throw Error(ErrorCode::InvalidProject, "options");
    }
    o.algorithm = *algorithm;
    o.hierarchical.linkage = *linkage;
    o.hierarchical.metric = *metric;
    o.kMin = j.at("k_min").get<int>();
    o.kMax = j.at("k_max").get<int>();
    if (!j.at("k").is_null()) {
        o.k = j.at("k").get<int>();
    }
    if (!j.at("cut_height").is_null()) {
        o.cutHeight = j.at("cut_height").get<double>();
    }
    const json& km = j.at("kmeans");
    o.kmeans.nInit = km.at("n_init").get<int>();
    o.kmeans.maxIter = km.at("max_iter").get<int>();
    o.kmeans.tol = km.at("tol").get<double>();
    o.kmeans.seed = km.at("seed").get<std::uint64_t>();
    o.kmeans.algorithm =
        km.at("elkan").get<bool>() ? KMeansAlgorithm::Elkan : KMeansAlgorithm::Lloyd;
    o.kmeans.init =
        km.at("random_init").get<bool>() ? KMeansInit::Random : KMeansInit::KMeansPlusPlus;
    o.dbscan.eps = j.at("dbscan").at("eps").get<double>();
    o.dbscan.minSamples = j.at("dbscan").at("min_samples").get<int>();
    return o;
}

} // namespace

std::string ProjectFile::toJson() const {
    const json j{{"format", "gugus-project"},
                 {"version", kVersion},
                 {"source", source},
                 {"fingerprint", fingerprint},
                 {"recipe", json::parse(recipeToJson(recipe))},
                 {"segmented", segmented},
                 {"options", optionsToJson(options)},
                 {"names", names},
                 {"colors", colors}};
    return j.dump(1) + "\n";
}

ProjectFile ProjectFile::fromJson(std::string_view text) {
    try {
        const json j = json::parse(text);
        if (j.value("format", std::string()) != "gugus-project") {
            throw Error(ErrorCode::InvalidProject, "format", -1, -1, "not a gugus-project file");
        }
        if (j.at("version").get<int>() > kVersion) {
            throw Error(ErrorCode::InvalidProject, "version", -1, -1,
                        std::to_string(j.at("version").get<int>()));
        }
        ProjectFile p;
        p.source = j.at("source").get<std::string>();
        p.fingerprint = j.at("fingerprint").get<std::string>();
        p.recipe = recipeFromJson(j.at("recipe").dump());
        p.segmented = j.at("segmented").get<bool>();
        p.options = optionsFromJson(j.at("options"));
        p.names = j.at("names").get<std::vector<std::string>>();
        p.colors = j.at("colors").get<std::vector<std::string>>();
        return p;
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidProject, "json", -1, -1, e.what());
    }
}

} // namespace gugus::core
