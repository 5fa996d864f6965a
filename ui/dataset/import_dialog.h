#pragma once

#include "data/csv_reader.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QTableWidget;

namespace gugus::core {
class Table;
}

namespace gugus::ui {

class JobRunner;

/// Import options with a live preview of the first rows. A text file: delimiter, decimal
/// separator, header row and text encoding; the preview parses only the first 64 KB of the file,
/// so it stays instant on any file size. An Excel workbook (known by its content): a sheet
/// chooser; the sheet list and the preview (the reader stops after the preview's rows) are read
/// on a worker, since a workbook must be inflated to be read.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(const QString& path, QWidget* parent = nullptr);
    core::CsvOptions options() const;
    /// The chosen worksheet's name; empty for a text file.
    QString sheet() const;
    bool isWorkbook() const { return m_workbook; }
    /// The sheets offered (for tests; empty for a text file or until they are read).
    QStringList sheets() const;
    void setSheet(const QString& sheet);
    /// True while the sheet list or a preview is being read (for tests).
    bool busy() const;
    /// Rows in the preview table (for tests).
    int previewRows() const;
    QString previewError() const;
    /// The line under the preview: what was read, or why it cannot be.
    QString previewStatus() const;
    void setDelimiter(char delimiter);

private:
    void updatePreview();
    void readSheets();
    void previewSheet();
    void showError(const QString& message);

    QString m_path;
    bool m_workbook = false;
    QByteArray m_head; ///< the first 64 KB, cut at the last line end
    QComboBox* m_sheet;
    JobRunner* m_jobs;
    QFormLayout* m_form;
    QComboBox* m_delimiter;
    QComboBox* m_decimal;
    QCheckBox* m_header;
    QComboBox* m_encoding;
    QLabel* m_status;
    QTableWidget* m_preview;
    QDialogButtonBox* m_buttons;
};

} // namespace gugus::ui
