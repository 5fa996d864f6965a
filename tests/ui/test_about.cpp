// What the installed program shows about itself and where it finds its data: Help ▸ About
// (version, licences), Qt's own strings in Indonesian from our qtbase_id catalogue, and the
// installed sample found from the binary's directory.
#include "about_dialog.h"
#include "language.h"
#include "support/app_paths.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gugus::ui;

namespace {

QStringList menuTexts(QMenu* menu) {
    QStringList texts;
    for (QAction* a : menu->actions()) {
        texts << a->text().section(u'\t', 0, 0); // without the shortcut
    }
    return texts;
}

} // namespace

class AboutTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QApplication::setOrganizationName(QStringLiteral("GugusTest"));
        QApplication::setApplicationName(QStringLiteral("GugusTest"));
    }

    void aboutNamesVersionLicenceAndLibraries() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        const QString html = AboutDialog::bodyHtml();
        QVERIFY(html.contains(QStringLiteral("Gugus " GUGUS_VERSION)));
        QVERIFY(html.contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(html.contains(QString::fromUtf8(qVersion())));
        for (const char* expected :
             {"Qt", "LGPL-3.0-only", "QCustomPlot", "Eigen", "MPL-2.0", "libxlsxwriter",
              "BSD-2-Clause", "nlohmann/json", "fast_float", "nanoflann", "libgomp",
              "GCC-exception-3.1", "Build type", "-march"}) {
            QVERIFY2(html.contains(QLatin1String(expected)), expected);
        }
        QVERIFY2(!html.contains(QStringLiteral("unknown")), qPrintable(html)); // every version
    }

    void aboutInIndonesianIncludingQtsButtons() {
        Language language;
        language.apply(QStringLiteral("id"), false);
        AboutDialog about;
        QCOMPARE(about.windowTitle(), QStringLiteral("Tentang Gugus"));
        QVERIFY(AboutDialog::bodyHtml().contains(QStringLiteral("Pustaka")));
        QCOMPARE(about.buttons()->button(QDialogButtonBox::Close)->text(), QStringLiteral("Tutup"));
        language.apply(QStringLiteral("en"), false);
    }

    void qtStringsAreIndonesianWithoutASystemCatalogue() {
        // Debian 12 has no qtbase_id.qm; if a later system ships one, it is used instead of ours
        // and this test checks nothing of ours, so it says so.
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                          QStringLiteral("/qtbase_id.qm"))) {
            QSKIP("the system has its own qtbase_id.qm");
        }
        Language language;
        language.apply(QStringLiteral("id"), false);
        QMessageBox box;
        box.setStandardButtons(QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        QCOMPARE(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Ya"));
        QCOMPARE(box.button(QMessageBox::No)->text(), QStringLiteral("&Tidak"));
        QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Batal"));
        QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Discard);
        QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("Simpan"));
        QCOMPARE(buttons.button(QDialogButtonBox::Discard)->text(), QStringLiteral("Buang"));
        QLineEdit edit;
        const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        const QStringList texts = menuTexts(menu.get());
        QVERIFY2(texts.contains(QStringLiteral("&Salin")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("Pilih semua")), qPrintable(texts.join(u'|')));

        // Back to English: the translator is removed, Qt's own words come back.
        language.apply(QStringLiteral("en"), false);
        QMessageBox english;
        english.setStandardButtons(QMessageBox::Yes);
        QCOMPARE(english.button(QMessageBox::Yes)->text(), QStringLiteral("&Yes"));
    }

    void installedSampleIsFoundFromTheBinarysDirectory() {
        // The build tree has no share/gugus beside the binary: the embedded copy is used.
        QVERIFY(installedDataDir().isEmpty());
        QCOMPARE(bundledSamplePath(), QStringLiteral(":/sample/fundfusion_sample.csv"));
        QVERIFY(isBundledSample(bundledSamplePath()));
        QVERIFY(!isBundledSample(QStringLiteral("/tmp/customers.csv")));

        // An install prefix: <prefix>/bin and <prefix>/share/gugus/sample/fundfusion_sample.csv.
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const QDir root(prefix.path());
        QVERIFY(root.mkpath(QStringLiteral("bin")));
        QCOMPARE(installedDataDirFor(root.filePath(QStringLiteral("bin"))), QString());
        QVERIFY(root.mkpath(QStringLiteral("share/gugus/sample")));
        QFile sample(root.filePath(QStringLiteral("share/gugus/sample/fundfusion_sample.csv")));
        QVERIFY(sample.open(QIODevice::WriteOnly));
        sample.close();
        QCOMPARE(installedDataDirFor(root.filePath(QStringLiteral("bin"))),
                 QDir::cleanPath(root.filePath(QStringLiteral("share/gugus"))));
    }
};

QTEST_MAIN(AboutTest)
#include "test_about.moc"
