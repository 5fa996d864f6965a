// Tables from SQL databases: URLs and their secrets, SQLite files (always), and a real PostgreSQL
// server (GUGUS_TEST_PG, see postgres_test.h): column types from the database, the sample read
// from a database equal to the sample read from its CSV, server errors in full, cancel, write back.
#include "data/csv_reader.h"
#include "postgres_test.h"
#include "source/db_source.h"
#include "source/table_output.h"
#include "test_support.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <numeric>
#include <optional>
#include <thread>

using namespace gugus::core;
using gugus::test::errorCodeOf;
using gugus::test::TempDir;

namespace {

Table sampleTable() {
    NullProgress p;
    return readCsvFile(gugus::test::samplePath(), CsvOptions{}, p).table;
}

/// Runs SQL on an SQLite file with the plain sqlite3 API (not the code under test).
void sqliteExec(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
        << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

/// The first column of the first row a query returns, as text.
std::string sqliteScalar(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* stmt = nullptr;
    std::string out = "(error)";
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        const auto* text = sqlite3_column_text(stmt, 0);
        out = text ? reinterpret_cast<const char*>(text) : "";
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

DbSource sqliteSource(const std::string& path, const std::string& query) {
    DbSource s = parseDbUrl("sqlite:" + path);
    s.query = query;
    return s;
}

CsvReadResult read(const DbSource& source, CsvOptions options = {}) {
    NullProgress p;
    return readDbSource(source, options, p);
}

std::string detailOf(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const Error& e) {
        return std::string(e.what()) + " | " + e.detail();
    } catch (const DbError& e) {
        return std::string(e.what()) + " | " + e.subject() + " | " + e.detail();
    }
    ADD_FAILURE() << "no error";
    return {};
}

/// The kind of the DbError that `fn` throws; a test failure when it throws none.
template <class Fn> DbError::Kind dbErrorOf(Fn&& fn) {
    try {
        fn();
    } catch (const DbError& e) {
        return e.kind();
    }
    ADD_FAILURE() << "no DbError thrown";
    return DbError::Kind::ConnectFailed;
}

TEST(DbSource, UrlsCarryNoPassword) {
    const DbSource pg =
        parseDbUrl("postgresql://ana%40bank@db.example:5433/warehouse?sslmode=require");
    EXPECT_EQ(pg.kind, DbKind::PostgreSql);
    EXPECT_EQ(pg.user, "ana@bank");
    EXPECT_EQ(pg.host, "db.example");
    EXPECT_EQ(pg.port, "5433");
    EXPECT_EQ(pg.database, "warehouse");
    EXPECT_EQ(pg.sslmode, "require");
    EXPECT_EQ(dbUrl(pg), "postgresql://ana%40bank@db.example:5433/warehouse?sslmode=require");
    EXPECT_EQ(dbUrl(parseDbUrl(dbUrl(pg))), dbUrl(pg));
    // A socket directory travels as a parameter, and back.
    const DbSource socket = parseDbUrl("postgres://gugus@:5999/gugus?host=/tmp/pg%20dir");
    EXPECT_EQ(socket.host, "/tmp/pg dir");
    EXPECT_EQ(parseDbUrl(dbUrl(socket)).host, "/tmp/pg dir");
    const DbSource v6 = parseDbUrl("postgresql://[::1]:5432/db");
    EXPECT_EQ(v6.host, "::1");
    EXPECT_EQ(dbUrl(v6), "postgresql://[::1]:5432/db");

    EXPECT_EQ(parseDbUrl("sqlite:/data/bank.db").path, "/data/bank.db");
    EXPECT_EQ(dbUrl(parseDbUrl("sqlite:bank.db")), "sqlite:bank.db");

    // Passwords are refused wherever a URL could carry one, and never echoed.
    for (const char* url :
         {"postgresql://ana:Rahasia-77@host/db", "postgresql://host/db?password=Rahasia-77"}) {
        SCOPED_TRACE(url);
        std::string subject;
        EXPECT_EQ(errorCodeOf([&] { parseDbUrl(url); }, &subject), ErrorCode::InvalidOption);
        EXPECT_EQ(subject, "db");
        const std::string text = detailOf([&] { parseDbUrl(url); });
        EXPECT_EQ(text.find("Rahasia-77"), std::string::npos) << text;
        EXPECT_NE(text.find("PGPASSWORD"), std::string::npos) << text;
    }
    DbSource withPassword = pg;
    withPassword.password = "Rahasia-77";
    EXPECT_EQ(dbUrl(withPassword).find("Rahasia"), std::string::npos);
    for (const char* bad : {"mysql://host/db", "sqlite:", "postgresql://host:port/db",
                            "postgresql://host/db?opt=1"}) {
        SCOPED_TRACE(bad);
        EXPECT_EQ(errorCodeOf([&] { parseDbUrl(bad); }), ErrorCode::InvalidOption);
    }
}

TEST(DbSource, SqliteColumnTypesComeFromTheDatabase) {
    TempDir dir;
    const std::string db = dir.path("types.db");
    std::string sql = "CREATE TABLE t (cust_id INTEGER, name TEXT, zip VARCHAR(5), flag BOOLEAN, "
                      "income REAL, kids INTEGER, note TEXT, code TEXT);";
    for (int i = 0; i < 40; ++i) {
        sql += "INSERT INTO t VALUES (" + std::to_string(100 + i) + ", 'person " +
               std::to_string(i) + "', '0012" + std::to_string(i % 3) + "', " +
               std::to_string(i % 2) + ", " + (i == 5 ? "NULL" : std::to_string(i * 1.5)) + ", " +
               std::to_string(i % 4) + ", " +
               (i == 7   ? "'he said \"hi\", then\nleft'"
                : i == 8 ? "''"
                         : "'NA'") +
               ", " + (i == 9 ? "NULL" : "'x" + std::to_string(i % 2) + "'") + ");";
    }
    sqliteExec(db, sql);
    const CsvReadResult r = read(sqliteSource(db, "SELECT * FROM t ORDER BY cust_id;\n"));
    const Table& t = r.table;
    ASSERT_EQ(t.rowCount(), 40);
    EXPECT_EQ(t.column("cust_id").type(), ColumnType::Id); // unique integers named like an id
    EXPECT_EQ(t.column("name").type(), ColumnType::Id);    // text, every value distinct
    EXPECT_EQ(t.column("zip").type(),
              ColumnType::Categorical); // digits, but the database says text
    EXPECT_EQ(t.column("zip").toText(0), "00120");
    EXPECT_EQ(t.column("flag").type(), ColumnType::Binary);
    EXPECT_EQ(t.column("income").type(), ColumnType::Numeric);
    EXPECT_TRUE(t.column("income").isMissing(5));
    EXPECT_EQ(t.column("income").values()[3], 4.5);
    EXPECT_EQ(t.column("kids").type(), ColumnType::Numeric);
    // Only NULL is missing: "NA" is a label in a database, quotes and line breaks survive.
    EXPECT_EQ(t.column("note").toText(0), "NA");
    EXPECT_EQ(t.column("note").toText(7), "he said \"hi\", then\nleft");
    EXPECT_EQ(t.column("code").type(), ColumnType::Categorical);
    EXPECT_TRUE(t.column("code").isMissing(9));

    // The caller's forced types win; the row limit reports what it left out.
    CsvOptions o;
    o.forcedTypes = {{"zip", ColumnType::Numeric}};
    o.maxRows = 10;
    const CsvReadResult limited = read(sqliteSource(db, "SELECT * FROM t"), o);
    EXPECT_EQ(limited.table.rowCount(), 10);
    EXPECT_EQ(limited.table.column("zip").type(), ColumnType::Numeric);
    EXPECT_TRUE(std::any_of(limited.notices.begin(), limited.notices.end(), [](const CsvNotice& n) {
        return n.kind == CsvNotice::Kind::Truncated;
    }));
}

TEST(DbSource, SqliteOneColumnKeepsItsNullRows) {
    // A NULL in a one-column result is not a blank line the reader would skip: every row arrives.
    TempDir dir;
    const std::string db = dir.path("one.db");
    sqliteExec(db, "CREATE TABLE t (Usia REAL); INSERT INTO t VALUES (30), (NULL), (NULL), (41);");
    const Table t = read(sqliteSource(db, "SELECT Usia FROM t")).table;
    ASSERT_EQ(t.rowCount(), 4);
    EXPECT_TRUE(t.column("Usia").isMissing(1));
    EXPECT_TRUE(t.column("Usia").isMissing(2));
    EXPECT_EQ(t.column("Usia").values()[3], 41.0);
}

TEST(DbSource, SqliteRoundTripOfTheSampleEqualsItsCsv) {
    TempDir dir;
    const std::string db = dir.path("bank.db");
    sqliteExec(db, "CREATE TABLE other (x INTEGER)");
    const Table csv = sampleTable();
    NullProgress p;
    writeDbTable(sqliteSource(db, ""), "customers", csv, {}, DbWriteMode::Create, p);
    EXPECT_EQ(sqliteScalar(db, "SELECT count(*) FROM customers"), "5000");
    EXPECT_EQ(sqliteScalar(db, "SELECT typeof(Usia) FROM customers WHERE Usia IS NOT NULL"),
              "real");
    const Table back = read(sqliteSource(db, "SELECT * FROM customers")).table;
    ASSERT_EQ(back.columnNames(), csv.columnNames());
    for (std::int64_t c = 0; c < csv.columnCount(); ++c) {
        EXPECT_EQ(back.column(c).type(), csv.column(c).type()) << csv.column(c).name();
    }
    EXPECT_EQ(back.fingerprint(), csv.fingerprint());
}

TEST(DbSource, SqliteWritesAreOneTransactionAndNeverReplaceTheInput) {
    TempDir dir;
    const std::string db = dir.path("bank.db");
    sqliteExec(db, "CREATE TABLE customers (a INTEGER); INSERT INTO customers VALUES (1), (2);"
                   "CREATE TABLE scored (keep INTEGER); INSERT INTO scored VALUES (7);");
    const Table table = sampleTable();
    const std::vector<CsvExtraColumn> extra{
        {"segment", std::vector<std::string>(std::size_t(table.rowCount()), "2")},
        {"segment_note", std::vector<std::string>(std::size_t(table.rowCount()), "")}};
    NullProgress p;
    const DbSource target = sqliteSource(db, "SELECT * FROM customers");
    // Create refuses an existing table and leaves it as it was.
    EXPECT_EQ(
        dbErrorOf([&] { writeDbTable(target, "scored", table, extra, DbWriteMode::Create, p); }),
        DbError::Kind::WriteFailed);
    EXPECT_EQ(sqliteScalar(db, "SELECT keep FROM scored"), "7");
    writeDbTable(target, "scored", table, extra, DbWriteMode::Replace, p);
    EXPECT_EQ(sqliteScalar(db, "SELECT count(*) FROM scored"), "5000");
    EXPECT_EQ(sqliteScalar(db, "SELECT typeof(segment) FROM scored"), "integer");
    EXPECT_EQ(sqliteScalar(db, "SELECT count(*) FROM scored WHERE segment_note IS NULL"), "5000");
    // The query's own table is an input: never replaced.
    std::string subject;
    EXPECT_EQ(errorCodeOf(
                  [&] { writeDbTable(target, "Customers", table, extra, DbWriteMode::Replace, p); },
                  &subject),
              ErrorCode::OutputIsInput);
    // Told apart from an output file, so that it is worded for the table it is.
    try {
        checkWriteTarget(target, "customers");
        ADD_FAILURE() << "the query's table was accepted";
    } catch (const Error& e) {
        EXPECT_TRUE(isTableReadByQuery(e)) << e.what();
        EXPECT_EQ(e.subject(), "customers");
    }
    EXPECT_EQ(sqliteScalar(db, "SELECT count(*) FROM customers"), "2");
    for (const char* bad : {"x; DROP TABLE customers", "1abc", "a.b.c", ""}) {
        EXPECT_EQ(errorCodeOf([&] { checkWriteTarget(target, bad); }), ErrorCode::InvalidOption)
            << bad;
    }
}

TEST(DbSource, SqliteRefusesWhatIsNotAQueryAndSaysWhy) {
    TempDir dir;
    const std::string db = dir.path("bank.db");
    sqliteExec(db, "CREATE TABLE customers (a INTEGER, b BLOB); INSERT INTO customers VALUES "
                   "(1, NULL), (2, x'00ff');");
    for (const char* q :
         {"DELETE FROM customers", "SELECT 1; DROP TABLE customers", "CREATE TABLE x (a)"}) {
        SCOPED_TRACE(q);
        EXPECT_EQ(dbErrorOf([&] { read(sqliteSource(db, q)); }), DbError::Kind::QueryFailed);
    }
    EXPECT_EQ(sqliteScalar(db, "SELECT count(*) FROM customers"), "2");
    EXPECT_NE(detailOf([&] {
                  read(sqliteSource(db, "SELECT nope FROM customers"));
              }).find("no such column: nope"),
              std::string::npos);
    EXPECT_NE(detailOf([&] { read(sqliteSource(db, "SELECT b FROM customers")); }).find("BLOB"),
              std::string::npos);
    EXPECT_EQ(errorCodeOf([&] { read(sqliteSource(db, " ;; ")); }), ErrorCode::InvalidOption);
    EXPECT_EQ(errorCodeOf([&] { read(sqliteSource(dir.path("absent.db"), "SELECT 1")); }),
              ErrorCode::FileNotFound);
    const std::string notDb = dir.path("notes.txt");
    std::ofstream(notDb) << "this is not a database, just text that is long enough\n";
    EXPECT_EQ(dbErrorOf([&] { testDbConnection(sqliteSource(notDb, "")); }),
              DbError::Kind::ConnectFailed);
}

TEST(DbSource, SqliteCancelInterruptsTheStatement) {
    TempDir dir;
    const std::string db = dir.path("bank.db");
    sqliteExec(db, "CREATE TABLE t (a INTEGER)");
    // Counting to 10^11 would run for hours; the progress handler must stop it.
    CallbackProgress progress;
    progress.cancel();
    EXPECT_THROW(readDbSource(sqliteSource(db, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT "
                                               "x + 1 FROM c WHERE x < 100000000000) "
                                               "SELECT count(*) AS n FROM c"),
                              CsvOptions{}, progress),
                 Cancelled);
}

// ---- PostgreSQL ----------------------------------------------------------------------------

DbSource pgSource(const std::string& url, const std::string& query) {
    DbSource s = parseDbUrl(url);
    s.query = query;
    return s;
}

/// Runs SQL on the test server with plain libpq (not the code under test); returns the first
/// value of the first row, or the error. `settings` (conninfo) override the URL's.
std::string pgScalar(const std::string& url, const std::string& sql,
                     const std::string& settings = {}) {
    const DbSource s = parseDbUrl(url);
    const std::string conninfo = "host='" + s.host + "' port='" + s.port + "' dbname='" +
                                 s.database + "' user='" + s.user + "' " + settings;
    PGconn* conn = PQconnectdb(conninfo.c_str());
    PGresult* r = PQexec(conn, sql.c_str());
    std::string out = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0
                          ? PQgetvalue(r, 0, 0)
                          : std::string("error: ") + PQresultErrorMessage(r);
    PQclear(r);
    PQfinish(conn);
    return out;
}

/// The table's rows in the order of their whole text (GCIF repeats, so no one column orders the
/// sample): tables that hold the same rows in any order come out equal.
Table inRowOrder(const Table& t) {
    std::vector<std::string> keys(std::size_t(t.rowCount()));
    for (std::int64_t r = 0; r < t.rowCount(); ++r) {
        for (std::int64_t c = 0; c < t.columnCount(); ++c) {
            keys[std::size_t(r)] += t.column(c).toText(r) + '\x1f';
        }
    }
    std::vector<std::int64_t> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return keys[std::size_t(a)] < keys[std::size_t(b)]; });
    return t.selectRows(order);
}

