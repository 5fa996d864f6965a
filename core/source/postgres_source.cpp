// PostgreSQL through libpq: the result streams out of the server in COPY's binary format, decoded
// row by row while the server produces the next ones (pg_binary.h); a result with a type the
// decoder does not know streams as CSV (COPY ... TO STDOUT) into the CSV reader. Written tables
// stream in as CSV (COPY ... FROM STDIN). The socket is polled so a cancel request reaches the
// server (PQcancel) while it is still computing.
#include "common/error.h"
#include "source/db_internal.h"
#include "source/pg_binary.h"

#include <libpq-fe.h>
#include <poll.h>

#include <memory>
#include <optional>

namespace gugus::core::db {

namespace {

// OIDs of the built-in types (pg_type.dat); stable across server versions.
constexpr Oid kBool = 16;
constexpr Oid kName = 19;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kText = 25;
constexpr Oid kOid = 26;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;
constexpr Oid kBpchar = 1042;
constexpr Oid kVarchar = 1043;
constexpr Oid kNumeric = 1700;
constexpr Oid kChar = 18;

SqlKind kindOf(Oid type) {
    switch (type) {
    case kBool:
        return SqlKind::Boolean;
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return SqlKind::Number;
    case kText:
    case kVarchar:
    case kBpchar:
    case kName:
    case kChar:
        return SqlKind::Text;
    default:
        return SqlKind::Other;
    }
}

struct ResultDeleter {
    void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

/// One connection, closed on every path out.
class Connection {
public:
    explicit Connection(const DbSource& source) : m_source(source) {
        std::vector<const char*> keys;
        std::vector<const char*> values;
        const auto add = [&](const char* key, const std::string& value) {
            if (!value.empty()) {
                keys.push_back(key);
                values.push_back(value.c_str());
            }
        };
        add("host", source.host);
        add("port", source.port);
        add("dbname", source.database);
        add("user", source.user);
        add("password", source.password);
        add("sslmode", source.sslmode);
        keys.insert(keys.end(), {"client_encoding", "application_name", "connect_timeout"});
        values.insert(values.end(), {"UTF8", "gugus", "15"});
        keys.push_back(nullptr);
        values.push_back(nullptr);
        m_conn = PQconnectdbParams(keys.data(), values.data(), 0);
        // Notices ("table ... does not exist, skipping") are not errors: not printed to stderr.
        PQsetNoticeProcessor(
            m_conn, [](void*, const char*) {}, nullptr);
        if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
            const std::string message = m_conn ? PQerrorMessage(m_conn) : "out of memory";
            const bool askPassword = m_conn && PQconnectionNeedsPassword(m_conn);
            PQfinish(m_conn);
            if (askPassword && source.password.empty()) {
                throw DbError(DbError::Kind::PasswordNeeded, dbUrl(source));
            }
            throw DbError(DbError::Kind::ConnectFailed, dbUrl(source),
                          scrubbed(message, source.password));
        }
    }
    ~Connection() { PQfinish(m_conn); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    PGconn* get() const { return m_conn; }

    [[noreturn]] void fail(DbError::Kind code, const std::string& subject,
                           const PGresult* result = nullptr) const {
        const char* text = result ? PQresultErrorMessage(result) : "";
        const std::string message = text && *text ? text : PQerrorMessage(m_conn);
        throw DbError(code, subject, scrubbed(message, m_source.password));
    }
    /// Runs a command that returns no rows; throws `code` with the server's message.
    void run(const std::string& sql, DbError::Kind code, const std::string& subject) const {
        const Result r(PQexec(m_conn, sql.c_str()));
        if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
            fail(code, subject, r.get());
        }
    }

    /// Waits until the socket has input, at most 100 ms at a time, sending a cancel request to the
    /// server once `progress` is cancelled; then reads what arrived.
    void awaitInput(const Progress& progress) {
        pollfd fd{PQsocket(m_conn), POLLIN, 0};
        if (progress.cancelled() && !m_cancelSent) {
            m_cancelSent = true;
            if (PGcancel* cancel = PQgetCancel(m_conn)) {
                char error[256];
                PQcancel(cancel, error, sizeof error);
                PQfreeCancel(cancel);
            }
        }
        ::poll(&fd, 1, 100);
        if (!PQconsumeInput(m_conn)) {
            fail(DbError::Kind::QueryFailed, dbUrl(m_source));
        }
    }
    bool cancelSent() const { return m_cancelSent; }

