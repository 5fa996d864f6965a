#include "support/read_file.h"

#include "common/error.h"
#include "common/small_file.h"

#include <QFile>

namespace gugus::ui {

std::string readWholeFile(const QString& path, std::int64_t maxBytes) {
    if (!path.startsWith(QLatin1String(":/"))) {
        return core::readSmallFile(QFile::encodeName(path).toStdString(), maxBytes);
    }
    QFile file(path); // a resource built into the program
    if (!file.open(QIODevice::ReadOnly)) {
        throw core::Error(core::ErrorCode::FileNotFound, path.toStdString());
    }
    return file.readAll().toStdString();
}

} // namespace gugus::ui
