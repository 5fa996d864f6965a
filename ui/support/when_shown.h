#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace gugus::ui {

/// A view's redraw that waits while the view is hidden (another tab or page is in front): a
/// change then only marks it stale, and the redraw runs once, when the view is next shown.
/// A segmentation of a million customers changes a dozen views at once; only the ones on screen
/// redraw then, the others when the user turns to them.
///
/// The redraw runs at the first of the view's resize and show events: a view shown at a new size
/// is resized before its children are shown.
///
/// A view whose window is not shown at all (a test, an export, the screenshot tour before it
/// shows a page) redraws at once, as before.
class WhenShown : public QObject {
public:
    /// Lives as `view`'s child and watches its show events.
    WhenShown(QWidget* view, std::function<void()> redraw);

    /// Runs the redraw now if the view is visible or its window is not, otherwise at its next
    /// show.
    void request();
    /// A redraw is waiting for the view to be shown.
    bool stale() const { return m_stale; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_view;
    std::function<void()> m_redraw;
    bool m_stale = false;
};

} // namespace gugus::ui
