#include "support/live_update.h"

#include "state/document.h"
#include "support/slot_timing.h"
#include "support/when_shown.h"

#include <QEvent>
#include <QWidget>

namespace gugus::ui {

namespace {

/// Watches one widget's events for LanguageChange; lives as the widget's child.
class LanguageWatcher : public QObject {
public:
    LanguageWatcher(QWidget* widget, std::function<void()> refresh)
        : QObject(widget), m_refresh(std::move(refresh)) {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::LanguageChange && watched == parent()) {
            m_refresh();
        }
        return false;
    }

private:
    std::function<void()> m_refresh;
};

} // namespace

void onLanguageChange(QWidget* widget, std::function<void()> refresh) {
    new LanguageWatcher(widget, std::move(refresh));
}

void followSegmentation(QWidget* widget, Document* document, std::function<void()> redraw) {
    // A hidden view (another tab in front) redraws when it is shown, not with every change.
    auto* later = new WhenShown(widget, timedSlot(widget, "shown, was stale", redraw));
    const auto request = [later] { later->request(); };
    QObject::connect(document, &Document::segmentationChanged, widget,
                     timedSlot(widget, "segmentationChanged", request));
    QObject::connect(document, &Document::segmentStyleChanged, widget,
                     timedSlot(widget, "segmentStyleChanged", request));
    QObject::connect(document, &Document::displayChanged, widget,
                     timedSlot(widget, "displayChanged", request));
    onLanguageChange(widget, std::move(redraw));
}

} // namespace gugus::ui
