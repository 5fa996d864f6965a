#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace gugus::core {

/// What went wrong, as a stable code. Front ends turn codes into user text (translated in `ui/`);
/// the English `what()` text is for logs and the CLI.
enum class ErrorCode {
    FileNotFound,
    FileUnreadable,
    FileTooLarge,
    EmptyFile,
    UnterminatedQuote, ///< a quoted field runs to the end of the file
    TooManyFields,     ///< a record has more fields than the header
    TooFewFields,      ///< a record has fewer fields than the header
    InvalidEncoding,   ///< bytes that are neither UTF-8 nor the chosen 8-bit encoding
    NoColumns,
    UnknownColumn,    ///< subject = the column name asked for
    ColumnNotNumeric, ///< subject = column name
    AllMissing,       ///< subject = column name
    NonFiniteValue,   ///< subject = column name, row = first offending row
    NoFeatures,
    TooFewRows,     ///< e.g. k larger than the number of rows
    InvalidOption,  ///< subject = option name
    UnseenCategory, ///< subject = column name
    WriteFailed,    ///< subject = path
    InvalidModel,   ///< subject = the field of a saved model file that is wrong
    InvalidRecipe,  ///< subject = the field of a recipe (alone or inside a model/project) that is
                    ///< wrong
    InvalidProject, ///< subject = the field of a project file that is wrong
    TooMuchMemory,  ///< subject = what needs it; detail = "<bytes needed> <bytes allowed>"
    NoVariation,    ///< every customer has the same feature values: nothing to segment
    TooFewDistinct, ///< detail = "<k> <distinct rows>": more segments than distinct customers
    ValuesTooLarge, ///< subject = feature; its values would overflow squared distances
    AllNoise,       ///< DBSCAN left every customer as noise; detail = suggested eps (or empty)
    OutputIsInput,  ///< subject = output path, detail = the input it would overwrite
    OutputRepeated, ///< subject = a path given for two outputs
    NotText,        ///< subject = path: binary content (NUL bytes), not a delimited text file
    NotANumber,     ///< subject = column forced numeric, line = first cell that is no number,
                    ///< detail = that cell's text
};

/// An engine error: a code plus the facts needed to explain it (1-based line/column in the
/// input file where that applies, otherwise -1; a subject such as a column name or option).
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, std::string subject = {}, std::int64_t line = -1,
          std::int64_t column = -1, std::string detail = {});

    ErrorCode code() const noexcept { return m_code; }
    const std::string& subject() const noexcept { return m_subject; }
    /// 1-based line in the input file, or -1.
    std::int64_t line() const noexcept { return m_line; }
    /// 1-based field number in the record, or -1.
    std::int64_t column() const noexcept { return m_column; }
    /// Free extra facts (a value, a count), not meant for translation.
    const std::string& detail() const noexcept { return m_detail; }

private:
    ErrorCode m_code;
    std::string m_subject;
    std::int64_t m_line;
    std::int64_t m_column;
    std::string m_detail;
};

/// Stable key of a code, e.g. "unterminated-quote" (used in JSON and logs).
const char* errorKey(ErrorCode code) noexcept;

} // namespace gugus::core
