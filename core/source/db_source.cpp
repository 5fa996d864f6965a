// URLs, the type mapping and the layout of written tables; dispatch to libpq or sqlite3.
#include "source/db_source.h"

#include "common/error.h"
#include "data/csv_text_columns.h"
#include "source/db_internal.h"
#include "source/table_output.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>

namespace gugus::core {

namespace {

constexpr std::string_view kSqlitePrefix = "sqlite:";

std::string percentDecoded(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(unsigned(text[i + 1])) &&
            std::isxdigit(unsigned(text[i + 2]))) {
            out += char(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string percentEncoded(std::string_view text) {
    static const char* const kHex = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4];
            out += kHex[u & 15];
        }
    }
    return out;
}

[[noreturn]] void badUrl(const std::string& why) {
    throw Error(ErrorCode::InvalidOption, "db", -1, -1, why);
}

[[noreturn]] void passwordRefused() {
    badUrl("a password does not belong in the URL; give it in PGPASSWORD, in a password file "
           "(PGPASSFILE or ~/.pgpass), or at the prompt");
}

DbSource parsePostgresUrl(std::string_view rest) {
    DbSource s;
    s.kind = DbKind::PostgreSql;
    std::string_view params;
    if (const auto q = rest.find('?'); q != std::string_view::npos) {
        params = rest.substr(q + 1);
        rest = rest.substr(0, q);
    }
    std::string_view authority = rest;
    if (const auto slash = rest.find('/'); slash != std::string_view::npos) {
        authority = rest.substr(0, slash);
        s.database = percentDecoded(rest.substr(slash + 1));
    }
    if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
        const std::string_view userInfo = authority.substr(0, at);
        if (userInfo.find(':') != std::string_view::npos) {
            passwordRefused();
        }
        s.user = percentDecoded(userInfo);
        authority = authority.substr(at + 1);
    }
    // [v6]:port or name:port
    std::size_t portColon = authority.rfind(':');
    if (!authority.empty() && authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string_view::npos) {
            badUrl("unclosed [ in the host");
        }
        s.host = std::string(authority.substr(1, close - 1));
        portColon = authority.find(':', close);
    } else {
        s.host = percentDecoded(authority.substr(0, portColon));
    }
    if (portColon != std::string_view::npos) {
        s.port = std::string(authority.substr(portColon + 1));
    }
    while (!params.empty()) {
        const auto amp = params.find('&');
        const std::string_view pair = params.substr(0, amp);
        params = amp == std::string_view::npos ? std::string_view() : params.substr(amp + 1);
        const auto eq = pair.find('=');
        const std::string key(pair.substr(0, eq));
        const std::string value =
            eq == std::string_view::npos ? std::string() : percentDecoded(pair.substr(eq + 1));
        if (key == "password") {
            passwordRefused();
        }
        std::string* field = key == "sslmode"  ? &s.sslmode
                             : key == "host"   ? &s.host
                             : key == "port"   ? &s.port
                             : key == "user"   ? &s.user
                             : key == "dbname" ? &s.database
                                               : nullptr;
        if (!field) {
            badUrl("unknown parameter '" + key + "' (sslmode, host, port, user, dbname)");
        }
        *field = value;
    }
    if (!s.port.empty() &&
        (s.port.size() > 5 ||
         !std::all_of(s.port.begin(), s.port.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
        badUrl("the port must be a number, got '" + s.port + "'");
    }
    return s;
}

const char* framing(DbError::Kind kind) {
    switch (kind) {
    case DbError::Kind::ConnectFailed:
        return "cannot connect to the database ";
    case DbError::Kind::PasswordNeeded:
        return "the database asks for a password (give it in PGPASSWORD or a password file: "
               "PGPASSFILE, ~/.pgpass; gugus-cli asks on a terminal): ";
    case DbError::Kind::QueryFailed:
        return "the database did not run the query: ";
    case DbError::Kind::WriteFailed:
        return "cannot write the table (nothing was written): ";
    }
    return "database error: ";
}

} // namespace

DbError::DbError(Kind kind, std::string subject, std::string detail)
    : std::runtime_error(framing(kind) + subject + (detail.empty() ? "" : ": " + detail)),
      m_kind(kind), m_subject(std::move(subject)), m_detail(std::move(detail)) {}

DbSource parseDbUrl(std::string_view url) {
    for (const std::string_view scheme : {"postgresql://", "postgres://"}) {
        if (url.substr(0, scheme.size()) == scheme) {
            return parsePostgresUrl(url.substr(scheme.size()));
        }
    }
    if (url.substr(0, kSqlitePrefix.size()) == kSqlitePrefix) {
        DbSource s;
        s.kind = DbKind::Sqlite;
        s.path = std::string(url.substr(kSqlitePrefix.size()));
        if (s.path.empty()) {
            badUrl("sqlite: needs a file, e.g. sqlite:customers.db");
        }
        return s;
    }
    badUrl("expected postgresql://user@host:port/database or sqlite:FILE, got '" +
           std::string(url.substr(0, 40)) + "'");
}

