#include "report_renderer.h"

#include "report/write_report.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <sys/stat.h>
#include <unistd.h>

namespace gugus::cli {

ReportRenderer qtReportRenderer(std::unique_ptr<QGuiApplication>& app) {
    return [&app](const core::ReportContent& content, const std::string& language,
                  const std::string& path, core::Progress& progress) {
        // One application for the process, made on the calling (main) thread when first needed.
        static int argc = 1;
        static char name[] = "gugus-cli";
        static char* argv[] = {name, nullptr};
        if (!QGuiApplication::instance()) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
            }
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                // Qt wants a private runtime folder (and warns on stderr without one).
                const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/gugus-runtime-" +
                                       QByteArray::number(qulonglong(::getuid()));
                ::mkdir(dir.constData(), 0700);
                qputenv("XDG_RUNTIME_DIR", dir);
            }
            app = std::make_unique<QGuiApplication>(argc, argv);
        }
        const QString file = QFile::decodeName(QByteArray::fromStdString(path));
        report::ReportOptions options;
        options.format = *report::reportFormatFor(file); // the extension was checked up front
        options.language = QString::fromStdString(language);
        report::writeReport(content, options, file, progress);
    };
}

} // namespace gugus::cli
