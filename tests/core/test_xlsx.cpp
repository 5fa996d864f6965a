// Excel workbooks: files written by openpyxl (tests/data/xlsx/make_xlsx.py) and by libxlsxwriter
// (here, at run time) read equal to the CSV files of the same data; sheets by name and number;
// the mapping of every cell kind; the refusals (.xls, encrypted, merged header, not a zip, zip
// bomb, damaged bytes) as errors that name what is wrong.
#include "data/csv_reader.h"
#include "source/xlsx_internal.h"
#include "source/xlsx_reader.h"
#include "test_support.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>

using namespace gugus::core;
using gugus::test::dataPath;
using gugus::test::errorCodeOf;
using gugus::test::TempDir;

namespace {

std::string xlsxPath(const std::string& name) {
    return dataPath("xlsx/" + name);
}

CsvReadResult readXlsx(const std::string& name, const std::string& sheet = {},
                       const CsvOptions& options = {}) {
    NullProgress p;
    return readXlsxFile(xlsxPath(name), sheet, options, p);
}

Table readCsv(const std::string& name) {
    NullProgress p;
    return readCsvFile(xlsxPath(name), CsvOptions{}, p).table;
}

std::string bytesOf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Same names, types, values and categories, column by column (a failure names the column).
void expectSameTable(const Table& actual, const Table& expected) {
    ASSERT_EQ(actual.columnNames(), expected.columnNames());
    ASSERT_EQ(actual.rowCount(), expected.rowCount());
    for (std::int64_t j = 0; j < expected.columnCount(); ++j) {
        const Column& a = actual.column(j);
        const Column& e = expected.column(j);
        EXPECT_EQ(a.type(), e.type()) << e.name();
        for (std::int64_t i = 0; i < expected.rowCount(); ++i) {
            EXPECT_EQ(a.toText(i), e.toText(i)) << e.name() << " row " << i;
        }
    }
    EXPECT_EQ(actual.fingerprint(), expected.fingerprint());
}

ErrorCode codeOf(const std::string& name, std::string* subject = nullptr,
                 const std::string& sheet = {}, const CsvOptions& options = {}) {
    return errorCodeOf([&] { readXlsx(name, sheet, options); }, subject);
}

/// The kind of the XlsxError `f` throws ("none" when it throws none), with its subject and detail.
std::string xlsxErrorOf(const std::function<void()>& f, std::string* subject = nullptr,
                        std::string* detail = nullptr) {
    try {
        f();
    } catch (const XlsxError& e) {
        if (subject) {
            *subject = e.subject();
        }
        if (detail) {
            *detail = e.detail();
        }
        static const char* const kinds[] = {"old-format", "encrypted", "invalid", "no-such-sheet",
                                            "merged-header"};
        return kinds[int(e.kind())];
    }
    return "none";
}

std::string xlsxErrorOf(const std::string& name, std::string* subject = nullptr,
                        const std::string& sheet = {}) {
    return xlsxErrorOf([&] { readXlsx(name, sheet); }, subject);
}

} // namespace

TEST(Xlsx, OpenpyxlWorkbookEqualsTheCsvOfTheSameData) {
    const CsvReadResult read = readXlsx("customers.xlsx");
    expectSameTable(read.table, readCsv("customers.csv"));
    const Table& t = read.table;
    EXPECT_EQ(t.column("CUST_ID").type(), ColumnType::Id);
    EXPECT_EQ(t.column("Usia").type(), ColumnType::Numeric);
    EXPECT_EQ(t.column("Punya_Kartu").type(), ColumnType::Binary);
    EXPECT_EQ(t.column("Area").type(), ColumnType::Categorical);
    EXPECT_EQ(t.column("Tanggal_Buka").toText(0), "2021-08-02"); // a date cell as ISO text
    EXPECT_TRUE(t.column("Usia").isMissing(3));                  // an empty cell
}

