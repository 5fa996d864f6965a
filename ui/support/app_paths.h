#pragma once

#include <QString>

namespace gugus::ui {

/// Where the installed program's data lives: `<prefix>/share/gugus`, found from the directory of
/// the running binary (`<prefix>/bin`), so it works from any working directory and any prefix.
/// Empty when the program runs from the build tree (no installed sample beside it).
QString installedDataDir();
/// The same for a binary in `binDir`.
QString installedDataDirFor(const QString& binDir);

/// The bundled sample: the installed copy (`<prefix>/share/gugus/sample/...`) when there is one,
/// so projects saved on it name a real file; else the copy embedded in the binary.
QString bundledSamplePath();

/// Whether `path` is the bundled sample (either copy), shown as the sample's name.
bool isBundledSample(const QString& path);

} // namespace gugus::ui
