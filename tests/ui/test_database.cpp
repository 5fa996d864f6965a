// File ▸ Open from database… on SQLite files (always available; the PostgreSQL flow is in
// test_database_postgres.cpp): the dialog's Test connection, Preview and Load on workers, a Stop
// that stops, the database's own error inside a translated sentence, the remembered queries
// without secrets, and projects that run their query again and warn, without a modal box, when its
// result changed; scoring a query's customers into a new (or replaced) table of its database.
#include "controllers/database_controller.h"
#include "controllers/document_controller.h"
#include "controllers/scoring_controller.h"
#include "controllers/segmentation_controller.h"
#include "dataset/database_dialog.h"
#include "export/score_dialog.h"
#include "language.h"
#include "main_window.h"
#include "model/project_file.h"
#include "source/db_source.h"
#include "state/document.h"
#include "support/db_passwords.h"
#include "support/settings_store.h"

#include "ui_test_support.h"

#include <QFile>
#include <QHostAddress>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <map>
#include <numeric>

using namespace gugus;
using namespace gugus::ui;
using gugus::ui::test::contents;
using gugus::ui::test::finish;

namespace {

core::Table sampleTable() {
    core::NullProgress progress;
    return core::readCsvFile(GUGUS_SAMPLE_CSV, {}, progress).table;
}

/// Writes `table` as table `name` of the SQLite file `path` (replacing one of that name).
void writeSqlite(const QString& path, const std::string& name, const core::Table& table) {
    QFile file(path); // an empty file is an empty SQLite database; the writer opens, not creates
    if (!file.exists()) {
        file.open(QIODevice::WriteOnly);
    }
    core::DbSource target;
    target.kind = core::DbKind::Sqlite;
    target.path = path.toStdString();
    core::NullProgress progress;
    core::writeDbTable(target, name, table, {}, core::DbWriteMode::Replace, progress);
}

core::DbSource sqliteSource(const QString& path, const std::string& query) {
    core::DbSource s;
    s.kind = core::DbKind::Sqlite;
    s.path = path.toStdString();
    s.query = query;
    return s;
}

/// `text` tells that the query on no_such_table failed: SQLite's own message, untranslated and
/// whole, inside a sentence in the language `code`.
void checkNoSuchTable(const QString& text, const QString& code) {
    QVERIFY2(text.contains(QStringLiteral("no such table: no_such_table")), qPrintable(text));
    QVERIFY2(text.contains(code == QLatin1String("en") ? QStringLiteral("did not run the query")
                                                       : QStringLiteral("tidak menjalankan kueri")),
             qPrintable(text));
}

/// A stand-in PostgreSQL server on 127.0.0.1 that does one thing: it declines TLS and answers
/// every startup message with "send your password in clear text" (protocol 3, message R of
/// kind 3), as a server with password authentication does. Enough for libpq to report that the
/// connection needs a password, without a real server.
class PasswordAskingServer : public QObject {
public:
    PasswordAskingServer() {
        m_listening = m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            }
        });
    }
    bool listening() const { return m_listening; }
    /// Startup messages received: how many times a client tried to connect.
    int startups() const { return m_startups; }
    core::DbSource source(const std::string& query) const {
        core::DbSource s;
        s.kind = core::DbKind::PostgreSql;
        s.host = "127.0.0.1";
        s.port = std::to_string(m_server.serverPort());
        s.database = "bank";
        s.user = "ana";
        s.sslmode = "disable";
        s.query = query;
        return s;
    }

private:
    void answer(QTcpSocket* socket) {
        QByteArray& pending = m_pending[socket];
        pending += socket->readAll();
        // Untyped messages: a 4-byte length (itself included), then a 4-byte code.
        while (pending.size() >= 8) {
            const auto length = qFromBigEndian<quint32>(pending.constData());
            if (length < 8 || quint32(pending.size()) < length) {
                return;
            }
            const auto code = qFromBigEndian<quint32>(pending.constData() + 4);
            pending.remove(0, qsizetype(length));
            constexpr quint32 kSslRequest = 80877103;
            constexpr quint32 kGssRequest = 80877104;
            if (code == kSslRequest || code == kGssRequest) {
                socket->write("N");
                continue;
            }
            ++m_startups;
            char request[9] = {'R'};
            qToBigEndian<quint32>(8, request + 1); // length
            qToBigEndian<quint32>(3, request + 5); // AuthenticationCleartextPassword
            socket->write(request, sizeof request);
        }
    }

    QTcpServer m_server;
    bool m_listening = false;
    int m_startups = 0;
    std::map<QTcpSocket*, QByteArray> m_pending;
};

} // namespace

class DatabaseTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English));
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("bank.db"));
        writeSqlite(m_db, "customers", sampleTable());
    }

    void testPreviewAndLoadGoTheCsvPath() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        DatabaseDialog dialog(window.databaseController(), &window);
        const std::string query = "SELECT * FROM customers";
        dialog.setSource(sqliteSource(m_db, query));

        QVERIFY(finish(dialog.testConnection()).ok());
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Connected.")),
                 qPrintable(dialog.statusText()));
        QVERIFY(finish(dialog.runPreview()).ok());
        QCOMPARE(dialog.previewRows(), DatabaseController::kPreviewRows);
        QCOMPARE(dialog.previewColumns(), 18);
        QVERIFY(dialog.previewTable()->horizontalHeaderItem(0)->text().startsWith(
            QStringLiteral("GCIF")));
        QCOMPARE(window.document()->hasData(), false); // a preview does not open anything

        QSignalSpy closed(&dialog, &QDialog::accepted);
        QVERIFY(finish(dialog.loadData()).ok());
        QCOMPARE(closed.count(), 1);
        const core::Table& loaded = window.document()->table();
        const core::Table csv = sampleTable();
        QCOMPARE(loaded.rowCount(), csv.rowCount());
        QCOMPARE(loaded.columnNames(), csv.columnNames());
        for (std::int64_t c = 0; c < csv.columnCount(); ++c) {
            QCOMPARE(int(loaded.column(c).type()), int(csv.column(c).type())); // ids, categories
        }
        // Same rows in the same order: SQLite returns them as inserted.
        QCOMPARE(loaded.fingerprint(), csv.fingerprint());
        // The product count found beside the flags it counts, as for the file.
        QCOMPARE(window.document()->sumColumns().size(), std::size_t(1));
        QCOMPARE(window.document()->sumColumns()[0].column,
                 std::string("Total_Kepemilikan_Produk"));
        QVERIFY(window.document()->database());
        QCOMPARE(window.document()->inputPaths(), QStringList{m_db});
        QVERIFY(window.windowTitle().contains(QStringLiteral("bank.db")));

        // Remembered: the query and the connection, no password field at all (stored off the GUI
        // thread: waited for here).
        gugus::ui::waitForStoredSettings();
        QCOMPARE(DatabaseDialog::recentQueries().value(0), QString::fromStdString(query));
        const QVariantMap remembered =
            QSettings().value(QStringLiteral("database/connection")).toMap();
        QCOMPARE(remembered.value(QStringLiteral("path")).toString(), m_db);
        QVERIFY(!remembered.contains(QStringLiteral("password")));
        // A new dialog opens on what was used last.
        DatabaseDialog again(window.databaseController(), &window);
        QCOMPARE(again.source().path, m_db.toStdString());
        QCOMPARE(again.source().query, query);
    }

    void testQueriesAreRememberedNewestFirstAndAtMostTen() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        for (int i = 0; i < 12; ++i) {
            DatabaseDialog dialog(window.databaseController(), &window);
            dialog.setSource(sqliteSource(m_db, "SELECT * FROM customers WHERE \"Usia\" > " +
                                                    std::to_string(20 + i)));
            QVERIFY(finish(dialog.loadData()).ok());
        }
        gugus::ui::waitForStoredSettings();
        const QStringList queries = DatabaseDialog::recentQueries();
        QCOMPARE(queries.size(), DatabaseDialog::kRememberedQueries);
        QVERIFY(queries.first().endsWith(QStringLiteral("> 31")));
        QVERIFY(queries.last().endsWith(QStringLiteral("> 22")));
    }

    void testServerErrorsAreShownInFullInBothLanguages() {
        Language language;
        for (const QString& code : {QStringLiteral("en"), QStringLiteral("id")}) {
            language.apply(code, false);
            MainWindow window(&language);
            DatabaseDialog dialog(window.databaseController(), &window);
            dialog.setSource(sqliteSource(m_db, "SELECT * FROM no_such_table"));
            QVERIFY(finish(dialog.runPreview()).failed());
            const QString text = dialog.statusText();
            checkNoSuchTable(text, code);
            QVERIFY(text.contains(QString::fromStdString("sqlite:" + m_db.toStdString())));
            QCOMPARE(dialog.previewRows(), 0);

            // A missing file is an error before any query, naming the file.
            dialog.setSource(
                sqliteSource(m_dir->filePath(QStringLiteral("absent.db")), "SELECT 1"));
            QVERIFY(finish(dialog.testConnection()).failed());
            QVERIFY2(dialog.statusText().contains(QStringLiteral("absent.db")),
                     qPrintable(dialog.statusText()));
            QVERIFY(!window.document()->hasData());
        }
        language.apply(QStringLiteral("en"), false);
    }

    void testALoadErrorIsShownOnceInTheDialogThatStaysOpen() {
        Language language;
        for (const QString& code : {QStringLiteral("en"), QStringLiteral("id")}) {
            language.apply(code, false);
            MainWindow window(&language);
            QSignalSpy windowError(window.documentController(), &DocumentController::loadFailed);
            DatabaseDialog dialog(window.databaseController(), &window);
            dialog.setSource(sqliteSource(m_db, "SELECT * FROM no_such_table"));
            QVERIFY(finish(dialog.loadData()).failed());
            // In the dialog, where the user is looking: the database's message in full.
            checkNoSuchTable(dialog.statusText(), code);
            QCOMPARE(dialog.result(), int(QDialog::Rejected)); // open, to fix the query
            // And nowhere else: no second message from the main window.
            QCOMPARE(windowError.count(), 0);
            QVERIFY(window.findChildren<QMessageBox*>().isEmpty());
            QVERIFY(!window.document()->hasData());
        }
        language.apply(QStringLiteral("en"), false);
    }

    void testDecliningThePasswordSaysAPasswordIsNeededNotStopped() {
        PasswordAskingServer server;
        QVERIFY(server.listening());
        // The password may come only from the prompt here.
        const QByteArray password = qgetenv("PGPASSWORD");
        const QByteArray passfile = qgetenv("PGPASSFILE");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", m_dir->filePath(QStringLiteral("no_pgpass")).toLocal8Bit());
        Language language;
        for (const QString& code : {QStringLiteral("en"), QStringLiteral("id")}) {
            language.apply(code, false);
            MainWindow window(&language);
            int asked = 0;
            window.documentController()->passwords()->setPrompt(
                [&](const core::DbSource&, DbPasswords::Answer reply) {
                    ++asked;
                    reply(std::nullopt); // the user closes the password dialog
                });
            DatabaseDialog dialog(window.databaseController(), &window);
            dialog.setSource(server.source("SELECT * FROM customers"));
            for (const bool load : {false, true}) {
                const Outcome end =
                    finish(load ? dialog.loadData() : dialog.testConnection(), 60000);
                QVERIFY2(end.cancelled(), qPrintable(dialog.statusText()));
                const QString text = dialog.statusText();
                QVERIFY2(text != QStringLiteral("Stopped.") &&
                             text != QStringLiteral("Dihentikan."),
                         qPrintable(text));
                QVERIFY2(text.contains(code == QLatin1String("en")
                                           ? QStringLiteral("needs a password")
                                           : QStringLiteral("memerlukan kata sandi")),
                         qPrintable(text));
                QVERIFY2(text.contains(QStringLiteral("127.0.0.1")), qPrintable(text));
            }
            QCOMPARE(asked, 2);
            QVERIFY(!window.document()->hasData());
            QVERIFY(window.findChildren<QMessageBox*>().isEmpty());
        }
        QVERIFY(server.startups() >= 4);
        language.apply(QStringLiteral("en"), false);
        qputenv("PGPASSWORD", password);
        if (password.isNull()) {
            qunsetenv("PGPASSWORD");
        }
        qputenv("PGPASSFILE", passfile);
        if (passfile.isNull()) {
            qunsetenv("PGPASSFILE");
        }
    }

    void testWritingIntoTheQueryTableIsRefusedAsATableInBothLanguages() {
        Language language;
        for (const QString& code : {QStringLiteral("en"), QStringLiteral("id")}) {
            language.apply(code, false);
            MainWindow window(&language);
            ScoreDialog dialog(window.scoringController(), window.databaseController(), &window);
            dialog.setModelPath(m_dir->filePath(QStringLiteral("model.json")));
            dialog.setDatabaseInput(sqliteSource(m_db, "SELECT * FROM customers"));
            dialog.setTargetTable(QStringLiteral("customers"), true);
            QVERIFY(finish(dialog.score()).failed());
            const QString text = dialog.statusText();
            QVERIFY2(text.contains(QStringLiteral("customers")), qPrintable(text));
            QVERIFY2(text.contains(code == QLatin1String("en")
                                       ? QStringLiteral("Choose another table.")
                                       : QStringLiteral("Pilih tabel lain.")),
                     qPrintable(text));
            QVERIFY2(!text.contains(code == QLatin1String("en") ? QStringLiteral("file")
                                                                : QStringLiteral("berkas")),
                     qPrintable(text));
        }
        language.apply(QStringLiteral("en"), false);
    }

    void testEmptyFormsAreRefusedBeforeAnyWork() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        DatabaseDialog dialog(window.databaseController(), &window);
        dialog.setSource(sqliteSource(QString(), "SELECT 1"));
        QVERIFY(finish(dialog.testConnection()).failed());
        QVERIFY(dialog.statusText().contains(QStringLiteral("SQLite file")));
        dialog.setSource(sqliteSource(m_db, "  "));
        QVERIFY(finish(dialog.runPreview()).failed());
        QVERIFY(dialog.statusText().contains(QStringLiteral("query")));
    }

    void testStopCancelsALoadThatIsStillReceivingRows() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        QVERIFY(finish(window.documentController()->openSample(), 30000).ok());
        DatabaseDialog dialog(window.databaseController(), &window);
        // Far more rows than anyone waits for: only a working cancel ends this job.
        dialog.setSource(sqliteSource(
            m_db, "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                  "WHERE x < 2000000000) SELECT x AS row_number, x % 7 AS weekday FROM n"));
        QSignalSpy progress(window.databaseController(), &DatabaseController::progressText);
        QFuture<Outcome> load = dialog.loadData();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !progress.isEmpty() &&
                       progress.last().at(0).toString().contains(QStringLiteral("rows received"));
            },
            60000));
        QVERIFY(dialog.statusText().contains(QStringLiteral("rows received")));
        dialog.stop();
        const Outcome end = finish(load, 60000);
        QVERIFY2(end.cancelled(), qPrintable(end.error));
        QCOMPARE(dialog.statusText(), QStringLiteral("Stopped."));
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open, for another try
        // The data open before stays.
        QCOMPARE(window.document()->table().rowCount(), std::int64_t(5000));
        QVERIFY(!window.document()->database());
    }

    void testProjectRunsTheQueryAgainAndWarnsWhenItsResultChanged() {
        const QString db = m_dir->filePath(QStringLiteral("changing.db"));
        const core::Table sample = sampleTable();
        writeSqlite(db, "customers", sample);
        const QString project = m_dir->filePath(QStringLiteral("from_db.gugus"));
        {
            Language language;
            language.apply(QStringLiteral("en"), false);
            MainWindow window(&language);
            DocumentController* documents = window.documentController();
            QVERIFY(finish(documents->openDatabase(
                               sqliteSource(db, "SELECT * FROM customers WHERE \"Usia\" >= 25")))
                        .ok());
            QVERIFY(finish(documents->saveProject(project)).ok());
        }
        const core::ProjectFile saved =
            core::ProjectFile::fromJson(contents(project).toStdString());
        QVERIFY(saved.database);
        QCOMPARE(saved.database->source.path, db.toStdString());
        QCOMPARE(saved.database->source.query,
                 std::string("SELECT * FROM customers WHERE \"Usia\" >= 25"));
        QVERIFY(saved.database->rows > 0);

        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        DocumentController* documents = window.documentController();
        QSignalSpy differs(documents, &DocumentController::queryResultDiffers);
        QVERIFY(finish(documents->openProject(project)).ok());
        QCOMPARE(differs.count(), 0); // same result: no warning
        QVERIFY(window.document()->database());
        QCOMPARE(window.document()->table().rowCount(), saved.database->rows);

        // The warehouse changes: 4,000 of the customers are left.
        std::vector<std::int64_t> first(4000);
        std::iota(first.begin(), first.end(), 0);
        writeSqlite(db, "customers", sample.selectRows(first));
        QVERIFY(finish(documents->openProject(project)).ok());
        QCOMPARE(differs.count(), 1);
        QCOMPARE(differs.first().at(1).toLongLong(), qint64(saved.database->rows));
        QCOMPARE(differs.first().at(2).toLongLong(), window.document()->table().rowCount());
        // The warning is a box that does not block the window.
        QMessageBox* notice = nullptr;
        for (QMessageBox* box : window.findChildren<QMessageBox*>()) {
            if (box->text().contains(QStringLiteral("gives other data"))) {
                notice = box;
            }
        }
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->windowModality(), Qt::NonModal);
    }

    void testScoringWritesIntoATableOfTheDatabase() {
        Language language;
        language.apply(QStringLiteral("en"), false);
        MainWindow window(&language);
        QVERIFY(finish(window.documentController()->openSample(), 30000).ok());
        core::SegmentationOptions options;
        options.k = 3;
        QVERIFY(finish(window.segmentationController()->segment(options), 120000).ok());
        ScoringController* scoring = window.scoringController();
        const QString model = m_dir->filePath(QStringLiteral("model.json"));
        QVERIFY(finish(scoring->saveModel(model)).ok());
        // The reference: the same customers scored from the CSV file.
        const QString csvScored = m_dir->filePath(QStringLiteral("scored.csv"));
        QVERIFY(
            finish(scoring->scoreFile(model, QStringLiteral(GUGUS_SAMPLE_CSV), csvScored)).ok());
        core::NullProgress progress;
        const core::Table expected = core::readCsvFile(csvScored.toStdString(), {}, progress).table;

        const core::DbSource customers = sqliteSource(m_db, "SELECT * FROM customers");
        ScoreDialog dialog(scoring, window.databaseController(), &window);
        dialog.setModelPath(model);
        dialog.setDatabaseInput(customers);
        dialog.setTargetTable(QStringLiteral("scored_customers"), false);
        QVERIFY(finish(dialog.score(), 120000).ok());
        QVERIFY(scoring->lastScoreSummary().contains(QStringLiteral("scored_customers")));
        const core::Table written =
            core::readDbSource(sqliteSource(m_db, "SELECT * FROM scored_customers"), {}, progress)
                .table;
        QCOMPARE(written.rowCount(), expected.rowCount());
        for (const char* column : {"GCIF", "segment", "segment_name", "segment_note"}) {
            const auto a = written.indexOf(column);
            const auto b = expected.indexOf(column);
            QVERIFY2(a && b, column);
            for (std::int64_t r = 0; r < written.rowCount(); ++r) {
                QCOMPARE(written.column(*a).toText(r), expected.column(*b).toText(r));
            }
        }

        // Existing table without Replace: the database refuses, nothing changes.
        QSignalSpy failed(scoring, &ScoringController::scoringFailed);
        ScoreDialog again(scoring, window.databaseController(), &window);
        again.setModelPath(model);
        again.setDatabaseInput(sqliteSource(m_db, "SELECT * FROM customers WHERE \"Usia\" > 40"));
        again.setTargetTable(QStringLiteral("scored_customers"), false);
        QVERIFY(finish(again.score(), 120000).failed());
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("already exists")),
                 qPrintable(failed.first().at(0).toString()));
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("nothing was written")));
        // Ticking Replace replaces it, in one transaction.
        again.setTargetTable(QStringLiteral("scored_customers"), true);
        QVERIFY(finish(again.score(), 120000).ok());
        const core::Table replaced =
            core::readDbSource(sqliteSource(m_db, "SELECT * FROM scored_customers"), {}, progress)
                .table;
        QVERIFY(replaced.rowCount() > 0 && replaced.rowCount() < written.rowCount());

        // A table the query reads is refused in the dialog, before any work.
        ScoreDialog input(scoring, window.databaseController(), &window);
        input.setModelPath(model);
        input.setDatabaseInput(customers);
        input.setTargetTable(QStringLiteral("customers"), true);
        QVERIFY(finish(input.score()).failed());
        QVERIFY2(input.statusText().contains(QStringLiteral("destroy")),
                 qPrintable(input.statusText()));
        // Worded for the table it is, not a file.
        QVERIFY2(input.statusText().contains(QStringLiteral("Choose another table.")),
                 qPrintable(input.statusText()));
        QVERIFY2(!input.statusText().contains(QStringLiteral("file")),
                 qPrintable(input.statusText()));
        QCOMPARE(input.result(), int(QDialog::Rejected));
        QCOMPARE(core::readDbSource(customers, {}, progress).table.rowCount(), std::int64_t(5000));
        // And by the controller itself (the same check gugus-cli makes).
        QVERIFY(finish(scoring->scoreDatabase(model, customers, QString(),
                                              QStringLiteral("main.customers"), true))
                    .failed());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_MAIN(DatabaseTest)
#include "test_database.moc"
