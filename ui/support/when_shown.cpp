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
    // Show arrives before the first paint: the view is drawn up to date.
    if (event->type() == QEvent::Show && watched == m_view && m_stale) {
        m_stale = false;
        m_redraw();
    }
    return false;
}

} // namespace gugus::ui
