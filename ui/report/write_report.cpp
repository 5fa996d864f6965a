#include "report/write_report.h"

#include "common/error.h"
#include "report/html_writer.h"
#include "report/pdf_pages.h"
#include "report/report_document.h"
#include "report/report_text.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cmath>
#include <filesystem>

namespace gugus::report {

namespace {

/// Device units per point in the PDF: 720 dpi keeps unhinted text positions exact.
constexpr int kPdfDpi = 720;

[[noreturn]] void fail(const QString& path, const QString& why) {
    throw core::Error(core::ErrorCode::WriteFailed, path.toStdString(), -1, -1, why.toStdString());
}

void writePdf(const ReportDocument& doc, QIODevice& out, core::Progress& progress) {
    QPdfWriter pdf(&out);
    pdf.setResolution(kPdfDpi);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(doc.title);
    pdf.setCreator(QStringLiteral("Gugus"));
    const detail::PdfPages pages(doc, pdf, kPdfDpi / 72.0);
    QPainter painter;
    if (!painter.begin(&pdf)) {
        fail(QString(), QStringLiteral("cannot start the PDF"));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const int count = pages.pageCount();
    for (int i = 0; i < count; ++i) {
        progress.throwIfCancelled();
        if (i > 0) {
            pdf.newPage();
        }
        pages.paintPage(painter, i);
        progress.report(i + 1, count, "report.pdf");
    }
    painter.end();
}

/// An image whose logical resolution is the PDF's, so text measures exactly as in the PDF.
QImage pdfResolutionImage(const QSize& size) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = int(std::lround(kPdfDpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

/// PDF and HTML: built in memory, then written through QSaveFile (temporary file + rename).
template <class Fill> void saveAtomically(const QString& path, Fill&& fill) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(path, file.errorString());
    }
    try {
        fill(file);
    } catch (...) {
        file.cancelWriting();
        throw;
    }
    if (!file.commit()) {
        fail(path, file.errorString());
    }
}

/// XLSX: libxlsxwriter writes a file by name, so it writes a temporary name in the same folder
/// that is renamed over `path` at the end.
void saveXlsx(const core::ReportContent& content, const ReportText& text, const QString& path,
              const XlsxOptions& options, core::Progress& progress) {
    const QFileInfo info(path);
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                        QStringLiteral(".XXXXXX"));
    if (!temp.open()) {
        fail(path, temp.errorString());
    }
    temp.close(); // libxlsxwriter opens it by name; QTemporaryFile removes it unless renamed
    writeXlsx(content, text, temp.fileName().toStdString(), progress, options);
    // A temporary file is private (0600); the report gets the permissions of the file it
    // replaces, or those of a new file.
    QFile::setPermissions(temp.fileName(), QFile::exists(path)
                                               ? QFile::permissions(path)
                                               : QFile::ReadOwner | QFile::WriteOwner |
                                                     QFile::ReadGroup | QFile::ReadOther);
    // rename(2) replaces an existing file in one step (QFile::rename would refuse to).
    std::error_code error;
    std::filesystem::rename(temp.fileName().toStdString(), path.toStdString(), error);
    if (error) {
        fail(path, QString::fromStdString(error.message()));
    }
    temp.setAutoRemove(false);
}

} // namespace

QVector<QImage> reportPages(const core::ReportContent& content, const QString& language, double dpi,
                            core::Progress& progress) {
    const ReportText text(language, content.displays);
    const ReportDocument doc = buildReportDocument(content, text);
    QImage metrics = pdfResolutionImage(QSize(1, 1));
    const detail::PdfPages pages(doc, metrics, kPdfDpi / 72.0);
    const QSize size(int(std::lround(595.28 / 72.0 * dpi)), int(std::lround(841.89 / 72.0 * dpi)));
    QVector<QImage> out;
    const int count = pages.pageCount();
    for (int i = 0; i < count; ++i) {
        progress.throwIfCancelled();
        QImage page = pdfResolutionImage(size);
        page.fill(Qt::white);
        QPainter painter(&page);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(dpi / kPdfDpi, dpi / kPdfDpi);
        pages.paintPage(painter, i);
        painter.end();
        // Back to the screen's resolution, so widgets show it at its size.
        const int dotsPerMeter = int(std::lround(dpi / 0.0254));
        page.setDotsPerMeterX(dotsPerMeter);
        page.setDotsPerMeterY(dotsPerMeter);
        out.push_back(std::move(page));
        progress.report(i + 1, count, "report.preview");
    }
    return out;
}

std::optional<ReportFormat> reportFormatFor(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return ReportFormat::Pdf;
    }
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        return ReportFormat::Html;
    }
    if (suffix == QLatin1String("xlsx")) {
        return ReportFormat::Xlsx;
    }
    return std::nullopt;
}

void writeReport(const core::ReportContent& content, const ReportOptions& options,
                 const QString& path, core::Progress& progress) {
    const ReportText text(options.language, content.displays);
    if (options.format == ReportFormat::Xlsx) {
        saveXlsx(content, text, path, options.xlsx, progress);
        return;
    }
    const ReportDocument doc = buildReportDocument(content, text);
    if (options.format == ReportFormat::Html) {
        const QByteArray html = htmlReport(doc, progress);
        saveAtomically(path, [&](QSaveFile& file) {
            if (file.write(html) != html.size()) {
                fail(path, file.errorString());
            }
        });
        return;
    }
    saveAtomically(path, [&](QSaveFile& file) { writePdf(doc, file, progress); });
}

} // namespace gugus::report
