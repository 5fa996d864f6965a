#include "support/error_text.h"

#include "source/table_output.h"
#include "support/file_rule_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace gugus::ui {

namespace {

/// Translation context "ErrorText" for the sentences below.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
};

/// "the field options.k must be from 1 to 1,000" for a file's broken field (`json`: not JSON).
QString fieldText(const core::Error& e) {
    const QString field = QString::fromStdString(e.subject());
    if (field == QLatin1String("json")) {
        return ErrorText::tr("it is not valid JSON (the file is damaged or not of this kind)");
    }
    return ErrorText::tr("the field %1 %2")
        .arg(field, fileRuleText(QString::fromStdString(e.detail())));
}

QString sentence(const core::Error& e) {
    const QString subject = QString::fromStdString(e.subject());
    using core::ErrorCode;
    switch (e.code()) {
    case ErrorCode::FileNotFound:
        return ErrorText::tr("The file %1 does not exist.").arg(subject);
    case ErrorCode::FileUnreadable:
        return ErrorText::tr("The file %1 cannot be read.").arg(subject);
    case ErrorCode::FileTooLarge:
        return ErrorText::tr("The file %1 is too large to load into memory.").arg(subject);
    case ErrorCode::EmptyFile:
        return ErrorText::tr("The file %1 is empty.").arg(subject);
    case ErrorCode::UnterminatedQuote:
        return ErrorText::tr("A quoted field is never closed (a missing \" character).");
    case ErrorCode::TooManyFields:
        return ErrorText::tr("A row has more fields than the header.");
    case ErrorCode::TooFewFields:
        return ErrorText::tr("A row has fewer fields than the header.");
    case ErrorCode::InvalidEncoding:
        return ErrorText::tr("The file contains text that is not valid in the chosen encoding.");
    case ErrorCode::NoColumns:
        return ErrorText::tr("No columns were found.");
    case ErrorCode::UnknownColumn:
        return ErrorText::tr("There is no column named %1.").arg(subject);
    case ErrorCode::ColumnNotNumeric:
        return ErrorText::tr("Column %1 is not numeric and cannot be used this way.").arg(subject);
    case ErrorCode::AllMissing:
        return ErrorText::tr("Column %1 has no values (all missing).").arg(subject);
    case ErrorCode::NonFiniteValue:
        return ErrorText::tr("Column %1 contains an infinite or NaN value.").arg(subject);
    case ErrorCode::NoFeatures:
        return ErrorText::tr(
            "No feature columns are selected. Give at least one column the role Feature.");
    case ErrorCode::TooFewRows:
        return ErrorText::tr(
            "Too few rows for this request (for example, more segments than customers).");
    case ErrorCode::InvalidOption:
        return ErrorText::tr("Invalid setting: %1.").arg(subject);
    case ErrorCode::UnseenCategory:
        return ErrorText::tr("Column %1 has a category that was not seen when fitting.")
            .arg(subject);
    case ErrorCode::WriteFailed:
        return ErrorText::tr("The file %1 cannot be written.").arg(subject);
    case ErrorCode::InvalidModel:
        return ErrorText::tr("The model file is invalid: %1.").arg(fieldText(e));
    case ErrorCode::InvalidRecipe:
        return ErrorText::tr("The preparation recipe is invalid: %1.").arg(fieldText(e));
    case ErrorCode::InvalidProject:
        return ErrorText::tr("The project file is invalid: %1.").arg(fieldText(e));
    case ErrorCode::TooMuchMemory: {
        const QStringList bytes = QString::fromStdString(e.detail()).split(QLatin1Char(' '));
        const QLocale locale;
        return ErrorText::tr("This linkage needs %1 of memory for its distance matrix, more than "
                             "the %2 allowed. Use Ward or single linkage, or fewer rows.")
            .arg(locale.formattedDataSize(bytes.value(0).toLongLong()),
                 locale.formattedDataSize(bytes.value(1).toLongLong()));
    }
    case ErrorCode::OutputIsInput:
        if (core::isTableReadByQuery(e)) {
            return ErrorText::tr("The table %1 is read by the query, an input of this job; "
                                 "writing there would destroy it. Choose another table.")
                .arg(subject);
        }
        return ErrorText::tr("%1 is an input of this job; writing there would destroy it. Choose "
                             "another file.")
            .arg(subject);
    case ErrorCode::OutputRepeated:
        return ErrorText::tr("%1 is chosen for two outputs. Choose a different file for each.")
            .arg(subject);
    case ErrorCode::NotText:
        return ErrorText::tr("%1 is not a text (CSV) file: it holds binary data. Save a "
                             "spreadsheet as CSV first, and UTF-16 text as UTF-8.")
            .arg(subject);
    case ErrorCode::NotANumber:
        return ErrorText::tr("Column %1 was set to be numeric, but its values are no numbers "
                             "(for example \"%2\" on line %3). Choose another type for it.")
            .arg(subject, QString::fromStdString(e.detail()))
            .arg(e.line());
    case ErrorCode::NoVariation:
        return ErrorText::tr("The chosen features do not vary: every customer has the same "
                             "values, so there is nothing to segment. Choose other features.");
    case ErrorCode::TooFewDistinct: {
        const QStringList counts = QString::fromStdString(e.detail()).split(QLatin1Char(' '));
        return ErrorText::tr("%L1 segments were asked for, but only %L2 customers differ in the "
                             "chosen features: some segments would be empty. Choose a smaller k.")
            .arg(counts.value(0).toLongLong())
            .arg(counts.value(1).toLongLong());
    }
    case ErrorCode::ValuesTooLarge:
        return ErrorText::tr("The values of %1 are too large to compare (beyond 1e150). Scale "
                             "the column or leave it out.")
            .arg(subject);
    case ErrorCode::AllNoise: {
        bool ok = false;
        const double eps = QString::fromStdString(e.detail()).toDouble(&ok);
        return ok ? ErrorText::tr("DBSCAN found no segment: every customer is noise at this eps. "
                                  "Try a larger eps, for example %1 (the knee of the k-distance "
                                  "curve).")
                        .arg(QLocale().toString(eps, 'g', 3))
                  : ErrorText::tr("DBSCAN found no segment: every customer is noise at this eps. "
                                  "Try a larger eps.");
    }
    }
    return ErrorText::tr("Unknown error.");
}

