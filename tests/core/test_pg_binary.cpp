// PostgreSQL's binary COPY stream decoded without a server: crafted messages (every type the
// decoder knows, NULLs, the CSV reader's missing cells and type rules) and hostile ones (cut off,
// lengths past the message, negative lengths, wrong field counts), which must fail with an error
// naming the row and column, never read outside the message. The same against a real server is in
// test_db_source.cpp (binary and CSV paths give the same Table).
#include "data/csv_text_columns.h"
#include "source/pg_binary.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <functional>

using namespace gugus::core;
using namespace gugus::core::db;

namespace {

/// Builds binary COPY messages.
class Stream {
public:
    static std::string header() { return std::string("PGCOPY\n\377\r\n\0", 11) + i32(0) + i32(0); }
    static std::string i16(std::int16_t v) { return be(std::uint16_t(v), 2); }
    static std::string i32(std::int32_t v) { return be(std::uint32_t(v), 4); }
    static std::string i64(std::int64_t v) { return be(std::uint64_t(v), 8); }
    static std::string f4(float v) { return be(std::bit_cast<std::uint32_t>(v), 4); }
    static std::string f8(double v) { return be(std::bit_cast<std::uint64_t>(v), 8); }
    static std::string numeric(std::vector<std::int16_t> digits, int weight, int sign, int scale) {
        std::string out = i16(std::int16_t(digits.size())) + i16(std::int16_t(weight)) +
                          i16(std::int16_t(sign)) + i16(std::int16_t(scale));
        for (const auto d : digits) {
            out += i16(d);
        }
        return out;
    }
    /// A row: fields as their bytes, std::nullopt = NULL.
    static std::string row(const std::vector<std::optional<std::string>>& fields) {
        std::string out = i16(std::int16_t(fields.size()));
        for (const auto& f : fields) {
            out += f ? i32(std::int32_t(f->size())) + *f : i32(-1);
        }
        return out;
    }
    static std::string trailer() { return i16(-1); }

private:
    static std::string be(std::uint64_t v, int bytes) {
        std::string out;
        for (int i = bytes - 1; i >= 0; --i) {
            out += char((v >> (8 * i)) & 0xFF);
        }
        return out;
    }
};

CsvOptions resultOptions() {
    CsvOptions o;
    o.missingTokens = {"", "\\N"}; // as resultReading sets them for a database result
    return o;
}

/// Decodes `messages` (the first gets the header, a trailer follows the last).
CsvReadResult decode(const std::vector<PgBinaryDecoder::ColumnSpec>& columns,
                     const std::vector<std::string>& rows, CsvOptions options = resultOptions()) {
    PgBinaryDecoder decoder(columns, options, "postgresql://test");
    for (std::size_t r = 0; r < rows.size(); ++r) {
        decoder.add((r == 0 ? Stream::header() : std::string()) + rows[r]);
    }
    decoder.add(rows.empty() ? Stream::header() + Stream::trailer() : Stream::trailer());
    NullProgress p;
    return decoder.finish(p);
}

/// The message of the DbError that `fn` throws.
std::string failure(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const DbError& e) {
        EXPECT_EQ(e.kind(), DbError::Kind::QueryFailed);
        return e.detail();
    }
    ADD_FAILURE() << "no DbError";
    return {};
}

using S = Stream;
using T = PgBinaryType;

} // namespace

TEST(PgBinary, TypesOfTheServer) {
    EXPECT_EQ(pgBinaryType(23), T::Int4);
    EXPECT_EQ(pgBinaryType(1700), T::Numeric);
    EXPECT_EQ(pgBinaryType(1042), T::Text);
    EXPECT_FALSE(pgBinaryType(2950)); // uuid: read as CSV
    EXPECT_FALSE(pgBinaryType(1082)); // date: its text depends on DateStyle, read as CSV
}

TEST(PgBinary, NumericTextIsPostgresqls) {
    EXPECT_EQ(pgNumericText({1, 2345}, 1, 0, 2), "12345.00");
    EXPECT_EQ(pgNumericText({1234, 5678}, 0, 0x4000, 2), "-1234.56"); // extra digits are cut
    EXPECT_EQ(pgNumericText({1}, -1, 0, 4), "0.0001");
    EXPECT_EQ(pgNumericText({5000}, -1, 0, 1), "0.5");
    EXPECT_EQ(pgNumericText({12}, 2, 0, 0), "1200000000");
    EXPECT_EQ(pgNumericText({}, 0, 0, 3), "0.000");
    EXPECT_EQ(pgNumericText({}, 0, 0xC000, 0), "NaN");
    EXPECT_EQ(pgNumericText({}, 0, 0xF000, 0), "-Infinity");
}

