#include "prep/recipe.h"

#include "common/error.h"

#include <nlohmann/json.hpp>

namespace gugus::core {

namespace {

using nlohmann::json;

constexpr int kRecipeFormatVersion = 1;

json specToJson(const ColumnSpec& s) {
    return json{{"name", s.name},
                {"role", roleKey(s.role)},
                {"group", s.group},
                {"imputation", imputationKey(s.imputation)},
                {"constant", s.constant},
                {"constant_category", s.constantCategory},
                {"encoding", encodingKey(s.encoding)},
                {"order", s.order},
                {"transform", transformKey(s.transform)},
                {"scaling", scalingKey(s.scaling)}};
}

template <class E>
E parseKey(const json& j, const char* field, std::optional<E> (*fromKey)(std::string_view)) {
    const auto key = j.at(field).get<std::string>();
    const auto value = fromKey(key);
    if (!value) {
        throw Error(ErrorCode::InvalidRecipe, std::string(field) + "=" + key);
    }
    return *value;
}

ColumnSpec specFromJson(const json& j) {
    ColumnSpec s;
    s.name = j.at("name").get<std::string>();
    s.role = parseKey<Role>(j, "role", roleFromKey);
    s.group = j.value("group", std::string());
    s.imputation = parseKey<Imputation>(j, "imputation", imputationFromKey);
    s.constant = j.value("constant", 0.0);
    s.constantCategory = j.value("constant_category", std::string());
    s.encoding = parseKey<Encoding>(j, "encoding", encodingFromKey);
    s.order = j.value("order", std::vector<std::string>());
    s.transform = parseKey<Transform>(j, "transform", transformFromKey);
    s.scaling = parseKey<Scaling>(j, "scaling", scalingFromKey);
    return s;
}

ColumnType typeFromKey(const std::string& key) {
    for (auto t : {ColumnType::Numeric, ColumnType::Binary, ColumnType::Categorical}) {
        if (key == columnTypeKey(t)) {
            return t;
        }
    }
    throw Error(ErrorCode::InvalidRecipe, "type=" + key);
}

} // namespace

std::string FittedRecipe::toJson() const {
    json j;
    j["format"] = "gugus-recipe";
    j["version"] = kRecipeFormatVersion;
    json specs = json::array();
    for (const auto& s : m_recipe.columns) {
        specs.push_back(specToJson(s));
    }
    j["columns"] = specs;
    json fitted = json::array();
    for (const auto& fc : m_columns) {
        fitted.push_back(json{{"name", fc.spec.name},
                              {"type", columnTypeKey(fc.type)},
                              {"fill_value", fc.fillValue},
                              {"fill_category", fc.fillCategory},
                              {"categories", fc.categories},
                              {"centre", fc.centre},
                              {"scale", fc.scale}});
    }
    j["fitted"] = fitted;
    return j.dump(2);
}

FittedRecipe FittedRecipe::fromJson(std::string_view text) {
    try {
        const json j = json::parse(text);
        if (j.value("format", std::string()) != "gugus-recipe") {
            throw Error(ErrorCode::InvalidRecipe, "format");
        }
        if (j.at("version").get<int>() > kRecipeFormatVersion) {
            throw Error(ErrorCode::InvalidRecipe, "version", -1, -1,
                        std::to_string(j.at("version").get<int>()));
        }
        FittedRecipe r;
        for (const auto& s : j.at("columns")) {
            r.m_recipe.columns.push_back(specFromJson(s));
        }
        for (const auto& f : j.at("fitted")) {
            FittedColumn fc;
            const auto name = f.at("name").get<std::string>();
            const ColumnSpec* spec = r.m_recipe.find(name);
            if (!spec) {
                throw Error(ErrorCode::InvalidRecipe, "fitted column without spec: " + name);
            }
            fc.spec = *spec;
            fc.type = typeFromKey(f.at("type").get<std::string>());
            fc.fillValue = f.at("fill_value").get<double>();
            fc.fillCategory = f.at("fill_category").get<std::string>();
            fc.categories = f.at("categories").get<std::vector<std::string>>();
            fc.centre = f.at("centre").get<std::vector<double>>();
            fc.scale = f.at("scale").get<std::vector<double>>();
            if (fc.centre.size() != fc.scale.size() || fc.centre.empty()) {
                throw Error(ErrorCode::InvalidRecipe, "centre/scale of " + name);
            }
            r.m_columns.push_back(std::move(fc));
        }
        return r;
    } catch (const json::exception& e) {
        throw Error(ErrorCode::InvalidRecipe, "json", -1, -1, e.what());
    }
}

std::string recipeToJson(const Recipe& recipe) {
    json specs = json::array();
    for (const auto& s : recipe.columns) {
        specs.push_back(specToJson(s));
    }
    return json{
        {"format", "gugus-recipe-spec"}, {"version", kRecipeFormatVersion}, {"columns", specs}}
        .dump();
}

Recipe recipeFromJson(std::string_view text) {
    try {
        const json j = json::parse(text);
        if (j.value("format", std::string()) != "gugus-recipe-spec") {
            throw Error(ErrorCode::InvalidRecipe, "format");
        }
        Recipe r;
        for (const auto& s : j.at("columns")) {
            r.columns.push_back(specFromJson(s));
        }
        return r;
    } catch (const json::exception& e) {
        throw Error(ErrorCode::InvalidRecipe, "json", -1, -1, e.what());
    }
}

} // namespace gugus::core
