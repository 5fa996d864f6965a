#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace gugus::ui {

/// Writes the program's settings (QSettings) off the GUI thread. QSettings writes its file
/// through QSaveFile, which waits for the disk (fdatasync) before it renames: about 2 ms on an
/// idle disk, but 50-300 ms measured after a large file was written, while the disk still holds
/// its data. Written on the GUI thread, that wait froze the window each time a file opened (the
/// recent-files list is saved then).
///
/// The changes run one at a time, in the order they were asked for, on a thread of their own;
/// a later read on the GUI thread sees a value once its change is done. (Qt holds a file's lock
/// while it writes it, so a read that falls in a write still waits for it: reads are rare and
/// come from the user opening a dialog, writes last milliseconds unless the disk is busy.) So a
/// change that depends on the stored value (a list with a new entry first) reads it inside
/// `change`, and code that shows a value it just stored keeps its own copy (MainMenus' recent
/// files). The program waits for the last change when it ends (QCoreApplication's destructor).
void changeSettings(std::function<void(QSettings&)> change);
inline void storeSetting(const QString& key, const QVariant& value) {
    changeSettings([key, value](QSettings& settings) { settings.setValue(key, value); });
}

/// Blocks until every write asked for so far is on disk (tests that read a stored value back).
void waitForStoredSettings();

/// `list` with `first` at its head (once) and at most `max` entries: a most-recent-first list
/// such as the recent files or queries.
QStringList withFirst(QStringList list, const QString& first, int max);

} // namespace gugus::ui
