// One worksheet's cells to CSV text for the CSV reader (see readXlsxFile for the mapping), and
// the entry points. Cells are collected per row as they stream and written out once the sheet's
// used columns are known, so every record has the header's width.
#include "common/error.h"
#include "data/csv_text_columns.h"
#include "source/db_internal.h"
#include "source/xlsx_internal.h"
#include "source/xlsx_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>

namespace gugus::core::xlsx {

namespace {

constexpr std::uint32_t kMaxRow = 1048576; // Excel's limits: 1,048,576 rows, 16,384 columns (XFD)
constexpr std::uint32_t kMaxColumn = 16384;

/// Thrown by the sheet reader once it holds the rows a row limit asks for: the rest of the part is
/// not inflated.
struct EnoughRows {};

/// What a column's data cells (not its header) held; decides the column's typing.
enum CellKinds : std::uint8_t { kNumber = 1, kText = 2, kBoolean = 4 };

std::string columnName(std::uint32_t column) {
    std::string name;
    for (; column > 0; column = (column - 1) / 26) {
        name.insert(name.begin(), char('A' + (column - 1) % 26));
    }
    return name;
}

std::string cellName(std::uint32_t column, std::uint32_t row) {
    return columnName(column) + std::to_string(row);
}

class SheetReader : public XmlHandler {
public:
    SheetReader(std::string part, const std::vector<std::string>& strings,
                const std::vector<NumberShown>& formats, bool date1904,
                const std::vector<std::string>& missing)
        : m_part(std::move(part)), m_strings(strings), m_formats(formats), m_date1904(date1904),
          m_missing(missing) {}

    void start(std::string_view name, const char** a) override {
        if (name == "sheetData") {
            m_inData = true;
        } else if (!m_inData) {
            if (name == "mergeCell") {
                if (const char* ref = attribute(a, "ref")) {
                    m_merged.emplace_back(ref);
                }
            }
        } else if (name == "row") {
            startRow(attribute(a, "r"));
        } else if (name == "c") {
            startCell(attribute(a, "r"), attribute(a, "t"), attribute(a, "s"));
        } else if (m_inCell && (name == "v" || (name == "t" && m_phonetic == 0))) {
            m_collect = true;
        } else if (name == "rPh") {
            ++m_phonetic;
        }
    }
    void end(std::string_view name) override {
        if (name == "sheetData") {
            m_inData = false;
        } else if (!m_inData) {
            return;
        } else if (name == "v" || name == "t") {
            m_collect = false;
        } else if (name == "rPh") {
            --m_phonetic;
        } else if (name == "c") {
            endCell();
        } else if (name == "row") {
            m_inRow = false;
            if (m_rowLimit >= 0 && m_valueRows >= m_rowLimit) {
                throw EnoughRows{};
            }
        }
    }
    /// Stop after this many rows with a value (the header included); -1 = read every row.
    void setRowLimit(std::int64_t rows) { m_rowLimit = rows; }
    void text(std::string_view s) override {
        if (m_collect) {
            m_value += s;
        }
    }

    /// The CSV text, the columns' typing and the header's row number.
    std::string csvText(std::int64_t maxBytes, std::vector<db::ResultColumn>& columns);
    std::uint32_t headerRow() const { return m_headerRow; }
    const std::vector<std::string>& merged() const { return m_merged; }

private:
    [[noreturn]] void bad(const std::string& what) const {
        throw XlsxError(XlsxError::Kind::Invalid, m_part, what);
    }
    void startRow(const char* r) {
        std::uint32_t row = m_row + 1;
        if (r) {
            const std::string_view text(r);
            const auto parsed = std::from_chars(text.data(), text.data() + text.size(), row);
            if (parsed.ec != std::errc() || parsed.ptr != text.data() + text.size()) {
                bad("row number \"" + std::string(text) + "\" is not a number");
            }
        }
        if (row <= m_row || row > kMaxRow) {
            bad("row " + std::to_string(row) + " is out of order or beyond Excel's last row");
        }
        m_row = row;
        m_column = 0;
        m_inRow = true;
    }
    void startCell(const char* r, const char* t, const char* s) {
        if (!m_inRow) {
            bad("a cell outside a row");
        }
        std::uint32_t column = m_column + 1;
        if (r) {
            std::string_view ref(r);
            column = 0;
            std::size_t i = 0;
            for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && column <= kMaxColumn; ++i) {
                column = column * 26 + std::uint32_t(ref[i] - 'A' + 1);
            }
            std::uint32_t row = 0;
            const auto parsed = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
            if (i == 0 || parsed.ec != std::errc() || parsed.ptr != ref.data() + ref.size() ||
                row != m_row) {
                bad("cell reference \"" + std::string(ref) + "\" in row " + std::to_string(m_row) +
                    " is not a cell of that row");
            }
        }
        if (column <= m_column || column > kMaxColumn) {
            bad("cell " + cellName(std::min(column, kMaxColumn), m_row) +
                " is out of order or beyond Excel's last column");
        }
        m_column = column;
        m_type = t ? t : "n";
        m_style = 0;
        if (s) {
            std::from_chars(s, s + std::char_traits<char>::length(s), m_style);
        }
        m_value.clear();
        m_inCell = true;
    }
    void endCell();
    void addCell(std::string_view text, bool quoted, CellKinds kind);

