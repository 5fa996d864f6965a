#pragma once

#include "pipeline/segmentation.h"
#include "report/report_content.h"
#include "report/write_report.h"

#include <QString>
#include <QStringList>

#include <string>

namespace gugus::test {

/// The bundled sample (5,000 customers).
const core::Table& sampleTable();

/// K-Means on the sample's demographics with the products described: k fixed, or chosen by a
/// sweep over 2..6 when k is 0. Cached per k.
struct SampleRun {
    core::SegmentationOptions options;
    core::SegmentationResult result;
};
const SampleRun& sampleRun(int k);

/// The report settings the tests use: a title, author and date, one segment named
/// "<script>alert(1)</script>" (segment 2) and one named "Savers" (segment 1), an action for
/// segment 1.
core::ReportSettings testSettings();
core::ReportContent sampleContent(int k, const core::ReportSettings& settings = testSettings());
/// The report of the sample segmented with `options` (same recipe), not cached.
core::ReportContent sampleContent(const core::SegmentationOptions& options,
                                  const core::ReportSettings& settings = testSettings());

/// Writes `content` as `file` (format from the extension) in `language` and returns the path.
QString writeSample(const core::ReportContent& content, const QString& dir, const QString& file,
                    const QString& language, report::XlsxOptions xlsx = {});

/// Runs a program, returns its exit code, standard output in `out` (and standard error appended
/// when `withErrors`).
int run(const QString& program, const QStringList& args, QString* out, bool withErrors = false);

/// Runs tests/report/<script> with Debian's python3 and returns its exit code; `out` receives
/// what it printed.
int python(const QString& script, const QStringList& args, QString* out);

} // namespace gugus::test
