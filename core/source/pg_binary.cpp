// The binary COPY stream into columns: fields decoded as they arrive (numbers as doubles, labels
// into a dictionary while they are few), then the CSV reader's type rules (csv_text_columns.h).
// Values equal what the CSV path reads: a number is the double its text parses to (float4 and
// numeric go through PostgreSQL's text for that), a label is kept as written, and a cell the CSV
// reader would take as missing (NULL, empty, only spaces, "\N", "NaN") is missing here too.
#include "source/pg_binary.h"

#include "common/error.h"
#include "common/parallel.h"
#include "data/csv_text_columns.h"
#include "data/string_interner.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <optional>
#include <unordered_map>

namespace gugus::core::db {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template <class T> T bigEndian(const char* p) {
    static_assert(std::is_integral_v<T>);
    std::make_unsigned_t<T> u;
    std::memcpy(&u, p, sizeof u);
    if constexpr (sizeof u == 2) {
        u = __builtin_bswap16(u);
    } else if constexpr (sizeof u == 4) {
        u = __builtin_bswap32(u);
    } else {
        u = __builtin_bswap64(u);
    }
    return T(u);
}

/// The double that PostgreSQL's text of `text` (a number it wrote) parses to, as the CSV reader
/// parses it: correctly rounded, and out of range gives +-Infinity or +-0.
double parsedText(std::string_view text) {
    double v = kNaN;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec == std::errc::result_out_of_range) {
        const bool negative = !text.empty() && text[0] == '-';
        const auto point = text.find('.');
        const std::string_view whole = text.substr(negative ? 1 : 0, point - (negative ? 1 : 0));
        const bool huge = whole != "0"; // numeric text has no exponent: a long whole part
        v = huge ? std::numeric_limits<double>::infinity() : 0.0;
        v = negative ? -v : v;
    }
    return v;
}

double float4Value(float f) {
    if (std::isnan(f)) {
        return kNaN;
    }
    if (std::isinf(f) || (f == std::trunc(f) && std::fabs(f) < 16777216.0f)) {
        return double(f); // whole floats print as themselves
    }
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, f).ptr;
    double v = kNaN;
    std::from_chars(text, end, v);
    return v;
}

struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return fastHash(s); }
};

/// Appends to a column that grows to millions of values: room doubles (huge pages once large, so
/// the fresh pages fault 512 at a time), never one element at a time.
template <class T, class V> void append(std::vector<T>& column, V&& value) {
    if (column.size() == column.capacity()) [[unlikely]] {
        reserveBig(column, std::max<std::size_t>(4096, 2 * column.size()));
    }
    column.emplace_back(std::forward<V>(value));
}

/// The byte width of a boolean or fixed-width number type (float4 aside: its value goes through
/// its text); 0 for the other types.
constexpr std::size_t fixedWidth(PgBinaryType type) {
    switch (type) {
    case PgBinaryType::Bool:
        return 1;
    case PgBinaryType::Int2:
        return 2;
    case PgBinaryType::Int4:
    case PgBinaryType::Oid:
        return 4;
    case PgBinaryType::Int8:
    case PgBinaryType::Float8:
        return 8;
    default:
        return 0;
    }
}

/// The value of a field of a fixed-width type, its length already checked (NaN as kNaN).
inline double fixedValue(PgBinaryType type, const char* p) {
    switch (type) {
    case PgBinaryType::Bool:
        return p[0] != 0 ? 1.0 : 0.0;
    case PgBinaryType::Int2:
        return bigEndian<std::int16_t>(p);
    case PgBinaryType::Int4:
        return bigEndian<std::int32_t>(p);
    case PgBinaryType::Oid:
        return bigEndian<std::uint32_t>(p);
    case PgBinaryType::Int8:
        return double(bigEndian<std::int64_t>(p));
    default: {
        const double d = std::bit_cast<double>(bigEndian<std::uint64_t>(p));
        return std::isnan(d) ? kNaN : d;
    }
    }
}

/// The value of a boolean or fixed-width number field (NaN for NULL), the common case, without
/// field()'s text and checks; false for the other types and for a length the type does not have
/// (field() then reports it).
inline bool plainNumber(PgBinaryType type, std::string_view value, bool null, double& v) {
    const std::size_t size = fixedWidth(type);
    if (size == 0 || (!null && value.size() != size)) {
        return false;
    }
    v = null ? kNaN : fixedValue(type, value.data());
    return true;
}

/// The decimal text of an integer as PostgreSQL's int*out writes it.
template <class I> std::string integerText(I value) {
    char text[24];
    return std::string(text, std::to_chars(text, text + sizeof text, value).ptr);
}