TEST(Postgres, SampleFromTheServerEqualsItsCsv) {
    GUGUS_REQUIRE_POSTGRES(url);
    const Table csv = sampleTable();
    const CsvReadResult r = read(pgSource(url, "SELECT * FROM fundfusion"));
    ASSERT_EQ(r.table.columnNames(), csv.columnNames());
    for (std::int64_t c = 0; c < csv.columnCount(); ++c) {
        EXPECT_EQ(r.table.column(c).type(), csv.column(c).type()) << csv.column(c).name();
    }
    EXPECT_EQ(inRowOrder(r.table).fingerprint(), inRowOrder(csv).fingerprint());
}

TEST(Postgres, OneColumnKeepsItsNullRows) {
    GUGUS_REQUIRE_POSTGRES(url);
    const Table csv = sampleTable();
    const Table t = read(pgSource(url, "SELECT \"Usia\" FROM fundfusion")).table;
    EXPECT_EQ(t.rowCount(), csv.rowCount()); // NULL ages arrive as missing, not as lost rows
    EXPECT_EQ(t.column("Usia").stats().missing, csv.column("Usia").stats().missing);
}

TEST(Postgres, ColumnTypesComeFromTheServer) {
    GUGUS_REQUIRE_POSTGRES(url);
    const Table t =
        read(pgSource(url, "SELECT g AS customer_id, g % 2 = 0 AS flag, "
                           "lpad((g % 3)::text, 5, '0') AS zip, (g * 1.25)::numeric(10,2) AS x, "
                           "CASE WHEN g = 4 THEN NULL ELSE g END AS n, "
                           "CASE WHEN g = 2 THEN 'said \"hi\", then' || chr(10) || 'left' "
                           "WHEN g = 3 THEN '' ELSE 'NA' END AS note "
                           "FROM generate_series(1, 30) AS g ORDER BY g;"))
            .table;
    ASSERT_EQ(t.rowCount(), 30);
    EXPECT_EQ(t.column("customer_id").type(), ColumnType::Id);
    EXPECT_EQ(t.column("flag").type(), ColumnType::Binary);
    EXPECT_EQ(t.column("flag").values()[0], 0.0);
    EXPECT_EQ(t.column("flag").values()[1], 1.0);
    EXPECT_EQ(t.column("zip").type(), ColumnType::Categorical);
    EXPECT_EQ(t.column("zip").toText(0), "00001");
    EXPECT_EQ(t.column("x").type(), ColumnType::Numeric);
    EXPECT_EQ(t.column("x").values()[1], 2.5);
    EXPECT_TRUE(t.column("n").isMissing(3));
    EXPECT_EQ(t.column("note").toText(0), "NA");
    EXPECT_EQ(t.column("note").toText(1), "said \"hi\", then\nleft");
    // A limit is the server's: 5 rows come, and the reader says more were left.
    CsvOptions o;
    o.maxRows = 5;
    const CsvReadResult limited = read(pgSource(url, "SELECT * FROM wide_1m"), o);
    EXPECT_EQ(limited.table.rowCount(), 5);
    EXPECT_EQ(limited.table.column("has_mortgage").type(), ColumnType::Binary);
}

