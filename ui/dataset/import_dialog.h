#pragma once

#include "data/csv_reader.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QTableWidget;

namespace gugus::ui {

/// CSV import options with a live preview of the first rows: delimiter, decimal separator,
/// header row and text encoding. The preview parses only the first 64 KB of the file, so it stays
/// instant on any file size.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(const QString& path, QWidget* parent = nullptr);
    core::CsvOptions options() const;
    /// Rows in the preview table (for tests).
    int previewRows() const;
    QString previewError() const;
    void setDelimiter(char delimiter);

private:
    void updatePreview();

    QByteArray m_head; ///< the first 64 KB, cut at the last line end
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
