// The parts of a workbook around its sheets: the package and workbook relationships, the sheet
// list, shared strings and the number formats that make a number a date.
#include "common/error.h"
#include "source/xlsx_internal.h"
#include "source/xlsx_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace gugus::core::xlsx {

namespace {

[[noreturn]] void damaged(const std::string& subject, const std::string& what) {
    throw XlsxError(XlsxError::Kind::Invalid, subject, what);
}

bool endsWith(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

/// A relationship's target resolved against the folder of the part that names it.
std::string resolve(const std::string& folder, std::string_view target) {
    std::string path = !target.empty() && target[0] == '/' ? std::string(target.substr(1))
                                                           : folder + std::string(target);
    std::vector<std::string> kept;
    std::size_t begin = 0;
    while (begin <= path.size()) {
        const std::size_t end = std::min(path.find('/', begin), path.size());
        const std::string piece = path.substr(begin, end - begin);
        if (piece == "..") {
            if (!kept.empty()) {
                kept.pop_back();
            }
        } else if (!piece.empty() && piece != ".") {
            kept.push_back(piece);
        }
        begin = end + 1;
    }
    std::string out;
    for (const auto& piece : kept) {
        out += (out.empty() ? "" : "/") + piece;
    }
    return out;
}

/// Id -> (type's last path segment, resolved target) of a .rels part.
struct Relationships : XmlHandler {
    std::string folder;
    std::map<std::string, std::pair<std::string, std::string>> byId;

    void start(std::string_view name, const char** a) override {
        if (name != "Relationship") {
            return;
        }
        const char* id = attribute(a, "Id");
        const char* type = attribute(a, "Type");
        const char* target = attribute(a, "Target");
        const char* mode = attribute(a, "TargetMode");
        if (!id || !type || !target || (mode && std::string_view(mode) == "External")) {
            return;
        }
        const std::string_view t(type);
        byId[id] = {std::string(t.substr(t.rfind('/') + 1)), resolve(folder, target)};
    }
    void end(std::string_view) override {}

    std::string ofType(std::string_view type) const {
        for (const auto& [id, rel] : byId) {
            if (rel.first == type) {
                return rel.second;
            }
        }
        return {};
    }
};

Relationships readRelationships(Archive& archive, const std::string& part,
                                const std::string& folder) {
    Relationships rels;
    rels.folder = folder;
    if (archive.has(part)) {
        parseXml(archive, part, rels, nullptr);
    }
    return rels;
}

struct WorkbookPart : XmlHandler {
    struct Entry {
        std::string name;
        std::string relationship;
    };
    std::vector<Entry> sheets;
    bool date1904 = false;

    void start(std::string_view name, const char** a) override {
        if (name == "sheet") {
            const char* sheetName = attribute(a, "name");
            const char* id = attribute(a, "id"); // r:id
            sheets.push_back({sheetName ? sheetName : "", id ? id : ""});
        } else if (name == "workbookPr") {
            const char* v = attribute(a, "date1904");
            date1904 = v && (std::string_view(v) == "1" || std::string_view(v) == "true");
        }
    }
    void end(std::string_view) override {}
};

struct SharedStrings : XmlHandler {
    std::vector<std::string> strings;
    std::string current;
    bool inItem = false;
    int phonetic = 0; // inside <rPh>: a reading aid, not the text
    bool inText = false;

    void start(std::string_view name, const char**) override {
        if (name == "si") {
            inItem = true;
            current.clear();
        } else if (name == "rPh") {
            ++phonetic;
        } else if (name == "t" && inItem && phonetic == 0) {
            inText = true;
        }
    }
    void end(std::string_view name) override {
        if (name == "si") {
            strings.push_back(unescaped(current));
            inItem = false;
        } else if (name == "rPh") {
            --phonetic;
        } else if (name == "t") {
            inText = false;
        }
    }
    void text(std::string_view s) override {
        if (inText) {
            current += s;
        }
    }
};

struct Styles : XmlHandler {
    std::map<int, std::string> customFormats;
    std::vector<int> cellFormatIds;
    bool inCellXfs = false;

    static int number(const char* text) {
        int v = -1;
        if (text) {
            std::from_chars(text, text + std::char_traits<char>::length(text), v);
        }
        return v;
    }
    void start(std::string_view name, const char** a) override {
        if (name == "numFmt") {
            const char* code = attribute(a, "formatCode");
            customFormats[number(attribute(a, "numFmtId"))] = code ? code : "";
        } else if (name == "cellXfs") {
            inCellXfs = true;
        } else if (name == "xf" && inCellXfs) {
            cellFormatIds.push_back(number(attribute(a, "numFmtId")));
        }
    }
    void end(std::string_view name) override {
        if (name == "cellXfs") {
            inCellXfs = false;
        }
    }
};

} // namespace

Workbook readWorkbook(Archive& archive) {
    const Relationships package = readRelationships(archive, "_rels/.rels", "");
    std::string workbookPart = package.ofType("officeDocument");
    if (workbookPart.empty()) {
        workbookPart = "xl/workbook.xml";
    }
    if (endsWith(workbookPart, ".bin")) {
        damaged(workbookPart, "an Excel binary workbook (.xlsb): save it as .xlsx");
    }
    if (!archive.has(workbookPart)) {
        damaged(workbookPart, archive.has("content.xml")
                                  ? "an OpenDocument spreadsheet (.ods): save it as .xlsx"
                                  : "the zip holds no Excel workbook");
    }
    const std::size_t slash = workbookPart.rfind('/');
    const std::string folder = slash == std::string::npos ? "" : workbookPart.substr(0, slash + 1);
    const std::string relsPart = folder + "_rels/" + workbookPart.substr(folder.size()) + ".rels";
    const Relationships rels = readRelationships(archive, relsPart, folder);

    WorkbookPart part;
    parseXml(archive, workbookPart, part, nullptr);
    Workbook workbook;
    workbook.date1904 = part.date1904;
    for (const auto& entry : part.sheets) {
        const auto rel = rels.byId.find(entry.relationship);
        if (rel == rels.byId.end()) {
            damaged(relsPart, "sheet \"" + entry.name + "\" has no part");
        }
        workbook.sheets.push_back(
            {entry.name, rel->second.second, rel->second.first == "worksheet"});
    }
    workbook.sharedStrings = rels.ofType("sharedStrings");
    workbook.styles = rels.ofType("styles");
    return workbook;
}

std::vector<std::string> readSharedStrings(Archive& archive, const std::string& part) {
    SharedStrings strings;
    if (!part.empty() && archive.has(part)) {
        parseXml(archive, part, strings, nullptr);
    }
    return std::move(strings.strings);
}

NumberShown formatKind(int builtinId, std::string_view code) {
    // ECMA-376 part 1, 18.8.30: the built-in date and time formats (27-36 and 50-58 are the East
    // Asian dates).
    if ((builtinId >= 14 && builtinId <= 17) || builtinId == 22 ||
        (builtinId >= 27 && builtinId <= 36) || (builtinId >= 50 && builtinId <= 58)) {
        return NumberShown::Date;
    }
    if ((builtinId >= 18 && builtinId <= 21) || (builtinId >= 45 && builtinId <= 47)) {
        return NumberShown::Time;
    }
    // A custom code: date and time letters outside quoted text, escapes and [colour] brackets
    // ([h], [mm], [ss] are elapsed time).
    bool date = false;
    bool time = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = char(std::tolower(static_cast<unsigned char>(code[i])));
        if (c == '"') {
            const std::size_t close = code.find('"', i + 1);
            i = close == std::string_view::npos ? code.size() : close;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i; // the next character is shown or used as padding, not a code
        } else if (c == '[') {
            const std::size_t close = code.find(']', i + 1);
            const std::string_view inside =
                code.substr(i + 1, (close == std::string_view::npos ? code.size() : close) - i - 1);
            if (!inside.empty() &&
                std::string_view("hHmMsS").find(inside[0]) != std::string_view::npos &&
                inside.find_first_not_of(inside[0]) == std::string_view::npos) {
                time = true;
            }
            i = close == std::string_view::npos ? code.size() : close;
        } else if (c == 'd' || c == 'y') {
            date = true;
        } else if (c == 'h' || c == 's') {
            time = true;
        } else if (c == ';') {
            break; // the first section (positive numbers) decides
        }
    }
    if (date) {
        return NumberShown::Date;
    }
    return time ? NumberShown::Time : NumberShown::Number;
}