    std::string m_part;
    const std::vector<std::string>& m_strings;
    const std::vector<NumberShown>& m_formats;
    bool m_date1904;
    const std::vector<std::string>& m_missing;

    bool m_inData = false;
    bool m_inRow = false;
    bool m_inCell = false;
    bool m_collect = false;
    int m_phonetic = 0;
    std::uint32_t m_row = 0;
    std::uint32_t m_column = 0;
    std::string m_type;
    std::uint32_t m_style = 0;
    std::string m_value;
    std::vector<std::string> m_merged;

    // The cells with a value, in order: their row, column and CSV field text.
    std::vector<std::uint32_t> m_cellRows;
    std::vector<std::uint16_t> m_cellColumns;
    std::vector<std::size_t> m_cellEnds;
    std::string m_fields;
    std::uint32_t m_headerRow = 0;
    std::int64_t m_valueRows = 0;
    std::int64_t m_rowLimit = -1;
    std::uint32_t m_firstColumn = kMaxColumn + 1;
    std::uint32_t m_lastColumn = 0;
    std::vector<std::uint8_t> m_kinds = std::vector<std::uint8_t>(kMaxColumn + 1, 0);
};

void SheetReader::endCell() {
    m_inCell = false;
    const std::string where = cellName(m_column, m_row);
    if (m_type == "s") {
        std::size_t index = 0;
        const auto r = std::from_chars(m_value.data(), m_value.data() + m_value.size(), index);
        if (r.ec != std::errc() || r.ptr != m_value.data() + m_value.size() ||
            index >= m_strings.size()) {
            bad("cell " + where + " refers to shared string \"" + m_value + "\" of " +
                std::to_string(m_strings.size()));
        }
        addCell(m_strings[index], true, kText);
    } else if (m_type == "inlineStr") {
        addCell(unescaped(m_value), true, kText);
    } else if (m_type == "str" || m_type == "d") {
        addCell(m_type == "str" ? unescaped(m_value) : m_value, true, kText);
    } else if (m_type == "b") {
        if (m_value.empty()) {
            return;
        }
        if (m_value != "0" && m_value != "1") {
            bad("cell " + where + " is a boolean but holds \"" + m_value + "\"");
        }
        addCell(m_value, false, kBoolean);
    } else if (m_type == "e") {
        return; // #N/A, #DIV/0! ...: no value
    } else if (m_type == "n") {
        if (m_value.empty()) {
            return; // a formula without a cached value, or a formatted empty cell
        }
        double number = 0.0;
        const auto r = std::from_chars(m_value.data(), m_value.data() + m_value.size(), number);
        if (r.ec != std::errc() || r.ptr != m_value.data() + m_value.size() ||
            !std::isfinite(number)) {
            bad("cell " + where + " is a number but holds \"" + m_value + "\"");
        }
        const NumberShown shown =
            m_style < m_formats.size() ? m_formats[m_style] : NumberShown::Number;
        std::string iso;
        if (shown != NumberShown::Number && serialText(number, m_date1904, shown, iso)) {
            addCell(iso, true, kText);
        } else {
            addCell(m_value, false, kNumber);
        }
    } else {
        bad("cell " + where + " has an unknown type \"" + m_type + "\"");
    }
}

void SheetReader::addCell(std::string_view text, bool quoted, CellKinds kind) {
    if (m_headerRow == 0) {
        m_headerRow = m_row;
    }
    if (m_cellRows.empty() || m_cellRows.back() != m_row) {
        ++m_valueRows;
    }
    if (m_row != m_headerRow) {
        const bool missing =
            quoted && std::find(m_missing.begin(), m_missing.end(), text) != m_missing.end();
        m_kinds[m_column] |= missing ? 0 : kind;
    }
    if (quoted) {
        db::appendQuoted(m_fields, text);
    } else {
        m_fields += text;
    }
    m_cellRows.push_back(m_row);
    m_cellColumns.push_back(std::uint16_t(m_column));
    m_cellEnds.push_back(m_fields.size());
    m_firstColumn = std::min(m_firstColumn, m_column);
    m_lastColumn = std::max(m_lastColumn, m_column);
}

std::string SheetReader::csvText(std::int64_t maxBytes, std::vector<db::ResultColumn>& columns) {
    std::string out;
    if (m_cellRows.empty()) {
        return out;
    }
    const std::size_t width = m_lastColumn - m_firstColumn + 1;
    // Blank lines for the rows above the header and between rows, so a line is a sheet row.
    const std::size_t rows = m_cellRows.back();
    const std::uint64_t size = m_fields.size() + std::uint64_t(rows) * width;
    if (size > std::uint64_t(maxBytes)) {
        throw Error(ErrorCode::FileTooLarge, m_part, -1, -1,
                    std::to_string(size) + " bytes as text");
    }
    out.reserve(std::size_t(size));
    out.append(m_headerRow - 1, '\n');
    std::uint32_t row = m_headerRow;
    std::uint32_t column = m_firstColumn;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < m_cellRows.size(); ++i) {
        if (m_cellRows[i] != row) {
            out.append(m_lastColumn - column, ',');
            out.append(m_cellRows[i] - row, '\n');
            row = m_cellRows[i];
            column = m_firstColumn;
        }
        out.append(m_cellColumns[i] - column, ',');
        column = m_cellColumns[i];
        out.append(m_fields, begin, m_cellEnds[i] - begin);
        begin = m_cellEnds[i];
    }
    out.append(m_lastColumn - column, ',');
    out += '\n';

