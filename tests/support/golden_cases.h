#pragma once

#include "data/table.h"
#include "prep/recipe.h"

#include <nlohmann/json.hpp>

#include <string>

/// The golden cases of tests/data/golden (see its README): where their files are and how to
/// prepare the engine's matrix exactly as the reference scripts did.
namespace gugus::test::golden {

nlohmann::json readJson(const std::string& path);

/// Path of tests/data/golden/<name>/<file>.
std::string caseFile(const std::string& name, const std::string& file);

/// Where the case's raw CSV is: the bundled sample, or ../shared/data ("" when absent).
std::string sourceOf(const std::string& name, const nlohmann::json& expected);

core::Table readTable(const std::string& path);

/// The recipe the case states: only its features, each imputed and scaled as the reference did.
core::Recipe caseRecipe(const core::Table& table, const nlohmann::json& expected);

struct Prepared {
    core::FittedRecipe recipe;
    core::PreparedData data;
};

/// Reads the case's CSV and applies caseRecipe.
Prepared prepare(const std::string& csv, const nlohmann::json& expected);

} // namespace gugus::test::golden
