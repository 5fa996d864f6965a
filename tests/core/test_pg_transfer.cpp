// A PostgreSQL result read through the binary COPY decoder equals the same result read as CSV (the
// path every result took before): same column kinds, values, missing cells, statistics and
// notices, on the sample, the million-row table and a result with every type the decoder knows
// (NULLs in each, numerics with scales, NaN and infinities, empty text against NULL, unicode).
// Types the decoder does not know send the whole result through CSV. Needs a server
// (GUGUS_TEST_PG, see postgres_test.h); the decoder alone is tested in test_pg_binary.cpp.
#include "postgres_test.h"
#include "source/db_internal.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

using namespace gugus::core;

namespace {

DbSource pgSource(const std::string& url, const std::string& query) {
    DbSource s = parseDbUrl(url);
    s.query = query;
    return s;
}

struct Read {
    CsvReadResult result;
    db::PgTransfer used = db::PgTransfer::Auto;
};

Read read(const std::string& url, const std::string& query, db::PgTransfer transfer,
          const CsvOptions& options = {}) {
    NullProgress p;
    Read r;
    r.result = db::readPostgres(pgSource(url, query), options, p, transfer, &r.used);
    return r;
}

bool sameNumber(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || std::memcmp(&a, &b, sizeof a) == 0;
}

void expectSameStats(const ColumnStats& a, const ColumnStats& b, const std::string& name) {
    EXPECT_EQ(a.count, b.count) << name;
    EXPECT_EQ(a.missing, b.missing) << name;
    EXPECT_EQ(a.distinct, b.distinct) << name;
    EXPECT_EQ(a.nonFinite, b.nonFinite) << name;
    EXPECT_EQ(a.mode, b.mode) << name;
    EXPECT_EQ(a.integral, b.integral) << name;
    for (const auto& [x, y] : {std::pair{a.mean, b.mean},
                               {a.std, b.std},
                               {a.min, b.min},
                               {a.q1, b.q1},
                               {a.median, b.median},
                               {a.q3, b.q3},
                               {a.max, b.max}}) {
        EXPECT_TRUE(sameNumber(x, y)) << name << ": " << x << " vs " << y;
    }
}

/// Every observable part of two reads is the same, to the bit.
void expectSameResult(const CsvReadResult& binary, const CsvReadResult& csv) {
    const Table& a = binary.table;
    const Table& b = csv.table;
    ASSERT_EQ(a.columnNames(), b.columnNames());
    ASSERT_EQ(a.rowCount(), b.rowCount());
    for (std::int64_t c = 0; c < a.columnCount(); ++c) {
        const Column& x = a.column(c);
        const Column& y = b.column(c);
        ASSERT_EQ(x.type(), y.type()) << x.name();
        expectSameStats(x.stats(), y.stats(), x.name());
        EXPECT_EQ(x.suggestCategorical(), y.suggestCategorical()) << x.name();
        if (x.type() == ColumnType::Categorical) {
            EXPECT_EQ(x.categories(), y.categories()) << x.name();
        }
        // Row by row (every 97th of a large table: the fingerprint covers all of them).
        const std::int64_t step = a.rowCount() > 100000 ? 97 : 1;
        for (std::int64_t r = 0; r < a.rowCount(); r += step) {
            ASSERT_EQ(x.isMissing(r), y.isMissing(r)) << x.name() << " row " << r;
            ASSERT_EQ(x.toText(r), y.toText(r)) << x.name() << " row " << r;
            if (x.isNumericLike()) {
                ASSERT_TRUE(sameNumber(x.values()[std::size_t(r)], y.values()[std::size_t(r)]))
                    << x.name() << " row " << r;
            }
        }
    }
    EXPECT_EQ(a.fingerprint(), b.fingerprint());
    ASSERT_EQ(binary.notices.size(), csv.notices.size());
    for (std::size_t i = 0; i < csv.notices.size(); ++i) {
        EXPECT_EQ(binary.notices[i].kind, csv.notices[i].kind);
        EXPECT_EQ(binary.notices[i].subject, csv.notices[i].subject);
        EXPECT_EQ(binary.notices[i].count, csv.notices[i].count);
    }
}

void expectBinaryEqualsCsv(const std::string& url, const std::string& query,
                           const CsvOptions& options = {}) {
    const Read binary = read(url, query, db::PgTransfer::Auto, options);
    const Read csv = read(url, query, db::PgTransfer::Csv, options);
    EXPECT_EQ(binary.used, db::PgTransfer::Binary) << query;
    EXPECT_EQ(csv.used, db::PgTransfer::Csv);
    expectSameResult(binary.result, csv.result);
}

/// Every type the decoder reads, with NULLs in each column and the cells CSV reads as missing.
constexpr const char* kEveryType = R"SQL(
WITH s AS (SELECT g FROM generate_series(1, 3000) AS g)
SELECT g AS row_n,
       CASE WHEN g % 11 = 0 THEN NULL ELSE (g % 7 - 3)::int2 END AS small,
       CASE WHEN g % 13 = 0 THEN NULL ELSE (g * 37 % 1000)::int4 END AS medium,
       g::int8 * 1000000007 AS big_id,
       CASE WHEN g % 17 = 0 THEN NULL ELSE (g / 7.0)::float4 END AS sgl,
       CASE g % 19 WHEN 0 THEN 'NaN'::float8 WHEN 1 THEN 'Infinity'::float8
                   WHEN 2 THEN NULL ELSE g / 3.0 END AS dbl,
       CASE WHEN g % 23 = 0 THEN 'NaN'::numeric WHEN g % 29 = 0 THEN NULL
            ELSE (g / 8.0)::numeric(12, 3) END AS fixed,
       CASE g WHEN 5 THEN 1e-400 WHEN 6 THEN 1e400 WHEN 7 THEN -1e400 WHEN 8 THEN NULL
              ELSE g * 1.5 END AS free_n,
       CASE WHEN g % 31 = 0 THEN NULL ELSE g % 3 = 0 END AS flag,
       CASE WHEN g % 10 = 0 THEN '' WHEN g % 14 = 0 THEN NULL WHEN g % 15 = 0 THEN '  '
            WHEN g % 16 = 0 THEN 'Ünïcødé ✓' WHEN g % 18 = 0 THEN 'NaN' WHEN g % 21 = 0 THEN '\N'
            ELSE (ARRAY['Jakarta', 'Bandung', ' Medan', 'said "hi", then'])[1 + g % 4] END AS area,
       CASE WHEN g % 9 = 0 THEN NULL ELSE (g % 5)::text::char(4) END AS code,
       ('v' || g % 6)::varchar(8) AS vc,
       ('n' || g % 3)::name AS nm,
       'N' || g AS note_id,
       'free text ' || g AS note,
       (g % 2)::int4 AS zero_one,
       CASE WHEN false THEN 1 END::int4 AS nothing,
       (g % 100)::oid AS o
FROM s ORDER BY g)SQL";

