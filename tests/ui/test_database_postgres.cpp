// File ▸ Open from database… against a real PostgreSQL server (`bash .ci/postgres.sh ctest
// --test-dir build -R Postgres`): preview and load of the sample through the dialog, a Stop that
// cancels the server's query, and a password asked only when the server wants one, kept for the
// session and never shown. Without a server every case skips with the reason, unless
// GUGUS_REQUIRE_POSTGRES=1 (CI), which makes that a failure.
#include "controllers/database_controller.h"
#include "controllers/document_controller.h"
#include "dataset/database_dialog.h"
#include "language.h"
#include "main_window.h"
#include "source/db_source.h"
#include "state/document.h"
#include "support/db_passwords.h"
#include "support/settings_store.h"

#include "ui_test_support.h"

#include <QSettings>
#include <QTest>

#include <cstdlib>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::finish;

namespace {

/// The test server's URL, or "" with the reason in `why`.
std::string reachableServer(QString& why) {
    const char* url = std::getenv("GUGUS_TEST_PG");
    if (!url || !*url) {
        why = QStringLiteral("GUGUS_TEST_PG is not set (bash .ci/postgres.sh COMMAND runs one)");
        return {};
    }
    try {
        core::testDbConnection(core::parseDbUrl(url));
    } catch (const std::exception& e) {
        why = QStringLiteral("the server of GUGUS_TEST_PG is not reachable: %1").arg(e.what());
        return {};
    }
    return url;
}

bool serverRequired() {
    const char* required = std::getenv("GUGUS_REQUIRE_POSTGRES");
    return required && std::string(required) == "1";
}

} // namespace