TEST(Xlsx, SheetsByNameAndByNumber) {
    EXPECT_EQ(xlsxSheetNames(xlsxPath("customers.xlsx")),
              (std::vector<std::string>{"Nasabah", "Ringkasan"}));
    const Table expected = readCsv("ringkasan.csv");
    expectSameTable(readXlsx("customers.xlsx", "Ringkasan").table, expected);
    expectSameTable(readXlsx("customers.xlsx", "2").table, expected);
    expectSameTable(readXlsx("customers.xlsx", "1").table, readCsv("customers.csv"));

    std::string subject;
    EXPECT_EQ(xlsxErrorOf("customers.xlsx", &subject, "Rekap"), "no-such-sheet");
    EXPECT_EQ(subject, "Rekap");
    std::string detail;
    EXPECT_EQ(xlsxErrorOf([] { readXlsx("customers.xlsx", "3"); }, nullptr, &detail),
              "no-such-sheet");
    EXPECT_EQ(detail, "Nasabah, Ringkasan");
    EXPECT_EQ(xlsxErrorOf("customers.xlsx", nullptr, "0"), "no-such-sheet");
}

TEST(Xlsx, EveryCellKindOfAHandWrittenSheet) {
    // Strict namespaces, 1904 dates, sparse rows and cells, inline and rich strings, cached and
    // uncached formulas, error cells, escapes: see make_xlsx.py for the cells.
    const CsvReadResult read = readXlsx("handmade.xlsx");
    expectSameTable(read.table, readCsv("handmade.csv"));
    const Table& t = read.table;
    EXPECT_EQ(t.column("Nama").toText(0), "Jakarta");        // runs joined, phonetic left out
    EXPECT_EQ(t.column("Nama").toText(1), " Bandung Kota "); // _x0020_ and spaces kept
    EXPECT_EQ(t.column("Tanggal").toText(0), "2024-01-02");  // 1904 system, dd/mm/yyyy format
    EXPECT_EQ(t.column("Durasi").toText(1), "01:30:00");     // [h]:mm:ss below a day
    EXPECT_EQ(t.column("Hitung").values()[0], 3000.5);       // the cached value of C4*2
    EXPECT_TRUE(t.column("Hitung").isMissing(1));            // a formula never calculated
    EXPECT_TRUE(t.column("Jumlah").isMissing(1));            // #N/A
    EXPECT_EQ(t.column("Label").toText(1), "baris\r\ndua");  // _x000D_ _x000A_
    EXPECT_EQ(t.column("Jumlah").values()[2], -7.5e-3);
    EXPECT_EQ(t.rowCount(), 4);
    // Rows 1, 2 (before the header) and 6 are empty; lines are the sheet's row numbers.
    bool blank = false;
    for (const auto& n : read.notices) {
        if (n.kind == CsvNotice::Kind::BlankLinesSkipped) {
            blank = true;
            EXPECT_EQ(n.count, 3);
            EXPECT_EQ(n.line, 1);
        }
    }
    EXPECT_TRUE(blank);
}

TEST(Xlsx, LibxlsxwriterWorkbookEqualsTheCsvOfTheSameData) {
    TempDir dir;
    const std::string file = dir.path("written.xlsx");
    lxw_workbook* wb = workbook_new(file.c_str());
    lxw_worksheet* first = workbook_add_worksheet(wb, "Kosong");
    worksheet_write_string(first, 0, 0, "not this sheet", nullptr);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Data Nasabah");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "d mmm yyyy");
    const char* header[] = {"No_Rekening", "Kode_Pos", "Saldo", "Aktif", "Buka", "Total", "Kelas"};
    for (int j = 0; j < 7; ++j) {
        worksheet_write_string(ws, 0, lxw_col_t(j), header[j], nullptr);
    }
    const char* accounts[] = {"A-001", "A-002", "A-003", "A-004", "A-005"};
    const char* postal[] = {"00123", "40115", "00123", "60231", "40115"};
    const double saldo[] = {1.5, 250000.75, -3.25, 0.0, 1e9};
    const char* kelas[] = {"Gold", "NA", "Silver", "Gold", "Silver"};
    for (int i = 0; i < 5; ++i) {
        const lxw_row_t r = lxw_row_t(i + 1);
        worksheet_write_string(ws, r, 0, accounts[i], nullptr);
        worksheet_write_string(ws, r, 1, postal[i], nullptr); // digits as text
        if (i != 2) {
            worksheet_write_number(ws, r, 2, saldo[i], nullptr);
        }
        worksheet_write_boolean(ws, r, 3, i % 2, nullptr);
        lxw_datetime when = {2020, 2, 27 + i, 0, 0, 0};
        worksheet_write_datetime(ws, r, 4, &when, date);
        // A formula and the value Excel would cache for it.
        const std::string formula = "=C" + std::to_string(i + 2) + "*2";
        worksheet_write_formula_num(ws, r, 5, formula.c_str(), nullptr, saldo[i] * 2);
        worksheet_write_string(ws, r, 6, kelas[i], nullptr);
    }
    ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

    NullProgress p;
    const CsvReadResult read = readXlsxFile(file, "Data Nasabah", CsvOptions{}, p);
    CsvOptions csv;
    // The CSV reader would read these postal codes as numbers; the workbook's text cells stay
    // text (an id here: 3 distinct of 5), as the CSV reader types a text column.
    csv.forcedTypes = {{"Kode_Pos", ColumnType::Id}};
    const std::string text = "No_Rekening,Kode_Pos,Saldo,Aktif,Buka,Total,Kelas\n"
                             "A-001,00123,1.5,0,2020-02-27,3,Gold\n"
                             "A-002,40115,250000.75,1,2020-02-28,500001.5,NA\n"
                             "A-003,00123,,0,2020-02-29,-6.5,Silver\n"
                             "A-004,60231,0,1,2020-03-01,0,Gold\n"
                             "A-005,40115,1000000000,0,2020-03-02,2000000000,Silver\n";
    expectSameTable(read.table, readCsvText(text, csv, p).table);
    // "00123" stays a label: a column of text cells is never read as numbers.
    EXPECT_EQ(read.table.column("Kode_Pos").type(), ColumnType::Id);
    EXPECT_EQ(read.table.column("Kode_Pos").toText(0), "00123");
    EXPECT_TRUE(read.table.column("Kelas").isMissing(1)); // "NA" is a missing token, as in CSV
    EXPECT_EQ(read.table.column("Aktif").type(), ColumnType::Binary);
}

