#include "dataset/import_dialog.h"

#include "common/small_file.h"
#include "source/xlsx_reader.h"
#include "support/combo.h"
#include "support/error_text.h"
#include "support/job_runner.h"
#include "support/labels.h"
#include "support/table_preview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace gugus::ui {

namespace {

constexpr qint64 kPreviewBytes = 64 * 1024;
constexpr int kPreviewRows = 20;

/// Where the head of a file that goes on can be cut after its last whole line (0: nowhere).
/// UTF-16 text (byte-order mark) ends a line in two bytes, "\n\0" (LE) or "\0\n" (BE), at a
/// character boundary: cutting after the '\n' byte of UTF-16LE would leave half a character.
qsizetype lineCut(const QByteArray& head) {
    const bool le = head.startsWith("\xFF\xFE");
    if (le || head.startsWith("\xFE\xFF")) {
        for (qsizetype i = (head.size() - 2) & ~qsizetype(1); i >= 2; i -= 2) {
            if (head[le ? i : i + 1] == '\n' && head[le ? i + 1 : i] == '\0') {
                return i + 2;
            }
        }
        return 0;
    }
    const qsizetype cut = head.lastIndexOf('\n');
    return cut > 0 ? cut + 1 : 0;
}

} // namespace

ImportDialog::ImportDialog(const QString& path, QWidget* parent)
    : QDialog(parent), m_path(path), m_sheet(new QComboBox(this)),
      m_jobs(new JobRunner(JobRunner::Policy::ReplaceRunning, this)), m_form(new QFormLayout),
      m_delimiter(new QComboBox(this)), m_decimal(new QComboBox(this)),
      m_header(new QCheckBox(this)), m_encoding(new QComboBox(this)),
      m_limitRows(new QCheckBox(this)), m_rowLimit(new QSpinBox(this)), m_status(new QLabel(this)),
      m_preview(new QTableWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    // Item data: the delimiter character (0 = detect) and the enum values of the other options.
    m_delimiter->addItem(tr("Detect automatically"), 0);
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Pipe ( | )"), int('|'));
    addEnumItem(m_decimal, core::DecimalSeparator::Auto, tr("Detect automatically"));
    addEnumItem(m_decimal, core::DecimalSeparator::Dot, tr("Point (1.5)"));
    addEnumItem(m_decimal, core::DecimalSeparator::Comma, tr("Comma (1,5)"));
    addEnumItem(m_encoding, core::TextEncoding::Auto, tr("Detect automatically"));
    addEnumItem(m_encoding, core::TextEncoding::Utf8, tr("UTF-8"));
    addEnumItem(m_encoding, core::TextEncoding::Latin1, tr("Windows-1252 / Latin-1"));
    m_header->setText(tr("First row holds the column names"));
    m_header->setChecked(true);
    m_limitRows->setText(tr("Read only the first"));
    m_rowLimit->setRange(1, std::numeric_limits<int>::max());
    m_rowLimit->setValue(100000);
    m_rowLimit->setGroupSeparatorShown(true);
    m_rowLimit->setSuffix(tr(" rows"));
    m_rowLimit->setEnabled(false);
    connect(m_limitRows, &QCheckBox::toggled, m_rowLimit, &QWidget::setEnabled);
    auto* limit = new QHBoxLayout;
    limit->addWidget(m_limitRows);
    limit->addWidget(m_rowLimit);
    limit->addStretch(1);
    // The rows of both kinds of file; the head of the file, read on a worker, tells which show.
    m_form->addRow(tr("Sheet"), m_sheet);
    m_form->addRow(tr("Delimiter"), m_delimiter);
    m_form->addRow(tr("Decimal separator"), m_decimal);
    m_form->addRow(tr("Text encoding"), m_encoding);
    m_form->addRow(QString(), m_header);
    m_form->addRow(tr("Rows"), limit);
    m_status->setWordWrap(true);
    setUpTablePreview(m_preview);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox* c : {m_delimiter, m_decimal, m_encoding}) {
        connect(c, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
    }
    connect(m_header, &QCheckBox::toggled, this, &ImportDialog::updatePreview);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::previewSheet);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
    resize(860, 560);
    readHead();
}

void ImportDialog::showFileKind() {
    m_form->setRowVisible(m_sheet, m_headRead && m_workbook);
    for (QWidget* w : {static_cast<QWidget*>(m_delimiter), static_cast<QWidget*>(m_decimal),
                       static_cast<QWidget*>(m_encoding), static_cast<QWidget*>(m_header)}) {
        m_form->setRowVisible(w, m_headRead && !m_workbook);
    }
}

void ImportDialog::readHead() {
    m_status->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    showFileKind(); // neither kind's rows while it is read
    // Opened on a worker: a file on a slow share, or a pipe (refused, never waited on), does not
    // hold the window.
    struct Head {
        bool workbook = false;
        QByteArray bytes;
    };
    m_jobs->run<Head>(
        tr("Reading %1").arg(QFileInfo(m_path).fileName()),
        [path = QFile::encodeName(m_path).toStdString()](core::Progress&) {
            const std::string head = core::readFileHead(path, kPreviewBytes + 1);
            Head read;
            // Eight bytes tell a workbook (a zip, or an OLE file: .xls or encrypted) from text.
            read.workbook = core::sniffFileFormat(std::string_view(head).substr(0, 8)) !=
                            core::FileFormat::Text;
            if (!read.workbook) {
                read.bytes = QByteArray(head.data(), qsizetype(head.size()));
                if (read.bytes.size() > kPreviewBytes) { // the file goes on
                    read.bytes.truncate(kPreviewBytes);
                    if (const qsizetype cut = lineCut(read.bytes); cut > 0) {
                        read.bytes.truncate(cut);
                    }
                }
            }
            return read;
        },
        [this](JobOutcome<Head> outcome) {
            if (!outcome.value) {
                if (!outcome.cancelled) {
                    m_status->setText(outcome.error);
                }
                return;
            }
            m_workbook = outcome.value->workbook;
            m_head = std::move(outcome.value->bytes);
            m_headRead = true;
            showFileKind();
            if (m_workbook) {
                readSheets();
            } else {
                updatePreview();
            }
        });
}