std::vector<NumberShown> readCellFormats(Archive& archive, const std::string& part) {
    Styles styles;
    if (!part.empty() && archive.has(part)) {
        parseXml(archive, part, styles, nullptr);
    }
    std::vector<NumberShown> shown;
    shown.reserve(styles.cellFormatIds.size());
    for (const int id : styles.cellFormatIds) {
        const auto custom = styles.customFormats.find(id);
        shown.push_back(custom != styles.customFormats.end() ? formatKind(-1, custom->second)
                                                             : formatKind(id, {}));
    }
    return shown;
}

const Sheet& chooseSheet(const Workbook& workbook, const std::string& sheet) {
    const auto named = std::find_if(workbook.sheets.begin(), workbook.sheets.end(),
                                    [&](const Sheet& s) { return s.name == sheet; });
    const Sheet* chosen = nullptr;
    if (sheet.empty()) {
        const auto first = std::find_if(workbook.sheets.begin(), workbook.sheets.end(),
                                        [](const Sheet& s) { return s.worksheet; });
        chosen = first == workbook.sheets.end() ? nullptr : &*first;
    } else if (named != workbook.sheets.end()) {
        chosen = &*named;
    } else {
        std::size_t number = 0;
        const auto r = std::from_chars(sheet.data(), sheet.data() + sheet.size(), number);
        if (r.ec == std::errc() && r.ptr == sheet.data() + sheet.size() && number >= 1 &&
            number <= workbook.sheets.size()) {
            chosen = &workbook.sheets[number - 1];
        }
    }
    if (!chosen) {
        std::string names;
        for (const auto& s : workbook.sheets) {
            if (s.worksheet) {
                names += (names.empty() ? "" : ", ") + s.name;
            }
        }
        throw XlsxError(XlsxError::Kind::NoSuchSheet,
                        sheet.empty() ? std::string("(first)") : sheet,
                        names.empty() ? std::string("none") : names);
    }
    if (!chosen->worksheet) {
        damaged(chosen->name, "a chart sheet, not a sheet of cells");
    }
    return *chosen;
}