/// A fixed-width number field's text as PostgreSQL writes it (a boolean keeps none).
std::string fixedText(PgBinaryType type, const char* p) {
    switch (type) {
    case PgBinaryType::Int2:
        return integerText(bigEndian<std::int16_t>(p));
    case PgBinaryType::Int4:
        return integerText(bigEndian<std::int32_t>(p));
    case PgBinaryType::Oid:
        return integerText(bigEndian<std::uint32_t>(p));
    case PgBinaryType::Int8:
        return integerText(bigEndian<std::int64_t>(p));
    case PgBinaryType::Float8:
        return pgFloatText(std::bit_cast<double>(bigEndian<std::uint64_t>(p)), false);
    default:
        return {};
    }
}

} // namespace

std::optional<PgBinaryType> pgBinaryType(std::uint32_t oid) {
    // OIDs of the built-in types (pg_type.dat); stable across server versions.
    switch (oid) {
    case 16:
        return PgBinaryType::Bool;
    case 21:
        return PgBinaryType::Int2;
    case 23:
        return PgBinaryType::Int4;
    case 20:
        return PgBinaryType::Int8;
    case 26:
        return PgBinaryType::Oid;
    case 700:
        return PgBinaryType::Float4;
    case 701:
        return PgBinaryType::Float8;
    case 1700:
        return PgBinaryType::Numeric;
    case 25:   // text
    case 1043: // varchar
    case 1042: // bpchar: padded in both formats
    case 19:   // name
        return PgBinaryType::Text;
    default:
        return std::nullopt;
    }
}

struct PgBinaryDecoder::Cells {
    std::string name;
    PgBinaryType type = PgBinaryType::Text;
    std::vector<double> values;    ///< numbers and booleans; NaN = missing
    bool keepText = false;         ///< numbers under an id's name: their text, should they be ids
    std::vector<std::string> text; ///< that text, or the labels of a raw column
    /// Labels while they are few enough for a category: label -> code (-1: reads as missing).
    std::unordered_map<std::string, std::int32_t, Hash, std::equal_to<>> dictionary;
    std::vector<std::string> labels;
    std::vector<std::int32_t> codes;
    std::int64_t nonMissing = 0;
    bool raw = false; ///< labels kept per row: an id's name, or more labels than a category has
    /// Integers under an id's name, each greater than the one before and none missing, so far:
    /// then they are unique and whole, and the column is an id without sorting its values.
    bool ascending = true;
    /// Work after the last row, for ordering it: columns of many distinct values sort them.
    int finishCost() const {
        if (type == PgBinaryType::Text || type == PgBinaryType::Bool) {
            return raw ? 2 : 0;
        }
        const bool integer = type == PgBinaryType::Int2 || type == PgBinaryType::Int4 ||
                             type == PgBinaryType::Int8 || type == PgBinaryType::Oid;
        return keepText ? 3 : integer ? 1 : 2;
    }
};

PgBinaryDecoder::PgBinaryDecoder(std::vector<ColumnSpec> columns, const CsvOptions& options,
                                 std::string subject)
    : m_columns(columns.size()), m_options(options), m_subject(std::move(subject)) {
    for (std::size_t j = 0; j < columns.size(); ++j) {
        Cells& c = m_columns[j];
        c.name = std::move(columns[j].name);
        c.type = columns[j].type;
        const bool idName = columnNameLooksLikeId(c.name);
        c.keepText = idName || c.name.empty() || c.name == "Unnamed: 0";
        c.raw = idName;
    }
}

PgBinaryDecoder::~PgBinaryDecoder() = default;

void PgBinaryDecoder::malformed(const std::string& what) const {
    throw DbError(DbError::Kind::QueryFailed, m_subject, "malformed binary COPY data: " + what);
}

void PgBinaryDecoder::badLength(const std::string& column, std::size_t size,
                                std::size_t expected) const {
    malformed("row " + std::to_string(m_rows) + ", column '" + column + "': " +
              std::to_string(size) + " bytes where the type has " + std::to_string(expected));
}

void PgBinaryDecoder::requireUtf8(const Cells& c, std::string_view value) const {
    // A PostgreSQL server converts text to the session's encoding (UTF8, set on connect) and
    // checks it on the way out, even from a SQL_ASCII database that stores any bytes (the query
    // then fails; test_db_source.cpp). Checked here too, as the CSV path checks its text, against
    // anything else that answers on the port.
    const std::size_t bad = csv::firstInvalidUtf8(value);
    if (bad != std::size_t(-1)) [[unlikely]] {
        malformed("row " + std::to_string(m_rows) + ", column '" + c.name + "': byte " +
                  std::to_string(bad + 1) + " of the text is not UTF-8");
    }
}

