#pragma once

#include "common/progress.h"
#include "report/report_document.h"

#include <QByteArray>

namespace gugus::report {

class Chart;

/// The report as one self-contained HTML file (UTF-8): the style sheet inline, every chart as
/// inline SVG painted by the same chart code as the PDF, no scripts, no external files. Every
/// text is escaped, so a segment named "<script>" is shown, never run. The markup is also
/// well-formed XML (void elements closed, only XML entities), and prints on A4 with the same
/// page breaks as the PDF. Progress stage "report.html"; throws core::Cancelled.
QByteArray htmlReport(const ReportDocument& document, core::Progress& progress);

/// One chart as an <svg> element `width` x chart height points, for embedding in HTML.
QByteArray chartSvg(const Chart& chart, double width, const QString& label);

} // namespace gugus::report