TEST(Xlsx, RefusalsNameWhatIsWrong) {
    std::string subject;
    std::string detail;
    EXPECT_EQ(xlsxErrorOf([] { readXlsx("merged_header.xlsx"); }, &subject, &detail),
              "merged-header");
    EXPECT_EQ(subject, "Sheet");
    EXPECT_EQ(detail, "B1:C1");
    EXPECT_EQ(readXlsx("merged_body.xlsx").table.rowCount(), 3); // merged below the header: fine

    EXPECT_EQ(xlsxErrorOf("encrypted.xlsx"), "encrypted");
    EXPECT_EQ(xlsxErrorOf("old.xls", &subject), "old-format");
    EXPECT_EQ(subject, xlsxPath("old.xls"));
    EXPECT_NE(
        std::string(XlsxError(XlsxError::Kind::OldFormat, "x.xls").what()).find("save it as .xlsx"),
        std::string::npos);
    EXPECT_EQ(xlsxErrorOf("not_a_zip.xlsx"), "invalid");
    EXPECT_EQ(codeOf("no_such_file.xlsx"), ErrorCode::FileNotFound);

    // readDataFile goes by content, not by name: the text file named .xlsx is read as CSV.
    NullProgress p;
    EXPECT_EQ(readDataFile(xlsxPath("not_a_zip.xlsx"), "", CsvOptions{}, p).table.rowCount(), 1);
    EXPECT_EQ(errorCodeOf([&] { readDataFile(xlsxPath("customers.csv"), "2", CsvOptions{}, p); }),
              ErrorCode::InvalidOption);
    EXPECT_EQ(readDataFile(xlsxPath("customers.xlsx"), "2", CsvOptions{}, p).table.rowCount(), 5);
    // Zip-like bytes that are no zip: "not a text file" for a .csv, "not a workbook" for .xlsx.
    TempDir dir;
    const std::string fake = std::string("PK\x03\x04\x14\x00", 6) + "a,b\n1,2\n";
    for (const char* name : {"fake.csv", "fake.xlsx"}) {
        std::ofstream(dir.path(name), std::ios::binary) << fake;
    }
    EXPECT_EQ(errorCodeOf([&] { readDataFile(dir.path("fake.csv"), "", CsvOptions{}, p); }),
              ErrorCode::NotText);
    EXPECT_EQ(xlsxErrorOf([&] { readDataFile(dir.path("fake.xlsx"), "", CsvOptions{}, p); }),
              "invalid");
    EXPECT_EQ(xlsxErrorOf([&] { readDataFile(xlsxPath("old.xls"), "", CsvOptions{}, p); }),
              "old-format");
}