bool serialText(double serial, bool date1904, NumberShown shown, std::string& out) {
    // Beyond 9999-12-31 (serial 2958465) Excel shows ####; negative dates do not exist.
    if (!(serial >= 0.0 && serial < 2958466.0)) {
        return false;
    }
    std::int64_t seconds = std::llround(serial * 86400.0);
    std::int64_t days = seconds / 86400;
    seconds %= 86400;
    char text[32];
    if (shown == NumberShown::Time && days == 0) {
        std::snprintf(text, sizeof text, "%02d:%02d:%02d", int(seconds / 3600),
                      int(seconds / 60 % 60), int(seconds % 60));
        out += text;
        return true;
    }
    // Day 0 is 1899-12-31 in the 1900 system, which counts a 29 February 1900 that never was
    // (serial 60): from serial 61 on the days are counted from 1899-12-30. 1904 starts at 1 Jan.
    // Days since 1970-01-01 of those epochs: 1899-12-31 = -25568, 1899-12-30 = -25569,
    // 1904-01-01 = -24107.
    std::int64_t z = date1904 ? days - 24107 : days + (days < 61 ? -25568 : -25569);
    // Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil inverse).
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    if (seconds == 0) {
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    } else {
        std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d", year, month, day,
                      int(seconds / 3600), int(seconds / 60 % 60), int(seconds % 60));
    }
    out += text;
    return true;
}

} // namespace gugus::core::xlsx
