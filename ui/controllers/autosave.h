#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>

namespace gugus::ui {

class DocumentController;
class JobRunner;

/// Keeps a recovery copy of the open analysis (a project file: data path and reading options,
/// recipe, settings, segment names, colours and actions) so a crash or a kill loses little.
///
/// Each running program writes its own `autosave-<pid>-<start>.gugus` in the application data
/// folder (QStandardPaths::AppDataLocation) and holds a lock file beside it for as long as it
/// runs. A recovery file whose lock is stale (its program died) is a left-over to offer; one whose
/// program still runs is left alone. The copy is written a second after the data, the recipe, the
/// segmentation or a segment's style changed (so at the end of every segmentation), and every few
/// minutes while anything changed. The settings are taken on the GUI thread, so the copy is what
/// was shown; the data's fingerprint (a hash of every value: 27 ms at a million rows with the
/// write) and the write itself, which waits for the disk, run on a worker, one write at a time:
/// a change during a write is written after it. Destroying the Autosave (a clean exit) removes
/// the copy and the lock; a write still running then is finished first or not started.
class Autosave : public QObject {
    Q_OBJECT
public:
    explicit Autosave(DocumentController* documents, QObject* parent = nullptr);
    ~Autosave() override;

    /// The folder of the recovery files.
    static QString directory();
    /// Recovery files left by programs that did not exit cleanly, newest first. Call before
    /// start() so this program's own copy is not among them.
    static QStringList leftOvers();

    /// Takes this program's lock and starts saving. False (and no saving) when the folder cannot
    /// be written.
    bool start(int periodMs = 3 * 60 * 1000);
    /// This program's recovery file ("" before start()).
    QString path() const { return m_path; }
    /// Starts writing the recovery file now, on a worker (nothing without data); saved(path) when
    /// it is written. A write already running is followed by this one.
    void saveNow();

signals:
    /// The recovery file was written.
    void saved(const QString& path);

private:
    void changed();
    void written(bool ok);

    /// Shared with the writes on workers: the file is written under `mutex`, only while `open`
    /// (read without the mutex first, to skip the hashing when the program is ending).
    struct File {
        std::mutex mutex;
        std::atomic<bool> open = true;
    };

    DocumentController* m_documents;
    JobRunner* m_writes;
    std::shared_ptr<File> m_file = std::make_shared<File>();
    bool m_writeAgain = false; ///< a change arrived while a write ran
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_soon;     ///< a second after a change
    QTimer m_periodic; ///< every few minutes, when something changed since the last copy
    bool m_dirty = false;
};

} // namespace gugus::ui
