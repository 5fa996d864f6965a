#include "data/duplicate_ids.h"

#include <charconv>

namespace gugus::core {

std::string DuplicateIds::warningKey() const {
    return "duplicate-ids:" + column + ":" + std::to_string(distinct) + "/" +
           std::to_string(values);
}

std::optional<DuplicateIds> DuplicateIds::fromWarningKey(std::string_view key) {
    constexpr std::string_view kPrefix = "duplicate-ids:";
    if (key.substr(0, kPrefix.size()) != kPrefix) {
        return std::nullopt;
    }
    key.remove_prefix(kPrefix.size());
    // The column name may itself contain ':' or '/': the counts are after the last ':'.
    const auto colon = key.rfind(':');
    const auto slash = key.rfind('/');
    if (colon == std::string_view::npos || slash == std::string_view::npos || slash < colon) {
        return std::nullopt;
    }
    DuplicateIds d;
    d.column = std::string(key.substr(0, colon));
    const auto number = [](std::string_view text, std::int64_t& out) {
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
        return error == std::errc() && end == text.data() + text.size();
    };
    if (!number(key.substr(colon + 1, slash - colon - 1), d.distinct) ||
        !number(key.substr(slash + 1), d.values)) {
        return std::nullopt;
    }
    return d;
}

std::optional<DuplicateIds> duplicateIds(const Column& column) {
    const auto& st = column.stats();
    if (st.distinct >= st.count) {
        return std::nullopt;
    }
    return DuplicateIds{column.name(), st.distinct, st.count};
}

} // namespace gugus::core