void PgBinaryDecoder::header(std::string_view& in) {
    static constexpr char kSignature[11] = {'P',  'G',    'C',  'O',  'P', 'Y',
                                            '\n', '\377', '\r', '\n', '\0'};
    if (in.size() < 19 || std::memcmp(in.data(), kSignature, 11) != 0) {
        malformed("the stream does not start with the PGCOPY signature");
    }
    const auto flags = bigEndian<std::uint32_t>(in.data() + 11);
    if (flags != 0) { // bit 16: OIDs, which we never ask for; 17-31: unknown, critical
        malformed("unexpected header flags " + std::to_string(flags));
    }
    const auto extension = bigEndian<std::int32_t>(in.data() + 15);
    if (extension < 0 || std::size_t(extension) > in.size() - 19) {
        malformed("the header extension runs past the message");
    }
    in.remove_prefix(19 + std::size_t(extension));
    m_headerSeen = true;
}

void PgBinaryDecoder::add(std::string_view in) {
    if (!m_headerSeen) {
        header(in);
    }
    const auto columns = std::int64_t(m_columns.size());
    while (!in.empty()) {
        if (m_ended) {
            malformed("data after the end marker");
        }
        if (in.size() < 2) {
            malformed("a row's field count is cut off after row " + std::to_string(m_rows));
        }
        const auto count = bigEndian<std::int16_t>(in.data());
        in.remove_prefix(2);
        if (count == -1) {
            m_ended = true;
            continue;
        }
        const auto row = [&] { return "row " + std::to_string(m_rows); };
        if (count != columns) {
            malformed("row " + std::to_string(m_rows + 1) + " has " + std::to_string(count) +
                      " fields, the result has " + std::to_string(columns) + " columns");
        }
        ++m_rows;
        const bool keep = m_options.maxRows < 0 || m_rows <= m_options.maxRows;
        for (Cells& cells : m_columns) {
            if (in.size() < 4) {
                malformed(row() + ", column '" + cells.name + "': the field length is cut off");
            }
            const auto length = bigEndian<std::int32_t>(in.data());
            in.remove_prefix(4);
            if (length < -1) {
                malformed(row() + ", column '" + cells.name + "': negative field length " +
                          std::to_string(length));
            }
            if (length > 0 && std::size_t(length) > in.size()) {
                malformed(row() + ", column '" + cells.name + "': a field of " +
                          std::to_string(length) + " bytes with " + std::to_string(in.size()) +
                          " left in the message");
            }
            const std::string_view value = in.substr(0, length < 0 ? 0 : std::size_t(length));
            in.remove_prefix(value.size());
            double v = kNaN;
            if (!keep) {
                continue;
            }
            if (!cells.keepText && plainNumber(cells.type, value, length < 0, v)) [[likely]] {
                append(cells.values, v);
            } else {
                field(cells, value, length < 0);
            }
        }
        m_kept += keep ? 1 : 0;
    }
}

void PgBinaryDecoder::field(Cells& c, std::string_view value, bool null) {
    const auto expect = [&](std::size_t size) {
        if (!null && value.size() != size) [[unlikely]] {
            badLength(c.name, value.size(), size);
        }
    };
    const char* p = value.data();
    double v = kNaN;
    std::string text; // as PostgreSQL writes it, for number columns that keep it
    switch (c.type) {
    case PgBinaryType::Text: {
        std::int32_t code = -1;
        if (c.raw) {
            if (!null) {
                requireUtf8(c, value);
            }
            const bool missing = null || cellReadsAsMissing(value, m_options.missingTokens);
            append(c.text, missing ? std::string_view() : value);
            return;
        }
        if (!null) {
            if (const auto found = c.dictionary.find(value); found != c.dictionary.end()) {
                code = found->second;
            } else {
                requireUtf8(c, value); // each distinct label once
                if (!cellReadsAsMissing(value, m_options.missingTokens)) {
                    code = std::int32_t(c.labels.size());
                    c.labels.emplace_back(value);
                }
                c.dictionary.emplace(std::string(value), code);
            }
        }
        c.nonMissing += code >= 0 ? 1 : 0;
        append(c.codes, code);
        if (std::int64_t(c.labels.size()) > m_options.maxCategories) {
            // Too many labels for a category: an id, kept per row from here on.
            c.raw = true;
            c.text.reserve(c.codes.capacity());
            for (const std::int32_t k : c.codes) {
                c.text.push_back(k < 0 ? std::string() : c.labels[std::size_t(k)]);
            }
            c.codes = {};
            c.labels = {};
            c.dictionary = {};
        }
        return;
    }
    case PgBinaryType::Bool:
    case PgBinaryType::Int2:
    case PgBinaryType::Int4:
    case PgBinaryType::Oid:
    case PgBinaryType::Int8:
    case PgBinaryType::Float8:
        expect(fixedWidth(c.type));
        if (!null) {
            v = fixedValue(c.type, p);
            text = c.keepText ? fixedText(c.type, p) : text;
        }
        break;
    case PgBinaryType::Float4:
        expect(4);
        if (!null) {
            const float f = std::bit_cast<float>(bigEndian<std::uint32_t>(p));
            v = float4Value(f);
            text = c.keepText ? pgFloatText(f, true) : text;
        }
        break;
    case PgBinaryType::Numeric:
        if (!null) {
            if (value.size() < 8) {
                expect(8);
            }
            const int count = bigEndian<std::int16_t>(p);
            const int weight = bigEndian<std::int16_t>(p + 2);
            const int sign = bigEndian<std::uint16_t>(p + 4);
            const int scale = bigEndian<std::int16_t>(p + 6);
            if (count >= 0 && value.size() != 8 + 2 * std::size_t(count)) {
                expect(8 + 2 * std::size_t(count));
            }
            std::vector<std::int16_t> digits(static_cast<std::size_t>(std::max(count, 0)));
            for (int d = 0; d < count; ++d) {
                digits[std::size_t(d)] = bigEndian<std::int16_t>(p + 8 + 2 * d);
            }
            const bool badDigit = std::any_of(digits.begin(), digits.end(),
                                              [](std::int16_t d) { return d < 0 || d > 9999; });
            if (count < 0 || badDigit || scale < 0 || scale > 0x3FFF ||
                (sign != 0 && sign != 0x4000 && sign != 0xC000 && sign != 0xD000 &&
                 sign != 0xF000)) {
                malformed("row " + std::to_string(m_rows) + ", column '" + c.name +
                          "': not a numeric value");
            }
            text = pgNumericText(digits, weight, sign, scale);
            v = parsedText(text);
        }
        break;
    }
    if (c.keepText) {
        c.ascending = c.ascending && v == v && (c.values.empty() || v > c.values.back());
        append(c.text, std::isnan(v) ? std::string() : std::move(text));
    }
    append(c.values, std::isnan(v) ? kNaN : v);
}

