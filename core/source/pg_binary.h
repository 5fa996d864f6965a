#pragma once

// Internal to core/source: PostgreSQL's binary COPY stream (COPY ... TO STDOUT (FORMAT binary))
// decoded into columns as its messages arrive, and the Table built from them by the CSV reader's
// type rules, so a result reads the same whichever way it travels. Knows no libpq: the caller
// hands over each CopyData message (the protocol sends one row per message; the file header
// rides with the first, the trailer comes alone).
//
// The stream comes from a server, yet it is checked as any input: the signature, a field count
// equal to the result's columns, every length against what is left of the message, the length
// each type needs, text that is UTF-8 (the server converts and checks it for the session). A
// violation throws DbError QueryFailed naming the row and column; nothing is read outside a
// message.

#include "data/csv_reader.h"
#include "source/db_source.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gugus::core::db {

/// How a column's binary values are read.
enum class PgBinaryType { Bool, Int2, Int4, Int8, Oid, Float4, Float8, Numeric, Text };

/// The reading of a result column's type (its OID), or nullopt for a type the decoder does not
/// know (the result is then read as CSV).
std::optional<PgBinaryType> pgBinaryType(std::uint32_t oid);

/// The text PostgreSQL writes for a numeric in its binary form (numeric_out): `digits` base
/// 10000, `weight` of the first, `sign` 0x0000, 0x4000, 0xC000 (NaN), 0xD000/0xF000 (+-Infinity),
/// `scale` digits after the point. Checked by the caller.
std::string pgNumericText(const std::vector<std::int16_t>& digits, int weight, int sign, int scale);
/// The text PostgreSQL writes for a float8 (`single` = false) or float4: the shortest digits that
/// read back as the value, fixed notation for decimal exponents -4 .. 14 (float4: 5), else
/// scientific ("1e+20").
std::string pgFloatText(double value, bool single);

class PgBinaryDecoder {
public:
    struct ColumnSpec {
        std::string name;
        PgBinaryType type = PgBinaryType::Text;
    };
    /// @param subject  the database's URL, for errors
    /// @param options  the reading of a result (resultReading): missingTokens, maxRows (rows
    ///                 beyond it are counted, not kept), maxCategories, maxCodeCategories; forced
    ///                 types are not applied (the caller reads such results as CSV)
    PgBinaryDecoder(std::vector<ColumnSpec> columns, const CsvOptions& options,
                    std::string subject);
    ~PgBinaryDecoder();
    PgBinaryDecoder(const PgBinaryDecoder&) = delete;
    PgBinaryDecoder& operator=(const PgBinaryDecoder&) = delete;

    /// Decodes one CopyData message.
    void add(std::string_view message);
    /// Data rows received so far (also those beyond maxRows).
    std::int64_t rows() const { return m_rows; }
    /// The Table, built by the CSV reader's rules (columns in parallel); throws when the stream
    /// ended without its trailer. Reports "csv.columns".
    CsvReadResult finish(Progress& progress);

private:
    struct Cells;
    void header(std::string_view& in);
    void field(Cells& cells, std::string_view value, bool null);
    void requireUtf8(const Cells& cells, std::string_view value) const;
    /// One column's Column by the CSV reader's rules; takes the cells' data.
    Column column(Cells& cells, std::vector<CsvNotice>& notices) const;
    [[noreturn]] void malformed(const std::string& what) const;
    [[noreturn, gnu::cold, gnu::noinline]] void
    badLength(const std::string& column, std::size_t size, std::size_t expected) const;

    std::vector<Cells> m_columns;
    CsvOptions m_options;
    std::string m_subject;
    std::int64_t m_rows = 0;
    std::int64_t m_kept = 0;
    bool m_headerSeen = false;
    bool m_ended = false;
};

} // namespace gugus::core::db
