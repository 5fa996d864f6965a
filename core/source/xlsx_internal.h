#pragma once

// Internal to core/source: the parts of the .xlsx reader.
//
//   xlsx_archive.cpp  the zip (minizip) with a budget of uncompressed bytes, XML parts (expat)
//   xlsx_parts.cpp    workbook, relationships, shared strings, date styles
//   xlsx_sheet.cpp    one worksheet's cells to CSV text, the entry points

#include "common/progress.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gugus::core::xlsx {

/// An open workbook archive. Every byte inflated counts against one budget, so a zip bomb stops at
/// the caller's maxBytes however its headers lie.
class Archive {
public:
    /// Opens a file or a buffer (kept alive by the caller); InvalidWorkbook when it is no zip.
    Archive(const std::string& path, std::int64_t budget);
    Archive(std::string_view bytes, std::int64_t budget);
    ~Archive();
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    bool has(const std::string& part) const;
    /// Inflates `part` in chunks into `sink`; progress (stage "xlsx.read") when given.
    /// InvalidWorkbook for a missing, encrypted or damaged part; FileTooLarge past the budget.
    void read(const std::string& part, const std::function<void(std::string_view)>& sink,
              Progress* progress);

private:
    void open(const std::string& name, void* io);

    struct Memory;
    std::unique_ptr<Memory> m_memory;
    void* m_zip = nullptr;
    std::int64_t m_budget;
};

/// Receives the elements of an XML part by local name (namespaces dropped, so strict and
/// transitional OOXML read alike). Attribute lists are expat's: name, value, ..., null.
class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    virtual void start(std::string_view name, const char** attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view) {}
};
/// Streams `part` through expat into `handler`. A DOCTYPE (entities) is refused; malformed XML is
/// InvalidWorkbook naming the part and expat's line and message.
void parseXml(Archive& archive, const std::string& part, XmlHandler& handler, Progress* progress);
/// The value of the attribute with this local name, or null.
const char* attribute(const char** attributes, std::string_view name);
/// `text` with OOXML's _xHHHH_ escapes decoded (a control character stays escaped as written).
std::string unescaped(std::string_view text);

struct Sheet {
    std::string name;
    std::string part; ///< path inside the zip, e.g. "xl/worksheets/sheet1.xml"
    bool worksheet = true;
};
struct Workbook {
    std::vector<Sheet> sheets;
    bool date1904 = false;
    std::string sharedStrings; ///< part, or empty
    std::string styles;        ///< part, or empty
};
/// The workbook's sheets and parts (its relationships); InvalidWorkbook for an .xlsb or a zip that
/// holds no workbook.
Workbook readWorkbook(Archive& archive);
/// The shared string table, rich text runs joined, phonetic runs left out.
std::vector<std::string> readSharedStrings(Archive& archive, const std::string& part);

/// What a cell style's number format shows a number as.
enum class NumberShown : std::uint8_t { Number, Date, Time };
/// One entry per cell format (cellXfs), in order.
std::vector<NumberShown> readCellFormats(Archive& archive, const std::string& part);
/// The kind of a number format: built-in id, or the format code of a custom one.
NumberShown formatKind(int builtinId, std::string_view code);

/// The sheet chosen by name, else by number; NoSuchSheet (or InvalidWorkbook for a chart sheet).
const Sheet& chooseSheet(const Workbook& workbook, const std::string& sheet);

/// A date/time serial number as ISO text ("YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS", or "HH:MM:SS" for
/// a time format); false when the number is no date Excel can show (negative, too large).
bool serialText(double serial, bool date1904, NumberShown shown, std::string& out);

} // namespace gugus::core::xlsx
