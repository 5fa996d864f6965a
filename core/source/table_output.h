#pragma once

#include "common/error.h"

#include <string_view>

namespace gugus::core {

/// checkWriteTarget and writeDbTable refuse a table that the source's query reads as
/// Error(OutputIsInput, table name, detail = kQueryInput): the refusal of an output file that is
/// an input, told apart by this detail so that front ends word it for a table ("choose another
/// table"), not a file. (An input file is named by its path, never by these words.)
inline constexpr std::string_view kQueryInput = "the query";

/// The refusal above: an output table the query reads, not an output file.
inline bool isTableReadByQuery(const Error& e) {
    return e.code() == ErrorCode::OutputIsInput && e.detail() == kQueryInput;
}

} // namespace gugus::core
