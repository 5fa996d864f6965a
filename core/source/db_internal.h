#pragma once

// Internal to core/source: what the PostgreSQL and SQLite halves share.
//
//   db_source.cpp      URLs, the type mapping, the table a write creates, dispatch
//   postgres_source.cpp libpq: COPY out/in, cancel
//   pg_binary.cpp      the binary COPY stream decoded into columns
//   pg_number_text.cpp PostgreSQL's text of binary numbers (numeric, float)
//   sqlite_source.cpp  sqlite3: rows to CSV text, inserts, interrupt

#include "source/db_source.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace gugus::core::db {

/// What the database says a result column holds.
enum class SqlKind { Number, Boolean, Text, Other };

struct ResultColumn {
    std::string name;
    SqlKind kind = SqlKind::Other;
    std::uint32_t pgType = 0; ///< PostgreSQL: the type's OID
};

/// The CSV reader's options for a database result: the caller's forced types and row limit, the
/// database's syntax (comma, dot, UTF-8, only empty unquoted fields missing), and the types the
/// result's columns declare (see readDbSource).
struct ResultReading {
    CsvOptions options;
    std::vector<std::string> textColumns;
};
ResultReading resultReading(const CsvOptions& user, const std::vector<ResultColumn>& columns);
/// Reads the result's CSV text as resultReading says.
CsvReadResult readResultText(std::string_view text, const CsvOptions& user,
                             const std::vector<ResultColumn>& columns, Progress& progress);

/// The query without surrounding spaces and trailing semicolons; InvalidOption "query" if empty.
std::string trimmedQuery(const std::string& query);

/// Appends `value` as a CSV field quoted for COPY/our reader (doubled quotes).
void appendQuoted(std::string& out, std::string_view value);

/// One column of a table that writeDbTable creates.
struct WriteColumn {
    std::string name;
    enum class Kind { Real, Integer, Text } kind = Kind::Text;
    /// The value of a row as text; empty = NULL.
    std::function<std::string(std::int64_t row)> text;
};
/// The columns of `table` plus `extra` as writeDbTable lays them out.
std::vector<WriteColumn> writeColumns(const Table& table, const std::vector<CsvExtraColumn>& extra);
/// The SQL type names of WriteColumn::Kind Real, Integer and Text in one database.
struct SqlTypeNames {
    const char* real;
    const char* integer;
    const char* text;
};
/// CREATE TABLE quotedTable (...) for `columns`.
std::string createTableSql(const std::string& quotedTable, const std::vector<WriteColumn>& columns,
                           const SqlTypeNames& types);
/// `name` checked ("name" or "schema.name"; letters, digits, _) and double-quoted per part.
std::string quotedTableName(const std::string& name);
/// `name` double-quoted as an SQL identifier.
std::string quotedIdentifier(std::string_view name);
/// Refuses (OutputIsInput) writing into a table that `query` mentions.
void checkNotInput(const std::string& tableName, const std::string& query);

/// The server's message with any password (ours, PGPASSWORD's) blanked out.
std::string scrubbed(std::string message, const std::string& password);

/// How a PostgreSQL result travels: Auto = binary COPY decoded as it arrives when every column's
/// type is one the decoder knows and no type is forced, else CSV.
enum class PgTransfer { Auto, Binary, Csv };
/// @param transfer  Csv forces the CSV path (tests compare the two)
/// @param used      if given, receives the path taken (Binary or Csv)
CsvReadResult readPostgres(const DbSource& source, const CsvOptions& options, Progress& progress,
                           PgTransfer transfer = PgTransfer::Auto, PgTransfer* used = nullptr);
CsvReadResult readSqlite(const DbSource& source, const CsvOptions& options, Progress& progress);
std::string testPostgres(const DbSource& source);
std::string testSqlite(const DbSource& source);
void writePostgres(const DbSource& target, const std::string& quotedTable,
                   const std::vector<WriteColumn>& columns, std::int64_t rows, DbWriteMode mode,
                   Progress& progress);
void writeSqlite(const DbSource& target, const std::string& quotedTable,
                 const std::vector<WriteColumn>& columns, std::int64_t rows, DbWriteMode mode,
                 Progress& progress);

} // namespace gugus::core::db