Column PgBinaryDecoder::column(Cells& c, std::vector<CsvNotice>& notices) const {
    const bool integer = c.type == PgBinaryType::Int2 || c.type == PgBinaryType::Int4 ||
                         c.type == PgBinaryType::Int8 || c.type == PgBinaryType::Oid;
    std::optional<Column> column;
    if (c.type == PgBinaryType::Bool) {
        column = Column::binary(c.name, std::move(c.values));
    } else if (integer && c.keepText && c.ascending && columnNameLooksLikeId(c.name) &&
               std::any_of(c.values.begin(), c.values.end(),
                           [](double v) { return v != 0.0 && v != 1.0; })) {
        // What columnOfNumbers decides (not 0/1 only; whole, unique, complete and named like an
        // id), known from the stream without the numeric column's statistics and sort.
        column = Column::id(c.name, std::move(c.text));
    } else if (c.type != PgBinaryType::Text) {
        return columnOfNumbers(
            c.name, std::move(c.values), [&] { return std::move(c.text); }, m_options, notices);
    } else if (c.raw) {
        column = Column::id(c.name, std::move(c.text));
    } else {
        return columnOfLabels(c.name, c.labels, std::move(c.codes), c.nonMissing, false, m_options);
    }
    column->setMaxCodeCategories(m_options.maxCodeCategories);
    return std::move(*column);
}

CsvReadResult PgBinaryDecoder::finish(Progress& progress) {
    if (!m_headerSeen || !m_ended) {
        malformed("the stream ended before its end marker");
    }
    const auto columns = std::int64_t(m_columns.size());
    CsvReadResult result;
    std::vector<std::optional<Column>> built(m_columns.size());
    std::vector<std::vector<CsvNotice>> notices(m_columns.size());
    // The costliest columns first, so that the two threads end together instead of one sorting
    // the last many-valued column alone; each column's result goes to its own slot, so neither
    // the order nor the thread count changes the Table.
    std::vector<std::size_t> order(m_columns.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return m_columns[a].finishCost() > m_columns[b].finishCost();
    });
    progress.report(0, columns, "csv.columns");
    parallelBlocks(columns, 1, [&](std::int64_t, std::int64_t i, std::int64_t) {
        progress.throwIfCancelled();
        const std::size_t j = order[std::size_t(i)];
        built[j] = column(m_columns[j], notices[j]);
        m_columns[j] = Cells{};
    });
    progress.report(columns, columns, "csv.columns");
    for (std::size_t j = 0; j < built.size(); ++j) {
        result.table.addColumn(std::move(*built[j]));
        result.notices.insert(result.notices.end(), notices[j].begin(), notices[j].end());
    }
    if (m_options.maxRows >= 0 && m_rows > m_options.maxRows) {
        result.notices.push_back({CsvNotice::Kind::Truncated, {}, {}, m_kept, -1});
    }
    return result;
}

} // namespace gugus::core::db