TEST(PostgresBinary, SampleReadsAsItsCsvPath) {
    GUGUS_REQUIRE_POSTGRES(url);
    expectBinaryEqualsCsv(url, "SELECT * FROM fundfusion");
    // One column with NULLs: no row lost on either path.
    expectBinaryEqualsCsv(url, "SELECT \"Usia\" FROM fundfusion");
}

TEST(PostgresBinary, EveryTypeWithNullsReadsAsItsCsvPath) {
    GUGUS_REQUIRE_POSTGRES(url);
    expectBinaryEqualsCsv(url, kEveryType);
    // Fewer categories allowed: labels become ids the same way on both paths.
    CsvOptions few;
    few.maxCategories = 3;
    few.maxRows = 100;
    expectBinaryEqualsCsv(url, kEveryType, few);
    expectBinaryEqualsCsv(url, "SELECT * FROM (" + std::string(kEveryType) + ") AS t WHERE false");
}

TEST(PostgresBinary, AMillionRowsReadAsTheirCsvPath) {
    GUGUS_REQUIRE_POSTGRES(url);
    // Ordered: two scans of a large table return its rows in another order while other scans of
    // it run (PostgreSQL's synchronized sequential scans; the tests run in parallel).
    expectBinaryEqualsCsv(url, "SELECT * FROM wide_1m ORDER BY customer_id");
}

TEST(PostgresBinary, OtherTypesSendTheResultThroughCsv) {
    GUGUS_REQUIRE_POSTGRES(url);
    const Read r = read(url,
                        "SELECT g AS n, md5(g::text)::uuid AS u, make_interval(days => g) AS span, "
                        "jsonb_build_object('g', g) AS doc, DATE '2024-01-01' + g AS opened "
                        "FROM generate_series(1, 50) AS g",
                        db::PgTransfer::Auto);
    EXPECT_EQ(r.used, db::PgTransfer::Csv);
    ASSERT_EQ(r.result.table.rowCount(), 50);
    EXPECT_EQ(r.result.table.column("u").type(), ColumnType::Id);
    EXPECT_EQ(r.result.table.column("opened").toText(0), "2024-01-02");
    // Forced types and repeated names are the CSV reader's to apply.
    CsvOptions forced;
    forced.forcedTypes = {{"x", ColumnType::Categorical}};
    EXPECT_EQ(read(url, "SELECT 1 AS x", db::PgTransfer::Auto, forced).used, db::PgTransfer::Csv);
    EXPECT_EQ(read(url, "SELECT 1 AS x, 2 AS x", db::PgTransfer::Auto).used, db::PgTransfer::Csv);
}

} // namespace
