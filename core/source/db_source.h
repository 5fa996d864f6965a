#pragma once

// Customer tables from SQL databases: a PostgreSQL server (libpq) or an SQLite file (sqlite3), a
// query, and the result as a Table typed like a CSV file. The source is kept small on purpose:
// one description in, one Table out, so other sources (files) sit beside it without a framework.

#include "common/progress.h"
#include "data/csv_reader.h"
#include "data/csv_writer.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gugus::core {

/// A database refused or failed. what() is English for logs and the CLI: the framing, the database
/// (its URL, never a password) or table, then the database's own message in full (detail()).
/// Front ends translate the framing by kind() and show detail() as it is.
class DbError : public std::runtime_error {
public:
    enum class Kind {
        ConnectFailed,  ///< subject = the database's URL
        PasswordNeeded, ///< subject = the database's URL: it asks for a password, none was given
        QueryFailed,    ///< subject = the database's URL
        WriteFailed,    ///< subject = the table; nothing was written
    };
    DbError(Kind kind, std::string subject, std::string detail = {});
    Kind kind() const noexcept { return m_kind; }
    const std::string& subject() const noexcept { return m_subject; }
    const std::string& detail() const noexcept { return m_detail; }

private:
    Kind m_kind;
    std::string m_subject;
    std::string m_detail;
};

enum class DbKind { PostgreSql, Sqlite };

/// A database and a query. Everything here except `password` may be shown and stored; the
/// password is only handed to libpq and is never written to a project file, a log, a URL or an
/// error message. Empty PostgreSQL fields take libpq's defaults (PGHOST, PGPORT, PGUSER ...), and
/// without a password libpq reads PGPASSWORD or the password file (PGPASSFILE, ~/.pgpass).
struct DbSource {
    DbKind kind = DbKind::Sqlite;
    std::string host;     ///< PostgreSQL: name, address or socket directory
    std::string port;     ///< PostgreSQL
    std::string database; ///< PostgreSQL
    std::string user;     ///< PostgreSQL
    std::string sslmode;  ///< PostgreSQL: passed through (disable, require, verify-full ...)
    std::string path;     ///< SQLite: the database file
    std::string query;    ///< one SELECT (or WITH ... SELECT, VALUES, TABLE name)
    std::string password; ///< from a prompt only; never stored or shown
};

/// Parses "postgresql://[user@][host][:port][/database][?sslmode=MODE&host=DIR]" (also
/// "postgres://"; %XX escapes as in libpq) or "sqlite:PATH". A password in the URL is refused
/// (Error InvalidOption "db", detail says where passwords go), so it never reaches shell
/// histories or project files.
DbSource parseDbUrl(std::string_view url);
/// The connection as a URL in the form parseDbUrl reads, never with a password: what logs,
/// summaries and project files show.
std::string dbUrl(const DbSource& source);

/// Runs the query and reads its result as a Table, typed as the CSV reader types a file.
/// PostgreSQL: COPY (query) TO STDOUT in the binary format, decoded while it arrives, when every
/// column has a type the decoder knows (numbers, booleans, text types) and no type is forced;
/// otherwise, and for SQLite, the result streams as CSV text through the parallel CSV reader. Both
/// give the same Table. The column types the database reports decide where they can:
///   boolean -> Binary; text types -> never numbers ("00123" stays a label): Id when the name
///   reads like an id, else Categorical or Id by the CSV rule (few distinct labels); numbers and
///   others -> inferred from the values as for CSV (0/1 -> Binary, unique integer ids by name ->
///   Id). `options.forcedTypes` and `options.maxRows` apply; the delimiter, decimal,
///   encoding are the database's; NULL is missing, and as in a CSV file so are empty or blank
///   text and NaN. Errors in a binary stream (lengths, field counts) are QueryFailed.
/// Progress: stage "db.fetch" with done = rows received and total = 0 (unknown), then the CSV
/// stages ("csv.columns" only, for a binary result). Cancel stops the server's query (PQcancel;
/// SQLite's progress handler). Errors: DbError ConnectFailed, PasswordNeeded, QueryFailed (detail =
/// the server's message in full); Error FileNotFound (SQLite), FileTooLarge (more than
/// options.maxBytes of CSV text or binary COPY data).
CsvReadResult readDbSource(const DbSource& source, const CsvOptions& options, Progress& progress);

/// Connects (PostgreSQL) or opens the file read-only (SQLite) and returns the server's version
/// text; throws DatabaseConnectFailed. The "Test connection" of a connection form.
std::string testDbConnection(const DbSource& source);

enum class DbWriteMode {
    Create,  ///< fail when the table exists
    Replace, ///< drop an existing table of that name first
};

/// The checks writeDbTable makes before it connects, for callers that want them before long work:
/// the table name's form (InvalidOption "table") and that the query does not read it
/// (OutputIsInput).
void checkWriteTarget(const DbSource& target, const std::string& tableName);

/// Writes every row of `table` plus `extra` columns (appended; an extra column replaces a table
/// column of the same name, as in writeCsvFile) into a new table `tableName` ("name" or
/// "schema.name", letters, digits and _), in one transaction: on any error nothing is left
/// behind and an existing table is untouched. Numeric columns become double precision (REAL in
/// SQLite), extra columns of whole numbers bigint, other columns text; missing values NULL.
/// Refuses (OutputIsInput) a table the source's query names, so a result never replaces its input.
/// Errors: Error InvalidOption "table", Error OutputIsInput, DbError ConnectFailed,
/// PasswordNeeded, WriteFailed.
void writeDbTable(const DbSource& target, const std::string& tableName, const Table& table,
                  const std::vector<CsvExtraColumn>& extra, DbWriteMode mode, Progress& progress);

} // namespace gugus::core
