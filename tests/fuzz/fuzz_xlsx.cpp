// libFuzzer target for the .xlsx reader: the zip, the XML parts and the mapping from cells to a
// Table, on workbooks users bring. The first input byte chooses the sheet and the row limit; the
// rest is the workbook. The seeds store their parts uncompressed, so mutations reach the XML (the
// checksum is checked only after a part has been read).
#include "common/error.h"
#include "fuzz_checks.h"
#include "source/xlsx_reader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace gugus::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    static const char* const kSheets[] = {"", "2", "Data", "Ringkasan"};
    CsvOptions options;
    options.maxRows = (data[0] & 0x80) ? 2 : -1;
    options.maxBytes = std::int64_t(4) << 20; // a bomb stops here, as it does at the real limit
    const std::string sheet = kSheets[data[0] % 4];
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    NullProgress progress;
    try {
        gugus::fuzz::check(readXlsxBytes(bytes, sheet, options, progress).table);
        (void)xlsxSheetNamesOf(bytes);
    } catch (const Error&) {
        // Malformed input is expected to end in a typed error, never in a crash.
    } catch (const XlsxError&) {
    }
    return 0;
}