std::string dbUrl(const DbSource& s) {
    if (s.kind == DbKind::Sqlite) {
        return std::string(kSqlitePrefix) + s.path;
    }
    std::string url = "postgresql://";
    if (!s.user.empty()) {
        url += percentEncoded(s.user) + "@";
    }
    // A socket directory ("/run/postgresql") goes into a parameter: it is not a host name.
    const bool socketDir = !s.host.empty() && s.host.front() == '/';
    if (!socketDir) {
        url += s.host.find(':') != std::string::npos ? "[" + s.host + "]" : percentEncoded(s.host);
    }
    if (!s.port.empty()) {
        url += ":" + s.port;
    }
    if (!s.database.empty()) {
        url += "/" + percentEncoded(s.database);
    }
    std::string params;
    if (socketDir) {
        params += "host=" + percentEncoded(s.host);
    }
    if (!s.sslmode.empty()) {
        params += (params.empty() ? "" : "&") + std::string("sslmode=") + percentEncoded(s.sslmode);
    }
    return params.empty() ? url : url + "?" + params;
}

CsvReadResult readDbSource(const DbSource& source, const CsvOptions& options, Progress& progress) {
    return source.kind == DbKind::PostgreSql ? db::readPostgres(source, options, progress)
                                             : db::readSqlite(source, options, progress);
}

std::string testDbConnection(const DbSource& source) {
    return source.kind == DbKind::PostgreSql ? db::testPostgres(source) : db::testSqlite(source);
}

void checkWriteTarget(const DbSource& target, const std::string& tableName) {
    db::quotedTableName(tableName);
    db::checkNotInput(tableName, target.query);
}

void writeDbTable(const DbSource& target, const std::string& tableName, const Table& table,
                  const std::vector<CsvExtraColumn>& extra, DbWriteMode mode, Progress& progress) {
    checkWriteTarget(target, tableName);
    const std::string quoted = db::quotedTableName(tableName);
    const auto columns = db::writeColumns(table, extra);
    if (target.kind == DbKind::PostgreSql) {
        db::writePostgres(target, quoted, columns, table.rowCount(), mode, progress);
    } else {
        db::writeSqlite(target, quoted, columns, table.rowCount(), mode, progress);
    }
}

namespace db {

ResultReading resultReading(const CsvOptions& user, const std::vector<ResultColumn>& columns) {
    ResultReading reading;
    CsvOptions& o = reading.options;
    o.delimiter = ',';
    o.decimal = DecimalSeparator::Dot;
    o.encoding = TextEncoding::Utf8;
    o.hasHeader = true;
    o.missingTokens = {"", "\\N"}; // NULL is written as \N (a blank line would be skipped)
    o.maxCategories = user.maxCategories;
    o.maxCodeCategories = user.maxCodeCategories;
    o.maxRows = user.maxRows;
    o.maxBytes = user.maxBytes;
    o.forcedTypes = user.forcedTypes;
    std::map<std::string, int> seen;
    for (const auto& c : columns) {
        ++seen[c.name];
    }
    const auto forcedByUser = [&](const std::string& name) {
        return std::any_of(user.forcedTypes.begin(), user.forcedTypes.end(),
                           [&](const auto& f) { return f.first == name; });
    };
    for (const auto& c : columns) {
        // A repeated name is renamed by the reader ("x_2"), so a type by name would hit the wrong
        // column: those are inferred from their values.
        if (seen[c.name] > 1 || forcedByUser(c.name)) {
            continue;
        }
        if (c.kind == SqlKind::Boolean) {
            o.forcedTypes.emplace_back(c.name, ColumnType::Binary);
        } else if (c.kind == SqlKind::Text && columnNameLooksLikeId(c.name)) {
            o.forcedTypes.emplace_back(c.name, ColumnType::Id);
        } else if (c.kind == SqlKind::Text) {
            reading.textColumns.push_back(c.name); // categorical, or an id when nearly all distinct
        }
    }
    return reading;
}

CsvReadResult readResultText(std::string_view text, const CsvOptions& user,
                             const std::vector<ResultColumn>& columns, Progress& progress) {
    const ResultReading reading = resultReading(user, columns);
    return readCsvText(text, reading.options, reading.textColumns, progress);
}

std::string trimmedQuery(const std::string& query) {
    std::size_t begin = 0;
    std::size_t end = query.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(query[begin]))) {
        ++begin;
    }
    while (end > begin &&
           (std::isspace(static_cast<unsigned char>(query[end - 1])) || query[end - 1] == ';')) {
        --end;
    }
    if (begin == end) {
        throw Error(ErrorCode::InvalidOption, "query", -1, -1, "the query is empty");
    }
    return query.substr(begin, end - begin);
}

