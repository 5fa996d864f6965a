// The reader's fast paths equal the plain ones: a large text is scanned in pieces on all threads
// (the record index, the UTF-8 check) and read from its file in chunks, wherever the pieces begin;
// plain decimals are read without fast_float's general machinery, to the same bits.
#include "common/error.h"
#include "common/parallel.h"
#include "data/csv_parts.h"
#include "data/csv_text_columns.h"
#include "data/number_text.h"
#include "test_support.h"

#include <bit>
#include <charconv>
#include <fstream>
#include <random>

using namespace gugus::core;
using gugus::test::TempDir;

namespace {

void expectSameIndex(const csv::RecordIndex& a, const csv::RecordIndex& b,
                     const std::string& what) {
    EXPECT_EQ(a.starts, b.starts) << what;
    EXPECT_EQ(a.blankLines, b.blankLines) << what;
    EXPECT_EQ(a.firstBlank, b.firstBlank) << what;
    EXPECT_EQ(a.unterminatedQuote, b.unterminatedQuote) << what;
    EXPECT_EQ(a.unterminatedRecord, b.unterminatedRecord) << what;
    EXPECT_EQ(a.truncated, b.truncated) << what;
}

/// Texts whose line breaks are not all record ends: quoted fields with line breaks (LF and CRLF)
/// and with quotes in them, a quote inside an unquoted field, blank and all-space lines, a lone
/// CR, and a quote left open.
std::vector<std::string> trickyTexts() {
    return {
        "a,b,c\r\n1,\"x\r\ny\",3\r\n\r\n4,\"\"\"q\"\"\n\",6\r\n7,8,9",
        "id,note\n1,\"two\nlines\"\n  \n2,ab\"c\n3,\"\"\n\n4,\"\n\n\n\"\n5,x\n",
        "a;b\n\"x\n\";\"y\ny\"\n1;2\r\n\t\n\"\";\"\"\"\"\n3;\"a\"b\n4;5\r",
        "a,b\n1,2\n\"open\n3,4\n5,6\n",
        "a,b\r1,2\r\n3,\"\r\n\"\n4,5\n\n\n",
        "\n\n\"a\nb\",c\n\"\n\",\"\n\"\n",
    };
}

} // namespace

TEST(CsvPieces, PiecesStartRightAfterALineBreak) {
    const std::string text = "ab\ncd\n\nefgh\nij";
    for (std::size_t bytes = 1; bytes <= text.size() + 1; ++bytes) {
        const auto bounds = csv::lineAlignedPieces(text, bytes);
        ASSERT_GE(bounds.size(), 2u);
        EXPECT_EQ(bounds.front(), 0u);
        EXPECT_EQ(bounds.back(), text.size());
        for (std::size_t k = 1; k + 1 < bounds.size(); ++k) {
            EXPECT_EQ(text[bounds[k] - 1], '\n') << bytes;
            EXPECT_GE(bounds[k] - bounds[k - 1], bytes) << bytes;
        }
    }
    EXPECT_EQ(csv::lineAlignedPieces(text, 1),
              (std::vector<std::size_t>{0, 3, 6, 7, 12, text.size()}));
}

// Pieces of every size from one byte on start after every line break of the text, inside quoted
// fields too: the joined index equals the sequential one.
TEST(CsvPieces, IndexInPiecesEqualsOneScanAtEveryBoundary) {
    NullProgress quiet;
    for (const std::string& text : trickyTexts()) {
        for (const char delimiter : {',', ';'}) {
            const csv::RecordIndex one = csv::indexRecords(text, delimiter, -1, {quiet, 0, 1});
            for (std::size_t bytes = 1; bytes <= text.size(); ++bytes) {
                setThreadCount(bytes % 7 == 0 ? 2 : 1); // the threads only share the pieces out
                expectSameIndex(csv::indexRecordsInPieces(text, delimiter, bytes, {quiet, 0, 1}),
                                one, text + " / " + std::to_string(bytes));
            }
        }
    }
    setThreadCount(0);
}

// Random records with quoted multi-line fields, blank lines and CRLF, in pieces of many sizes.
TEST(CsvPieces, IndexInPiecesEqualsOneScanOnRandomTexts) {
    NullProgress quiet;
    std::mt19937_64 rng(17);
    const std::vector<std::string> fields = {"1",    "x y", "\"a\nb\"", "\"\"\"\"", "\"c\r\nd\"",
                                             "e\"f", "",    "\"g\"h",   "\"\n\n\"", "\"i,j\""};
    for (int trial = 0; trial < 10; ++trial) {
        std::string text;
        for (int r = 0; r < 200; ++r) {
            for (int j = 0; j < 3; ++j) {
                text += fields[rng() % fields.size()];
                text += j < 2 ? "," : (rng() % 2 ? "\r\n" : "\n");
            }
            if (rng() % 10 == 0) {
                text += rng() % 2 ? "\n" : "  \r\n";
            }
        }
        if (trial % 5 == 4) {
            text += "9,\"never closed\n1,2,3\n";
        }
        const csv::RecordIndex one = csv::indexRecords(text, ',', -1, {quiet, 0, 1});
        for (const std::size_t bytes : {1u, 2u, 7u, 64u, 333u, 1000u}) {
            expectSameIndex(csv::indexRecordsInPieces(text, ',', bytes, {quiet, 0, 1}), one,
                            std::to_string(trial) + " / " + std::to_string(bytes));
        }
    }
}

