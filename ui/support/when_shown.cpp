#include "support/when_shown.h"

#include <QEvent>
#include <QWidget>

namespace gugus::ui {

WhenShown::WhenShown(QWidget* view, std::function<void()> redraw)
    : QObject(view), m_view(view), m_redraw(std::move(redraw)) {
    view->installEventFilter(this);
}

void WhenShown::request() {
    if (m_view->isVisible() || !m_view->window()->isVisible()) {
        m_stale = false;
        m_redraw();
    } else {
        m_stale = true;
    }
}

bool WhenShown::eventFilter(QObject* watched, QEvent* event) {
    // Both arrive before the first paint: the view is drawn up to date. A view shown at a new
    // size gets its resize first, before its children are shown and resized: redrawn then,
    // a chart draws once, in its new size, instead of its old contents at the new size (a
    // QCustomPlot replots on every resize) and its new ones after.
    if ((event->type() == QEvent::Resize || event->type() == QEvent::Show) && watched == m_view &&
        m_stale) {
        m_stale = false;
        m_redraw();
    }
    return false;
}

} // namespace gugus::ui
