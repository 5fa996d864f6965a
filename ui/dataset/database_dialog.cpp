#include "dataset/database_dialog.h"

#include "controllers/database_controller.h"
#include "support/combo.h"
#include "support/form.h"
#include "support/job_runner.h"
#include "support/live_update.h"
#include "support/settings_store.h"
#include "support/table_preview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gugus::ui {

namespace {

const char* const kQueriesKey = "database/queries";
const char* const kConnectionKey = "database/connection";

/// libpq's TLS modes, passed through; "" leaves libpq's default (prefer).
const char* const kSslModes[] = {"",        "disable",   "allow",      "prefer",
                                 "require", "verify-ca", "verify-full"};

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

DatabaseDialog::DatabaseDialog(DatabaseController* controller, QWidget* parent, Purpose purpose)
    : QDialog(parent), m_controller(controller), m_purpose(purpose), m_kindLabel(new QLabel(this)),
      m_kind(new QComboBox(this)), m_fileLabel(new QLabel(this)), m_pages(new QStackedWidget(this)),
      m_serverForm(new QFormLayout), m_host(new QLineEdit(this)), m_port(new QLineEdit(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_sslmode(new QComboBox(this)),
      m_fileForm(new QFormLayout), m_path(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_queryLabel(new QLabel(this)), m_recent(new QComboBox(this)),
      m_query(new QPlainTextEdit(this)), m_test(new QPushButton(this)),
      m_previewButton(new QPushButton(this)), m_stop(new QPushButton(this)),
      m_status(new QLabel(this)), m_preview(new QTableWidget(this)), m_load(new QPushButton(this)),
      m_close(new QPushButton(this)) {
    addEnumItem(m_kind, core::DbKind::PostgreSql);
    addEnumItem(m_kind, core::DbKind::Sqlite);
    for (const char* mode : kSslModes) {
        m_sslmode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    }
    m_port->setMaxLength(5);

    auto* server = new QWidget(m_pages);
    server->setLayout(m_serverForm);
    m_serverForm->setContentsMargins(0, 0, 0, 0);
    m_serverForm->addRow(QStringLiteral("-"), m_host);
    m_serverForm->addRow(QStringLiteral("-"), m_port);
    m_serverForm->addRow(QStringLiteral("-"), m_database);
    m_serverForm->addRow(QStringLiteral("-"), m_user);
    m_serverForm->addRow(QStringLiteral("-"), m_sslmode);
    auto* file = new QWidget(m_pages);
    file->setLayout(m_fileForm);
    m_fileForm->setContentsMargins(0, 0, 0, 0);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    m_fileForm->addRow(m_fileLabel, fileRow);
    m_pages->addWidget(server);
    m_pages->addWidget(file);

    m_query->setTabChangesFocus(true);
    m_query->setMinimumHeight(80);
    m_query->setMaximumHeight(160); // the preview below gets the room
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setUpTablePreview(m_preview);
    m_stop->setEnabled(false);
    m_load->setDefault(true);

    auto* kindRow = new QFormLayout;
    kindRow->addRow(m_kindLabel, m_kind);
    auto* queryRow = new QHBoxLayout;
    queryRow->addWidget(m_queryLabel);
    queryRow->addStretch(1);
    queryRow->addWidget(m_recent, 2);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addWidget(m_previewButton);
    actions->addWidget(m_stop);
    actions->addStretch(1);
    auto* closing = new QHBoxLayout;
    closing->addStretch(1);
    closing->addWidget(m_load);
    closing->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(kindRow);
    layout->addWidget(m_pages);
    layout->addLayout(queryRow);
    layout->addWidget(m_query);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 1);
    layout->addLayout(closing);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DatabaseDialog::showKind);
    connect(m_browse, &QPushButton::clicked, this, &DatabaseDialog::browse);
    connect(m_recent, &QComboBox::activated, this, &DatabaseDialog::pickRecent);
    connect(m_test, &QPushButton::clicked, this, [this] { testConnection(); });
    connect(m_previewButton, &QPushButton::clicked, this, [this] { runPreview(); });
    connect(m_load, &QPushButton::clicked, this, [this] {
        if (m_purpose == Purpose::Choose) {
            choose();
        } else {
            loadData();
        }
    });
    connect(m_stop, &QPushButton::clicked, this, &DatabaseDialog::stop);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(controller, &DatabaseController::tested, this, [this](const QString& version) {
        m_status->setText(tr("Connected. The database reports: %1").arg(version));
    });
    connect(controller, &DatabaseController::previewed, this,
            [this](std::shared_ptr<const core::CsvReadResult> result) {
                showTablePreview(m_preview, result->table);
                m_status->setText(tr("The first %L1 rows of the result (%L2 columns); Load reads "
                                     "all of them.")
                                      .arg(result->table.rowCount())
                                      .arg(result->table.columnCount()));
            });
    connect(controller, &DatabaseController::failed, this,
            [this](const QString& error) { m_status->setText(error); });
    connect(controller, &DatabaseController::progressText, this, [this](const QString& stage) {
        if (m_running > 0) {
            m_status->setText(stage);
        }
    });
    // A dialog closed while its job runs stops that job: nobody is left to see its end.
    connect(this, &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted && m_running > 0) {
            stop();
        }
    });

