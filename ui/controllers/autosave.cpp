#include "controllers/autosave.h"

#include "common/error.h"
#include "controllers/document_controller.h"
#include "data/csv_writer.h"
#include "state/document.h"
#include "support/job_runner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace gugus::ui {

namespace {

const QString kPrefix = QStringLiteral("autosave-");

QString lockPathOf(const QString& recoveryPath) {
    return recoveryPath.chopped(int(QStringLiteral(".gugus").size())) + QStringLiteral(".lock");
}

} // namespace

Autosave::Autosave(DocumentController* documents, QObject* parent)
    : QObject(parent), m_documents(documents),
      m_writes(new JobRunner(JobRunner::Policy::RunAlongside, this)) {
    m_soon.setSingleShot(true);
    m_soon.setInterval(1000);
    connect(&m_soon, &QTimer::timeout, this, &Autosave::saveNow);
    connect(&m_periodic, &QTimer::timeout, this, [this] {
        if (m_dirty) {
            saveNow();
        }
    });
    Document* document = documents->document();
    for (auto signal :
         {&Document::dataChanged, &Document::segmentationChanged, &Document::segmentStyleChanged}) {
        connect(document, signal, this, &Autosave::changed);
    }
    connect(document, &Document::recipeChanged, this, &Autosave::changed);
}

Autosave::~Autosave() {
    // A write on a worker holds the mutex while it writes: wait for it, then none starts.
    const std::lock_guard lock(m_file->mutex);
    m_file->open = false;
    if (!m_path.isEmpty()) {
        QFile::remove(m_path);
    }
}

QString Autosave::directory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QStringList Autosave::leftOvers() {
    QDir dir(directory());
    QStringList out;
    const auto files =
        dir.entryInfoList({kPrefix + QStringLiteral("*.gugus")}, QDir::Files, QDir::Time);
    for (const QFileInfo& file : files) {
        // The lock of a program that still runs cannot be taken: its copy is not a left-over.
        // A lock whose process is gone is stale and taken at once (no time limit: a program
        // running for days keeps its lock).
        QLockFile lock(lockPathOf(file.absoluteFilePath()));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) {
            lock.unlock();
            out << file.absoluteFilePath();
        }
    }
    return out;
}

bool Autosave::start(int periodMs) {
    if (!QDir().mkpath(directory())) {
        return false;
    }
    const QString base = directory() + QLatin1Char('/') + kPrefix +
                         QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') +
                         QString::number(QDateTime::currentMSecsSinceEpoch());
    m_lock = std::make_unique<QLockFile>(base + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        return false;
    }
    m_path = base + QStringLiteral(".gugus");
    m_periodic.start(periodMs);
    if (m_documents->document()->hasData()) {
        changed();
    }
    return true;
}

void Autosave::changed() {
    if (m_path.isEmpty()) {
        return;
    }
    m_dirty = true;
    m_soon.start();
}

void Autosave::saveNow() {
    if (m_path.isEmpty() || !m_documents->document()->hasData()) {
        return;
    }
    m_dirty = false;
    if (m_writes->busy()) {
        m_writeAgain = true; // after the running write, so an older copy never lands last
        return;
    }
    // Not in the status bar (the window does not list this runner): no title to show.
    m_writes->run<bool>(
        QString(),
        [project = m_documents->projectSnapshot(), file = m_file,
         target = QFile::encodeName(m_path).toStdString()](core::Progress&) {
            if (!file->open) { // the program is ending: no need to hash the data
                return false;
            }
            const std::string text = project().toJson();
            const std::lock_guard lock(file->mutex);
            if (!file->open) {
                return false;
            }
            core::writeFileAtomically(target, text);
            return true;
        },
        [this](JobOutcome<bool> outcome) { written(outcome.value.value_or(false)); });
}

void Autosave::written(bool ok) {
    if (ok) {
        emit saved(m_path);
    } else {
        // A full disk or a removed folder: the analysis itself is unharmed and the next change
        // tries again; a recovery copy is not worth interrupting the user for.
        m_dirty = true;
    }
    if (std::exchange(m_writeAgain, false)) {
        saveNow();
    }
}

} // namespace gugus::ui
