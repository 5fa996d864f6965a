#pragma once

#include <QString>

class QWidget;

namespace gugus::ui {

/// A warning or information box over `parent` that does not block: the caller (usually a
/// reaction to a finished job) returns at once, no nested event loop runs while other jobs end,
/// and the box deletes itself when closed. Window-modal, like the static QMessageBox helpers.
void showWarning(QWidget* parent, const QString& title, const QString& text);
void showInformation(QWidget* parent, const QString& title, const QString& text);

} // namespace gugus::ui