TEST(CsvPieces, Utf8CheckInPiecesFindsTheFirstBadByte) {
    const std::vector<std::string> texts = {
        "a,b\n\xC3\xA9t\xC3\xA9,1\n\xE2\x82\xAC\n", // valid: é, €
        "a\nb\n\xC3\n\xE2\x82\xAC\xFF\n",           // a lead byte before a line break, then 0xFF
        "x\n\xF0\x9F\x98\x80\n\xED\xA0\x80\nz\n",   // an emoji, then a UTF-16 surrogate
        "ok\nok\nok\n\x80",                         // a lone continuation byte at the end
        std::string(100, 'a') + "\n" + std::string(40, 'b') + "\xC0\xAF\n" + std::string(50, 'c'),
    };
    for (const std::string& text : texts) {
        const std::size_t one = csv::firstInvalidUtf8(text);
        for (std::size_t bytes = 1; bytes <= text.size(); ++bytes) {
            setThreadCount(bytes % 7 == 0 ? 2 : 1);
            EXPECT_EQ(csv::firstInvalidUtf8InPieces(text, bytes), one) << bytes;
        }
    }
    setThreadCount(0);
}

// The file is read in chunks on all threads; a file of several chunks comes back byte for byte.
TEST(CsvPieces, WholeFileReadInChunksIsTheFile) {
    std::mt19937_64 rng(3);
    std::string bytes(std::size_t(20) << 20, '\0');
    for (char& c : bytes) {
        c = char('a' + rng() % 26);
    }
    bytes += "tail";
    TempDir dir;
    std::ofstream(dir.path("x.csv"), std::ios::binary) << bytes;
    for (const int threads : {1, 2}) {
        setThreadCount(threads);
        NullProgress quiet;
        const csv::FileBytes read =
            csv::readWholeFile(dir.path("x.csv"), std::int64_t(1) << 30, quiet);
        EXPECT_EQ(read.view(), bytes);
    }
    setThreadCount(0);
}

// Plain decimals up to 15 digits take the division fast path; longer ones, exponents and odd
// spellings go to fast_float. Either way the value is the correctly rounded one (std::from_chars)
// and the same spellings are accepted.
TEST(CsvNumbers, PlainDecimalsReadAsFromChars) {
    std::mt19937_64 rng(23);
    std::vector<std::string> tokens = {"0",
                                       "-0",
                                       "0.0",
                                       "-0.000",
                                       "007",
                                       "1.",
                                       ".5",
                                       "-.5",
                                       "-",
                                       "1e5",
                                       "1.5e-3",
                                       "12a",
                                       "1..2",
                                       "1.2.3",
                                       "123456789012345",
                                       "1234567890123456",
                                       "0.1",
                                       "-9007199254740993",
                                       "999999999999999.9"};
    for (int i = 0; i < 200000; ++i) {
        const int digits = 1 + int(rng() % 18);
        std::string t = rng() % 2 ? "-" : "";
        std::string number;
        for (int d = 0; d < digits; ++d) {
            number += char('0' + rng() % 10);
        }
        const auto point = std::size_t(rng() % std::size_t(digits + 1));
        if (point > 0 && point < number.size()) {
            number.insert(point, ".");
        }
        tokens.push_back(t + number);
    }
    for (const std::string& token : tokens) {
        double expected = 0.0;
        const auto r = std::from_chars(token.data(), token.data() + token.size(), expected);
        const bool valid = r.ec == std::errc() && r.ptr == token.data() + token.size();
        double got = 0.0;
        EXPECT_EQ(parseNumber(token, '.', got), valid) << token;
        if (valid) {
            EXPECT_EQ(std::bit_cast<std::uint64_t>(got), std::bit_cast<std::uint64_t>(expected))
                << token;
        }
        std::string comma = token;
        std::replace(comma.begin(), comma.end(), '.', ',');
        double withComma = 0.0;
        EXPECT_EQ(parseNumber(comma, ',', withComma), valid) << comma;
        if (valid) {
            EXPECT_EQ(std::bit_cast<std::uint64_t>(withComma),
                      std::bit_cast<std::uint64_t>(expected))
                << comma;
        }
    }
}
