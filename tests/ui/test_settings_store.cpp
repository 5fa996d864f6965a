// The program's settings are written off the GUI thread (support/settings_store.h): QSettings
// waits for the disk (fdatasync) as it writes, which froze the window for 50-300 ms when a file
// opened on a busy disk. Changes keep their order, read-modify-write changes all land, and the
// recent-files menu shows a file at once while its list is stored behind it.
#include "controllers/document_controller.h"
#include "language.h"
#include "main_window.h"
#include "support/settings_store.h"

#include "ui_test_support.h"

#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace gugus::ui;
using gugus::ui::test::finish;

namespace {

QMenu* recentMenu(MainWindow& window) {
    for (QMenu* menu : window.findChildren<QMenu*>()) {
        if (menu->title() == QStringLiteral("Open &recent")) {
            return menu;
        }
    }
    return nullptr;
}

QString writeCsv(const QTemporaryDir& dir, const QString& name) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("age,income\n30,10\n40,20\n50,30\n") < 0) {
        return {};
    }
    return path;
}

} // namespace

class SettingsStoreTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // the settings under ~/.qttest, not the user's
        QApplication::setOrganizationName(QStringLiteral("GugusTest"));
        QApplication::setApplicationName(QStringLiteral("GugusSettingsTest"));
        QSettings().clear();
    }

    void changesKeepTheirOrderOnAThreadOfTheirOwn() {
        std::atomic<QThread*> ranOn = nullptr;
        changeSettings([&ranOn](QSettings&) { ranOn = QThread::currentThread(); });
        for (int i = 0; i < 20; ++i) { // each waits for the disk: a few, not hundreds
            storeSetting(QStringLiteral("test/counter"), i);
        }
        waitForStoredSettings();
        QVERIFY(ranOn.load() != nullptr);
        QVERIFY(ranOn.load() != QThread::currentThread());
        QCOMPARE(QSettings().value(QStringLiteral("test/counter")).toInt(), 19);
    }

    void changesThatReadTheStoredValueAllLand() {
        storeSetting(QStringLiteral("test/list"), QStringList{});
        for (int i = 0; i < 20; ++i) {
            changeSettings([i](QSettings& settings) {
                QStringList list = settings.value(QStringLiteral("test/list")).toStringList();
                list.append(QString::number(i));
                settings.setValue(QStringLiteral("test/list"), list);
            });
        }
        waitForStoredSettings();
        const QStringList list = QSettings().value(QStringLiteral("test/list")).toStringList();
        QCOMPARE(list.size(), 20);
        QCOMPARE(list.front(), QStringLiteral("0"));
        QCOMPARE(list.back(), QStringLiteral("19"));
    }

    void recentFilesShowAtOnceAndAreStored() {
        QTemporaryDir dir;
        const QString first = writeCsv(dir, QStringLiteral("first.csv"));
        const QString second = writeCsv(dir, QStringLiteral("second.csv"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        QMenu* recent = recentMenu(window);
        QVERIFY(recent);
        QVERIFY(finish(window.documentController()->openFile(first)).ok());
        QVERIFY(finish(window.documentController()->openFile(second)).ok());
        QVERIFY(finish(window.documentController()->openFile(first)).ok());
        // The menu is rebuilt from the window's own list, not read back from the store.
        QCOMPARE(recent->actions().size(), 2);
        QCOMPARE(recent->actions().at(0)->text(), first);
        QCOMPARE(recent->actions().at(1)->text(), second);
        waitForStoredSettings();
        QCOMPARE(QSettings().value(QStringLiteral("files/recent")).toStringList(),
                 (QStringList{first, second}));
        // A new window starts from the stored list.
        MainWindow again(&language);
        QCOMPARE(recentMenu(again)->actions().size(), 2);
        QCOMPARE(recentMenu(again)->actions().at(0)->text(), first);
    }
};

QTEST_MAIN(SettingsStoreTest)
#include "test_settings_store.moc"
