#include "golden_cases.h"

#include "data/csv_reader.h"
#include "test_support.h"

#include <fstream>
#include <stdexcept>

namespace gugus::test::golden {

using namespace gugus::core;
using nlohmann::json;

json readJson(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot open " + path);
    }
    return json::parse(in);
}

std::string caseFile(const std::string& name, const std::string& file) {
    return gugus::test::dataPath("golden/" + name + "/" + file);
}

/// Where the case's raw CSV is: the bundled sample, or ../shared/data ("" when absent).
std::string sourceOf(const std::string& name, const json& expected) {
    if (name == "sample") {
        return gugus::test::samplePath();
    }
    return gugus::test::sharedDataPath(expected.at("source").get<std::string>());
}

Table readTable(const std::string& path) {
    NullProgress progress;
    return readCsvFile(path, CsvOptions{}, progress).table;
}

/// The recipe the case states: only its features, each median-imputed and scaled as sklearn's.
Recipe caseRecipe(const Table& table, const json& expected) {
    const auto scaling = scalingFromKey(expected.at("scaling").get<std::string>());
    const auto imputation = imputationFromKey(expected.at("imputation").get<std::string>());
    if (!scaling || !imputation) {
        throw std::runtime_error("unknown scaling/imputation in expected.json");
    }
    Recipe recipe = Recipe::defaults(table);
    for (auto& spec : recipe.columns) {
        spec.role = Role::Ignore;
    }
    for (const auto& name : expected.at("features")) {
        ColumnSpec* spec = recipe.find(name.get<std::string>());
        if (!spec) {
            throw std::runtime_error("feature " + name.get<std::string>() + " not in the table");
        }
        spec->role = Role::Feature;
        spec->imputation = *imputation;
        spec->transform = Transform::None;
        spec->scaling = *scaling;
    }
    return recipe;
}

Prepared prepare(const std::string& csv, const json& expected) {
    NullProgress progress;
    const Table table = readTable(csv);
    Prepared p{FittedRecipe::fit(table, caseRecipe(table, expected), progress), {}};
    p.data = p.recipe.apply(table, progress);
    return p;
}

} // namespace gugus::test::golden
