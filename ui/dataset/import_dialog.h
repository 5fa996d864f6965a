#pragma once

#include "data/csv_reader.h"

#include <QDialog>

namespace gugus::ui {

/// CSV import options with a live preview of the first lines: delimiter, decimal separator,
/// header row, text encoding. (Stub: the Dataset-view work fills in the controls.)
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(const QString& path, QWidget* parent = nullptr);
    core::CsvOptions options() const { return m_options; }

private:
    core::CsvOptions m_options;
};

} // namespace gugus::ui
