#pragma once

#include <QTabWidget>

namespace gugus::ui {

/// A tab widget that says which page comes to the front before it does: QTabWidget's
/// currentChanged arrives after the new page is shown and laid out, too late to change the
/// space around the tabs without laying that page out, and drawing it, a second time.
class SwitchingTabs : public QTabWidget {
    Q_OBJECT
public:
    explicit SwitchingTabs(QWidget* parent = nullptr);

signals:
    /// Page `index` is about to be shown (-1: no page).
    void aboutToSwitch(int index);
};

} // namespace gugus::ui
