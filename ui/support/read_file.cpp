#include "support/read_file.h"

#include "common/error.h"

#include <QFile>

namespace gugus::ui {

std::string readWholeFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw core::Error(file.exists() ? core::ErrorCode::FileUnreadable
                                        : core::ErrorCode::FileNotFound,
                          path.toStdString());
    }
    return file.readAll().toStdString();
}

} // namespace gugus::ui
