#include "model/column_display_json.h"

#include <algorithm>

namespace gugus::core {

namespace {

using json_fields::Reader;
using nlohmann::json;

/// Free text of at most `limit` bytes without control characters (it ends up in tooltips,
/// report cells and SQL comments).
std::string shortText(const Reader& r, const char* key, std::size_t limit) {
    std::string text = r.text(key);
    if (text.size() > limit) {
        r.fail(key, "is longer than " + std::to_string(limit) + " bytes");
    }
    if (std::any_of(text.begin(), text.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
        r.fail(key, "contains control characters");
    }
    return text;
}

} // namespace

json columnDisplaysToJson(const ColumnDisplays& displays) {
    json list = json::array();
    for (const auto& [column, d] : displays) {
        if (d.isDefault()) {
            continue;
        }
        list.push_back({{"column", column},
                        {"label", d.label},
                        {"unit", d.unit},
                        {"scale", std::string(valueScaleKey(d.scale))}});
    }
    return list;
}

ColumnDisplays columnDisplaysFromJson(const Reader& parent, const char* field) {
    ColumnDisplays out;
    const json& list = parent.array(field);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Reader r(list[i], parent.code(), parent.pathOf(Reader::indexed(field, i)));
        const std::string column = r.text("column");
        if (column.empty()) {
            r.fail("column", "must not be empty");
        }
        ColumnDisplay d;
        d.label = shortText(r, "label", ColumnDisplay::kMaxLabel);
        d.unit = shortText(r, "unit", ColumnDisplay::kMaxUnit);
        d.scale = r.key("scale", valueScaleFromKey);
        if (!out.emplace(column, std::move(d)).second) {
            r.fail("column", "repeats \"" + column + "\"");
        }
    }
    return out;
}

} // namespace gugus::core