TEST(Postgres, AMillionRowsStreamWhole) {
    GUGUS_REQUIRE_POSTGRES(url);
    const Table t = read(pgSource(url, "SELECT * FROM wide_1m")).table;
    ASSERT_EQ(t.rowCount(), 1000000);
    ASSERT_EQ(t.columnCount(), 18);
    // Against the server's own aggregates: every row arrived, none twice.
    double age = 0.0;
    double mortgages = 0.0;
    for (std::int64_t r = 0; r < t.rowCount(); ++r) {
        age += t.column("age").values()[std::size_t(r)];
        mortgages += t.column("has_mortgage").values()[std::size_t(r)];
    }
    EXPECT_EQ(std::to_string(std::int64_t(age)), pgScalar(url, "SELECT sum(age) FROM wide_1m"));
    EXPECT_EQ(std::to_string(std::int64_t(mortgages)),
              pgScalar(url, "SELECT count(*) FROM wide_1m WHERE has_mortgage"));
    EXPECT_EQ(t.column("customer_id").type(), ColumnType::Id);
    EXPECT_EQ(t.column("area").type(), ColumnType::Categorical);
    EXPECT_EQ(t.column("balance").stats().distinct,
              std::stoll(pgScalar(url, "SELECT count(DISTINCT balance) FROM wide_1m")));
    // Cancel while rows stream: the server stops sending and nothing half-read comes back.
    gugus::test::CancelAfterReports progress(2);
    EXPECT_THROW(readDbSource(pgSource(url, "SELECT * FROM wide_1m"), CsvOptions{}, progress),
                 Cancelled);
}