    // The header's names as the CSV reader reads them back, and what each column held.
    columns.assign(width, {});
    for (std::size_t i = 0; i < m_cellRows.size() && m_cellRows[i] == m_headerRow; ++i) {
        const std::size_t from = i == 0 ? 0 : m_cellEnds[i - 1];
        std::string name = m_fields.substr(from, m_cellEnds[i] - from);
        if (name.size() >= 2 && name.front() == '"') {
            std::string plain;
            for (std::size_t k = 1; k + 1 < name.size(); ++k) {
                plain += name[k];
                k += name[k] == '"' ? 1 : 0;
            }
            name = std::move(plain);
        }
        columns[m_cellColumns[i] - m_firstColumn].name = std::move(name);
    }
    for (std::size_t j = 0; j < width; ++j) {
        const std::uint8_t kinds = m_kinds[m_firstColumn + j];
        db::ResultColumn& c = columns[j];
        if (c.name.empty()) {
            c.kind = db::SqlKind::Other; // renamed by the reader: typed by its values
        } else if (kinds == kText) {
            c.kind = db::SqlKind::Text;
        } else if (kinds == kBoolean) {
            c.kind = db::SqlKind::Boolean;
        } else {
            c.kind = db::SqlKind::Other;
        }
    }
    return out;
}

/// The column and row of a cell reference ("C7"); false when it is none.
bool parseCell(std::string_view ref, std::uint32_t& column, std::uint32_t& row) {
    column = 0;
    std::size_t i = 0;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && column <= kMaxColumn; ++i) {
        column = column * 26 + std::uint32_t(ref[i] - 'A' + 1);
    }
    const auto r = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
    return i > 0 && r.ec == std::errc() && r.ptr == ref.data() + ref.size();
}

CsvReadResult readSheet(Archive& archive, const std::string& sheet, const CsvOptions& options,
                        Progress& progress) {
    const Workbook workbook = readWorkbook(archive);
    const Sheet& chosen = chooseSheet(workbook, sheet);
    const std::vector<std::string> strings = readSharedStrings(archive, workbook.sharedStrings);
    const std::vector<NumberShown> formats = readCellFormats(archive, workbook.styles);

    SheetReader reader(chosen.part, strings, formats, workbook.date1904, options.missingTokens);
    // With a row limit (a preview, --max-rows) the reading stops after the header, the rows asked
    // for and one more (so the CSV reader reports the cut); merged cells, listed after the cells,
    // are then not checked.
    if (options.maxRows >= 0) {
        reader.setRowLimit(options.maxRows + 2);
    }
    try {
        parseXml(archive, chosen.part, reader, &progress);
    } catch (const EnoughRows&) {
    }
    for (const auto& range : reader.merged()) {
        const std::size_t colon = range.find(':');
        std::uint32_t c1 = 0, r1 = 0, c2 = 0, r2 = 0;
        if (colon != std::string::npos && parseCell(range.substr(0, colon), c1, r1) &&
            parseCell(range.substr(colon + 1), c2, r2) && r1 <= reader.headerRow() &&
            reader.headerRow() <= r2) {
            throw XlsxError(XlsxError::Kind::MergedHeader, chosen.name, range);
        }
    }
    std::vector<db::ResultColumn> columns;
    const std::string text = reader.csvText(options.maxBytes, columns);
    if (text.empty()) {
        throw Error(ErrorCode::EmptyFile, chosen.name);
    }
    db::ResultReading reading = db::resultReading(options, columns);
    reading.options.missingTokens = options.missingTokens;
    return readCsvText(text, reading.options, reading.textColumns, progress);
}

