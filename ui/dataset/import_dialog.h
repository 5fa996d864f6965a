#pragma once

#include "data/csv_reader.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace gugus::core {
class Table;
}

namespace gugus::ui {

class JobRunner;

/// Import options with a live preview of the first rows. The first 64 KB of the file are read
/// on a worker and tell what it is. A text file: delimiter, decimal separator, header row, text
/// encoding and an optional row limit (only the head of the file is then read); the preview
/// parses only those 64 KB, so it stays instant on any file size. An Excel workbook (known by its
/// content): a sheet chooser; the sheet list and the preview (the reader stops after the preview's
/// rows) are read on a worker, since a workbook must be inflated to be read.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(const QString& path, QWidget* parent = nullptr);
    core::CsvOptions options() const;
    /// The chosen worksheet's name; empty for a text file.
    QString sheet() const;
    /// Known once the head of the file is read.
    bool isWorkbook() const { return m_workbook; }
    /// The sheets offered (for tests; empty for a text file or until they are read).
    QStringList sheets() const;
    void setSheet(const QString& sheet);
    /// True while the head of the file, the sheet list or a preview is being read (for tests).
    bool busy() const;
    /// Rows in the preview table (for tests).
    int previewRows() const;
    QString previewError() const;
    /// The line under the preview: what was read, or why it cannot be.
    QString previewStatus() const;
    void setDelimiter(char delimiter);
    /// Reads only the first `rows` rows (a sample of a file too big to open whole); 0 = all.
    void setRowLimit(int rows);

private:
    /// Reads the head of the file on a worker, then shows the options of its kind and a preview.
    void readHead();
    /// The options of the file's kind; none while its head is being read.
    void showFileKind();
    void updatePreview();
    void readSheets();
    void previewSheet();
    void showError(const QString& message);

    QString m_path;
    bool m_workbook = false;
    bool m_headRead = false; ///< m_head and m_workbook are known
    QByteArray m_head;       ///< the first 64 KB, cut at the last line end
    QComboBox* m_sheet;
    JobRunner* m_jobs;
    QFormLayout* m_form;
    QComboBox* m_delimiter;
    QComboBox* m_decimal;
    QCheckBox* m_header;
    QComboBox* m_encoding;
    QCheckBox* m_limitRows; ///< maps to CsvOptions::maxRows (--max-rows)
    QSpinBox* m_rowLimit;
    QLabel* m_status;
    QTableWidget* m_preview;
    QDialogButtonBox* m_buttons;
};

} // namespace gugus::ui
