// libFuzzer target for PostgreSQL's binary COPY decoder: the bytes a server (or anything that
// answers on its port) sends for a query's result. The first input byte chooses the row limit
// and how many columns the result has; the next bytes their types and names; the rest is split
// into CopyData messages at the byte 0xFE (a real server sends one row per message) and fed to
// the decoder, then the Table is built and checked.
#include "common/error.h"
#include "fuzz_checks.h"
#include "source/pg_binary.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

using namespace gugus::core;
using namespace gugus::core::db;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) {
        return 0;
    }
    static const PgBinaryType kTypes[] = {
        PgBinaryType::Bool,   PgBinaryType::Int2,    PgBinaryType::Int4,
        PgBinaryType::Int8,   PgBinaryType::Oid,     PgBinaryType::Float4,
        PgBinaryType::Float8, PgBinaryType::Numeric, PgBinaryType::Text};
    // Names that steer the type rules: ids by name, pandas' unnamed index, plain names.
    static const char* const kNames[] = {"customer_id", "area", "", "Unnamed: 0"};
    const std::size_t columns = 1 + (data[0] & 7);
    if (size < 1 + columns) {
        return 0;
    }
    CsvOptions options;
    options.missingTokens = {"", "\\N"};
    options.maxRows = (data[0] & 0x80) ? 3 : -1;
    options.maxCategories = (data[0] & 0x40) ? 2 : options.maxCategories;
    std::vector<PgBinaryDecoder::ColumnSpec> specs;
    for (std::size_t j = 0; j < columns; ++j) {
        const std::uint8_t b = data[1 + j];
        specs.push_back(
            {std::string(kNames[b >> 6]) + (j ? std::to_string(j) : ""), kTypes[(b & 0x3F) % 9]});
    }
    std::string_view stream(reinterpret_cast<const char*>(data + 1 + columns), size - 1 - columns);
    NullProgress progress;
    try {
        PgBinaryDecoder decoder(specs, options, "postgresql://fuzz");
        while (!stream.empty()) {
            const std::size_t cut = stream.find('\xFE');
            decoder.add(stream.substr(0, cut));
            stream.remove_prefix(cut == std::string_view::npos ? stream.size() : cut + 1);
        }
        gugus::fuzz::check(decoder.finish(progress).table);
    } catch (const DbError&) {
        // A malformed stream ends in a typed error, never in a crash or a read outside a message.
    } catch (const Error&) {
    }
    return 0;
}
