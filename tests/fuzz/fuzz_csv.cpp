// libFuzzer target for the CSV reader, the parser of the files users bring.
// The first input byte chooses the options, so one corpus covers every delimiter, decimal mode,
// encoding, header mode and row limit; the rest is the file.
#include "common/error.h"
#include "common/parallel.h"
#include "data/csv_reader.h"
#include "fuzz_checks.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace gugus::core;

namespace {

CsvOptions optionsFrom(std::uint8_t k) {
    CsvOptions options;
    static constexpr char kDelimiters[] = {0, ',', ';', '\t', '|'};
    options.delimiter = kDelimiters[k % 5];
    options.decimal = DecimalSeparator(k / 5 % 3);
    options.encoding = TextEncoding(k / 15 % 3);
    options.hasHeader = (k & 0x40) == 0;
    options.maxRows = (k & 0x80) ? 2 : -1;
    options.maxCategories = (k & 0x20) ? 1 : 1000;
    return options;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const CsvOptions options = optionsFrom(data[0]);
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    NullProgress progress;
    try {
        gugus::fuzz::check(readCsvText(text, options, progress).table);
    } catch (const Error&) {
        // Malformed input is expected to end in a typed error, never in a crash.
    }
    return 0;
}
