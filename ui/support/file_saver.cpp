#include "support/file_saver.h"

#include "data/output_paths.h"

#include <QFile>
#include <QFileInfo>

namespace gugus::ui {

FileSaver::FileSaver(std::function<QStringList()> inputs, QObject* parent)
    : QObject(parent), m_inputs(std::move(inputs)),
      m_runner(new JobRunner(JobRunner::Policy::RunAlongside, this)) {}

QFuture<Outcome> FileSaver::save(const QString& path, std::function<void(core::Progress&)> write) {
    return m_runner->run<bool>(
        tr("Saving %1").arg(QFileInfo(path).fileName()),
        [write = std::move(write), path,
         inputs = m_inputs ? m_inputs() : QStringList()](core::Progress& progress) {
            std::vector<std::string> in;
            for (const QString& input : inputs) {
                in.push_back(QFile::encodeName(input).toStdString());
            }
            core::checkOutputPaths(in, {QFile::encodeName(path).toStdString()});
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
