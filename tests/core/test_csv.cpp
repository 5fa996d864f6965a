// The CSV reader's syntax: quoting, line ends, BOM, sniffing, missing tokens, header names,
// encodings, errors with their line and field, limits, progress and cancel, thread independence.
#include "common/error.h"
#include "common/parallel.h"
#include "data/csv_reader.h"
#include "test_support.h"

#include <cmath>
#include <fstream>
#include <random>

using namespace gugus::core;
using gugus::test::TempDir;

namespace {

CsvReadResult read(std::string_view text, const CsvOptions& options = {}) {
    NullProgress progress;
    return readCsvText(text, options, progress);
}

/// The Error thrown by reading `text`; fails the test when nothing is thrown.
Error readError(std::string_view text, const CsvOptions& options = {}) {
    try {
        read(text, options);
    } catch (const Error& e) {
        return e;
    }
    ADD_FAILURE() << "no error for: " << text;
    return Error(ErrorCode::InvalidOption);
}

/// The error of a ragged record: its kind, 1-based line and field.
void expectRagged(std::string_view text, ErrorCode code, std::int64_t line, std::int64_t field) {
    const Error e = readError(text);
    EXPECT_EQ(e.code(), code) << text;
    EXPECT_EQ(e.line(), line) << text;
    EXPECT_EQ(e.column(), field) << text;
}

std::vector<std::string> cells(const Column& c) {
    std::vector<std::string> out;
    for (std::int64_t r = 0; r < c.size(); ++r) {
        out.push_back(c.toText(r));
    }
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

TEST(CsvSyntax, QuotedDelimitersDoubledQuotesAndNewlines) {
    const auto r = read("name,note\n"
                        "\"Smith, J\",\"he said \"\"hi\"\"\"\n"
                        "\"two\nlines\",plain\n"
                        "\"\",\"a\r\nb\"\n");
    ASSERT_EQ(r.table.rowCount(), 3);
    EXPECT_EQ(cells(r.table.column("name")), (Strings{"Smith, J", "two\nlines", ""}));
    EXPECT_EQ(cells(r.table.column("note")), (Strings{"he said \"hi\"", "plain", "a\r\nb"}));
}

TEST(CsvSyntax, QuoteOnlyOpensAtFieldStart) {
    // A quote inside an unquoted field is an ordinary byte (5'11" is a height, not a quote), and
    // text after a closing quote is kept.
    const auto r = read("h,x\n5'11\",\"ab\"cd\n6'0\",e\n");
    EXPECT_EQ(cells(r.table.column("h")), (Strings{"5'11\"", "6'0\""}));
    EXPECT_EQ(cells(r.table.column("x")), (Strings{"abcd", "e"}));
}

TEST(CsvSyntax, LineEndingsAndFinalNewline) {
    const Strings expected{"1", "2"};
    for (const char* text : {"a,b\n1,x\n2,y\n", "a,b\r\n1,x\r\n2,y\r\n", "a,b\r1,x\r2,y\r",
                             "a,b\n1,x\n2,y", "a,b\r\n1,x\r\n2,y", "a,b\r1,x\n2,y\r\n"}) {
        const auto r = read(text);
        ASSERT_EQ(r.table.columnCount(), 2) << text;
        EXPECT_EQ(cells(r.table.column("a")), expected) << text;
        EXPECT_EQ(cells(r.table.column("b")), (Strings{"x", "y"})) << text;
        EXPECT_TRUE(r.notices.empty()) << text;
    }
}

TEST(CsvSyntax, Utf8BomIsDropped) {
    const auto r = read("\xEF\xBB\xBFid,kota\n1,Bandung\n2,Bogor\n");
    EXPECT_EQ(r.table.columnNames(), (Strings{"id", "kota"}));
    EXPECT_FALSE(r.latin1);
}

TEST(CsvSyntax, SniffsEachDelimiter) {
    for (const char d : {',', ';', '\t', '|'}) {
        std::string text = "a_x_b_c\n1_\"p_q\"_3_4.5\n5_r_7_8\n";
        for (auto& ch : text) {
            ch = ch == '_' ? d : ch;
        }
        const auto r = read(text);
        EXPECT_EQ(r.delimiter, d);
        ASSERT_EQ(r.table.columnCount(), 4) << int(d);
        EXPECT_EQ(cells(r.table.column("x")), (Strings{std::string("p") + d + "q", "r"}));
        EXPECT_DOUBLE_EQ(r.table.column("c").values()[0], 4.5);
    }
}

TEST(CsvSyntax, SniffingPrefersTheConsistentDelimiter) {
    // Commas appear in every line but in varying numbers; semicolons split every line alike.
    const auto r = read("name;note\nA;x, y\nB;z\nC;p, q, r\n");
    EXPECT_EQ(r.delimiter, ';');
    CsvOptions forced;
    forced.delimiter = ',';
    EXPECT_EQ(read("a;b,c\n1;2,3\n", forced).table.columnNames(), (Strings{"a;b", "c"}));
}

TEST(CsvSyntax, DecimalCommaDetectedWithSemicolons) {
    const auto r = read("usia;saldo;kota\n41;1.234,5;Solo\n30;2,25;Bogor\n25;-0,5;Solo\n");
    EXPECT_EQ(r.delimiter, ';');
    EXPECT_EQ(r.decimal, ',');
    EXPECT_EQ(r.table.column("usia").type(), ColumnType::Numeric);
    // With a decimal comma, '.' is not part of a number: "1.234,5" is text.
    EXPECT_FALSE(r.table.column("saldo").isNumericLike());

    const auto plain = read("usia;saldo\n41;2,5\n30;-0,25\n");
    EXPECT_EQ(plain.decimal, ',');
    EXPECT_EQ(plain.table.column("saldo").values(), (std::vector<double>{2.5, -0.25}));
    const auto dots = read("a;b\n1.5;2\n2.5;3\n");
    EXPECT_EQ(dots.decimal, '.');
    EXPECT_EQ(dots.table.column("a").values(), (std::vector<double>{1.5, 2.5}));
}

TEST(CsvSyntax, DecimalCommaForcedOrRefused) {
    CsvOptions comma;
    comma.decimal = DecimalSeparator::Comma;
    comma.delimiter = '\t';
    const auto r = read("x\ty\n1,5\t2\n3\t4,75\n", comma);
    EXPECT_EQ(r.table.column("x").values(), (std::vector<double>{1.5, 3}));
    EXPECT_EQ(r.table.column("y").values(), (std::vector<double>{2, 4.75}));
    CsvOptions dot;
    dot.decimal = DecimalSeparator::Dot;
    const auto d = read("x;y\n1,5;2\n3,5;4\n", dot);
    EXPECT_EQ(d.decimal, '.');
    EXPECT_NE(d.table.column("x").type(), ColumnType::Numeric);
}

TEST(CsvSyntax, NumbersSignsSpacesAndInfinity) {
    const auto r = read("v\n+5\n 7 \n-1e3\n\"2.5\"\ninf\n-Infinity\n1e400\n");
    const auto& c = r.table.column("v");
    ASSERT_EQ(c.type(), ColumnType::Numeric);
    EXPECT_EQ(c.values()[0], 5.0);
    EXPECT_EQ(c.values()[1], 7.0);
    EXPECT_EQ(c.values()[2], -1000.0);
    EXPECT_EQ(c.values()[3], 2.5);
    EXPECT_EQ(c.values()[4], INFINITY);
    EXPECT_EQ(c.values()[5], -INFINITY);
    EXPECT_EQ(c.values()[6], INFINITY);
    EXPECT_EQ(c.stats().nonFinite, 3);
    EXPECT_EQ(c.stats().count, 7);
    EXPECT_DOUBLE_EQ(c.stats().mean, (5 + 7 - 1000 + 2.5) / 4);
    ASSERT_EQ(r.notices.size(), 1u);
    EXPECT_EQ(r.notices[0].kind, CsvNotice::Kind::NonFiniteValues);
    EXPECT_EQ(r.notices[0].count, 3);
}

TEST(CsvSyntax, MissingTokensAreTrimmedAndConfigurable) {
    const auto r = read("a,b\n1,x\n NA ,y\n,N/A\nnull,-\nNaN,z\nNULL,nan\n5,\"\"\n");
    const auto& a = r.table.column("a");
    EXPECT_EQ(a.type(), ColumnType::Numeric);
    EXPECT_EQ(a.stats().missing, 5);
    EXPECT_EQ(a.stats().count, 2);
    EXPECT_EQ(r.table.column("b").stats().missing, 4);

    CsvOptions custom;
    custom.missingTokens = {"?", ""};
    const auto c = read("a,b\n1,NA\n?,NA\n3,x\n", custom);
    EXPECT_EQ(c.table.column("a").stats().missing, 1);
    EXPECT_EQ(c.table.column("b").stats().missing, 0);
}

TEST(CsvSyntax, BlankLinesAreSkippedWithANotice) {
    const auto r = read("a,b\n1,2\n\n   \n3,4\n\r\n");
    EXPECT_EQ(r.table.rowCount(), 2);
    ASSERT_EQ(r.notices.size(), 1u);
    EXPECT_EQ(r.notices[0].kind, CsvNotice::Kind::BlankLinesSkipped);
    EXPECT_EQ(r.notices[0].count, 3);
    EXPECT_EQ(r.notices[0].line, 3);
}

TEST(CsvSyntax, HeaderNamesAreMadeUnique) {
    const auto r = read("Age,Age,,Age_2,Age\n1,2,3,4,5\n");
    EXPECT_EQ(r.table.columnNames(), (Strings{"Age", "Age_3", "column_3", "Age_2", "Age_4"}));
    std::vector<std::pair<std::string, std::string>> renamed;
    for (const auto& n : r.notices) {
        if (n.kind == CsvNotice::Kind::HeaderRenamed) {
            renamed.emplace_back(n.subject, n.detail);
            EXPECT_EQ(n.line, 1);
        }
    }
    EXPECT_EQ(renamed, (std::vector<std::pair<std::string, std::string>>{
                           {"Age_3", "Age"}, {"column_3", ""}, {"Age_4", "Age"}}));
}

TEST(CsvSyntax, NoHeaderNamesColumnsByPosition) {
    CsvOptions options;
    options.hasHeader = false;
    const auto r = read("1,a\n2,b\n", options);
    EXPECT_EQ(r.table.columnNames(), (Strings{"column_1", "column_2"}));
    EXPECT_EQ(r.table.rowCount(), 2);
}

TEST(CsvEncoding, Latin1FallbackAndWindows1252) {
    const auto r = read("nama,kota\nA,M\xFCnchen\nB,\x80uro\nC,Solo\nD,Solo\n");
    EXPECT_TRUE(r.latin1);
    ASSERT_FALSE(r.notices.empty());
    EXPECT_EQ(r.notices[0].kind, CsvNotice::Kind::Latin1Decoded);
    EXPECT_EQ(r.table.column("kota").toText(0), "M\xC3\xBCnchen");
    EXPECT_EQ(r.table.column("kota").toText(1), "\xE2\x82\xACuro");

    CsvOptions utf8;
    utf8.encoding = TextEncoding::Utf8;
    const Error e = readError("a\nx\n\xC3\x28\n", utf8);
    EXPECT_EQ(e.code(), ErrorCode::InvalidEncoding);
    EXPECT_EQ(e.line(), 3);
    // Malformed UTF-16 behind its byte-order mark (see Utf16WithBomIsTranscoded): half a
    // character at the end, or a lone surrogate, names its line.
    EXPECT_EQ(readError(std::string_view("\xFF\xFE"
                                         "a\0,\0b",
                                         7))
                  .code(),
              ErrorCode::InvalidEncoding);
    const Error lone = readError(std::string_view("\xFF\xFE"
                                                  "a\0\n\0\x00\xD8x\0",
                                                  10));
    EXPECT_EQ(lone.code(), ErrorCode::InvalidEncoding);
    EXPECT_EQ(lone.line(), 2);

    const auto valid = read("kota\nM\xC3\xBCnchen\n");
    EXPECT_FALSE(valid.latin1);
    EXPECT_EQ(valid.table.column("kota").toText(0), "M\xC3\xBCnchen");
    CsvOptions latin1;
    latin1.encoding = TextEncoding::Latin1;
    EXPECT_EQ(read("kota\nM\xC3\xBCnchen\n", latin1).table.column("kota").toText(0),
              "M\xC3\x83\xC2\xBCnchen");
}

namespace {

/// `text` as UTF-16 with its byte-order mark, as Excel's "Unicode text" writes it.
std::string utf16(std::u16string_view text, bool bigEndian) {
    std::string out = bigEndian ? "\xFE\xFF" : "\xFF\xFE";
    for (const char16_t u : text) {
        const char high = char(u >> 8);
        const char low = char(u & 0xFF);
        out += bigEndian ? std::string{high, low} : std::string{low, high};
    }
    return out;
}

} // namespace

TEST(CsvEncoding, Utf16WithBomIsTranscoded) {
    // Tab-separated, CRLF, an accented name, a character beyond the BMP (a surrogate pair).
    const std::u16string text = u"nama\tkota\tsaldo\r\nAndré\tSolo\t1500\r\nBudi\t\U0001F600\t"
                                u"2500\r\nCitra\tSolo\t10\r\n";
    for (const bool bigEndian : {false, true}) {
        SCOPED_TRACE(bigEndian ? "UTF-16BE" : "UTF-16LE");
        for (const TextEncoding encoding : {TextEncoding::Auto, TextEncoding::Utf8}) {
            CsvOptions options;
            options.encoding = encoding;
            const auto r = read(utf16(text, bigEndian), options);
            EXPECT_FALSE(r.latin1);
            EXPECT_EQ(r.table.columnNames(), (Strings{"nama", "kota", "saldo"}));
            ASSERT_EQ(r.table.rowCount(), 3);
            EXPECT_EQ(r.table.column("nama").toText(0), "Andr\xC3\xA9");
            EXPECT_EQ(r.table.column("kota").toText(1), "\xF0\x9F\x98\x80");
            EXPECT_EQ(r.table.column("saldo").type(), ColumnType::Numeric);
            EXPECT_EQ(r.table.column("saldo").toText(0), "1500");
            // The user is told (the files written from it are UTF-8), and summaries keep it.
            ASSERT_EQ(r.notices.size(), 1u);
            EXPECT_EQ(r.notices[0].kind, CsvNotice::Kind::Utf16Transcoded);
            EXPECT_EQ(r.notices[0].detail, bigEndian ? "UTF-16BE" : "UTF-16LE");
            EXPECT_EQ(summaryWarnings(r.notices),
                      Strings{bigEndian ? "utf16:UTF-16BE" : "utf16:UTF-16LE"});
        }
    }
    // UTF-8, with or without its byte-order mark, has nothing to tell.
    EXPECT_TRUE(read("\xEF\xBB\xBF"
                     "a,b\n1,2\n")
                    .notices.empty());
    EXPECT_TRUE(summaryWarnings(read("a,b\n1,2\n").notices).empty());
    // Forced Latin-1 reads the bytes as they are: the NULs of UTF-16 make it "not text".
    CsvOptions latin1;
    latin1.encoding = TextEncoding::Latin1;
    EXPECT_EQ(readError(utf16(text, false), latin1).code(), ErrorCode::NotText);
}

// The parse allocates the values of the columns whose first cell reads as a number or missing
// before it starts: the first row only sizes memory, it decides nothing. A ragged first row is
// still reported at its line and field, and a header alone still gives an empty table.
TEST(CsvErrors, FirstRowOnlyAllocatesNumbers) {
    const auto r = read("a,b,c,d\n1,NA,x,2\nfoo,2,y,\nbar,3,z,3.5\n");
    EXPECT_EQ(r.table.column("a").type(), ColumnType::Id); // numbers, then text
    EXPECT_EQ(r.table.column("a").toText(0), "1");
    EXPECT_EQ(r.table.column("b").type(), ColumnType::Numeric);
    EXPECT_EQ(r.table.column("b").stats().missing, 1);
    EXPECT_EQ(r.table.column("c").type(), ColumnType::Id);
    const std::vector<double>& d = r.table.column("d").values();
    ASSERT_EQ(d.size(), 3u);
    EXPECT_EQ(d[0], 2.0);
    EXPECT_TRUE(std::isnan(d[1]));
    EXPECT_EQ(d[2], 3.5);
    expectRagged("a,b\n1,2,3\n4,5\n", ErrorCode::TooManyFields, 2, 3);
    expectRagged("a,b,c\n1\n4,5,6\n", ErrorCode::TooFewFields, 2, 2);
    EXPECT_EQ(read("a,b\n").table.rowCount(), 0);
}

TEST(CsvErrors, RaggedRecordsNameLineAndField) {
    expectRagged("a,b\n1,2\n3,4,5\n", ErrorCode::TooManyFields, 3, 3);
    expectRagged("a,b,c\n1,2,3\n4,5,6\n7\n", ErrorCode::TooFewFields, 4, 2);
    // Lines are physical lines: the quoted newline above counts.
    const Error e = readError("a,b\n\"x\ny\",1\n\n2\n");
    EXPECT_EQ(e.code(), ErrorCode::TooFewFields);
    EXPECT_EQ(e.line(), 5);
    EXPECT_NE(std::string(e.what()).find("line 5"), std::string::npos);
}

TEST(CsvErrors, FirstRaggedRecordInFileOrderWinsAcrossBlocks) {
    std::string text = "a,b\n";
    for (int i = 0; i < 100000; ++i) {
        text += i == 70000 ? "1\n" : (i == 90000 ? "1,2,3\n" : "1,2\n");
    }
    for (int threads : {1, 2}) {
        setThreadCount(threads);
        const Error e = readError(text);
        EXPECT_EQ(e.code(), ErrorCode::TooFewFields);
        EXPECT_EQ(e.line(), 70002);
    }
    setThreadCount(0);
}

TEST(CsvErrors, UnterminatedQuoteNamesWhereItOpened) {
    Error e = readError("a,b,c\n1,2,3\n4,\"five,6\n7,8,9\n");
    EXPECT_EQ(e.code(), ErrorCode::UnterminatedQuote);
    EXPECT_EQ(e.line(), 3);
    EXPECT_EQ(e.column(), 2);
    e = readError("\"a,b\n1,2\n");
    EXPECT_EQ(e.code(), ErrorCode::UnterminatedQuote);
    EXPECT_EQ(e.line(), 1);
    EXPECT_EQ(e.column(), 1);
    // A ragged record before the broken quote is reported first.
    EXPECT_EQ(readError("a,b\n1\n\"2,3\n").code(), ErrorCode::TooFewFields);
}

TEST(CsvErrors, EmptyInputs) {
    for (const char* text : {"", "\xEF\xBB\xBF", "\n\n", "  \r\n"}) {
        EXPECT_EQ(readError(text).code(), ErrorCode::EmptyFile) << text;
    }
    const auto headerOnly = read("a,b\n");
    EXPECT_EQ(headerOnly.table.columnCount(), 2);
    EXPECT_EQ(headerOnly.table.rowCount(), 0);
}

TEST(CsvErrors, FilesThatCannotBeRead) {
    TempDir dir;
    NullProgress progress;
    auto fileError = [&](const std::string& path, const CsvOptions& options = {}) {
        try {
            readCsvFile(path, options, progress);
        } catch (const Error& e) {
            EXPECT_EQ(e.subject(), path);
            return e.code();
        }
        ADD_FAILURE() << "no error for " << path;
        return ErrorCode::InvalidOption;
    };
    EXPECT_EQ(fileError(dir.path("absent.csv")), ErrorCode::FileNotFound);
    EXPECT_EQ(fileError(dir.path("absent/x.csv")), ErrorCode::FileNotFound);
    std::filesystem::create_directory(dir.path("folder.csv"));
    EXPECT_EQ(fileError(dir.path("folder.csv")), ErrorCode::FileUnreadable);
    std::ofstream(dir.path("empty.csv")).close();
    EXPECT_EQ(fileError(dir.path("empty.csv")), ErrorCode::EmptyFile);
    std::ofstream(dir.path("blank.csv")) << "\n\n";
    EXPECT_EQ(fileError(dir.path("blank.csv")), ErrorCode::EmptyFile);
    std::ofstream(dir.path("big.csv")) << "a,b\n1,2\n";
    CsvOptions small;
    small.maxBytes = 4;
    EXPECT_EQ(fileError(dir.path("big.csv"), small), ErrorCode::FileTooLarge);
    EXPECT_EQ(readError("a,b\n1,2\n", small).code(), ErrorCode::FileTooLarge);
    EXPECT_EQ(readCsvFile(dir.path("big.csv"), {}, progress).table.rowCount(), 1);
}

TEST(CsvErrors, InvalidOptionsAndUnknownForcedColumn) {
    CsvOptions quote;
    quote.delimiter = '"';
    EXPECT_EQ(readError("a\n1\n", quote).code(), ErrorCode::InvalidOption);
    CsvOptions forced;
    forced.forcedTypes = {{"nope", ColumnType::Numeric}};
    const Error e = readError("a\n1\n", forced);
    EXPECT_EQ(e.code(), ErrorCode::UnknownColumn);
    EXPECT_EQ(e.subject(), "nope");
}

TEST(CsvLimits, HugeFieldSurvives) {
    const std::string big(8 << 20, 'x');
    const auto r = read("id,blob\n1,\"" + big + "\"\n2,\"a\"\"b\"\n");
    const auto& blob = r.table.column("blob");
    EXPECT_EQ(blob.toText(0).size(), big.size());
    EXPECT_EQ(blob.toText(1), "a\"b");
}

TEST(CsvLimits, MaxRowsTruncatesWithANotice) {
    CsvOptions options;
    options.maxRows = 2;
    auto r = read("a\n1\n2\n3\n4\n", options);
    EXPECT_EQ(r.table.rowCount(), 2);
    ASSERT_EQ(r.notices.size(), 1u);
    EXPECT_EQ(r.notices[0].kind, CsvNotice::Kind::Truncated);
    EXPECT_EQ(r.notices[0].count, 2);
    // Nothing after the last row asked for is read, not even a broken quote.
    r = read("a\n1\n2\n\"3\n", options);
    EXPECT_EQ(r.table.rowCount(), 2);
    EXPECT_EQ(read("a\n1\n2\n", options).notices.size(), 0u);
    options.maxRows = 0;
    EXPECT_EQ(read("a\n1\n2\n", options).table.rowCount(), 0);
}
