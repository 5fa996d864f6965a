#pragma once

#include "controllers/report_controller.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace gugus::ui {

/// File ▸ Export report: title and author (the author is remembered), the report's language,
/// the sections to include, a preview of the pages (rendered on a worker), and Export…, which asks
/// for the file (its extension chooses PDF, HTML or Excel) and writes it on a worker.
class ExportReportDialog : public QDialog {
    Q_OBJECT
public:
    /// `uiLanguage` ("en"/"id") is the report language offered first.
    ExportReportDialog(ReportController* reports, const QString& uiLanguage,
                       QWidget* parent = nullptr);

    /// The analyst's choices as they stand.
    ReportChoice choice() const;
    /// Pages shown in the preview (for tests).
    int previewPages() const { return m_pageCount; }

public slots:
    /// Renders the preview of the current choices.
    void refreshPreview();

private:
    void askExport();
    void showPages(const QVector<QImage>& pages);

    ReportController* m_reports;
    QLineEdit* m_title;
    QLineEdit* m_author;
    QComboBox* m_language;
    QVector<std::pair<QCheckBox*, bool core::ReportSections::*>> m_sections;
    QVBoxLayout* m_pages;
    QLabel* m_previewNote;
    QPushButton* m_export;
    int m_pageCount = 0;
};

} // namespace gugus::ui
