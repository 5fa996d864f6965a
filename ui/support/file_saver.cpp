#include "support/file_saver.h"

#include <QFileInfo>

namespace gugus::ui {

FileSaver::FileSaver(QObject* parent)
    : QObject(parent), m_runner(new JobRunner(JobRunner::Policy::RunAlongside, this)) {}

QFuture<Outcome> FileSaver::save(const QString& path, std::function<void(core::Progress&)> write) {
    return m_runner->run<bool>(
        tr("Saving %1").arg(QFileInfo(path).fileName()),
        [write = std::move(write)](core::Progress& progress) {
            write(progress);
            return true;
        },
        [this, path](JobOutcome<bool> outcome) {
            if (outcome.value) {
                emit saved(path);
            } else if (!outcome.cancelled) {
                emit failed(outcome.error);
            }
        });
}

} // namespace gugus::ui
