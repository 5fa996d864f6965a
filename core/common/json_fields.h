#pragma once

#include "common/error.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <vector>

/// Checked reading of the JSON files Gugus loads (models, recipes, projects). Those files travel
/// by e-mail and may be edited or damaged, so every field is read through these helpers: a field
/// of the wrong type, out of range, non-finite or missing is an Error(code, path, detail) naming
/// the field ("recipe.fitted[2].scale[0]") and the rule it breaks, never a crash or a silently
/// converted value (nlohmann's get<int>() would turn true into 1 and 1.5 into 1).
namespace gugus::core::json_fields {

using nlohmann::json;

/// Reads fields of one JSON object; `path` names it in errors ("" for the file's root).
class Reader {
public:
    Reader(const json& object, ErrorCode code, std::string path)
        : m_object(object), m_code(code), m_path(std::move(path)) {
        if (!m_object.is_object()) {
            fail("", "must be an object");
        }
    }

    [[noreturn]] void fail(const std::string& field, const std::string& rule) const {
        throw Error(m_code, pathOf(field), -1, -1, rule);
    }
    std::string pathOf(const std::string& field) const {
        if (field.empty()) {
            return m_path.empty() ? "(file)" : m_path;
        }
        return m_path.empty() ? field : m_path + "." + field;
    }
    ErrorCode code() const { return m_code; }

    bool has(const char* key) const { return m_object.contains(key); }
    const json& at(const char* key) const {
        const auto it = m_object.find(key);
        if (it == m_object.end()) {
            fail(key, "is missing");
        }
        return *it;
    }
    Reader object(const char* key) const { return Reader(at(key), m_code, pathOf(key)); }

    std::string text(const char* key) const {
        const json& v = at(key);
        if (!v.is_string()) {
            fail(key, "must be text");
        }
        return v.get<std::string>();
    }
    /// A text naming one value of an enumeration: `fromKey(text)` returns an optional of it.
    template <class FromKey> auto key(const char* field, FromKey fromKey) const {
        const std::string k = text(field);
        const auto value = fromKey(k);
        if (!value) {
            fail(field, "unknown value \"" + k + "\"");
        }
        return *value;
    }
    bool flag(const char* key) const {
        const json& v = at(key);
        if (!v.is_boolean()) {
            fail(key, "must be true or false");
        }
        return v.get<bool>();
    }
    /// A whole number in [lo, hi] (JSON integers only: not 1.5, not true).
    std::int64_t integer(const char* key, std::int64_t lo, std::int64_t hi) const {
        return integerValue(at(key), key, lo, hi);
    }
    std::uint64_t unsignedInteger(const char* key) const {
        const json& v = at(key);
        if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<std::int64_t>() >= 0)) {
            fail(key, "must be a whole number >= 0");
        }
        return v.get<std::uint64_t>();
    }
    /// A finite number in [lo, hi].
    double number(const char* key, double lo = -std::numeric_limits<double>::max(),
                  double hi = std::numeric_limits<double>::max()) const {
        return numberValue(at(key), key, lo, hi);
    }
    /// The file format's version: a whole number from 1 to `newest`.
    int version(int newest) const {
        const json& v = at("version");
        if (!v.is_number_integer() || v.get<std::int64_t>() < 1) {
            fail("version", "must be a whole number >= 1");
        }
        if (v.get<std::int64_t>() > newest) {
            fail("version", "version " + std::to_string(v.get<std::int64_t>()) +
                                " is newer than this program reads (" + std::to_string(newest) +
                                ")");
        }
        return int(v.get<std::int64_t>());
    }

    const json& array(const char* key) const {
        const json& v = at(key);
        if (!v.is_array()) {
            fail(key, "must be a list");
        }
        return v;
    }
    std::vector<std::string> texts(const char* key) const {
        std::vector<std::string> out;
        for (const json& v : array(key)) {
            if (!v.is_string()) {
                fail(indexed(key, out.size()), "must be text");
            }
            out.push_back(v.get<std::string>());
        }
        return out;
    }
    /// A list of distinct texts.
    std::vector<std::string> distinctTexts(const char* key) const {
        auto out = texts(key);
        std::set<std::string> seen;
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (!seen.insert(out[i]).second) {
                fail(indexed(key, i), "repeats \"" + out[i] + "\"");
            }
        }
        return out;
    }
    std::vector<double> numbers(const char* key, double lo = -std::numeric_limits<double>::max(),
                                double hi = std::numeric_limits<double>::max()) const {
        std::vector<double> out;
        for (const json& v : array(key)) {
            out.push_back(numberValue(v, indexed(key, out.size()), lo, hi));
        }
        return out;
    }
    std::vector<std::int64_t> integers(const char* key, std::int64_t lo, std::int64_t hi) const {
        std::vector<std::int64_t> out;
        for (const json& v : array(key)) {
            out.push_back(integerValue(v, indexed(key, out.size()), lo, hi));
        }
        return out;
    }

    static std::string indexed(const std::string& key, std::size_t i) {
        return key + "[" + std::to_string(i) + "]";
    }

private:
    std::int64_t integerValue(const json& v, const std::string& field, std::int64_t lo,
                              std::int64_t hi) const {
        if (!v.is_number_integer() ||
            (v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(INT64_MAX))) {
            fail(field, "must be a whole number");
        }
        const auto x = v.get<std::int64_t>();
        if (x < lo || x > hi) {
            fail(field, "must be from " + std::to_string(lo) + " to " + std::to_string(hi));
        }
        return x;
    }
    double numberValue(const json& v, const std::string& field, double lo, double hi) const {
        if (!v.is_number()) {
            fail(field, "must be a number");
        }
        const double x = v.get<double>();
        if (!std::isfinite(x)) {
            fail(field, "must be finite");
        }
        if (x < lo || x > hi) {
            fail(field, "is out of range");
        }
        return x;
    }

    const json& m_object;
    ErrorCode m_code;
    std::string m_path;
};

} // namespace gugus::core::json_fields