TEST(Postgres, TextArrivesAsUtf8OrNotAtAll) {
    GUGUS_REQUIRE_POSTGRES(url);
    // The session asks for UTF8 whatever the server's or the user's default.
    EXPECT_EQ(read(pgSource(url, "SELECT current_setting('client_encoding') AS enc"))
                  .table.column("enc")
                  .toText(0),
              "UTF8");
    // A SQL_ASCII database stores any bytes (written here by a SQL_ASCII session). The server
    // checks them on the way out to a UTF8 session and fails the query, on either path; the
    // decoder's own check (test_pg_binary.cpp) is for anything else answering on the port.
    pgScalar(url, "DROP DATABASE IF EXISTS gugus_sql_ascii");
    pgScalar(url, "CREATE DATABASE gugus_sql_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' "
                  "LC_CTYPE 'C' TEMPLATE template0");
    const std::string ascii = "dbname='gugus_sql_ascii' client_encoding='SQL_ASCII'";
    pgScalar(url, "CREATE TABLE t AS SELECT E'Band\\xFFung'::text AS area, 1 AS n", ascii);
    ASSERT_EQ(pgScalar(url, "SELECT octet_length(area) FROM t", ascii), "8");
    DbSource source = pgSource(url, "SELECT * FROM t");
    source.database = "gugus_sql_ascii";
    CsvOptions csvPath; // a forced type sends the result through CSV
    csvPath.forcedTypes = {{"n", ColumnType::Numeric}};
    for (const CsvOptions& options : {CsvOptions{}, csvPath}) {
        EXPECT_EQ(dbErrorOf([&] { read(source, options); }), DbError::Kind::QueryFailed);
        EXPECT_NE(detailOf([&] {
                      read(source, options);
                  }).find("invalid byte sequence for encoding \"UTF8\": 0xff"),
                  std::string::npos);
    }
    pgScalar(url, "DROP DATABASE gugus_sql_ascii");
}