TEST(Xlsx, ZipBombStopsAtTheByteLimit) {
    CsvOptions small;
    small.maxBytes = std::int64_t(4) << 20; // the sheet inflates to 32 MiB
    std::string subject;
    EXPECT_EQ(codeOf("bomb.xlsx", &subject, {}, small), ErrorCode::FileTooLarge);
    EXPECT_EQ(subject, "xl/worksheets/sheet1.xml");
    EXPECT_EQ(readXlsx("bomb.xlsx").table.rowCount(), 1); // under the default limit it reads
}

TEST(Xlsx, DamagedBytesAreErrorsNeverCrashes) {
    const std::string whole = bytesOf(xlsxPath("customers.xlsx"));
    NullProgress p;
    for (std::size_t cut : {std::size_t(0), std::size_t(10), whole.size() / 2, whole.size() - 30}) {
        const std::string part = whole.substr(0, cut);
        EXPECT_EQ(xlsxErrorOf([&] { readXlsxBytes(part, {}, CsvOptions{}, p); }), "invalid")
            << "cut at " << cut;
    }
    // A flipped byte inside the compressed sheet: a checksum or inflate error, named.
    std::string flipped = whole;
    flipped[flipped.size() / 3] ^= 0x5A;
    EXPECT_EQ(xlsxErrorOf([&] { readXlsxBytes(flipped, {}, CsvOptions{}, p); }), "invalid");
    // The same bytes intact read as the file does.
    expectSameTable(readXlsxBytes(whole, {}, CsvOptions{}, p).table, readCsv("customers.csv"));
}

TEST(Xlsx, ARowLimitStopsReadingEarly) {
    CsvOptions limited;
    limited.maxRows = 2;
    const CsvReadResult read = readXlsx("customers.xlsx", {}, limited);
    ASSERT_EQ(read.table.rowCount(), 2);
    const Table all = readCsv("customers.csv");
    EXPECT_EQ(read.table.column("Pendapatan_Tahunan").values()[1],
              all.column("Pendapatan_Tahunan").values()[1]);
    EXPECT_TRUE(std::any_of(read.notices.begin(), read.notices.end(), [](const CsvNotice& n) {
        return n.kind == CsvNotice::Kind::Truncated;
    }));
}

TEST(Xlsx, CancelStopsTheRead) {
    CallbackProgress progress;
    progress.cancel();
    EXPECT_THROW(readXlsxFile(xlsxPath("customers.xlsx"), {}, CsvOptions{}, progress), Cancelled);
}

TEST(Xlsx, NumberFormatsThatShowDates) {
    using xlsx::formatKind;
    using xlsx::NumberShown;
    EXPECT_EQ(formatKind(14, {}), NumberShown::Date);
    EXPECT_EQ(formatKind(22, {}), NumberShown::Date);
    EXPECT_EQ(formatKind(20, {}), NumberShown::Time);
    EXPECT_EQ(formatKind(4, {}), NumberShown::Number);
    EXPECT_EQ(formatKind(-1, "yyyy-mm-dd"), NumberShown::Date);
    EXPECT_EQ(formatKind(-1, "[$-409]d mmm yyyy;@"), NumberShown::Date);
    EXPECT_EQ(formatKind(-1, "hh:mm"), NumberShown::Time);
    EXPECT_EQ(formatKind(-1, "[h]:mm"), NumberShown::Time);
    EXPECT_EQ(formatKind(-1, "#,##0.00 \"days\""), NumberShown::Number);
    EXPECT_EQ(formatKind(-1, "[Red]0.00"), NumberShown::Number);
    EXPECT_EQ(formatKind(-1, "General"), NumberShown::Number);
    EXPECT_EQ(formatKind(-1, "0.0\\d"), NumberShown::Number);

    std::string out;
    EXPECT_TRUE(xlsx::serialText(1, false, NumberShown::Date, out));
    EXPECT_EQ(out, "1900-01-01");
    out.clear();
    EXPECT_TRUE(xlsx::serialText(61, false, NumberShown::Date, out));
    EXPECT_EQ(out, "1900-03-01");
    out.clear();
    EXPECT_TRUE(xlsx::serialText(45292.5, false, NumberShown::Date, out));
    EXPECT_EQ(out, "2024-01-01 12:00:00");
    out.clear();
    EXPECT_FALSE(xlsx::serialText(-1, false, NumberShown::Date, out));
}
