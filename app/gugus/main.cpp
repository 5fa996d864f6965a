// gugus: the desktop application. Composition root only; everything lives in ui/ and core/.
#include "common/huge_pages.h"
#include "controllers/document_controller.h"
#include "language.h"
#include "main_window.h"
#include "screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QSize>

#include <cstdio>

int main(int argc, char* argv[]) {
    gugus::core::preferHugePages(argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Gugus"));
    QApplication::setApplicationName(QStringLiteral("Gugus"));
    QApplication::setApplicationVersion(QStringLiteral(GUGUS_VERSION));
    // Desktop integration: the window icon (the menu's comes from the hicolor theme) and the
    // .desktop file the running window belongs to (Wayland, task bars).
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gugus.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("gugus"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Gugus customer-segmentation studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("Open FILE (or the sample), segment it, write one PNG per view and chart "
                       "into DIR, and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Interface language: en or id."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption size(
        QStringLiteral("window-size"),
        QStringLiteral("With --screenshots: the window's size, e.g. 1280x800 (default 1400x900)."),
        QStringLiteral("WxH"));
    parser.addOption(screenshots);
    parser.addOption(lang);
    parser.addOption(size);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("CSV file or .gugus project to open (default: the "
                                                "bundled sample)."));
    parser.process(app);

    const bool shooting = parser.isSet(screenshots);
    gugus::ui::Language language;
    language.apply(parser.isSet(lang) ? parser.value(lang) : gugus::ui::Language::remembered(),
                   !shooting && parser.isSet(lang));

    gugus::ui::MainWindow window(&language);
    const QString file = parser.positionalArguments().value(0);
    if (shooting) {
        QSize windowSize(1400, 900);
        if (parser.isSet(size)) {
            const QStringList wh = parser.value(size).split(QLatin1Char('x'));
            const int w = wh.value(0).toInt();
            const int h = wh.value(1).toInt();
            if (wh.size() != 2 || w < 640 || h < 480 || w > 8000 || h > 8000) {
                std::fprintf(stderr,
                             "gugus: --window-size wants WxH from 640x480, e.g. 1280x800\n");
                return 2;
            }
            windowSize = QSize(w, h);
        }
        window.resize(windowSize);
        window.show();
        int exitCode = 0;
        gugus::ui::takeScreenshots(&window, parser.value(screenshots), file, [&](int code) {
            exitCode = code;
            QApplication::exit(code);
        });
        app.exec();
        return exitCode;
    }
    window.show();
    window.startAutosave();
    gugus::ui::DocumentController* documents = window.documentController();
    const QString path = QFileInfo(file).absoluteFilePath();
    if (file.isEmpty()) {
        documents->openSample();
    } else if (file.endsWith(QStringLiteral(".gugus"), Qt::CaseInsensitive)) {
        documents->openProject(path); // e.g. double-clicked in a file manager
    } else {
        documents->openFile(path, gugus::core::CsvOptions{});
    }
    return app.exec();
}