/// The codes whose detail adds a fact the sentence does not already hold. The numbers of
/// TooMuchMemory, TooFewDistinct and AllNoise and the rules of files are worded above.
bool appendsDetail(core::ErrorCode code) {
    using core::ErrorCode;
    switch (code) {
    case ErrorCode::FileNotFound:
    case ErrorCode::FileUnreadable: // the system's reason (permission denied, ...)
        return true;
    default:
        return false;
    }
}

} // namespace

QString dbErrorText(const core::DbError& e) {
    const QString subject = QString::fromStdString(e.subject());
    QString framing;
    switch (e.kind()) {
    case core::DbError::Kind::ConnectFailed:
        framing = ErrorText::tr("Cannot connect to the database %1.").arg(subject);
        break;
    case core::DbError::Kind::PasswordNeeded:
        framing = ErrorText::tr("The database %1 asks for a password.").arg(subject);
        break;
    case core::DbError::Kind::QueryFailed:
        framing = ErrorText::tr("The database %1 did not run the query.").arg(subject);
        break;
    case core::DbError::Kind::WriteFailed:
        framing =
            ErrorText::tr("The table %1 could not be written; nothing was written.").arg(subject);
        break;
    }
    if (e.detail().empty()) {
        return framing;
    }
    return ErrorText::tr("%1\n\nThe database said:\n%2")
        .arg(framing, QString::fromStdString(e.detail()));
}

QString fileFieldText(const core::Error& e) {
    return fieldText(e);
}

QString errorText(const core::Error& e) {
    QString text = sentence(e);
    if (e.code() == core::ErrorCode::NotANumber) {
        return text; // its line and value are in the sentence
    }
    if (e.line() >= 0 && e.column() >= 0) {
        text +=
            QLatin1Char(' ') + ErrorText::tr("(line %1, field %2)").arg(e.line()).arg(e.column());
    } else if (e.line() >= 0) {
        text += QLatin1Char(' ') + ErrorText::tr("(line %1)").arg(e.line());
    }
    if (!e.detail().empty() && appendsDetail(e.code())) {
        text += QLatin1Char(' ') + QString::fromStdString(e.detail());
    }
    return text;
}

QString errorText(const core::XlsxError& e) {
    using Kind = core::XlsxError::Kind;
    const QString subject = QString::fromStdString(e.subject());
    const QString detail = QString::fromStdString(e.detail());
    switch (e.kind()) {
    case Kind::OldFormat:
        return ErrorText::tr("%1 is an old Excel 97-2003 (.xls) workbook, which Gugus does not "
                             "read. Open it in Excel or LibreOffice and save it as .xlsx or CSV.")
            .arg(subject);
    case Kind::Encrypted:
        return ErrorText::tr("%1 is protected by a password (encrypted). Remove the password in "
                             "Excel, save the workbook again, and open that copy.")
            .arg(subject);
    case Kind::Invalid:
        return ErrorText::tr("This is not a readable Excel workbook (.xlsx): %1 (%2).")
            .arg(subject, detail);
    case Kind::NoSuchSheet:
        return ErrorText::tr("The workbook has no sheet %1. Its sheets: %2.").arg(subject, detail);
    case Kind::MergedHeader:
        return ErrorText::tr("Sheet %1 has merged cells in its header row (%2). Unmerge them so "
                             "every column has its own name.")
            .arg(subject, detail);
    }
    return QString::fromUtf8(e.what());
}

} // namespace gugus::ui
