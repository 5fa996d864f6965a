#pragma once

// Customer tables from Excel workbooks (.xlsx, Office Open XML): the zip through minizip, the XML
// through expat, and only the mapping from a sheet's cells to CSV text written here, so the columns
// are typed exactly as the CSV reader types a file.

#include "common/progress.h"
#include "data/csv_reader.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gugus::core {

/// A workbook that cannot be read. what() is English for logs and the CLI; front ends translate
/// by kind() and show subject() and detail() as they are.
class XlsxError : public std::runtime_error {
public:
    enum class Kind {
        OldFormat,    ///< subject = path: an Excel 97-2003 .xls (binary) file, not .xlsx
        Encrypted,    ///< subject = path: a password-protected (encrypted) workbook
        Invalid,      ///< subject = the path or the part inside the workbook that is wrong,
                      ///< detail = what is wrong (from the file's structure)
        NoSuchSheet,  ///< subject = the sheet asked for, detail = the workbook's sheets
        MergedHeader, ///< subject = sheet, detail = the merged range ("B1:C1") in its header row
    };
    XlsxError(Kind kind, std::string subject, std::string detail = {});
    Kind kind() const noexcept { return m_kind; }
    const std::string& subject() const noexcept { return m_subject; }
    const std::string& detail() const noexcept { return m_detail; }

private:
    Kind m_kind;
    std::string m_subject;
    std::string m_detail;
};

/// What the first bytes of a file say it is, whatever its name.
enum class FileFormat {
    Text,        ///< anything else: read as delimited text
    Xlsx,        ///< a zip archive (an .xlsx workbook, or another zip the reader refuses)
    OleCompound, ///< an OLE compound file: an .xls workbook or an encrypted .xlsx
};
FileFormat sniffFileFormat(const std::string& path);
FileFormat sniffFileFormat(std::string_view bytes);

/// The worksheets of a workbook in the order Excel shows them (chart sheets are left out).
std::vector<std::string> xlsxSheetNames(const std::string& path);
std::vector<std::string> xlsxSheetNamesOf(std::string_view bytes);

/// Reads one worksheet as a Table. `sheet` picks it: empty = the first worksheet, else a sheet's
/// name, else (when no sheet has that name) its number 1..n in Excel's order.
/// The mapping, cell by cell:
///   numbers -> numbers as written; booleans -> 0/1 (a column of them is Binary); shared and
///   inline strings -> text; dates and times (a cell with a date or time number format) -> ISO
///   text "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS" or "HH:MM:SS", never day numbers; formulas -> their
///   cached value (none cached: missing); empty cells and error values (#N/A, #DIV/0! ...) ->
///   missing; text cells equal to one of options.missingTokens -> missing, as in a CSV file.
/// The first row holding a value is the header; empty rows are skipped (BlankLinesSkipped, lines
/// are the sheet's row numbers); columns run from the leftmost to the rightmost used column.
/// Typing is the CSV reader's (csv_reader.h): a column of only text cells is never numeric ("00123"
/// stays a label), a column of only booleans is Binary, any other is inferred from its values.
/// options: missingTokens, maxCategories, maxCodeCategories, maxRows, forcedTypes and maxBytes
/// apply (maxBytes bounds the uncompressed XML read and the text it becomes: zip bombs stop there);
/// delimiter, decimal, encoding and hasHeader are the workbook's own. With maxRows the sheet is
/// read only that far (a preview of a large sheet stays quick; merged cells are then not checked).
/// Errors: XlsxError OldFormat (.xls), Encrypted, Invalid (not a zip, .xlsb, damaged XML, a cell
/// that breaks the format; subject names the part, detail the cell), NoSuchSheet, MergedHeader;
/// Error FileNotFound, FileTooLarge, EmptyFile (no cell holds a value), then the CSV reader's own.
/// Progress: stage "xlsx.read" with done/total = uncompressed bytes of the sheet, then the CSV
/// stages; cancel is honoured between chunks.
CsvReadResult readXlsxFile(const std::string& path, const std::string& sheet,
                           const CsvOptions& options, Progress& progress);
CsvReadResult readXlsxBytes(std::string_view bytes, const std::string& sheet,
                            const CsvOptions& options, Progress& progress);

/// readXlsxFile for a workbook (sniffFileFormat not Text), else readCsvFile (`sheet` must then be
/// empty: InvalidOption "sheet"). Bytes that start like a zip but are none, in a file not named
/// .xlsx/.xlsm, go to the CSV reader, which refuses them as binary (NotText).
CsvReadResult readDataFile(const std::string& path, const std::string& sheet,
                           const CsvOptions& options, Progress& progress);

} // namespace gugus::core
