// What the user reads when something fails is worded by the interface, in its language: engine
// errors carry codes and facts (field, rule, column, value, line) and errorText() turns them into
// a sentence without English engine text, in English and in Indonesian; a binary file and a
// column forced to numbers that holds none are named as such.
#include "common/error.h"
#include "data/csv_reader.h"
#include "language.h"
#include "model/project_file.h"
#include "model/segment_model.h"
#include "support/error_text.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

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

/// A K-Means (or DBSCAN) model of a small table: two numbers and a category, k = 2.
nlohmann::json smallModel(core::Algorithm algorithm = core::Algorithm::KMeans) {
    core::NullProgress p;
    const core::Table table = core::readCsvText("age,income,area\n20,10,Solo\n21,11,Solo\n"
                                                "22,12,Bogor\n50,80,Bogor\n51,81,Solo\n"
                                                "52,79,Bogor\n",
                                                {}, p)
                                  .table;
    core::SegmentationOptions options;
    options.algorithm = algorithm;
    options.k = algorithm == core::Algorithm::Dbscan ? std::nullopt : std::optional<int>(2);
    options.dbscan = {1.5, 2};
    const auto result = core::runSegmentation(table, core::Recipe::defaults(table), options, p);
    return nlohmann::json::parse(
        core::SegmentModel::fromSegmentation(table, options, result).toJson());
}

/// The error loading `model` with `edit` applied raises.
core::Error modelError(nlohmann::json model, const std::function<void(nlohmann::json&)>& edit) {
    edit(model);
    try {
        core::SegmentModel::fromJson(model.dump());
    } catch (const core::Error& e) {
        return e;
    }
    return core::Error(core::ErrorCode::InvalidOption, "no error");
}

/// Index in recipe.fitted of the column named `name`.
std::size_t fittedIndex(const nlohmann::json& model, const std::string& name) {
    const nlohmann::json& fitted = model["recipe"]["fitted"];
    for (std::size_t i = 0; i < fitted.size(); ++i) {
        if (fitted[i]["name"] == name) {
            return i;
        }
    }
    return fitted.size();
}

/// English words of the loaders' rules that must not survive into the Indonesian sentence.
bool hasEnglishRuleWords(const QString& text) {
    static const char* const words[] = {"must",   "have",  "entry", "entries",  "recipe",
                                        "values", "rows",  "names", "category", "feature",
                                        "agree",  "order", "empty", "below",    "weight"};
    for (const char* word : words) {
        if (text.contains(
                QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(word))))) {
            return true;
        }
    }
    return false;
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

    void modelAndRecipeConsistencyRulesAreWordedInBothLanguages() {
        Language language;
        const nlohmann::json model = smallModel();
        const std::size_t area = fittedIndex(model, "area");
        const std::size_t age = fittedIndex(model, "age");
        QVERIFY(area < model["recipe"]["fitted"].size() && age < model["recipe"]["fitted"].size());
        using nlohmann::json;
        // The consistency rules of a model and its recipe, raised by the real loader.
        const std::vector<std::pair<const char*, std::function<void(json&)>>> damages = {
            {"centres", [](json& m) { m["centres"].erase(0); }},
            {"sizes", [](json& m) { m["sizes"].erase(0); }},
            {"names",
             [](json& m) {
                 m["names"] = json::array({"a", "b", "c"});
             }},
            {"training", [](json& m) { m["training"]["columns"].erase(0); }},
            {"features", [](json& m) { m["features"] = m["features"].get<int>() + 1; }},
            {"categories", [=](json& m) { m["recipe"]["fitted"][area]["categories"].erase(0); }},
            {"numeric typed categorical",
             [=](json& m) { m["recipe"]["fitted"][age]["type"] = "categorical"; }},
            {"numeric with categories",
             [=](json& m) { m["recipe"]["fitted"][age]["categories"] = json::array({"x"}); }},
            {"fill category",
             [=](json& m) { m["recipe"]["fitted"][area]["fill_category"] = "Medan"; }},
            {"fitted unknown column",
             [=](json& m) { m["recipe"]["fitted"][age]["name"] = "umur"; }},
            {"fitted empty", [](json& m) { m["recipe"]["fitted"] = json::array(); }},
            {"edges",
             [](json& m) {
                 for (json& c : m["training"]["columns"]) {
                     if (c.contains("edges") && c["edges"].size() > 1) {
                         std::reverse(c["edges"].begin(), c["edges"].end());
                         return;
                     }
                 }
             }},
        };
        std::vector<core::Error> errors;
        for (const auto& [what, edit] : damages) {
            errors.push_back(modelError(model, edit));
            const core::Error& e = errors.back();
            QVERIFY2(e.code() == core::ErrorCode::InvalidModel ||
                         e.code() == core::ErrorCode::InvalidRecipe,
                     what);
        }
        // What model-sql refuses to write, in the model's words.
        try {
            core::modelSql(core::SegmentModel::fromJson(smallModel(core::Algorithm::Dbscan).dump()),
                           "t");
            QFAIL("a DBSCAN model was written as SQL");
        } catch (const core::Error& e) {
            errors.push_back(e);
        }
        // Rules of parts a small K-Means model does not have (medoids, a PCA reduction, column
        // displays, row rules), as the loaders write them.
        for (const char* rule : {"must be a category of area or null",
                                 "is not a category of area",
                                 "must be a finite number or null",
                                 "must give some column a weight > 0",
                                 "belongs to the Gower distance only",
                                 "must be \"pca\"",
                                 "must have one weight per feature (3)",
                                 "must have 1 to 3 axes",
                                 "must have length 1",
                                 "must have 2 to 3 shares",
                                 "is longer than 200 bytes",
                                 "contains control characters",
                                 "must not be empty",
                                 "must not be below low",
                                 "must have one label per core row",
                                 "repeats column \"age\"",
                                 "\"age\" is not a feature",
                                 "must have k = 3 rows",
                                 "disagrees with the recipe's column type and encoding",
                                 "must be \"age\" (the recipe's feature here)",
                                 "must have 4 values",
                                 "must be a list of 3 values",
                                 "is not \"gugus-recipe\""}) {
            errors.emplace_back(core::ErrorCode::InvalidModel, "x", -1, -1, rule);
        }

        language.apply(QStringLiteral("en"), false);
        QCOMPARE(errorText(errors[0]),
                 QStringLiteral("The model file is invalid: the field centres must have k = 2 "
                                "rows."));
        language.apply(QStringLiteral("id"), false);
        QLocale::setDefault(QLocale(QLocale::Indonesian));
        QCOMPARE(errorText(errors[0]), QStringLiteral("Berkas model tidak sah: isian centres "
                                                      "harus berisi k = 2 baris."));
        for (const core::Error& e : errors) {
            QString text = errorText(e);
            QVERIFY2(!text.contains(QString::fromStdString(e.detail())), qPrintable(text));
            text.remove(QString::fromStdString(e.subject())); // the field's path is the file's
            QVERIFY2(!hasEnglishRuleWords(text), qPrintable(text));
        }
        language.apply(QStringLiteral("en"), false);
        QLocale::setDefault(QLocale(QLocale::English));
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
