#include "support/live_update.h"

#include "state/document.h"

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
    QObject::connect(document, &Document::segmentationChanged, widget, redraw);
    QObject::connect(document, &Document::segmentStyleChanged, widget, redraw);
    QObject::connect(document, &Document::displayChanged, widget, redraw);
    onLanguageChange(widget, std::move(redraw));
}

} // namespace gugus::ui