    restoreRemembered();
    showKind();
    onLanguageChange(this, [this] { retranslate(); });
    retranslate();
    resize(900, 640);
}

void DatabaseDialog::retranslate() {
    setWindowTitle(tr("Open from database"));
    m_kindLabel->setText(tr("Database"));
    setEnumText(m_kind, core::DbKind::PostgreSql, tr("PostgreSQL server"));
    setEnumText(m_kind, core::DbKind::Sqlite, tr("SQLite file"));
    setFormLabel(m_serverForm, m_host, tr("Host"));
    setFormLabel(m_serverForm, m_port, tr("Port"));
    setFormLabel(m_serverForm, m_database, tr("Database name"));
    setFormLabel(m_serverForm, m_user, tr("User"));
    setFormLabel(m_serverForm, m_sslmode, tr("Encryption (TLS)"));
    m_host->setPlaceholderText(tr("localhost, an address, or a socket folder"));
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_user->setPlaceholderText(tr("your login name"));
    m_sslmode->setItemText(0, tr("Default (prefer)"));
    m_fileLabel->setText(tr("File"));
    m_browse->setText(tr("Browse…"));
    m_queryLabel->setText(tr("Query (SQL)"));
    m_query->setPlaceholderText(tr("SELECT * FROM customers"));
    m_test->setText(tr("Test connection"));
    m_previewButton->setText(tr("Preview"));
    m_stop->setText(tr("Stop"));
    m_load->setText(m_purpose == Purpose::Choose ? tr("Use this query") : tr("Load"));
    m_close->setText(tr("Close"));
    m_recent->clear();
    m_recent->addItem(tr("Recent queries"));
    for (const QString& query : recentQueries()) {
        m_recent->addItem(query.simplified().left(80), query);
    }
    m_recent->setToolTip(tr("The last %1 queries loaded").arg(kRememberedQueries));
}

