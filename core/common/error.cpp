#include "common/error.h"

#include <cstdio>

namespace gugus::core {

namespace {

std::string englishMessage(ErrorCode code, const std::string& subject, std::int64_t line,
                           std::int64_t column, const std::string& detail) {
    std::string text;
    switch (code) {
    case ErrorCode::FileNotFound:
        text = "file not found: " + subject;
        break;
    case ErrorCode::FileUnreadable:
        text = "cannot read file: " + subject;
        break;
    case ErrorCode::FileTooLarge:
        text = "file too large: " + subject;
        break;
    case ErrorCode::EmptyFile:
        text = "file is empty: " + subject;
        break;
    case ErrorCode::UnterminatedQuote:
        text = "quoted field is never closed";
        break;
    case ErrorCode::TooManyFields:
        text = "record has more fields than the header";
        break;
    case ErrorCode::TooFewFields:
        text = "record has fewer fields than the header";
        break;
    case ErrorCode::InvalidEncoding:
        text = "text is not valid in the chosen encoding";
        break;
    case ErrorCode::NoColumns:
        text = "no columns found";
        break;
    case ErrorCode::UnknownColumn:
        text = "unknown column: " + subject;
        break;
    case ErrorCode::ColumnNotNumeric:
        text = "column is not numeric: " + subject;
        break;
    case ErrorCode::AllMissing:
        text = "column has no values (all missing): " + subject;
        break;
    case ErrorCode::NonFiniteValue:
        text = "column has an infinite or NaN value: " + subject;
        break;
    case ErrorCode::NoFeatures:
        text = "no feature columns selected";
        break;
    case ErrorCode::TooFewRows:
        text = "too few rows";
        break;
    case ErrorCode::InvalidOption:
        text = "invalid option: " + subject;
        break;
    case ErrorCode::UnseenCategory:
        text = "category not seen when fitting: " + subject;
        break;
    case ErrorCode::WriteFailed:
        text = "cannot write file: " + subject;
        break;
    case ErrorCode::InvalidModel:
        text = "invalid model file: " + subject;
        break;
    case ErrorCode::InvalidRecipe:
        text = "invalid recipe: " + subject;
        break;
    case ErrorCode::InvalidProject:
        text = "invalid project file: " + subject;
        break;
    case ErrorCode::NoVariation:
        text = "the features do not vary: every customer has the same values";
        break;
    case ErrorCode::TooFewDistinct: {
        long long k = 0;
        long long distinct = 0;
        std::sscanf(detail.c_str(), "%lld %lld", &k, &distinct);
        return "k = " + std::to_string(k) + " segments but only " + std::to_string(distinct) +
               " distinct customers: some segments would be empty";
    }
    case ErrorCode::ValuesTooLarge:
        text = "values too large to compare (|x| > 1e150) in feature: " + subject;
        break;
    case ErrorCode::AllNoise:
        return "every customer is noise at this eps" +
               (detail.empty()
                    ? std::string("; try a larger eps")
                    : "; try a larger eps, e.g. " + detail + " (the knee of the k-distance curve)");
    case ErrorCode::OutputIsInput:
        text = "output would overwrite an input: " + subject + " (the input " + detail + ")";
        return text;
    case ErrorCode::OutputRepeated:
        text = "the same file is given for two outputs: " + subject;
        break;
    case ErrorCode::NotText:
        return "not a text/CSV file: " + subject +
               " (it holds binary data; a spreadsheet must be saved as CSV, UTF-16 text as UTF-8)";
    case ErrorCode::NotANumber:
        return "column " + subject + " was asked to be numeric but \"" + detail + "\" (line " +
               std::to_string(line) + ") is not a number";
    case ErrorCode::TooMuchMemory: {
        long long need = 0;
        long long limit = 0;
        std::sscanf(detail.c_str(), "%lld %lld", &need, &limit);
        const auto size = [](long long bytes) {
            char text[32];
            if (bytes >= (1LL << 30)) {
                std::snprintf(text, sizeof text, "%.1f GiB", double(bytes) / double(1LL << 30));
            } else {
                std::snprintf(text, sizeof text, "%.1f MiB", double(bytes) / double(1LL << 20));
            }
            return std::string(text);
        };
        char buffer[200];
        std::snprintf(buffer, sizeof buffer,
                      "%s linkage needs %s for its distance matrix, more than the %s allowed; use "
                      "ward or single linkage, or fewer rows",
                      subject.c_str(), size(need).c_str(), size(limit).c_str());
        return buffer;
    }
    }
    if (line >= 0) {
        text += " (line " + std::to_string(line);
        if (column >= 0) {
            text += ", field " + std::to_string(column);
        }
        text += ")";
    }
    if (!detail.empty()) {
        text += ": " + detail;
    }
    return text;
}

} // namespace

Error::Error(ErrorCode code, std::string subject, std::int64_t line, std::int64_t column,
             std::string detail)
    : std::runtime_error(englishMessage(code, subject, line, column, detail)), m_code(code),
      m_subject(std::move(subject)), m_line(line), m_column(column), m_detail(std::move(detail)) {}

const char* errorKey(ErrorCode code) noexcept {
    switch (code) {
    case ErrorCode::FileNotFound:
        return "file-not-found";
    case ErrorCode::FileUnreadable:
        return "file-unreadable";
    case ErrorCode::FileTooLarge:
        return "file-too-large";
    case ErrorCode::EmptyFile:
        return "empty-file";
    case ErrorCode::UnterminatedQuote:
        return "unterminated-quote";
    case ErrorCode::TooManyFields:
        return "too-many-fields";
    case ErrorCode::TooFewFields:
        return "too-few-fields";
    case ErrorCode::InvalidEncoding:
        return "invalid-encoding";
    case ErrorCode::NoColumns:
        return "no-columns";
    case ErrorCode::UnknownColumn:
        return "unknown-column";
    case ErrorCode::ColumnNotNumeric:
        return "column-not-numeric";
    case ErrorCode::AllMissing:
        return "all-missing";
    case ErrorCode::NonFiniteValue:
        return "non-finite-value";
    case ErrorCode::NoFeatures:
        return "no-features";
    case ErrorCode::TooFewRows:
        return "too-few-rows";
    case ErrorCode::InvalidOption:
        return "invalid-option";
    case ErrorCode::UnseenCategory:
        return "unseen-category";
    case ErrorCode::WriteFailed:
        return "write-failed";
    case ErrorCode::InvalidModel:
        return "invalid-model";
    case ErrorCode::InvalidRecipe:
        return "invalid-recipe";
    case ErrorCode::InvalidProject:
        return "invalid-project";
    case ErrorCode::TooMuchMemory:
        return "too-much-memory";
    case ErrorCode::NoVariation:
        return "no-variation";
    case ErrorCode::TooFewDistinct:
        return "too-few-distinct";
    case ErrorCode::ValuesTooLarge:
        return "values-too-large";
    case ErrorCode::AllNoise:
        return "all-noise";
    case ErrorCode::OutputIsInput:
        return "output-is-input";
    case ErrorCode::OutputRepeated:
        return "output-repeated";
    case ErrorCode::NotText:
        return "not-text";
    case ErrorCode::NotANumber:
        return "not-a-number";
    }
    return "unknown";
}

} // namespace gugus::core
