#include "support/error_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <utility>

namespace gugus::ui {

namespace {

/// Translation context "ErrorText" for the sentences below.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
};

/// The rule a field of a model, recipe or project file breaks, in the UI language. The loaders
/// (core/common/json_fields.h) state rules in a few fixed shapes, matched here; a rule of another
/// shape (a model's own consistency checks) is shown as written.
QString ruleText(const QString& rule) {
    static const std::pair<const char*, const char*> fixed[] = {
        {"is missing", QT_TRANSLATE_NOOP("ErrorText", "is missing")},
        {"must be an object", QT_TRANSLATE_NOOP("ErrorText", "must be an object")},
        {"must be a list", QT_TRANSLATE_NOOP("ErrorText", "must be a list")},
        {"must be text", QT_TRANSLATE_NOOP("ErrorText", "must be text")},
        {"must be true or false", QT_TRANSLATE_NOOP("ErrorText", "must be true or false")},
        {"must be a number", QT_TRANSLATE_NOOP("ErrorText", "must be a number")},
        {"must be finite", QT_TRANSLATE_NOOP("ErrorText", "must be a finite number")},
        {"is out of range", QT_TRANSLATE_NOOP("ErrorText", "is out of range")},
        {"must be a whole number", QT_TRANSLATE_NOOP("ErrorText", "must be a whole number")},
        {"must be a whole number >= 0",
         QT_TRANSLATE_NOOP("ErrorText", "must be a whole number from 0")},
        {"must be a whole number >= 1",
         QT_TRANSLATE_NOOP("ErrorText", "must be a whole number from 1")},
        {"not a gugus-project file", QT_TRANSLATE_NOOP("ErrorText", "is not a Gugus project")},
        {"not a gugus-model file", QT_TRANSLATE_NOOP("ErrorText", "is not a Gugus model")},
        {"must be \"#rrggbb\" or empty",
         QT_TRANSLATE_NOOP("ErrorText", "must be a colour \"#rrggbb\" or empty")},
        {"has more entries than segments can exist",
         QT_TRANSLATE_NOOP("ErrorText", "has more entries than segments can exist")},
        {"must be one of , ; tab | or empty (sniffed)",
         QT_TRANSLATE_NOOP("ErrorText", "must be one of , ; tab | or empty (detected)")},
    };
    for (const auto& [english, source] : fixed) {
        if (rule == QLatin1String(english)) {
            return ErrorText::tr(source);
        }
    }
    static const QRegularExpression range(QStringLiteral("^must be from (-?\\d+) to (-?\\d+)$"));
    static const QRegularExpression unknown(QStringLiteral("^unknown value \"(.*)\"$"));
    static const QRegularExpression repeats(QStringLiteral("^repeats \"(.*)\"$"));
    static const QRegularExpression newer(
        QStringLiteral("^version (\\d+) is newer than this program reads \\((\\d+)\\)$"));
    if (const auto m = range.match(rule); m.hasMatch()) {
        return ErrorText::tr("must be from %L1 to %L2")
            .arg(m.captured(1).toLongLong())
            .arg(m.captured(2).toLongLong());
    }
    if (const auto m = unknown.match(rule); m.hasMatch()) {
        return ErrorText::tr("has an unknown value \"%1\"").arg(m.captured(1));
    }
    if (const auto m = repeats.match(rule); m.hasMatch()) {
        return ErrorText::tr("repeats \"%1\"").arg(m.captured(1));
    }
    if (const auto m = newer.match(rule); m.hasMatch()) {
        return ErrorText::tr("is version %1, newer than this program reads (%2): update Gugus")
            .arg(m.captured(1), m.captured(2));
    }
    return rule;
}

/// "the field options.k must be from 1 to 1,000" for a file's broken field (`json`: not JSON).
QString fieldText(const core::Error& e) {
    const QString field = QString::fromStdString(e.subject());
    if (field == QLatin1String("json")) {
        return ErrorText::tr("it is not valid JSON (the file is damaged or not of this kind)");
    }
    return ErrorText::tr("the field %1 %2")
        .arg(field, ruleText(QString::fromStdString(e.detail())));
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

} // namespace gugus::ui