void DatabaseDialog::showKind() {
    const int current =
        currentEnum(m_kind, core::DbKind::PostgreSql) == core::DbKind::PostgreSql ? 0 : 1;
    m_pages->setCurrentIndex(current);
    // A stacked widget is as tall as its tallest page: the hidden page must not leave a gap
    // above the one-line SQLite form.
    for (int i = 0; i < m_pages->count(); ++i) {
        m_pages->widget(i)->setSizePolicy(
            QSizePolicy::Preferred, i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_pages->adjustSize();
}

void DatabaseDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a SQLite database"), m_path->text(),
        tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void DatabaseDialog::pickRecent(int index) {
    if (index > 0) {
        m_query->setPlainText(m_recent->itemData(index).toString());
    }
    m_recent->setCurrentIndex(0);
}

core::DbSource DatabaseDialog::source() const {
    core::DbSource s;
    s.kind = currentEnum(m_kind, core::DbKind::PostgreSql);
    if (s.kind == core::DbKind::PostgreSql) {
        s.host = m_host->text().trimmed().toStdString();
        s.port = m_port->text().trimmed().toStdString();
        s.database = m_database->text().trimmed().toStdString();
        s.user = m_user->text().trimmed().toStdString();
        s.sslmode = m_sslmode->currentData().toString().toStdString();
    } else {
        s.path = m_path->text().trimmed().toStdString();
    }
    s.query = m_query->toPlainText().toStdString();
    return s;
}

void DatabaseDialog::setSource(const core::DbSource& s) {
    selectEnum(m_kind, s.kind);
    m_host->setText(text(s.host));
    m_port->setText(text(s.port));
    m_database->setText(text(s.database));
    m_user->setText(text(s.user));
    const int mode = m_sslmode->findData(text(s.sslmode));
    m_sslmode->setCurrentIndex(mode >= 0 ? mode : 0);
    m_path->setText(text(s.path));
    m_query->setPlainText(text(s.query));
    showKind();
}

bool DatabaseDialog::formReady(bool needsQuery) {
    const core::DbSource s = source();
    if (s.kind == core::DbKind::Sqlite && s.path.empty()) {
        m_status->setText(tr("Choose the SQLite file first."));
        return false;
    }
    if (s.kind == core::DbKind::PostgreSql && !s.port.empty() &&
        (m_port->text().trimmed().toInt() < 1 || m_port->text().trimmed().toInt() > 65535)) {
        m_status->setText(tr("The port must be a number from 1 to 65535."));
        return false;
    }
    if (needsQuery && m_query->toPlainText().trimmed().isEmpty()) {
        m_status->setText(tr("Write the query first, for example SELECT * FROM customers."));
        return false;
    }
    return true;
}

QFuture<Outcome> DatabaseDialog::track(QFuture<Outcome> job) {
    ++m_running;
    setBusy(true);
    return job.then(this, [this](const Outcome& outcome) {
        if (--m_running == 0) {
            setBusy(false);
        }
        if (outcome.cancelled()) { // a declined password prompt says so, not "Stopped."
            m_status->setText(outcome.error.isEmpty() ? tr("Stopped.") : outcome.error);
        }
        return outcome;
    });
}

void DatabaseDialog::setBusy(bool busy) {
    for (QPushButton* b : {m_test, m_previewButton, m_load}) {
        b->setEnabled(!busy);
    }
    m_stop->setEnabled(busy);
}

QFuture<Outcome> DatabaseDialog::testConnection() {
    if (!formReady(false)) {
        return finishedWith(Outcome::failure(m_status->text()));
    }
    m_status->setText(tr("Connecting…"));
    return track(m_controller->test(source()));
}

QFuture<Outcome> DatabaseDialog::runPreview() {
    if (!formReady(true)) {
        return finishedWith(Outcome::failure(m_status->text()));
    }
    m_status->setText(tr("Running the query for a preview…"));
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    return track(m_controller->preview(source()));
}

QFuture<Outcome> DatabaseDialog::loadData() {
    if (!formReady(true)) {
        return finishedWith(Outcome::failure(m_status->text()));
    }
    m_status->setText(tr("Running the query…"));
    return track(m_controller->load(source())).then(this, [this](const Outcome& outcome) {
        if (outcome.ok()) {
            remember();
            accept();
        }
        return outcome;
    });
}

bool DatabaseDialog::choose() {
    if (!formReady(true)) {
        return false;
    }
    remember();
    accept();
    return true;
}

void DatabaseDialog::stop() {
    m_controller->cancel();
}

QString DatabaseDialog::statusText() const {
    return m_status->text();
}

int DatabaseDialog::previewRows() const {
    return m_preview->rowCount();
}

int DatabaseDialog::previewColumns() const {
    return m_preview->columnCount();
}

QStringList DatabaseDialog::recentQueries() {
    return QSettings().value(QLatin1String(kQueriesKey)).toStringList();
}

void DatabaseDialog::remember() const {
    const core::DbSource s = source(); // never holds a password
    const QVariantMap connection{
        {QStringLiteral("kind"), int(s.kind)},  {QStringLiteral("host"), text(s.host)},
        {QStringLiteral("port"), text(s.port)}, {QStringLiteral("database"), text(s.database)},
        {QStringLiteral("user"), text(s.user)}, {QStringLiteral("sslmode"), text(s.sslmode)},
        {QStringLiteral("path"), text(s.path)}};
    // The list is read where it is written, so that queries run one after the other all land.
    changeSettings([query = text(s.query).trimmed(), connection](QSettings& settings) {
        settings.setValue(QLatin1String(kQueriesKey),
                          withFirst(settings.value(QLatin1String(kQueriesKey)).toStringList(),
                                    query, kRememberedQueries));
        settings.setValue(QLatin1String(kConnectionKey), connection);
    });
}

void DatabaseDialog::restoreRemembered() {
    const QVariantMap c = QSettings().value(QLatin1String(kConnectionKey)).toMap();
    core::DbSource s;
    s.kind = c.value(QStringLiteral("kind")).toInt() == int(core::DbKind::Sqlite)
                 ? core::DbKind::Sqlite
                 : core::DbKind::PostgreSql;
    s.host = c.value(QStringLiteral("host")).toString().toStdString();
    s.port = c.value(QStringLiteral("port")).toString().toStdString();
    s.database = c.value(QStringLiteral("database")).toString().toStdString();
    s.user = c.value(QStringLiteral("user")).toString().toStdString();
    s.sslmode = c.value(QStringLiteral("sslmode")).toString().toStdString();
    s.path = c.value(QStringLiteral("path")).toString().toStdString();
    s.query = recentQueries().value(0).toStdString();
    setSource(s);
}

} // namespace gugus::ui
