#pragma once

#include "support/job_runner.h"

#include <QObject>

#include <functional>

namespace gugus::ui {

/// Writes files on worker threads, any number at once: a save never cancels another job, of its
/// own kind or any other. Each save ends with saved(path) or failed(error) on the GUI thread.
class FileSaver : public QObject {
    Q_OBJECT
public:
    /// `inputs()` names the files the Document was read from (called on the GUI thread at each
    /// save): a save onto one of them is refused (core::checkOutputPaths), never written.
    explicit FileSaver(std::function<QStringList()> inputs, QObject* parent = nullptr);

    JobRunner* runner() const { return m_runner; }

    /// Runs `write(progress)` on a worker ("Saving <file name>" in the status bar). What it
    /// writes must be captured by value: the GUI may change the Document meanwhile.
    QFuture<Outcome> save(const QString& path, std::function<void(core::Progress&)> write);

signals:
    void saved(const QString& path);
    /// Translated reason; not emitted for a cancelled save.
    void failed(const QString& error);

private:
    std::function<QStringList()> m_inputs;
    JobRunner* m_runner;
};

} // namespace gugus::ui
