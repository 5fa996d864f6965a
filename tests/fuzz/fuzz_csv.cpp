// libFuzzer target for the CSV reader, the parser of the files users bring.
// The first input byte chooses the options, so one corpus covers every delimiter, decimal mode,
// encoding, header mode and row limit; the rest is the file.
#include "common/error.h"
#include "common/parallel.h"
#include "data/csv_reader.h"

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

/// Invariants every successful read must keep: equal lengths, codes inside the dictionary, a
/// byte-wise sorted dictionary, and text that every view can render.
void check(const Table& table) {
    for (const Column& c : table.columns()) {
        if (c.size() != table.rowCount()) {
            std::abort();
        }
        const auto& categories = c.categories();
        for (std::size_t i = 1; i < categories.size(); ++i) {
            if (!(categories[i - 1] < categories[i])) {
                std::abort();
            }
        }
        for (const auto code : c.codes()) {
            if (code < -1 || code >= std::int32_t(categories.size())) {
                std::abort();
            }
        }
        for (std::int64_t r = 0; r < c.size(); ++r) {
            (void)c.toText(r);
        }
    }
    (void)table.fingerprint();
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
        check(readCsvText(text, options, progress).table);
    } catch (const Error&) {
        // Malformed input is expected to end in a typed error, never in a crash.
    }
    return 0;
}