/// Why an OLE compound file cannot be read: an encrypted .xlsx keeps its package in a stream
/// named "EncryptedPackage" (UTF-16 in the directory); anything else is an old .xls.
[[noreturn]] void refuseOle(std::string_view bytes, const std::string& subject) {
    static const std::string name = [] {
        std::string n;
        for (const char c : std::string_view("EncryptedPackage")) {
            n += c;
            n += '\0';
        }
        return n;
    }();
    if (bytes.find(name) != std::string_view::npos) {
        throw XlsxError(XlsxError::Kind::Encrypted, subject);
    }
    throw XlsxError(XlsxError::Kind::OldFormat, subject);
}

std::string oleBytes(const std::string& path) {
    // The directory of a compound file is small and near its start in every writer we know; a
    // bounded read keeps a large .xls cheap to refuse.
    std::ifstream in(path, std::ios::binary);
    std::string bytes(std::size_t(4) << 20, '\0');
    in.read(bytes.data(), std::streamsize(bytes.size()));
    bytes.resize(std::size_t(in.gcount()));
    return bytes;
}

std::vector<std::string> worksheetNames(Archive& archive) {
    std::vector<std::string> names;
    for (const auto& sheet : readWorkbook(archive).sheets) {
        if (sheet.worksheet) {
            names.push_back(sheet.name);
        }
    }
    return names;
}

void checkReadable(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::error_code ec;
        throw Error(std::filesystem::exists(path, ec) ? ErrorCode::FileUnreadable
                                                      : ErrorCode::FileNotFound,
                    path);
    }
}

/// The archive of a workbook file, after the refusals of what is no .xlsx (OLE: .xls, encrypted).
Archive openFile(const std::string& path, std::int64_t budget) {
    checkReadable(path);
    if (sniffFileFormat(path) == FileFormat::OleCompound) {
        refuseOle(oleBytes(path), path);
    }
    return Archive(path, budget);
}

Archive openBytes(std::string_view bytes, std::int64_t budget) {
    if (sniffFileFormat(bytes) == FileFormat::OleCompound) {
        refuseOle(bytes, "workbook");
    }
    return Archive(bytes, budget);
}

} // namespace

} // namespace gugus::core::xlsx

namespace gugus::core {

namespace {

/// Listing sheets inflates only the small workbook parts; this bounds a hostile one.
constexpr std::int64_t kListBudget = std::int64_t(1) << 30;

} // namespace

std::vector<std::string> xlsxSheetNames(const std::string& path) {
    xlsx::Archive archive = xlsx::openFile(path, kListBudget);
    return xlsx::worksheetNames(archive);
}

std::vector<std::string> xlsxSheetNamesOf(std::string_view bytes) {
    xlsx::Archive archive = xlsx::openBytes(bytes, kListBudget);
    return xlsx::worksheetNames(archive);
}

CsvReadResult readXlsxFile(const std::string& path, const std::string& sheet,
                           const CsvOptions& options, Progress& progress) {
    xlsx::Archive archive = xlsx::openFile(path, options.maxBytes);
    return xlsx::readSheet(archive, sheet, options, progress);
}

CsvReadResult readXlsxBytes(std::string_view bytes, const std::string& sheet,
                            const CsvOptions& options, Progress& progress) {
    xlsx::Archive archive = xlsx::openBytes(bytes, options.maxBytes);
    return xlsx::readSheet(archive, sheet, options, progress);
}

CsvReadResult readDataFile(const std::string& path, const std::string& sheet,
                           const CsvOptions& options, Progress& progress) {
    if (sniffFileFormat(path) != FileFormat::Text) {
        try {
            return readXlsxFile(path, sheet, options, progress);
        } catch (const XlsxError& e) {
            // Zip-like bytes that are no zip, in a file not named as a workbook: the CSV reader's
            // "not a text/CSV file" says more than a damaged workbook would.
            std::string ext = std::filesystem::path(path).extension().string();
            std::transform(ext.begin(), ext.end(), ext.begin(),
                           [](unsigned char c) { return char(std::tolower(c)); });
            if (e.kind() != XlsxError::Kind::Invalid || e.subject() != path || !sheet.empty() ||
                ext == ".xlsx" || ext == ".xlsm") {
                throw;
            }
        }
    }
    if (!sheet.empty()) {
        throw Error(ErrorCode::InvalidOption, "sheet", -1, -1,
                    "a sheet is chosen only in an Excel workbook, and " + path + " is text");
    }
    return readCsvFile(path, options, progress);
}

} // namespace gugus::core
