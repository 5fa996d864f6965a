// SQLite files through sqlite3: the rows of a read-only statement become CSV text for the CSV
// reader; a progress handler interrupts the statement when the caller cancels.
#include "common/error.h"
#include "source/db_internal.h"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <filesystem>

namespace gugus::core::db {

namespace {

/// SQLite's type affinity rules (https://sqlite.org/datatype3.html, 3.1) on a declared type, with
/// BOOL recognised before them (SQLite stores booleans as 0/1 integers).
SqlKind kindOfDeclared(const char* declared) {
    if (!declared) {
        return SqlKind::Other; // an expression: its values decide
    }
    std::string d(declared);
    std::transform(d.begin(), d.end(), d.begin(),
                   [](unsigned char c) { return char(std::toupper(c)); });
    const auto has = [&](const char* part) { return d.find(part) != std::string::npos; };
    if (has("BOOL")) {
        return SqlKind::Boolean;
    }
    if (has("INT")) {
        return SqlKind::Number;
    }
    if (has("CHAR") || has("CLOB") || has("TEXT")) {
        return SqlKind::Text;
    }
    if (has("REAL") || has("FLOA") || has("DOUB") || has("NUM") || has("DEC")) {
        return SqlKind::Number;
    }
    return SqlKind::Other;
}

int interruptWhenCancelled(void* progress) {
    return static_cast<const Progress*>(progress)->cancelled() ? 1 : 0;
}

/// One open database file and at most one statement, both closed on every path out.
class Database {
public:
    Database(const DbSource& source, bool writable) : m_subject(dbUrl(source)) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(source.path, ec)) {
            throw Error(ErrorCode::FileNotFound, source.path);
        }
        const int flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
        if (sqlite3_open_v2(source.path.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
            fail(DbError::Kind::ConnectFailed);
        }
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~Database() {
        sqlite3_finalize(m_stmt);
        sqlite3_close(m_db);
    }
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* get() const { return m_db; }
    sqlite3_stmt* statement() const { return m_stmt; }

    [[noreturn]] void fail(DbError::Kind code, const std::string& subject = {}) const {
        throw DbError(code, subject.empty() ? m_subject : subject,
                      m_db ? sqlite3_errmsg(m_db) : "out of memory");
    }
    /// Prepares one statement; anything after it but spaces and semicolons is refused.
    void prepare(const std::string& sql, DbError::Kind code, const std::string& subject = {}) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        const char* tail = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), int(sql.size()), &m_stmt, &tail) != SQLITE_OK) {
            fail(code, subject);
        }
        if (!m_stmt ||
            std::string_view(tail).find_first_not_of(" \t\r\n;") != std::string_view::npos) {
            throw DbError(code, subject.empty() ? m_subject : subject,
                          "give exactly one statement");
        }
    }
    void exec(const std::string& sql, DbError::Kind code, const std::string& subject) {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            const std::string text = message ? message : sqlite3_errmsg(m_db);
            sqlite3_free(message);
            throw DbError(code, subject, text);
        }
    }

private:
    std::string m_subject;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

void appendValue(std::string& out, sqlite3_stmt* stmt, int i, const std::string& subject) {
    char number[32];
    switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_NULL: // \N, not an empty field: a one-column row of NULL would be a blank line
        out += "\\N";
        return;
    case SQLITE_INTEGER: {
        const auto r = std::to_chars(number, number + sizeof number, sqlite3_column_int64(stmt, i));
        out.append(number, r.ptr);
        return;
    }
    case SQLITE_FLOAT: {
        const auto r =
            std::to_chars(number, number + sizeof number, sqlite3_column_double(stmt, i));
        out.append(number, r.ptr);
        return;
    }
    case SQLITE_TEXT:
        appendQuoted(out, {reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)),
                           std::size_t(sqlite3_column_bytes(stmt, i))});
        return;
    default:
        throw DbError(DbError::Kind::QueryFailed, subject,
                      std::string("column ") + sqlite3_column_name(stmt, i) +
                          " holds binary data (BLOB), which Gugus cannot read");
    }
}

} // namespace

