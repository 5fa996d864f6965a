#pragma once

#include "report/report_content.h"
#include "support/outcome.h"

#include <QFuture>
#include <QImage>
#include <QObject>
#include <QString>
#include <QVector>

namespace gugus::ui {

class Document;
class FileSaver;
class JobRunner;

/// What the analyst chose in File ▸ Export report.
struct ReportChoice {
    QString title;
    QString author;
    QString language = QStringLiteral("en"); ///< the report's, independent of the interface's
    core::ReportSections sections;
};

/// The managers' report of the current segmentation: a preview of its pages and the export to
/// PDF, HTML or Excel (by the file's extension), both on workers. A new preview replaces a
/// running one; exports run alongside anything and never write over the open data.
class ReportController : public QObject {
    Q_OBJECT
public:
    explicit ReportController(Document* document, QObject* parent = nullptr);

    /// For the status bar: previews, exports.
    QList<JobRunner*> runners() const;

    /// Renders the report's pages as images (A4 at `dpi`): previewReady(pages) on success.
    QFuture<Outcome> preview(const ReportChoice& choice, double dpi = 60.0);
    /// Writes the report to `path` (.pdf, .html, .xlsx) atomically: saved/failed signals of the
    /// saver, and the returned future.
    QFuture<Outcome> exportReport(const QString& path, const ReportChoice& choice);

signals:
    void previewReady(const QVector<QImage>& pages);
    void previewFailed(const QString& error);

private:
    /// The content's settings from the Document (names, colours as shown) and the choice.
    core::ReportSettings settingsFor(const ReportChoice& choice) const;

    Document* m_document;
    JobRunner* m_previews;
    FileSaver* m_saver;
};

} // namespace gugus::ui
