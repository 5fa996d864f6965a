#pragma once

#include "cli.h"

#include <memory>

class QGuiApplication;

namespace gugus::cli {

/// The report renderer of the Qt build (ui/report): the first time it is called it starts a
/// QGuiApplication on the offscreen platform (fonts and painting need one; the CLI needs no
/// display) and keeps it in `app`, which the caller owns and destroys before main() returns; then
/// it writes the report atomically.
ReportRenderer qtReportRenderer(std::unique_ptr<QGuiApplication>& app);

} // namespace gugus::cli