    /// The query's result columns, from the server's description of it (nothing runs).
    std::vector<ResultColumn> describe(const std::string& query) const {
        const Result prepared(PQprepare(m_conn, "", query.c_str(), 0, nullptr));
        if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
            fail(DbError::Kind::QueryFailed, dbUrl(m_source), prepared.get());
        }
        const Result d(PQdescribePrepared(m_conn, ""));
        if (PQresultStatus(d.get()) != PGRES_COMMAND_OK) {
            fail(DbError::Kind::QueryFailed, dbUrl(m_source), d.get());
        }
        std::vector<ResultColumn> columns;
        for (int i = 0; i < PQnfields(d.get()); ++i) {
            columns.push_back({PQfname(d.get(), i), kindOf(PQftype(d.get(), i)),
                               std::uint32_t(PQftype(d.get(), i))});
        }
        return columns;
    }

private:
    const DbSource& m_source;
    PGconn* m_conn = nullptr;
    bool m_cancelSent = false;
};

/// The statement whose CSV is read: booleans become 0/1 (CSV would say t/f) and a row limit goes
/// to the server, wrapping the query only when it needs either.
/// NULL is written as \N, never as an empty field: a one-column result would otherwise turn a
/// NULL into a blank line, which the CSV reader skips (the row would be lost).
constexpr const char* kCopyOptions = "\n) TO STDOUT (FORMAT csv, HEADER, NULL E'\\\\N')";

std::string copySql(const std::string& query, const std::vector<ResultColumn>& columns,
                    std::int64_t maxRows) {
    bool wrap = maxRows >= 0;
    std::string list;
    for (const auto& c : columns) {
        const std::string name = quotedIdentifier(c.name);
        list += list.empty() ? "" : ", ";
        if (c.kind == SqlKind::Boolean) {
            list += "CAST(gugus_q." + name + " AS integer) AS " + name;
            wrap = true;
        } else {
            list += "gugus_q." + name;
        }
    }
    std::string select = query;
    if (wrap) {
        select = "SELECT " + list + " FROM (" + query + "\n) AS gugus_q";
        if (maxRows >= 0) {
            // One more than asked, so the reader sees and reports that rows were left out.
            select += " LIMIT " + std::to_string(maxRows + 1);
        }
    }
    return "COPY (" + select + kCopyOptions;
}

/// Runs `sql` (a COPY ... TO STDOUT) and hands each CopyData message to `take` as it arrives,
/// reporting "db.fetch" as `rows()` says; a cancel reaches the server (PQcancel) while it computes
/// or sends. Throws Cancelled, DbError QueryFailed, Error FileTooLarge.
template <class Take, class Rows>
void streamCopy(Connection& conn, const std::string& sql, const std::string& subject,
                std::int64_t maxBytes, Progress& progress, Take&& take, Rows&& rows) {
    if (!PQsendQuery(conn.get(), sql.c_str())) {
        conn.fail(DbError::Kind::QueryFailed, subject);
    }
    while (PQisBusy(conn.get())) {
        conn.awaitInput(progress);
    }
    const Result started(PQgetResult(conn.get()));
    if (PQresultStatus(started.get()) != PGRES_COPY_OUT) {
        if (conn.cancelSent()) {
            throw Cancelled();
        }
        conn.fail(DbError::Kind::QueryFailed, subject, started.get());
    }
    std::int64_t messages = 0;
    std::int64_t bytes = 0;
    for (;;) {
        char* data = nullptr;
        const int n = PQgetCopyData(conn.get(), &data, 1);
        if (n > 0) {
            const std::unique_ptr<char, void (*)(void*)> owned(data, PQfreemem);
            bytes += n;
            if (!progress.cancelled()) {
                take(std::string_view(data, std::size_t(n)));
            }
            if ((++messages & 0xFFFF) == 0) {
                progress.report(rows(), 0, "db.fetch");
                if (bytes > maxBytes) {
                    throw Error(ErrorCode::FileTooLarge, subject);
                }
            }
            if (progress.cancelled() && !conn.cancelSent()) {
                conn.awaitInput(progress); // sends the cancel request
            }
        } else if (n == 0) {
            conn.awaitInput(progress);
        } else {
            break;
        }
    }
    const Result finished(PQgetResult(conn.get()));
    if (conn.cancelSent() || progress.cancelled()) {
        throw Cancelled();
    }
    if (PQresultStatus(finished.get()) != PGRES_COMMAND_OK) {
        conn.fail(DbError::Kind::QueryFailed, subject, finished.get());
    }
    while (PGresult* rest = PQgetResult(conn.get())) {
        PQclear(rest);
    }
    progress.report(rows(), 0, "db.fetch");
}

/// The binary decodings of every column, or nothing when one has a type the decoder does not
/// know, names repeat (the CSV reader renames them) or the caller forces types (the CSV reader
/// applies them): such results travel as CSV.
std::optional<std::vector<PgBinaryDecoder::ColumnSpec>>
binaryColumns(const std::vector<ResultColumn>& columns, bool renamed, const CsvOptions& options) {
    if (renamed || !options.forcedTypes.empty()) {
        return std::nullopt;
    }
    std::vector<PgBinaryDecoder::ColumnSpec> specs;
    for (const auto& c : columns) {
        const auto type = pgBinaryType(c.pgType);
        if (!type) {
            return std::nullopt;
        }
        specs.push_back({c.name, *type});
    }
    return specs;
}

} // namespace

