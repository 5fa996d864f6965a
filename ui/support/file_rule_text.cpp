#include "support/file_rule_text.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vector>

namespace gugus::ui {

namespace {

/// Translation context "ErrorText", shared with errorText()'s sentences.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
};

/// One shape of rule the loaders state: the engine's English (a regular expression; its captures
/// are the facts) and the sentence part that words it (%1, %2: the captures; %L for numbers).
struct RuleShape {
    const char* pattern;
    const char* text;
};

/// Every rule the loaders (core/common/json_fields.h, core/model, core/prep/recipe_json.cpp,
/// model_sql.cpp) write into an error's detail. tests/ui/test_messages.cpp words each of them.
const RuleShape kShapes[] = {
    // The generic field shapes of json_fields::Reader.
    {R"re(is missing)re", QT_TRANSLATE_NOOP("ErrorText", "is missing")},
    {R"re(must be an object)re", QT_TRANSLATE_NOOP("ErrorText", "must be an object")},
    {R"re(must be a list)re", QT_TRANSLATE_NOOP("ErrorText", "must be a list")},
    {R"re(must be text)re", QT_TRANSLATE_NOOP("ErrorText", "must be text")},
    {R"re(must be true or false)re", QT_TRANSLATE_NOOP("ErrorText", "must be true or false")},
    {R"re(must be a number)re", QT_TRANSLATE_NOOP("ErrorText", "must be a number")},
    {R"re(must be finite|must be a finite number)re",
     QT_TRANSLATE_NOOP("ErrorText", "must be a finite number")},
    {R"re(is out of range)re", QT_TRANSLATE_NOOP("ErrorText", "is out of range")},
    {R"re(must be a whole number)re", QT_TRANSLATE_NOOP("ErrorText", "must be a whole number")},
    {R"re(must be a whole number >= 0)re",
     QT_TRANSLATE_NOOP("ErrorText", "must be a whole number from 0")},
    {R"re(must be a whole number >= 1)re",
     QT_TRANSLATE_NOOP("ErrorText", "must be a whole number from 1")},
    {R"re(must be from (-?\d+) to (-?\d+))re",
     QT_TRANSLATE_NOOP("ErrorText", "must be from %L1 to %L2")},
    {R"re(unknown value "(.*)")re", QT_TRANSLATE_NOOP("ErrorText", "has an unknown value \"%1\"")},
    {R"re(repeats "(.*)")re", QT_TRANSLATE_NOOP("ErrorText", "repeats \"%1\"")},
    {R"re(version (\d+) is newer than this program reads \((\d+)\))re",
     QT_TRANSLATE_NOOP("ErrorText", "is version %1, newer than this program reads (%2): update "
                                    "Gugus")},
    {R"re(must not be empty)re", QT_TRANSLATE_NOOP("ErrorText", "must not be empty")},
    {R"re(is longer than (\d+) bytes)re",
     QT_TRANSLATE_NOOP("ErrorText", "is longer than %L1 bytes")},
    {R"re(contains control characters)re",
     QT_TRANSLATE_NOOP("ErrorText", "contains control characters")},
    {R"re(must not be stored \(passwords are never saved\))re",
     QT_TRANSLATE_NOOP("ErrorText", "must not be there: a project never stores a password")},
    // Which kind of file it is.
    {R"re(not a gugus-project file)re", QT_TRANSLATE_NOOP("ErrorText", "is not a Gugus project")},
    {R"re(not a gugus-model file)re", QT_TRANSLATE_NOOP("ErrorText", "is not a Gugus model")},
    {R"re(not a gugus-display file)re",
     QT_TRANSLATE_NOOP("ErrorText", "is not a Gugus column display file")},
    {R"re(is not "gugus-recipe")re", QT_TRANSLATE_NOOP("ErrorText", "is not a Gugus recipe")},
    {R"re(is not "gugus-recipe-spec")re",
     QT_TRANSLATE_NOOP("ErrorText", "is not a Gugus recipe specification")},
    // Project files.
    {R"re(must be "#rrggbb" or empty)re",
     QT_TRANSLATE_NOOP("ErrorText", "must be a colour \"#rrggbb\" or empty")},
    {R"re(has more entries than segments can exist)re",
     QT_TRANSLATE_NOOP("ErrorText", "has more entries than segments can exist")},
    {R"re(must be one of , ; tab \| or empty \(sniffed\))re",
     QT_TRANSLATE_NOOP("ErrorText", "must be one of , ; tab | or empty (detected)")},
    // Recipes: the columns, their fitted values and the row rules.
    {R"re(repeats column "(.*)")re", QT_TRANSLATE_NOOP("ErrorText", "repeats the column \"%1\"")},
    {R"re("(.*)" has no column spec)re",
     QT_TRANSLATE_NOOP("ErrorText", "names \"%1\", a column the recipe does not describe")},
    {R"re("(.*)" is not a feature)re",
     QT_TRANSLATE_NOOP("ErrorText", "names \"%1\", which is not a feature")},
    {R"re(must not be empty for a categorical column)re",
     QT_TRANSLATE_NOOP("ErrorText", "must not be empty for a categorical column")},
    {R"re(must be one of the categories)re",
     QT_TRANSLATE_NOOP("ErrorText", "must be one of the categories")},
    {R"re(must be empty for a numeric column)re",
     QT_TRANSLATE_NOOP("ErrorText", "must be empty for a numeric column")},
    {R"re(must have (\d+) value\(s\))re", QT_TRANSLATE_NOOP("ErrorText", "must have %L1 value(s)")},
    {R"re(must not be below low)re",
     QT_TRANSLATE_NOOP("ErrorText", "must not be below the lower bound")},
    {R"re(has no entry for the feature "(.*)")re",
     QT_TRANSLATE_NOOP("ErrorText", "has no entry for the feature \"%1\"")},
    // Models: their parts must agree with the recipe and with k.
    {R"re(must equal the recipe's (\d+) features)re",
     QT_TRANSLATE_NOOP("ErrorText", "must equal the recipe's %L1 features")},
    {R"re(must have k = (\d+) rows)re", QT_TRANSLATE_NOOP("ErrorText", "must have k = %L1 rows")},
    {R"re(must have k = (\d+) values)re",
     QT_TRANSLATE_NOOP("ErrorText", "must have k = %L1 values")},
    {R"re(must have at most k = (\d+) names)re",
     QT_TRANSLATE_NOOP("ErrorText", "must have at most k = %L1 names")},
    {R"re(must have (\d+) values)re", QT_TRANSLATE_NOOP("ErrorText", "must have %L1 values")},
    {R"re(must be a list of (\d+) (?:values|numbers))re",
     QT_TRANSLATE_NOOP("ErrorText", "must be a list of %L1 values")},
    {R"re(must have one entry per recipe feature \((\d+)\))re",
     QT_TRANSLATE_NOOP("ErrorText", "must have one entry per feature of the recipe (%L1)")},
    {R"re(must be "(.*)" \(the recipe's feature (?:here|at this place)\))re",
     QT_TRANSLATE_NOOP("ErrorText", "must be \"%1\" (the recipe's feature at this place)")},
    {R"re(disagrees with the recipe's column type(?: and encoding)?)re",
     QT_TRANSLATE_NOOP("ErrorText", "disagrees with the recipe's column type")},
    {R"re(must be in ascending order)re",
     QT_TRANSLATE_NOOP("ErrorText", "must be in ascending order")},
    {R"re(must have one label per core row)re",
     QT_TRANSLATE_NOOP("ErrorText", "must have one label per core row")},
    {R"re(must be a category of (.*) or null)re",
     QT_TRANSLATE_NOOP("ErrorText", "must be a category of %1 or empty (null)")},
    {R"re(is not a category of (.*))re", QT_TRANSLATE_NOOP("ErrorText", "is not a category of %1")},
    {R"re(must be a finite number or null)re",
     QT_TRANSLATE_NOOP("ErrorText", "must be a finite number or empty (null)")},
    {R"re(must give some column a weight > 0)re",
     QT_TRANSLATE_NOOP("ErrorText", "must give at least one column a weight above 0")},
    {R"re(belongs to the Gower distance only)re",
     QT_TRANSLATE_NOOP("ErrorText", "belongs to the Gower distance only")},
    {R"re(must be "pca")re", QT_TRANSLATE_NOOP("ErrorText", "must be \"pca\"")},
    {R"re(must have one (value|weight) per feature \((\d+)\))re",
     QT_TRANSLATE_NOOP("ErrorText", "must have one %1 per feature (%L2)")},
    {R"re(must have 1 to (\d+) axes)re", QT_TRANSLATE_NOOP("ErrorText", "must have 1 to %L1 axes")},
    {R"re(must have length 1)re", QT_TRANSLATE_NOOP("ErrorText", "must have exactly one value")},
    {R"re(must have (\d+) to (\d+) shares)re",
     QT_TRANSLATE_NOOP("ErrorText", "must have %L1 to %L2 shares")},
    // What a model cannot be written as (model-sql).
    {R"re(a DBSCAN model needs its core rows; it cannot be written as one SELECT)re",
     QT_TRANSLATE_NOOP("ErrorText", "is DBSCAN, whose model needs its core rows: it cannot be "
                                    "written as one SQL SELECT")},
    {R"re(a K-Medoids model with the Gower distance .*)re",
     QT_TRANSLATE_NOOP("ErrorText", "is K-Medoids with the Gower distance, which skips missing "
                                    "values and compares raw categories: it is not written as SQL "
                                    "(use Euclidean or Manhattan)")},
};

struct CompiledShape {
    QRegularExpression pattern;
    const char* text;
};

const std::vector<CompiledShape>& compiledShapes() {
    static const std::vector<CompiledShape> shapes = [] {
        std::vector<CompiledShape> out;
        for (const RuleShape& s : kShapes) {
            out.push_back({QRegularExpression(
                               QRegularExpression::anchoredPattern(QString::fromUtf8(s.pattern))),
                           s.text});
        }
        return out;
    }();
    return shapes;
}

/// "value" and "weight" of "must have one %1 per feature": words, translated too.
QString capturedWord(const QString& word) {
    if (word == QLatin1String("value")) {
        return ErrorText::tr("value");
    }
    if (word == QLatin1String("weight")) {
        return ErrorText::tr("weight");
    }
    return word;
}

} // namespace

QString fileRuleText(const QString& rule) {
    for (const CompiledShape& shape : compiledShapes()) {
        const QRegularExpressionMatch m = shape.pattern.match(rule);
        if (!m.hasMatch()) {
            continue;
        }
        QString text = ErrorText::tr(shape.text);
        for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
            const QString fact = m.captured(i);
            bool number = false;
            const qlonglong n = fact.toLongLong(&number);
            text = number ? text.arg(n) : text.arg(capturedWord(fact));
        }
        return text;
    }
    return rule;
}

} // namespace gugus::ui