/// Declares `source`, the test server with the query `sql`; skips (fails under
/// GUGUS_REQUIRE_POSTGRES=1) without a server.
#define REQUIRE_SERVER(source, sql)                                                                \
    QString source##_why;                                                                          \
    const std::string source##_url = reachableServer(source##_why);                                \
    if (source##_url.empty()) {                                                                    \
        if (serverRequired()) {                                                                    \
            QFAIL(qPrintable(source##_why));                                                       \
        }                                                                                          \
        QSKIP(qPrintable(QStringLiteral("no PostgreSQL server: ") + source##_why));                \
    }                                                                                              \
    core::DbSource source = core::parseDbUrl(source##_url);                                        \
    source.query = sql

class DatabasePostgresTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English));
        QSettings().clear();
        qunsetenv("PGPASSWORD"); // the password must come from the dialog here
    }

    void testPreviewAndLoadTheSample() {
        REQUIRE_SERVER(source, "SELECT * FROM fundfusion");
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        DatabaseDialog dialog(window.databaseController(), &window);
        dialog.setSource(source);
        QCOMPARE(dialog.source().host, source.host);
        QCOMPARE(dialog.source().port, source.port);
        QCOMPARE(dialog.source().database, source.database);
        QVERIFY(finish(dialog.testConnection()).ok());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("PostgreSQL")),
                 qPrintable(dialog.statusText()));
        QVERIFY(finish(dialog.runPreview()).ok());
        QCOMPARE(dialog.previewRows(), DatabaseController::kPreviewRows);
        QCOMPARE(dialog.previewColumns(), 18);
        QVERIFY(finish(dialog.loadData(), 120000).ok());
        QCOMPARE(window.document()->table().rowCount(), std::int64_t(5000));
        QCOMPARE(window.document()->table().columnCount(), std::int64_t(18));
        QCOMPARE(int(window.document()->table().column(0).type()), int(core::ColumnType::Id));
        QVERIFY(window.document()->sourcePath().startsWith(QStringLiteral("postgresql://")));
    }

    void testStopCancelsTheServersQuery() {
        REQUIRE_SERVER(source, "SELECT pg_sleep(300) AS waited, 1 AS x");
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        DatabaseDialog dialog(window.databaseController(), &window);
        dialog.setSource(source);
        QFuture<Outcome> load = dialog.loadData();
        // The query is on the server once the job runs; wait for the job, not for a time.
        QVERIFY(
            QTest::qWaitFor([&] { return window.documentController()->loads()->busy(); }, 30000));
        QTest::qWait(500); // let the worker reach the server before the cancel
        dialog.stop();
        // Only PQcancel ends this before the 300 s sleep (the test's timeout is 600 s).
        const Outcome end = finish(load, 120000);
        QVERIFY2(end.cancelled(), qPrintable(end.error));
        QCOMPARE(dialog.statusText(), QStringLiteral("Stopped."));
        QVERIFY(!window.document()->hasData());
    }

    void testPasswordIsAskedOnlyWhenTheServerWantsOneAndNeverShown() {
        REQUIRE_SERVER(trusted, "SELECT 1 AS one");
        const char* tcp = std::getenv("GUGUS_TEST_PG_TCP");
        const char* password = std::getenv("GUGUS_TEST_PG_PASSWORD");
        if (!tcp || !password) {
            if (serverRequired()) {
                QFAIL("GUGUS_TEST_PG_TCP / GUGUS_TEST_PG_PASSWORD not set");
            }
            QSKIP("GUGUS_TEST_PG_TCP / GUGUS_TEST_PG_PASSWORD not set");
        }
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        int asked = 0;
        std::string answer = "wrong-password-123";
        window.documentController()->passwords()->setPrompt(
            [&](const core::DbSource& source, DbPasswords::Answer reply) {
                ++asked;
                QVERIFY(source.password.empty());
                reply(answer);
            });
        DatabaseDialog dialog(window.databaseController(), &window);

        // A server that trusts the socket asks nothing.
        dialog.setSource(trusted);
        QVERIFY(finish(dialog.testConnection()).ok());
        QCOMPARE(asked, 0);

        core::DbSource guarded = core::parseDbUrl(tcp);
        guarded.query = "SELECT \"GCIF\", \"Usia\" FROM fundfusion";
        dialog.setSource(guarded);
        // A wrong password: the server's refusal in full, the password nowhere.
        const Outcome refused = finish(dialog.testConnection());
        QVERIFY2(refused.failed(), qPrintable(QStringLiteral("asked %1 times, status %2: %3")
                                                  .arg(asked)
                                                  .arg(int(refused.status))
                                                  .arg(dialog.statusText())));
        QCOMPARE(asked, 1);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("password authentication failed")),
                 qPrintable(dialog.statusText()));
        QVERIFY(!dialog.statusText().contains(QString::fromStdString(answer)));
        // It was forgotten: the next attempt asks again, and the right one is kept.
        answer = password;
        QVERIFY(finish(dialog.testConnection()).ok());
        QCOMPARE(asked, 2);
        QVERIFY(finish(dialog.runPreview()).ok());
        QVERIFY(finish(dialog.loadData(), 120000).ok());
        QCOMPARE(asked, 2); // asked once for the session
        QCOMPARE(window.document()->table().rowCount(), std::int64_t(5000));
        // Nothing kept on disk or shown holds it.
        QVERIFY(!window.document()->sourcePath().contains(QString::fromStdString(answer)));
        QVERIFY(window.document()->database()->password.empty());
        gugus::ui::waitForStoredSettings();
        const QString saved = QSettings().value(QStringLiteral("database/connection")).toString() +
                              DatabaseDialog::recentQueries().join(QLatin1Char(' '));
        QVERIFY(!saved.contains(QString::fromStdString(answer)));
        QVERIFY(!QString::fromStdString(window.documentController()->projectSnapshot()().toJson())
                     .contains(QString::fromStdString(answer)));

        // Declining the prompt stops the job without an error.
        DatabaseDialog other(window.databaseController(), &window);
        window.documentController()->passwords()->forget(guarded);
        window.documentController()->passwords()->setPrompt(
            [&](const core::DbSource&, DbPasswords::Answer reply) { reply(std::nullopt); });
        other.setSource(guarded);
        QVERIFY(finish(other.testConnection()).cancelled());
    }
};

QTEST_MAIN(DatabasePostgresTest)
#include "test_database_postgres.moc"
