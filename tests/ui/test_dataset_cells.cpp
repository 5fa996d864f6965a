// The data table stays usable with huge text cells: a cell shows a prefix, its tooltip a longer
// one and the full length, so a 20 MB value is never laid out on paint.
#include "dataset/data_table_model.h"
#include "state/document.h"

#include "common/progress.h"
#include "data/csv_reader.h"

#include <QtTest>

#include <memory>

using namespace gugus::ui;

class DatasetCellsTest : public QObject {
    Q_OBJECT
private slots:
    void hugeTextCellsAreCut() {
        const std::string huge(20'000'000, 'x');
        // An "é" straddles the display cut: the prefix must not split the character.
        const std::string accented = std::string(299, 'a') + "\xc3\xa9" + std::string(5000, 'b');
        const std::string csv =
            "note,amount\n\"" + huge + "\",1\nshort,2\n\"" + accented + "\",3\n";
        gugus::core::NullProgress progress;
        gugus::core::CsvOptions options;
        options.forcedTypes = {{"note", gugus::core::ColumnType::Id}};
        auto read = std::make_shared<gugus::core::CsvReadResult>(
            gugus::core::readCsvText(csv, options, progress));
        Document document;
        document.setData(read, QStringLiteral("cells.csv"));
        DataTableModel model(&document);
        const int note = 0;

        const QString shown = model.data(model.index(0, note), Qt::DisplayRole).toString();
        QVERIFY(shown.size() <= 301);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        const QString tip = model.data(model.index(0, note), Qt::ToolTipRole).toString();
        QVERIFY(tip.size() < 4100);
        QVERIFY(tip.contains(QLocale().toString(qint64(20'000'000))));
        QCOMPARE(model.data(model.index(1, note), Qt::DisplayRole).toString(),
                 QStringLiteral("short"));
        const QString cut = model.data(model.index(2, note), Qt::DisplayRole).toString();
        QCOMPARE(cut, QString(299, QLatin1Char('a')) + QChar(0x2026));
    }
};

QTEST_MAIN(DatasetCellsTest)
#include "test_dataset_cells.moc"
