#include "prep/recipe.h"

#include <array>
#include <utility>

namespace gugus::core {

namespace {

template <class E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, const char*>, N>& table,
                        std::string_view key) {
    for (const auto& [value, name] : table) {
        if (key == name) {
            return value;
        }
    }
    return std::nullopt;
}

template <class E, std::size_t N>
const char* nameOf(const std::array<std::pair<E, const char*>, N>& table, E value) {
    for (const auto& [v, name] : table) {
        if (v == value) {
            return name;
        }
    }
    return "?";
}

constexpr std::array kRoles{std::pair{Role::Feature, "feature"},
                            std::pair{Role::ProfileOnly, "profile-only"}, std::pair{Role::Id, "id"},
                            std::pair{Role::Ignore, "ignore"}};
constexpr std::array kImputations{
    std::pair{Imputation::Mean, "mean"}, std::pair{Imputation::Median, "median"},
    std::pair{Imputation::MostFrequent, "most-frequent"},
    std::pair{Imputation::Constant, "constant"}, std::pair{Imputation::DropRows, "drop"}};
constexpr std::array kEncodings{std::pair{Encoding::OneHot, "one-hot"},
                                std::pair{Encoding::Ordinal, "ordinal"}};
constexpr std::array kTransforms{std::pair{Transform::None, "none"},
                                 std::pair{Transform::Log1p, "log1p"}};
constexpr std::array kScalings{
    std::pair{Scaling::Standard, "standard"}, std::pair{Scaling::MinMax, "minmax"},
    std::pair{Scaling::Robust, "robust"}, std::pair{Scaling::None, "none"}};

} // namespace

const char* roleKey(Role v) noexcept {
    return nameOf(kRoles, v);
}
const char* imputationKey(Imputation v) noexcept {
    return nameOf(kImputations, v);
}
const char* encodingKey(Encoding v) noexcept {
    return nameOf(kEncodings, v);
}
const char* transformKey(Transform v) noexcept {
    return nameOf(kTransforms, v);
}
const char* scalingKey(Scaling v) noexcept {
    return nameOf(kScalings, v);
}
std::optional<Role> roleFromKey(std::string_view k) {
    return lookup(kRoles, k);
}
std::optional<Imputation> imputationFromKey(std::string_view k) {
    return lookup(kImputations, k);
}
std::optional<Encoding> encodingFromKey(std::string_view k) {
    return lookup(kEncodings, k);
}
std::optional<Transform> transformFromKey(std::string_view k) {
    return lookup(kTransforms, k);
}
std::optional<Scaling> scalingFromKey(std::string_view k) {
    return lookup(kScalings, k);
}

} // namespace gugus::core
