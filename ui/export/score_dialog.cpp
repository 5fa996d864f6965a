#include "export/score_dialog.h"

#include "controllers/scoring_controller.h"
#include "dataset/database_dialog.h"
#include "support/error_text.h"
#include "support/job_runner.h"
#include "support/live_update.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gugus::ui {

namespace {

enum class Input { Csv, Database };

/// A line edit with a button beside it, as one form field.
QWidget* withButton(QWidget* parent, QWidget* field, QPushButton* button) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

ScoreDialog::ScoreDialog(ScoringController* scoring, DatabaseController* databases, QWidget* parent)
    : QDialog(parent), m_scoring(scoring), m_databases(databases), m_modelLabel(new QLabel(this)),
      m_model(new QLineEdit(this)), m_modelBrowse(new QPushButton(this)),
      m_inputLabel(new QLabel(this)), m_input(new QComboBox(this)),
      m_inputPages(new QStackedWidget(this)), m_csv(new QLineEdit(this)),
      m_csvBrowse(new QPushButton(this)), m_query(new QLabel(this)),
      m_chooseQuery(new QPushButton(this)), m_outputLabel(new QLabel(this)),
      m_output(new QLineEdit(this)), m_outputBrowse(new QPushButton(this)),
      m_tableLabel(new QLabel(this)), m_table(new QLineEdit(this)), m_replace(new QCheckBox(this)),
      m_status(new QLabel(this)), m_score(new QPushButton(this)), m_cancel(new QPushButton(this)) {
    m_input->addItem(QString(), int(Input::Csv));
    m_input->addItem(QString(), int(Input::Database));
    m_inputPages->addWidget(withButton(m_inputPages, m_csv, m_csvBrowse));
    m_query->setWordWrap(true);
    m_inputPages->addWidget(withButton(m_inputPages, m_query, m_chooseQuery));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_score->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(m_modelLabel, withButton(this, m_model, m_modelBrowse));
    form->addRow(m_inputLabel, m_input);
    form->addRow(QString(), m_inputPages);
    form->addRow(m_outputLabel, withButton(this, m_output, m_outputBrowse));
    form->addRow(m_tableLabel, m_table);
    form->addRow(QString(), m_replace);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_score);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_input, &QComboBox::currentIndexChanged, this, &ScoreDialog::showInput);
    connect(m_modelBrowse, &QPushButton::clicked, this, [this] {
        const QString path =
            browseOpen(tr("Choose a segmentation model"), tr("Gugus models (*.json)"));
        if (!path.isEmpty()) {
            m_model->setText(path);
        }
    });
    connect(m_csvBrowse, &QPushButton::clicked, this, [this] {
        const QString path =
            browseOpen(tr("Choose the customers to score"),
                       tr("Customer tables (*.csv *.txt *.xlsx *.xlsm);;All files (*)"));
        if (!path.isEmpty()) {
            m_csv->setText(path);
        }
    });
    connect(m_outputBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the scored customers"),
                                                          QString(), tr("CSV files (*.csv)"));
        if (!path.isEmpty()) {
            m_output->setText(path);
        }
    });
    connect(m_chooseQuery, &QPushButton::clicked, this, &ScoreDialog::chooseDatabase);
    connect(m_score, &QPushButton::clicked, this, [this] { score(); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    showInput();
    onLanguageChange(this, [this] { retranslate(); });
    retranslate();
    resize(720, 360);
}

void ScoreDialog::retranslate() {
    setWindowTitle(tr("Score new customers"));
    m_modelLabel->setText(tr("Model"));
    m_inputLabel->setText(tr("Customers"));
    m_input->setItemText(0, tr("A CSV file"));
    m_input->setItemText(1, tr("A query on a database"));
    m_outputLabel->setText(tr("Save as CSV"));
    m_tableLabel->setText(tr("Write into table"));
    m_table->setPlaceholderText(tr("for example scored_customers (a new table of that database)"));
    m_replace->setText(tr("Replace the table if it exists"));
    for (QPushButton* b : {m_modelBrowse, m_csvBrowse, m_outputBrowse}) {
        b->setText(tr("Browse…"));
    }
    m_chooseQuery->setText(tr("Choose…"));
    m_score->setText(tr("Score"));
    m_cancel->setText(tr("Cancel"));
    if (!m_database) {
        m_query->setText(tr("No query chosen yet."));
    }
}

void ScoreDialog::showInput() {
    const bool database = Input(m_input->currentData().toInt()) == Input::Database;
    m_inputPages->setCurrentIndex(database ? 1 : 0);
    m_table->setEnabled(database);
    m_replace->setEnabled(database);
}

QString ScoreDialog::browseOpen(const QString& title, const QString& filter) {
    return QFileDialog::getOpenFileName(this, title, QString(), filter);
}

void ScoreDialog::chooseDatabase() {
    auto* dialog = new DatabaseDialog(m_databases, this, DatabaseDialog::Purpose::Choose);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_database) {
        dialog->setSource(*m_database);
    }
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { setDatabaseInput(dialog->source()); });
    dialog->open();
}

void ScoreDialog::setModelPath(const QString& path) {
    m_model->setText(path);
}

void ScoreDialog::setCsvInput(const QString& path) {
    m_input->setCurrentIndex(m_input->findData(int(Input::Csv)));
    m_csv->setText(path);
}

void ScoreDialog::setDatabaseInput(const core::DbSource& source) {
    m_database = source;
    m_database->password.clear();
    m_input->setCurrentIndex(m_input->findData(int(Input::Database)));
    m_query->setText(QStringLiteral("%1\n%2").arg(QString::fromStdString(core::dbUrl(source)),
                                                  QString::fromStdString(source.query)));
}

void ScoreDialog::setOutputPath(const QString& path) {
    m_output->setText(path);
}

void ScoreDialog::setTargetTable(const QString& table, bool replace) {
    m_table->setText(table);
    m_replace->setChecked(replace);
}

QString ScoreDialog::statusText() const {
    return m_status->text();
}

QFuture<Outcome> ScoreDialog::score() {
    const auto refuse = [this](const QString& why) {
        m_status->setText(why);
        return finishedWith(Outcome::failure(why));
    };
    const QString model = m_model->text().trimmed();
    const QString output = m_output->text().trimmed();
    const QString table = m_table->text().trimmed();
    const bool database = Input(m_input->currentData().toInt()) == Input::Database;
    if (model.isEmpty()) {
        return refuse(tr("Choose the model first."));
    }
    if (!database) {
        if (m_csv->text().trimmed().isEmpty() || output.isEmpty()) {
            return refuse(tr("Choose the CSV file of customers and where to save the result."));
        }
        accept();
        return m_scoring->scoreFile(model, m_csv->text().trimmed(), output);
    }
    if (!m_database) {
        return refuse(tr("Choose the query whose customers are scored."));
    }
    if (table.isEmpty()) {
        return refuse(tr("Name the table the scored customers are written into."));
    }
    try { // what gugus-cli checks before it connects
        core::checkWriteTarget(*m_database, table.toStdString());
    } catch (const core::Error& e) {
        return refuse(errorText(e));
    }
    accept();
    return m_scoring->scoreDatabase(model, *m_database, output, table, m_replace->isChecked());
}

} // namespace gugus::ui