TEST(PgBinary, FloatTextIsPostgresqls) {
    EXPECT_EQ(pgFloatText(123.0, false), "123");
    EXPECT_EQ(pgFloatText(-0.25, false), "-0.25");
    EXPECT_EQ(pgFloatText(0.0001, false), "0.0001");
    EXPECT_EQ(pgFloatText(1.5e-5, false), "1.5e-05");
    EXPECT_EQ(pgFloatText(123456789012345.0, false), "123456789012345");
    EXPECT_EQ(pgFloatText(1e15, false), "1e+15");
    EXPECT_EQ(pgFloatText(1e20, false), "1e+20");
    EXPECT_EQ(pgFloatText(0.1f, true), "0.1");
    EXPECT_EQ(pgFloatText(123456.0f, true), "123456");
    EXPECT_EQ(pgFloatText(1e6f, true), "1e+06");
}

TEST(PgBinary, EveryTypeWithNullsReadsAsTheCsvReaderWould) {
    const std::vector<PgBinaryDecoder::ColumnSpec> columns = {
        {"i2", T::Int2},   {"i4", T::Int4},   {"i8", T::Int8},
        {"f4", T::Float4}, {"f8", T::Float8}, {"n", T::Numeric},
        {"flag", T::Bool}, {"area", T::Text}, {"o", T::Oid}};
    std::vector<std::string> rows;
    for (int r = 0; r < 6; ++r) {
        rows.push_back(S::row(
            {S::i16(std::int16_t(-r)), S::i32(r * 1000),
             r == 5 ? std::nullopt : std::optional(S::i64(r)), S::f4(0.1f * r),
             S::f8(r == 4 ? std::nan("") : r + 0.5),
             r == 3 ? S::numeric({}, 0, 0xC000, 0) : S::numeric({std::int16_t(r), 5000}, 0, 0, 2),
             r == 2 ? std::nullopt : std::optional(std::string(1, char(r % 2))),
             std::string(r % 2 ? "Jakarta" : "Bandung"), S::i32(r + 7)}));
    }
    const Table t = decode(columns, rows).table;
    ASSERT_EQ(t.rowCount(), 6);
    EXPECT_EQ(t.column("i2").type(), ColumnType::Numeric);
    EXPECT_EQ(t.column("i2").values()[5], -5.0);
    EXPECT_EQ(t.column("i4").values()[3], 3000.0);
    EXPECT_TRUE(t.column("i8").isMissing(5));
    EXPECT_EQ(t.column("i8").values()[4], 4.0);
    EXPECT_EQ(t.column("f4").values()[1],
              0.1); // float4 0.1 is read as its text says, not 0.100000001
    EXPECT_TRUE(t.column("f8").isMissing(4)); // NaN is missing, as in CSV
    EXPECT_EQ(t.column("f8").values()[2], 2.5);
    EXPECT_EQ(t.column("n").values()[2], 2.5);
    EXPECT_TRUE(t.column("n").isMissing(3));
    EXPECT_EQ(t.column("flag").type(), ColumnType::Binary);
    EXPECT_TRUE(t.column("flag").isMissing(2));
    EXPECT_EQ(t.column("flag").values()[3], 1.0);
    EXPECT_EQ(t.column("area").type(), ColumnType::Categorical);
    EXPECT_EQ(t.column("area").categories(), (std::vector<std::string>{"Bandung", "Jakarta"}));
    EXPECT_EQ(t.column("area").toText(1), "Jakarta");
    EXPECT_EQ(t.column("o").values()[0], 7.0);
}

TEST(PgBinary, TextCellsMissingAsInCsvAndLabelRules) {
    // Empty, only spaces, \N and NaN read as missing in the CSV path: here too. NULL as well.
    std::vector<std::string> rows;
    const std::vector<std::optional<std::string>> notes = {
        "a", std::nullopt, "",        "  ", "\\N", "NaN", " a", "a",
        "b", "b",          "Ünïcødé", "a",  "b",   "a",   "a"};
    for (std::size_t r = 0; r < notes.size(); ++r) {
        rows.push_back(S::row({notes[r], "C" + std::to_string(r)}));
    }
    const Table t = decode({{"note", T::Text}, {"code", T::Text}}, rows).table;
    const Column& note = t.column("note");
    EXPECT_EQ(note.type(), ColumnType::Categorical);
    EXPECT_EQ(note.categories(), (std::vector<std::string>{" a", "a", "b", "Ünïcødé"}));
    for (const int r : {1, 2, 3, 4, 5}) {
        EXPECT_TRUE(note.isMissing(r)) << r;
    }
    EXPECT_EQ(note.stats().count, 10);
    // All distinct: an id, whatever its name.
    EXPECT_EQ(t.column("code").type(), ColumnType::Id);
    EXPECT_EQ(t.column("code").toText(14), "C14");
}

