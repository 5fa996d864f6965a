#pragma once

#include <QString>

class QWidget;

namespace gugus::ui {

/// A warning or information box over `parent` that does not block: the caller (usually a
/// reaction to a finished job) returns at once, no nested event loop runs while other jobs end,
/// and the box deletes itself when closed. Window-modal, like the static QMessageBox helpers.
void showWarning(QWidget* parent, const QString& title, const QString& text);
void showInformation(QWidget* parent, const QString& title, const QString& text);
/// A warning that is not modal at all: the window stays usable while it is shown (news the user
/// should read but need not act on, e.g. a project's query that now gives other data).
void showNotice(QWidget* parent, const QString& title, const QString& text);

} // namespace gugus::ui