CsvReadResult readPostgres(const DbSource& source, const CsvOptions& options, Progress& progress,
                           PgTransfer transfer, PgTransfer* used) {
    const std::string query = trimmedQuery(source.query);
    const std::string subject = dbUrl(source);
    Connection conn(source);
    // Reading never changes the database, whatever the query says.
    conn.run("BEGIN TRANSACTION READ ONLY", DbError::Kind::QueryFailed, subject);
    const std::vector<ResultColumn> columns = conn.describe(query);
    if (columns.empty()) {
        throw DbError(DbError::Kind::QueryFailed, subject,
                      "the statement returns no columns; give a SELECT");
    }
    const bool renamed = [&] {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                if (columns[i].name == columns[j].name) {
                    return true;
                }
            }
        }
        return false;
    }();
    auto specs = binaryColumns(columns, renamed, options);
    if (transfer == PgTransfer::Csv) {
        specs.reset();
    }
    if (used) {
        *used = specs ? PgTransfer::Binary : PgTransfer::Csv;
    }
    if (specs) {
        // The server writes binary faster than CSV, and each row is decoded while the next ones
        // are produced: fetching and parsing overlap.
        std::string select = query;
        if (options.maxRows >= 0) {
            // One more than asked, so that the result says rows were left out.
            select = "SELECT * FROM (" + query + "\n) AS gugus_q LIMIT " +
                     std::to_string(options.maxRows + 1);
        }
        PgBinaryDecoder decoder(std::move(*specs), resultReading(options, columns).options,
                                subject);
        streamCopy(
            conn, "COPY (" + select + "\n) TO STDOUT (FORMAT binary)", subject, options.maxBytes,
            progress, [&](std::string_view message) { decoder.add(message); },
            [&] { return decoder.rows(); });
        return decoder.finish(progress);
    }
    // Repeated names cannot be selected from a subquery; such a result is read as it comes.
    std::vector<ResultColumn> wrapped = columns;
    if (renamed) {
        for (auto& c : wrapped) {
            c.kind = c.kind == SqlKind::Boolean ? SqlKind::Other : c.kind;
        }
    }
    const std::string sql =
        renamed ? "COPY (" + query + kCopyOptions : copySql(query, wrapped, options.maxRows);
    std::string text;
    std::int64_t lines = 0;
    streamCopy(
        conn, sql, subject, options.maxBytes, progress,
        [&](std::string_view line) {
            text.append(line);
            ++lines;
        },
        [&] { return lines > 0 ? lines - 1 : 0; });
    return readResultText(text, options, columns, progress);
}

std::string testPostgres(const DbSource& source) {
    Connection conn(source);
    const int version = PQserverVersion(conn.get());
    return "PostgreSQL " + std::to_string(version / 10000) + "." + std::to_string(version % 100);
}

void writePostgres(const DbSource& target, const std::string& quotedTable,
                   const std::vector<WriteColumn>& columns, std::int64_t rows, DbWriteMode mode,
                   Progress& progress) {
    Connection conn(target);
    const std::string& subject = quotedTable;
    const std::string create =
        createTableSql(quotedTable, columns, {"double precision", "bigint", "text"});
    // One transaction: a failure anywhere leaves the database as it was (PQfinish without COMMIT
    // rolls back).
    conn.run("BEGIN", DbError::Kind::WriteFailed, subject);
    if (mode == DbWriteMode::Replace) {
        conn.run("DROP TABLE IF EXISTS " + quotedTable, DbError::Kind::WriteFailed, subject);
    }
    conn.run(create, DbError::Kind::WriteFailed, subject);
    {
        const Result copy(
            PQexec(conn.get(), ("COPY " + quotedTable + " FROM STDIN (FORMAT csv)").c_str()));
        if (PQresultStatus(copy.get()) != PGRES_COPY_IN) {
            conn.fail(DbError::Kind::WriteFailed, subject, copy.get());
        }
    }
    std::string chunk;
    const auto flush = [&] {
        if (PQputCopyData(conn.get(), chunk.data(), int(chunk.size())) != 1) {
            conn.fail(DbError::Kind::WriteFailed, subject);
        }
        chunk.clear();
    };
    for (std::int64_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const std::string value = columns[c].text(r);
            if (c) {
                chunk += ',';
            }
            // Unquoted empty is NULL; text is always quoted so an empty label stays distinct.
            if (!value.empty()) {
                if (columns[c].kind == WriteColumn::Kind::Text) {
                    appendQuoted(chunk, value);
                } else {
                    chunk += value;
                }
            }
        }
        chunk += '\n';
        if (chunk.size() > (1u << 20)) {
            flush();
            progress.report(r + 1, rows, "db.write");
            progress.throwIfCancelled();
        }
    }
    flush();
    if (PQputCopyEnd(conn.get(), nullptr) != 1) {
        conn.fail(DbError::Kind::WriteFailed, subject);
    }
    const Result copied(PQgetResult(conn.get()));
    if (PQresultStatus(copied.get()) != PGRES_COMMAND_OK) {
        conn.fail(DbError::Kind::WriteFailed, subject, copied.get());
    }
    while (PGresult* rest = PQgetResult(conn.get())) {
        PQclear(rest);
    }
    progress.throwIfCancelled();
    conn.run("COMMIT", DbError::Kind::WriteFailed, subject);
    progress.report(rows, rows, "db.write");
}

} // namespace gugus::core::db
