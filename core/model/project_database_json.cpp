#include "model/project_database_json.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace gugus::core {

namespace {

using json_fields::Reader;
using nlohmann::json;

constexpr std::size_t kMaxField = 1024;        ///< host, database, user, path ...
constexpr std::size_t kMaxQuery = 1024 * 1024; ///< a query is text a person wrote
constexpr std::array<std::string_view, 6> kSslModes = {"disable", "allow",     "prefer",
                                                       "require", "verify-ca", "verify-full"};

const char* kindKey(DbKind kind) {
    return kind == DbKind::PostgreSql ? "postgresql" : "sqlite";
}

/// A text field of at most `limit` bytes; a NUL would cut it short inside libpq and sqlite3, and
/// control characters (line breaks, tabs) have no place in a host, a user or a path.
std::string fieldText(const Reader& r, const char* key, std::size_t limit, bool multiline) {
    std::string text = r.text(key);
    if (text.size() > limit) {
        r.fail(key, "is longer than " + std::to_string(limit) + " bytes");
    }
    const auto bad = [multiline](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == 0 || (!multiline && u < 0x20) ||
               (multiline && u < 0x20 && c != '\n' && c != '\r' && c != '\t');
    };
    if (std::any_of(text.begin(), text.end(), bad)) {
        r.fail(key, "contains control characters");
    }
    return text;
}

} // namespace

json projectDatabaseToJson(const ProjectDatabase& d) {
    const DbSource& s = d.source;
    return {{"kind", kindKey(s.kind)}, {"host", s.host},   {"port", s.port},
            {"database", s.database},  {"user", s.user},   {"sslmode", s.sslmode},
            {"path", s.path},          {"query", s.query}, {"rows", d.rows}};
}

ProjectDatabase projectDatabaseFromJson(const Reader& parent, const char* field) {
    const Reader r = parent.object(field);
    if (r.has("password")) {
        r.fail("password", "must not be stored (passwords are never saved)");
    }
    ProjectDatabase d;
    DbSource& s = d.source;
    s.kind = r.key("kind", [](const std::string& k) -> std::optional<DbKind> {
        for (const DbKind kind : {DbKind::PostgreSql, DbKind::Sqlite}) {
            if (k == kindKey(kind)) {
                return kind;
            }
        }
        return std::nullopt;
    });
    s.host = fieldText(r, "host", kMaxField, false);
    s.port = fieldText(r, "port", kMaxField, false);
    s.database = fieldText(r, "database", kMaxField, false);
    s.user = fieldText(r, "user", kMaxField, false);
    s.sslmode = fieldText(r, "sslmode", kMaxField, false);
    s.path = fieldText(r, "path", kMaxField, false);
    s.query = fieldText(r, "query", kMaxQuery, true);
    if (!s.port.empty()) {
        const bool digits =
            s.port.size() <= 5 &&
            std::all_of(s.port.begin(), s.port.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || std::stol(s.port) < 1 || std::stol(s.port) > 65535) {
            r.fail("port", "must be from 1 to 65535");
        }
    }
    if (!s.sslmode.empty() &&
        std::find(kSslModes.begin(), kSslModes.end(), s.sslmode) == kSslModes.end()) {
        r.fail("sslmode", "unknown value \"" + s.sslmode + "\"");
    }
    if (s.kind == DbKind::Sqlite && s.path.empty()) {
        r.fail("path", "must not be empty");
    }
    if (std::all_of(s.query.begin(), s.query.end(), [](char c) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ';';
        })) {
        r.fail("query", "must not be empty");
    }
    d.rows = r.integer("rows", 0, INT64_MAX);
    return d;
}

} // namespace gugus::core
