#pragma once

#include "common/progress.h"
#include "report/report_content.h"
#include "report/xlsx_writer.h"

#include <QImage>
#include <QString>
#include <QVector>

#include <optional>

namespace gugus::report {

enum class ReportFormat { Pdf, Html, Xlsx };

/// How to write a report, besides its content.
struct ReportOptions {
    ReportFormat format = ReportFormat::Pdf;
    QString language = QStringLiteral("en"); ///< "en" or "id", independent of the UI's language
    XlsxOptions xlsx;
};

/// The format a file name asks for: .pdf, .html/.htm, .xlsx (any case); nothing otherwise.
std::optional<ReportFormat> reportFormatFor(const QString& path);

/// Writes the report of `content` to `path` in options.format and options.language, atomically:
/// into a temporary file next to `path`, renamed over it only when complete, so a failed or
/// cancelled export leaves no partial file and never harms an existing one.
///
/// The one entry point for the GUI (on a worker thread) and gugus-cli. Needs a QGuiApplication
/// (fonts); the CLI starts one on the offscreen platform. Progress stages "report.pdf",
/// "report.html", "report.xlsx". Throws core::Error(WriteFailed, path, ..., detail) and
/// core::Cancelled. A caller's whole job:
///
///     core::ReportSettings settings;           // title, author, date, sections, names,
///     ...                                      // colours, actions (from the project)
///     const core::ReportContent content =
///         core::buildReportContent(table, options, result, settings, progress);
///     ReportOptions report{*reportFormatFor(path), language};
///     writeReport(content, report, path, progress);
void writeReport(const core::ReportContent& content, const ReportOptions& options,
                 const QString& path, core::Progress& progress);

/// The PDF's pages as images of A4 at `dpi` (same layout and drawing as the PDF), for a preview
/// before saving. Progress stage "report.preview"; throws core::Cancelled.
QVector<QImage> reportPages(const core::ReportContent& content, const QString& language, double dpi,
                            core::Progress& progress);

} // namespace gugus::report
