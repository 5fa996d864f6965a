// What the user reads when something fails is worded by the interface, in its language: engine
// errors carry codes and facts (field, rule, column, value, line) and errorText() turns them into
// a sentence without English engine text, in English and in Indonesian; a binary file and a
// column forced to numbers that holds none are named as such.
#include "common/error.h"
#include "data/csv_reader.h"
#include "language.h"
#include "model/project_file.h"
#include "support/error_text.h"

#include <QApplication>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace gugus;
using namespace gugus::ui;

namespace {

/// The error a project file with `edit` applied raises.
core::Error projectError(void (*edit)(nlohmann::json&)) {
    core::ProjectFile p;
    p.source = "customers.csv";
    nlohmann::json j = nlohmann::json::parse(p.toJson());
    edit(j);
    try {
        core::ProjectFile::fromJson(j.dump());
    } catch (const core::Error& e) {
        return e;
    }
    return core::Error(core::ErrorCode::InvalidOption, "no error");
}

core::Error csvError(std::string_view text, const core::CsvOptions& options = {}) {
    core::NullProgress progress;
    try {
        core::readCsvText(text, options, progress);
    } catch (const core::Error& e) {
        return e;
    }
    return core::Error(core::ErrorCode::InvalidOption, "no error");
}

} // namespace

class MessagesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void fileRulesAreWordedInBothLanguages() {
        Language language;
        const core::Error k0 = projectError([](nlohmann::json& j) { j["options"]["k"] = 0; });
        QCOMPARE(k0.code(), core::ErrorCode::InvalidProject);
        const core::Error colour =
            projectError([](nlohmann::json& j) { j["colors"] = nlohmann::json::array({"red"}); });
        const core::Error version = projectError([](nlohmann::json& j) { j["version"] = 7; });
        const core::Error damaged = [] {
            try {
                core::ProjectFile::fromJson("{\"format\": ");
            } catch (const core::Error& e) {
                return e;
            }
            return core::Error(core::ErrorCode::InvalidOption, "no error");
        }();

        language.apply(QStringLiteral("en"), false);
        QCOMPARE(errorText(k0), QStringLiteral("The project file is invalid: the field options.k "
                                               "must be from 1 to 1,000."));
        QCOMPARE(errorText(colour), QStringLiteral("The project file is invalid: the field "
                                                   "colors[0] must be a colour \"#rrggbb\" or "
                                                   "empty."));
        QVERIFY2(errorText(version).contains(QStringLiteral("version 7, newer")),
                 qPrintable(errorText(version)));
        QVERIFY2(errorText(damaged).contains(QStringLiteral("not valid JSON")),
                 qPrintable(errorText(damaged)));
        QVERIFY(!errorText(damaged).contains(QStringLiteral("json.exception")));

        language.apply(QStringLiteral("id"), false);
        QLocale::setDefault(QLocale(QLocale::Indonesian));
        // Indonesian words and digit grouping (1.000).
        QCOMPARE(errorText(k0), QStringLiteral("Berkas proyek tidak sah: isian options.k harus "
                                               "antara 1 dan 1.000."));
        for (const core::Error& e : {k0, colour, version, damaged}) {
            const QString text = errorText(e);
            // None of the engine's English rule words reach the Indonesian sentence.
            for (const char* english : {"must", "field", "invalid", "newer", "JSON (the"}) {
                QVERIFY2(!text.contains(QLatin1String(english)), qPrintable(text));
            }
        }
        language.apply(QStringLiteral("en"), false);
        QLocale::setDefault(QLocale(QLocale::English));
    }

    void binaryFilesAndNonNumbersAreNamed() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        static const char zip[] = "PK\x03\x04\x14\x00\x06\x00"
                                  "pretend,a,spreadsheet\n"; // an .xlsx starts like this
        const core::Error binary = csvError(std::string_view(zip, sizeof zip - 1));
        QCOMPARE(binary.code(), core::ErrorCode::NotText);
        QVERIFY2(errorText(binary).contains(QStringLiteral("not a text (CSV) file")),
                 qPrintable(errorText(binary)));

        core::CsvOptions numeric;
        numeric.forcedTypes = {{"kota", core::ColumnType::Numeric}};
        const core::Error text = csvError("id,kota\n1,Jakarta\n2,Bandung\n", numeric);
        QCOMPARE(text.code(), core::ErrorCode::NotANumber);
        QCOMPARE(QString::fromStdString(text.subject()), QStringLiteral("kota"));
        QCOMPARE(text.line(), 2);
        QCOMPARE(
            errorText(text),
            QStringLiteral("Column kota was set to be numeric, but its values are no numbers "
                           "(for example \"Jakarta\" on line 2). Choose another type for it."));
        language.apply(QStringLiteral("id"), false);
        QVERIFY2(errorText(text).contains(QStringLiteral("Jakarta")), qPrintable(errorText(text)));
        QVERIFY2(!errorText(text).contains(QStringLiteral("numeric")), qPrintable(errorText(text)));
        QVERIFY2(!errorText(binary).contains(QStringLiteral("binary")),
                 qPrintable(errorText(binary)));
        language.apply(QStringLiteral("en"), false);
    }

    void numbersInTheSentenceAreNotRepeatedRaw() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        const core::Error distinct(core::ErrorCode::TooFewDistinct, {}, -1, -1, "5 3");
        QCOMPARE(errorText(distinct),
                 QStringLiteral("5 segments were asked for, but only 3 customers differ in the "
                                "chosen features: some segments would be empty. Choose a smaller "
                                "k."));
    }
};

QTEST_MAIN(MessagesTest)
#include "test_messages.moc"