QString ImportDialog::sheet() const {
    return m_workbook ? m_sheet->currentText() : QString();
}

QStringList ImportDialog::sheets() const {
    QStringList names;
    for (int i = 0; i < m_sheet->count(); ++i) {
        names << m_sheet->itemText(i);
    }
    return names;
}

void ImportDialog::setSheet(const QString& sheet) {
    m_sheet->setCurrentIndex(m_sheet->findText(sheet));
}

bool ImportDialog::busy() const {
    return m_jobs->busy();
}

void ImportDialog::readSheets() {
    m_status->setText(tr("Reading the workbook…"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const std::string path = QFile::encodeName(m_path).toStdString();
    using Names = std::vector<std::string>;
    m_jobs->run<Names>(
        tr("Reading the workbook"), [path](core::Progress&) { return core::xlsxSheetNames(path); },
        [this](JobOutcome<Names> outcome) {
            if (!outcome.value) {
                showError(outcome.error);
                return;
            }
            if (outcome.value->empty()) {
                showError(tr("The workbook has no sheet of cells."));
                return;
            }
            const QSignalBlocker quiet(m_sheet);
            for (const std::string& name : *outcome.value) {
                m_sheet->addItem(QString::fromStdString(name));
            }
            m_sheet->setCurrentIndex(0);
            previewSheet();
        });
}

void ImportDialog::previewSheet() {
    if (m_sheet->currentIndex() < 0) {
        return;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_status->setText(tr("Reading sheet %1…").arg(m_sheet->currentText()));
    const std::string path = QFile::encodeName(m_path).toStdString();
    const std::string sheet = m_sheet->currentText().toStdString();
    core::CsvOptions o;
    o.maxRows = kPreviewRows;
    using Preview = std::shared_ptr<const core::CsvReadResult>;
    m_jobs->run<Preview>(
        tr("Reading the workbook"),
        [path, sheet, o](core::Progress& progress) {
            return std::make_shared<const core::CsvReadResult>(
                core::readXlsxFile(path, sheet, o, progress));
        },
        [this](JobOutcome<Preview> outcome) {
            if (outcome.cancelled) {
                return; // a newer sheet's preview replaced it
            }
            if (!outcome.value) {
                showError(outcome.error);
                return;
            }
            const core::Table& t = (*outcome.value)->table;
            showTablePreview(m_preview, t);
            m_status->setText(tr("Preview of the first %1 rows of sheet %2: %3 columns. Dates are "
                                 "read as text (2024-01-31).")
                                  .arg(t.rowCount())
                                  .arg(m_sheet->currentText())
                                  .arg(t.columnCount()));
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        });
}

void ImportDialog::showError(const QString& message) {
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_status->setText(tr("The workbook cannot be read: %1").arg(message));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

core::CsvOptions ImportDialog::options() const {
    core::CsvOptions o;
    o.delimiter = char(m_delimiter->currentData().toInt());
    o.decimal = currentEnum(m_decimal, core::DecimalSeparator::Auto);
    o.encoding = currentEnum(m_encoding, core::TextEncoding::Auto);
    o.hasHeader = m_header->isChecked();
    if (m_limitRows->isChecked()) {
        o.maxRows = m_rowLimit->value();
    }
    return o;
}

void ImportDialog::setRowLimit(int rows) {
    m_limitRows->setChecked(rows > 0);
    if (rows > 0) {
        m_rowLimit->setValue(rows);
    }
}

void ImportDialog::setDelimiter(char delimiter) {
    const int index = m_delimiter->findData(int(delimiter));
    if (index >= 0) {
        m_delimiter->setCurrentIndex(index);
    }
}

int ImportDialog::previewRows() const {
    return m_preview->rowCount();
}

QString ImportDialog::previewError() const {
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled() ? QString() : m_status->text();
}

QString ImportDialog::previewStatus() const {
    return m_status->text();
}

void ImportDialog::updatePreview() {
    if (!m_headRead) {
        return; // the options are read with the head, once it is here
    }
    core::CsvOptions o = options();
    o.maxRows = kPreviewRows;
    try {
        core::NullProgress progress;
        const core::CsvReadResult r = core::readCsvText(
            std::string_view(m_head.constData(), std::size_t(m_head.size())), o, progress);
        const core::Table& t = r.table;
        showTablePreview(m_preview, t);
        const QString delimiter =
            r.delimiter == '\t' ? tr("tab") : QStringLiteral("'%1'").arg(QChar(r.delimiter));
        QString encoding = r.latin1 ? tr(", read as Windows-1252") : QString();
        for (const core::CsvNotice& n : r.notices) {
            if (n.kind == core::CsvNotice::Kind::Utf16Transcoded) {
                encoding = tr(", %1 text read as UTF-8").arg(QString::fromStdString(n.detail));
            }
        }
        m_status->setText(tr("Preview of the first %1 rows: %2 columns, delimiter %3, decimal "
                             "separator '%4'%5.")
                              .arg(t.rowCount())
                              .arg(t.columnCount())
                              .arg(delimiter)
                              .arg(QChar(r.decimal))
                              .arg(encoding));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    } catch (const core::Error& e) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_status->setText(tr("These settings cannot read the file: %1").arg(errorText(e)));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

} // namespace gugus::ui
