#pragma once

#include <functional>

class QWidget;

namespace gugus::ui {

class Document;

/// Calls `refresh` whenever the interface language changes (QEvent::LanguageChange reaching
/// `widget`), so a widget re-sets its texts without a changeEvent() override of its own.
void onLanguageChange(QWidget* widget, std::function<void()> refresh);

/// Calls `redraw` when `document`'s segmentation, its segment names and colours or the column
/// labels and units change (while `widget` is hidden behind another tab: once, when it is next
/// shown; see WhenShown), and when the language changes: the common life of a view that draws the
/// current segmentation.
void followSegmentation(QWidget* widget, Document* document, std::function<void()> redraw);

} // namespace gugus::ui
