#include "support/switching_tabs.h"

#include <QTabBar>

namespace gugus::ui {

SwitchingTabs::SwitchingTabs(QWidget* parent) : QTabWidget(parent) {
    // Connected before setTabBar() connects the bar to the page stack, so it runs first.
    auto* bar = new QTabBar(this);
    connect(bar, &QTabBar::currentChanged, this, &SwitchingTabs::aboutToSwitch);
    setTabBar(bar);
}

} // namespace gugus::ui
