#include "support/app_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace gugus::ui {

namespace {

const QLatin1String kSampleFile("sample/fundfusion_sample.csv");
const QLatin1String kEmbeddedSample(":/sample/fundfusion_sample.csv");

} // namespace

QString installedDataDirFor(const QString& binDir) {
    // GUGUS_DATADIR_FROM_BINDIR: the install layout's share/gugus relative to bin/ (from CMake).
    const QDir dir(binDir + QStringLiteral("/" GUGUS_DATADIR_FROM_BINDIR));
    return QFileInfo::exists(dir.filePath(kSampleFile)) ? QDir::cleanPath(dir.absolutePath())
                                                        : QString();
}

QString installedDataDir() {
    return installedDataDirFor(QCoreApplication::applicationDirPath());
}

QString bundledSamplePath() {
    const QString dir = installedDataDir();
    return dir.isEmpty() ? QString(kEmbeddedSample) : QDir(dir).filePath(kSampleFile);
}

bool isBundledSample(const QString& path) {
    return path == kEmbeddedSample || (!path.isEmpty() && path == bundledSamplePath());
}

} // namespace gugus::ui