TEST(PgBinary, IdsByNameKeepTheirTextAsWritten) {
    std::vector<std::string> rows;
    const std::int64_t big = (std::int64_t(1) << 53) + 1; // not a double: the text keeps it
    for (std::int64_t r = 0; r < 4; ++r) {
        rows.push_back(S::row({S::i64(big + 4 * r), S::numeric({std::int16_t(r + 1)}, 0, 0, 1),
                               S::f8(double(r)), "L" + std::to_string(r % 2), S::i32(5)}));
    }
    const CsvReadResult r = decode({{"customer_id", T::Int8},
                                    {"account_id", T::Numeric},
                                    {"score_id", T::Float8},
                                    {"client_id", T::Text},
                                    {"same", T::Int4}},
                                   rows);
    const Table& t = r.table;
    EXPECT_EQ(t.column("customer_id").type(), ColumnType::Id);
    EXPECT_EQ(t.column("customer_id").toText(0), "9007199254740993");
    EXPECT_EQ(t.column("account_id").type(), ColumnType::Id);
    EXPECT_EQ(t.column("account_id").toText(2), "3.0"); // numeric(…,1) writes its scale
    EXPECT_EQ(t.column("score_id").toText(3), "3");
    EXPECT_EQ(t.column("client_id").type(), ColumnType::Id); // text under an id's name
    EXPECT_EQ(t.column("same").type(), ColumnType::Numeric);
}

TEST(PgBinary, RowLimitKeepsTheFirstRowsAndSaysSo) {
    std::vector<std::string> rows;
    for (int r = 0; r < 3; ++r) {
        rows.push_back(S::row({S::i32(r)}));
    }
    CsvOptions o = resultOptions();
    o.maxRows = 2;
    const CsvReadResult r = decode({{"x", T::Int4}}, rows, o);
    EXPECT_EQ(r.table.rowCount(), 2);
    ASSERT_EQ(r.notices.size(), 1u);
    EXPECT_EQ(r.notices[0].kind, CsvNotice::Kind::Truncated);
    // No rows at all: the columns, empty.
    EXPECT_EQ(decode({{"x", T::Int4}, {"t", T::Text}}, {}).table.columnCount(), 2);
}

TEST(PgBinary, HostileStreamsFailWithTheRowAndColumn) {
    const std::vector<PgBinaryDecoder::ColumnSpec> columns = {{"age", T::Int4}, {"name", T::Text}};
    const auto feed = [&](const std::string& first, bool finish = false) {
        return failure([&] {
            PgBinaryDecoder d(columns, resultOptions(), "postgresql://test");
            d.add(first);
            if (finish) {
                NullProgress p;
                d.finish(p);
            }
        });
    };
    const std::string good = S::row({S::i32(1), "x"});
    EXPECT_NE(feed("PGCOPY\n").find("signature"), std::string::npos);
    EXPECT_NE(feed(S::header() + S::row({S::i32(1)})).find("1 fields, the result has 2"),
              std::string::npos);
    // A length past the end of the message: refused, not read.
    std::string past = S::header() + S::i16(2) + S::i32(4) + S::i32(1) + S::i32(1000) + "abc";
    EXPECT_NE(feed(past).find("row 1, column 'name': a field of 1000 bytes with 3 left"),
              std::string::npos)
        << feed(past);
    std::string negative = S::header() + S::i16(2) + S::i32(-7);
    EXPECT_NE(feed(negative).find("column 'age': negative field length -7"), std::string::npos);
    EXPECT_NE(feed(S::header() + S::i16(2) + S::i32(4)).find("field of 4 bytes with 0 left"),
              std::string::npos);
    EXPECT_NE(feed(S::header() + S::i16(2) + S::i32(4) + S::i32(1) + "\x01").find("cut off"),
              std::string::npos);
    EXPECT_NE(feed(S::header() + S::row({S::i16(1), "x"})).find("2 bytes where the type has 4"),
              std::string::npos);
    EXPECT_NE(feed(S::header() + "\x01").find("cut off"), std::string::npos);
    EXPECT_NE(feed(S::header() + good, true).find("ended before its end marker"),
              std::string::npos);
    EXPECT_NE(feed(S::header() + S::trailer() + good).find("after the end marker"),
              std::string::npos);
    std::string flags = S::header();
    flags[13] = 1; // OIDs in the rows: never asked for
    EXPECT_NE(feed(flags).find("header flags"), std::string::npos);
    // Numerics: a digit beyond 9999, a length that does not match the digit count.
    const std::vector<PgBinaryDecoder::ColumnSpec> amount = {{"amount", T::Numeric}};
    const auto feedAmount = [&](const std::string& field) {
        return failure([&] {
            PgBinaryDecoder d(amount, resultOptions(), "postgresql://test");
            d.add(S::header() + S::row({field}));
        });
    };
    EXPECT_NE(feedAmount(S::numeric({10000}, 0, 0, 0)).find("not a numeric"), std::string::npos);
    EXPECT_NE(feedAmount(S::numeric({1}, 0, 0, 0).substr(0, 9)).find("where the type has 10"),
              std::string::npos);
    EXPECT_NE(feedAmount(S::numeric({1}, 0, 0x1234, 0)).find("not a numeric"), std::string::npos);
    // A negative digit count (found by fuzz_pg_binary): refused, no vector of 2^64 digits.
    std::string negativeCount = S::numeric({}, 0, 0, 0);
    negativeCount[0] = negativeCount[1] = '\xFF';
    EXPECT_NE(feedAmount(negativeCount).find("row 1, column 'amount': not a numeric"),
              std::string::npos);
    EXPECT_NE(feedAmount(std::string("\x00\x01", 2)).find("2 bytes where the type has 8"),
              std::string::npos);
}