TEST(Postgres, ServerErrorsInFullAndReadingNeverWrites) {
    GUGUS_REQUIRE_POSTGRES(url);
    const std::string missing =
        detailOf([&] { read(pgSource(url, "SELECT nope FROM fundfusion")); });
    EXPECT_NE(missing.find("column \"nope\" does not exist"), std::string::npos) << missing;
    const std::string del =
        detailOf([&] { read(pgSource(url, "DELETE FROM fundfusion RETURNING *")); });
    EXPECT_NE(del.find("read-only transaction"), std::string::npos) << del;
    EXPECT_EQ(pgScalar(url, "SELECT count(*) FROM fundfusion"), "5000");
    EXPECT_EQ(dbErrorOf([&] { read(pgSource(url, "SELECT 1/0 AS x")); }),
              DbError::Kind::QueryFailed);
    DbSource wrongDb = pgSource(url, "SELECT 1");
    wrongDb.database = "no_such_database";
    const std::string connect = detailOf([&] { read(wrongDb); });
    EXPECT_NE(connect.find("no_such_database"), std::string::npos) << connect;
    EXPECT_EQ(dbErrorOf([&] { read(wrongDb); }), DbError::Kind::ConnectFailed);
}

TEST(Postgres, CancelStopsTheServersQuery) {
    GUGUS_REQUIRE_POSTGRES(url);
    // pg_sleep's void travels as CSV, an integer column in the binary format: both paths cancel.
    for (const char* query :
         {"SELECT pg_sleep(300) AS slept", "SELECT 1 AS slept FROM pg_sleep(300)"}) {
        CallbackProgress progress;
        std::thread canceller([&] {
            // Cancel once the server runs the query (it shows in pg_stat_activity).
            for (int i = 0; i < 600; ++i) {
                if (pgScalar(url, "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                                  "AND query LIKE 'COPY%pg_sleep(300)%'") == "1") {
                    break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
            progress.cancel();
        });
        // Five minutes of sleep on the server: without PQcancel this test would outlast its
        // timeout.
        EXPECT_THROW(readDbSource(pgSource(url, query), CsvOptions{}, progress), Cancelled)
            << query;
        canceller.join();
        EXPECT_EQ(pgScalar(url, "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND "
                                "query LIKE 'COPY%pg_sleep(300)%'"),
                  "0");
    }
}

/// Sets an environment variable for one scope.
class EnvGuard {
public:
    EnvGuard(const char* name, const std::string& value) : m_name(name) {
        if (const char* old = std::getenv(name)) {
            m_old = old;
        }
        setenv(name, value.c_str(), 1);
    }
    ~EnvGuard() {
        if (m_old) {
            setenv(m_name, m_old->c_str(), 1);
        } else {
            unsetenv(m_name);
        }
    }

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

TEST(Postgres, PasswordsComeFromPromptEnvOrFileAndAreNeverShown) {
    GUGUS_REQUIRE_POSTGRES(url);
    const char* tcp = std::getenv("GUGUS_TEST_PG_TCP");
    const char* password = std::getenv("GUGUS_TEST_PG_PASSWORD");
    if (!tcp || !password) {
        GTEST_SKIP() << "GUGUS_TEST_PG_TCP / GUGUS_TEST_PG_PASSWORD not set";
    }
    TempDir dir;
    EnvGuard noFile("PGPASSFILE", dir.path("absent"));
    DbSource s = pgSource(tcp, "SELECT count(*) AS n FROM fundfusion");
    {
        unsetenv("PGPASSWORD");
        EXPECT_EQ(dbErrorOf([&] { read(s); }), DbError::Kind::PasswordNeeded);
    }
    {
        DbSource wrong = s;
        wrong.password = "Salah-Sandi-9137";
        const std::string text = detailOf([&] { read(wrong); });
        EXPECT_NE(text.find("password authentication failed"), std::string::npos) << text;
        EXPECT_EQ(text.find("Salah-Sandi-9137"), std::string::npos) << text;
        EXPECT_EQ(text.find(password), std::string::npos) << text;
        EnvGuard env("PGPASSWORD", "Salah-Sandi-9137");
        const std::string fromEnv = detailOf([&] { read(s); });
        EXPECT_EQ(fromEnv.find("Salah-Sandi-9137"), std::string::npos) << fromEnv;
    }
    {
        DbSource prompted = s;
        prompted.password = password;
        EXPECT_EQ(read(prompted).table.column("n").toText(0), "5000");
        EXPECT_EQ(dbUrl(prompted).find(password), std::string::npos);
    }
    {
        EnvGuard env("PGPASSWORD", password);
        EXPECT_EQ(read(s).table.column("n").toText(0), "5000");
    }
    {
        const std::string file = dir.path("pgpass");
        std::ofstream(file) << "*:*:*:" << s.user << ":" << password << "\n";
        std::filesystem::permissions(file, std::filesystem::perms::owner_read |
                                               std::filesystem::perms::owner_write);
        EnvGuard fileEnv("PGPASSFILE", file);
        unsetenv("PGPASSWORD");
        EXPECT_EQ(read(s).table.column("n").toText(0), "5000");
    }
}

TEST(Postgres, WriteBackIsOneTransaction) {
    GUGUS_REQUIRE_POSTGRES(url);
    const Table csv = sampleTable();
    std::vector<std::string> segment;
    for (std::int64_t r = 0; r < csv.rowCount(); ++r) {
        segment.push_back(std::to_string(r % 4));
    }
    const std::vector<CsvExtraColumn> extra{{"segment", segment},
                                            {"row_n", std::vector<std::string>(segment.size())}};
    std::vector<CsvExtraColumn> numbered = extra;
    for (std::size_t r = 0; r < segment.size(); ++r) {
        numbered[1].values[r] = std::to_string(r);
    }
    NullProgress p;
    const DbSource target = pgSource(url, "SELECT * FROM fundfusion");
    pgScalar(url, "DROP TABLE IF EXISTS gugus_scored_test");
    writeDbTable(target, "gugus_scored_test", csv, numbered, DbWriteMode::Create, p);
    EXPECT_EQ(pgScalar(url, "SELECT count(*) FROM gugus_scored_test"), "5000");
    EXPECT_EQ(pgScalar(url, "SELECT data_type FROM information_schema.columns WHERE "
                            "table_name = 'gugus_scored_test' AND column_name = 'segment'"),
              "bigint");
    const Table back = read(pgSource(url, "SELECT * FROM gugus_scored_test ORDER BY row_n")).table;
    EXPECT_EQ(back.rowCount(), csv.rowCount());
    for (const char* name : {"Usia", "Pendapatan_Tahunan", "Area", "GCIF"}) {
        for (std::int64_t r = 0; r < csv.rowCount(); r += 97) {
            ASSERT_EQ(back.column(name).toText(r), csv.column(name).toText(r)) << name << r;
        }
    }
    // An existing table stays as it was when Create refuses, and Replace swaps it whole.
    EXPECT_EQ(dbErrorOf([&] {
                  writeDbTable(target, "gugus_scored_test", csv, numbered, DbWriteMode::Create, p);
              }),
              DbError::Kind::WriteFailed);
    EXPECT_EQ(pgScalar(url, "SELECT count(*) FROM gugus_scored_test"), "5000");
    const Table few = csv.selectRows({0, 1, 2});
    std::vector<CsvExtraColumn> fewExtra{{"segment", {"1", "2", "3"}}};
    writeDbTable(target, "gugus_scored_test", few, fewExtra, DbWriteMode::Replace, p);
    EXPECT_EQ(pgScalar(url, "SELECT sum(segment) FROM gugus_scored_test"), "6");
    // A failure inside the transaction (no such schema) leaves nothing behind.
    EXPECT_EQ(dbErrorOf([&] {
                  writeDbTable(target, "no_schema.gugus_scored_test", few, fewExtra,
                               DbWriteMode::Replace, p);
              }),
              DbError::Kind::WriteFailed);
    EXPECT_EQ(pgScalar(url, "SELECT sum(segment) FROM gugus_scored_test"), "6");
    pgScalar(url, "DROP TABLE gugus_scored_test");
}

} // namespace
