// The reader's row limit (CsvOptions::maxRows, `--max-rows`): the result equals reading a file of
// only the rows asked for, whatever follows them, and a file is read only as far as the limit.
#include "common/error.h"
#include "data/csv_reader.h"
#include "test_support.h"

#include <fstream>

using namespace gugus::core;
using gugus::test::TempDir;

namespace {

using Strings = std::vector<std::string>;

CsvReadResult read(std::string_view text, const CsvOptions& options = {}) {
    NullProgress progress;
    return readCsvText(text, options, progress);
}

CsvOptions limitedTo(std::int64_t rows) {
    CsvOptions options;
    options.maxRows = rows;
    return options;
}

std::string joined(const Strings& lines, std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count && i < lines.size(); ++i) {
        text += lines[i];
    }
    return text;
}

/// Same columns (names, types, every cell as text) and the same statistics.
void expectSameTable(const Table& a, const Table& b) {
    ASSERT_EQ(a.columnCount(), b.columnCount());
    ASSERT_EQ(a.rowCount(), b.rowCount());
    for (std::int64_t j = 0; j < a.columnCount(); ++j) {
        const Column& x = a.columns()[std::size_t(j)];
        const Column& y = b.columns()[std::size_t(j)];
        EXPECT_EQ(x.name(), y.name());
        EXPECT_EQ(x.type(), y.type()) << x.name();
        for (std::int64_t r = 0; r < x.size(); ++r) {
            EXPECT_EQ(x.toText(r), y.toText(r)) << x.name() << " row " << r;
        }
        EXPECT_EQ(x.stats().distinct, y.stats().distinct) << x.name();
        EXPECT_EQ(x.stats().missing, y.stats().missing) << x.name();
    }
}

bool truncated(const CsvReadResult& r) {
    return std::any_of(r.notices.begin(), r.notices.end(),
                       [](const CsvNotice& n) { return n.kind == CsvNotice::Kind::Truncated; });
}

/// A header and 200 records with quoted line breaks, blank lines, missing cells, labels and CRLF.
Strings sampleLines() {
    Strings lines{"id,amount,city,note\r\n"};
    const Strings cities{"Bandung", "Jakarta", "Surabaya"};
    for (int i = 0; i < 200; ++i) {
        std::string line = std::to_string(1000 + i) + "," +
                           (i % 7 == 0 ? std::string("NA") : std::to_string(i * 0.25)) + "," +
                           cities[std::size_t(i % 3)] + ",";
        line += i % 5 == 0 ? "\"two\nlines, quoted\"" : "plain";
        line += i % 11 == 0 ? "\r\n\r\n" : "\r\n";
        lines.push_back(line);
    }
    return lines;
}

} // namespace

TEST(CsvRowLimit, EqualsReadingOnlyTheRowsAskedFor) {
    const Strings lines = sampleLines();
    const std::string all = joined(lines, lines.size());
    for (const std::size_t rows : {0u, 1u, 5u, 37u, 199u, 200u, 250u}) {
        SCOPED_TRACE(rows);
        const CsvReadResult limited = read(all, limitedTo(std::int64_t(rows)));
        const CsvReadResult head = read(joined(lines, rows + 1));
        expectSameTable(limited.table, head.table);
        EXPECT_EQ(truncated(limited), rows < 200);
        EXPECT_EQ(limited.delimiter, ',');
    }
}

TEST(CsvRowLimit, WhatFollowsTheRowsAskedForPlaysNoPart) {
    const std::string head = "name,score\nAndré,1\nSiti,2\n";
    const CsvReadResult expected = read(head);
    CsvOptions utf8 = limitedTo(2);
    utf8.encoding = TextEncoding::Utf8;
    for (const std::string& after : {
             std::string("\"open,3\n"),                   // a quote never closed
             std::string("a,b,c,d\n"),                    // too many fields
             std::string("Bad\xE9,3\n"),                  // not UTF-8
             std::string("x\0y,3\n", 6),                  // a NUL byte (binary data)
             std::string("3,4\n") + std::string(64, '\0') // more binary data after a valid row
         }) {
        SCOPED_TRACE(after);
        const CsvReadResult r = read(head + after, limitedTo(2));
        expectSameTable(r.table, expected.table);
        EXPECT_TRUE(truncated(r));
        EXPECT_FALSE(r.latin1); // "André" stays UTF-8: the bad byte after the rows is not read
        EXPECT_EQ(r.table.column("name").toText(0), "André");
        EXPECT_EQ(read(head + after, utf8).table.rowCount(), 2);
    }
    // Without the limit the same files fail (or fall back to Windows-1252), as before.
    EXPECT_THROW(read(head + "\"open,3\n"), Error);
    EXPECT_THROW(read(head + "a,b,c,d\n"), Error);
    EXPECT_TRUE(read(head + "Bad\xE9,3\n").latin1);
}

TEST(CsvRowLimit, AFileIsReadOnlyAsFarAsTheLimit) {
    TempDir dir;
    NullProgress progress;
    // 3 MB: ten rows, then a broken row and two million bytes of filler.
    const std::string path = dir.path("big.csv");
    {
        std::ofstream out(path, std::ios::binary);
        out << "a,b\n";
        for (int i = 0; i < 10; ++i) {
            out << i << "," << i * 2 << "\n";
        }
        out << "\"never closed," << std::string(3'000'000, 'x') << "\n";
    }
    CsvOptions options = limitedTo(10);
    options.maxBytes = 2'000'000; // the whole file is larger: it must not be read
    const CsvReadResult r = readCsvFile(path, options, progress);
    EXPECT_EQ(r.table.rowCount(), 10);
    EXPECT_EQ(r.table.column("b").toText(9), "18");
    EXPECT_TRUE(truncated(r));
    options.maxRows = -1;
    EXPECT_THROW(readCsvFile(path, options, progress), Error);
}

TEST(CsvRowLimit, FileHeadsOverSeveralReadsEqualTheWholeText) {
    TempDir dir;
    NullProgress progress;
    // ~2.6 MB, so the head is read in growing steps (1, 2, 4 MiB) before the limit is reached.
    std::string text = "id,value,segment\n";
    for (int i = 0; i < 120'000; ++i) {
        text += std::to_string(i) + "," + std::to_string(i % 977) + ".125,s" +
                std::to_string(i % 4) + "\n";
    }
    const std::string path = dir.path("rows.csv");
    std::ofstream(path, std::ios::binary) << text;
    for (const std::int64_t rows : {3, 50'000, 90'000, 119'999, 120'000, 200'000}) {
        SCOPED_TRACE(rows);
        const CsvReadResult fromFile = readCsvFile(path, limitedTo(rows), progress);
        const CsvReadResult fromText = read(text, limitedTo(rows));
        expectSameTable(fromFile.table, fromText.table);
        EXPECT_EQ(fromFile.table.rowCount(), std::min<std::int64_t>(rows, 120'000));
        EXPECT_EQ(truncated(fromFile), rows < 120'000);
    }
}