TEST(PgBinary, TextThatIsNotUtf8FailsWithTheRowAndColumn) {
    // A server checks text for the session's UTF8 itself (test_db_source.cpp); the decoder does
    // not rely on it, as the CSV path does not.
    const std::vector<PgBinaryDecoder::ColumnSpec> columns = {{"area", T::Text},
                                                              {"note_id", T::Text}};
    const auto feed = [&](const std::string& area, const std::string& note) {
        return failure([&] {
            PgBinaryDecoder d(columns, resultOptions(), "postgresql://test");
            d.add(S::header() + S::row({"Jakarta", "Ünïcødé ✓"}));
            d.add(S::row({area, note}));
        });
    };
    // A label the dictionary has not seen (categories), and an id kept per row.
    EXPECT_EQ(feed("Bandung\xFF", "n2"), "malformed binary COPY data: row 2, column 'area': byte "
                                         "8 of the text is not UTF-8");
    EXPECT_NE(feed("Jakarta", "\xC0\xAF").find("row 2, column 'note_id': byte 1"),
              std::string::npos);                                                   // overlong '/'
    EXPECT_NE(feed("\xED\xA0\x80", "n2").find("column 'area'"), std::string::npos); // surrogate
    EXPECT_NE(feed("Medan", "ok \xF4\x90\x80\x80").find("column 'note_id': byte 4"),
              std::string::npos); // past U+10FFFF
    EXPECT_NE(feed("Medan", "cut \xE2\x9C").find("column 'note_id'"), std::string::npos);
}

TEST(PgBinary, IntegerIdsReadAsTheCsvReaderWhateverTheirOrder) {
    // Ascending integers under an id's name skip the numeric statistics: every case around that
    // shortcut must still give the CSV reader's column (type, statistics, text, fingerprint).
    const std::vector<std::vector<std::optional<std::int32_t>>> cases = {
        {1, 2, 3, 10, 11},       // ascending: an id
        {5, 3, 9, 1},            // unique, not ascending: an id
        {1, 2, 2, 3},            // a repeat: numbers
        {1, 2, std::nullopt, 4}, // a missing id: numbers
        {0, 1},                  // ascending 0/1: binary
        {1},                     // one row of 1: binary
        {-3, -2, 7},             // negative ids
        {7}};
    for (const auto& ids : cases) {
        std::vector<std::string> rows;
        std::string csv = "customer_id\n";
        for (const auto& id : ids) {
            rows.push_back(S::row({id ? std::optional(S::i32(*id)) : std::nullopt}));
            csv += (id ? std::to_string(*id) : "\\N") + "\n"; // a blank line is skipped
        }
        const Table binary = decode({{"customer_id", T::Int4}}, rows).table;
        NullProgress p;
        const Table text = readCsvText(csv, resultOptions(), {}, p).table;
        const Column& a = binary.column(0);
        const Column& b = text.column(0);
        SCOPED_TRACE(csv);
        EXPECT_EQ(a.type(), b.type());
        EXPECT_EQ(a.stats().distinct, b.stats().distinct);
        EXPECT_EQ(a.stats().missing, b.stats().missing);
        for (std::int64_t r = 0; r < a.size(); ++r) {
            EXPECT_EQ(a.toText(r), b.toText(r));
        }
        EXPECT_EQ(binary.fingerprint(), text.fingerprint());
    }
}