void appendQuoted(std::string& out, std::string_view value) {
    out += '"';
    for (const char c : value) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
}

std::vector<WriteColumn> writeColumns(const Table& table,
                                      const std::vector<CsvExtraColumn>& extra) {
    std::vector<WriteColumn> out;
    const auto replaced = [&](const std::string& name) {
        return std::any_of(extra.begin(), extra.end(),
                           [&](const CsvExtraColumn& e) { return e.name == name; });
    };
    for (std::int64_t c = 0; c < table.columnCount(); ++c) {
        const Column& col = table.column(c);
        if (replaced(col.name())) {
            continue;
        }
        WriteColumn w;
        w.name = col.name();
        w.kind = col.type() == ColumnType::Binary    ? WriteColumn::Kind::Integer
                 : col.type() == ColumnType::Numeric ? WriteColumn::Kind::Real
                                                     : WriteColumn::Kind::Text;
        w.text = [&col](std::int64_t row) { return col.toText(row); };
        out.push_back(std::move(w));
    }
    for (const auto& e : extra) {
        if (std::int64_t(e.values.size()) != table.rowCount()) {
            throw Error(ErrorCode::InvalidOption, e.name, -1, -1,
                        "an extra column needs one value per row");
        }
        const bool whole = std::all_of(e.values.begin(), e.values.end(), [](const std::string& v) {
            const std::size_t digits = !v.empty() && v[0] == '-' ? 1 : 0;
            return v.empty() || (v.size() > digits && v.size() < 19 &&
                                 std::all_of(v.begin() + std::ptrdiff_t(digits), v.end(),
                                             [](char c) { return c >= '0' && c <= '9'; }));
        });
        WriteColumn w;
        w.name = e.name;
        w.kind = whole ? WriteColumn::Kind::Integer : WriteColumn::Kind::Text;
        w.text = [&e](std::int64_t row) { return e.values[std::size_t(row)]; };
        out.push_back(std::move(w));
    }
    return out;
}

std::string createTableSql(const std::string& quotedTable, const std::vector<WriteColumn>& columns,
                           const SqlTypeNames& types) {
    std::string sql = "CREATE TABLE " + quotedTable + " (";
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const WriteColumn::Kind kind = columns[c].kind;
        sql += (c ? ", " : "") + quotedIdentifier(columns[c].name) + " " +
               (kind == WriteColumn::Kind::Real      ? types.real
                : kind == WriteColumn::Kind::Integer ? types.integer
                                                     : types.text);
    }
    return sql + ")";
}

std::string quotedIdentifier(std::string_view name) {
    std::string out = "\"";
    for (const char c : name) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

std::string quotedTableName(const std::string& name) {
    const auto part = [&](std::string_view p) {
        const bool ok = !p.empty() && !std::isdigit(static_cast<unsigned char>(p[0])) &&
                        p.size() <= 63 && std::all_of(p.begin(), p.end(), [](char c) {
                            return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
                        });
        if (!ok) {
            throw Error(ErrorCode::InvalidOption, "table", -1, -1,
                        "a table is NAME or SCHEMA.NAME of letters, digits and _, got '" + name +
                            "'");
        }
        return quotedIdentifier(p);
    };
    const auto dot = name.find('.');
    if (dot == std::string::npos) {
        return part(name);
    }
    return part(std::string_view(name).substr(0, dot)) + "." +
           part(std::string_view(name).substr(dot + 1));
}

void checkNotInput(const std::string& tableName, const std::string& query) {
    const auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        return s;
    };
    const std::string q = lower(query);
    const std::string name = lower(tableName.substr(tableName.rfind('.') + 1));
    const auto word = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
    };
    for (auto at = q.find(name); at != std::string::npos; at = q.find(name, at + 1)) {
        const bool startOk = at == 0 || !word(q[at - 1]);
        const bool endOk = at + name.size() == q.size() || !word(q[at + name.size()]);
        if (startOk && endOk) {
            throw Error(ErrorCode::OutputIsInput, tableName, -1, -1, std::string(kQueryInput));
        }
    }
}

std::string scrubbed(std::string message, const std::string& password) {
    const char* env = std::getenv("PGPASSWORD");
    for (const std::string& secret : {password, std::string(env ? env : "")}) {
        if (secret.size() < 3) { // blanking "a" everywhere would garble the message itself
            continue;
        }
        for (auto at = message.find(secret); at != std::string::npos;
             at = message.find(secret, at)) {
            message.replace(at, secret.size(), "***");
        }
    }
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
        message.pop_back();
    }
    return message;
}

} // namespace db

} // namespace gugus::core