CsvReadResult readSqlite(const DbSource& source, const CsvOptions& options, Progress& progress) {
    const std::string query = trimmedQuery(source.query);
    const std::string subject = dbUrl(source);
    Database db(source, false);
    db.prepare(query, DbError::Kind::QueryFailed);
    sqlite3_stmt* stmt = db.statement();
    const int n = sqlite3_column_count(stmt);
    if (n == 0 || !sqlite3_stmt_readonly(stmt)) {
        throw DbError(DbError::Kind::QueryFailed, subject,
                      "only a query that reads rows (SELECT) is run");
    }
    std::vector<ResultColumn> columns;
    std::string text;
    for (int i = 0; i < n; ++i) {
        columns.push_back(
            {sqlite3_column_name(stmt, i), kindOfDeclared(sqlite3_column_decltype(stmt, i))});
        if (i) {
            text += ',';
        }
        appendQuoted(text, columns.back().name);
    }
    text += '\n';
    sqlite3_progress_handler(db.get(), 10000, interruptWhenCancelled, &progress);
    std::int64_t rows = 0;
    // One more row than asked, so the reader reports that rows were left out.
    const std::int64_t limit = options.maxRows >= 0 ? options.maxRows + 1 : -1;
    int rc = SQLITE_ROW;
    while (rows != limit && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int i = 0; i < n; ++i) {
            if (i) {
                text += ',';
            }
            appendValue(text, stmt, i, subject);
        }
        text += '\n';
        if ((++rows & 0xFFFF) == 0) {
            progress.report(rows, 0, "db.fetch");
            if (std::int64_t(text.size()) > options.maxBytes) {
                throw Error(ErrorCode::FileTooLarge, subject);
            }
        }
    }
    progress.throwIfCancelled(); // an interrupted statement ends with SQLITE_INTERRUPT
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        db.fail(DbError::Kind::QueryFailed);
    }
    progress.report(rows, 0, "db.fetch");
    return readResultText(text, options, columns, progress);
}

std::string testSqlite(const DbSource& source) {
    Database db(source, false);
    db.prepare("SELECT count(*) FROM sqlite_schema", DbError::Kind::ConnectFailed);
    if (sqlite3_step(db.statement()) != SQLITE_ROW) {
        db.fail(DbError::Kind::ConnectFailed); // e.g. "file is not a database"
    }
    return std::string("SQLite ") + sqlite3_libversion();
}

void writeSqlite(const DbSource& target, const std::string& quotedTable,
                 const std::vector<WriteColumn>& columns, std::int64_t rows, DbWriteMode mode,
                 Progress& progress) {
    Database db(target, true);
    const std::string& subject = quotedTable;
    const std::string create = createTableSql(quotedTable, columns, {"REAL", "INTEGER", "TEXT"});
    std::string insert = "INSERT INTO " + quotedTable + " VALUES (";
    for (std::size_t c = 0; c < columns.size(); ++c) {
        insert += c ? ", ?" : "?";
    }
    // One transaction: the destructor's close without COMMIT rolls everything back.
    db.exec("BEGIN IMMEDIATE", DbError::Kind::WriteFailed, subject);
    if (mode == DbWriteMode::Replace) {
        db.exec("DROP TABLE IF EXISTS " + quotedTable, DbError::Kind::WriteFailed, subject);
    }
    db.exec(create, DbError::Kind::WriteFailed, subject);
    db.prepare(insert + ")", DbError::Kind::WriteFailed, subject);
    sqlite3_stmt* stmt = db.statement();
    for (std::int64_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const std::string value = columns[c].text(r);
            const int slot = int(c) + 1;
            if (value.empty()) {
                sqlite3_bind_null(stmt, slot);
            } else if (columns[c].kind == WriteColumn::Kind::Text) {
                sqlite3_bind_text(stmt, slot, value.c_str(), int(value.size()), SQLITE_TRANSIENT);
            } else if (columns[c].kind == WriteColumn::Kind::Integer) {
                std::int64_t v = 0;
                std::from_chars(value.data(), value.data() + value.size(), v);
                sqlite3_bind_int64(stmt, slot, v);
            } else { // from_chars, not stod: the GUI's locale may spell decimals with a comma
                double v = 0.0;
                std::from_chars(value.data(), value.data() + value.size(), v);
                sqlite3_bind_double(stmt, slot, v);
            }
        }
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            db.fail(DbError::Kind::WriteFailed, subject);
        }
        sqlite3_reset(stmt);
        if ((r & 0xFFFF) == 0xFFFF) {
            progress.report(r + 1, rows, "db.write");
            progress.throwIfCancelled();
        }
    }
    progress.throwIfCancelled();
    db.exec("COMMIT", DbError::Kind::WriteFailed, subject);
    progress.report(rows, rows, "db.write");
}

} // namespace gugus::core::db
